"""Loading codebooks: marked YAML, the strict schema, extends/merge by id, templates (design §8.2, §8.6)."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from eventcode.codebook import CodebookError, CodebookInvalid, check_codebook, load_codebook
from eventcode.codebook.compiled import Location
from eventcode.codebook.errors import CODES
from eventcode.codebook.load import load_sources
from eventcode.codebook.yamlload import MList, MMap, MStr, parse_text

FIXTURES = Path(__file__).parent / "codebooks"
TAXONOMY = FIXTURES / "test-taxonomy.yaml"
WORLD = FIXTURES / "fictional-world.yaml"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def errors_of(*paths: Path) -> list[tuple[str, int, int, str]]:
    """(file name, line, column, code) of every error and warning, in reported order."""
    return [
        (Path(e.location.file).name, e.location.line, e.location.column, e.code)
        for e in check_codebook(*paths)
        if e.location is not None
    ]


def only(paths: tuple[Path, ...], code: str) -> list[CodebookError]:
    return [e for e in check_codebook(*paths) if e.code == code]


# ---------------------------------------------------------------------------------------------
# yamlload: strings only, marks, syntax errors, duplicate keys
# ---------------------------------------------------------------------------------------------


class TestMarkedYaml:
    def test_every_scalar_is_a_string_with_its_location(self) -> None:
        """042, NO, on and 1.5 stay strings; YAML 1.1's reading is kept aside for the checks."""
        errors: list[CodebookError] = []
        root = parse_text("a: 042\nb: [NO, 'on', 1.5]\n", "f.yaml", errors)
        assert [] == errors
        assert isinstance(root, MMap)
        a = root.get("a")
        assert MStr("042", Location("f.yaml", 1, 4), True, "int") == a
        b = root.get("b")
        assert isinstance(b, MList)
        assert [("NO", "bool"), ("on", None), ("1.5", "float")] == [(x.value, x.yaml11) for x in b]
        assert Location("f.yaml", 2, 9) == b.items[1].loc
        assert Location("f.yaml", 2, 1) == root.key_loc("b")

    def test_syntax_error_is_located(self, tmp_path: Path) -> None:
        path = write(tmp_path, "bad.yaml", "codebook: x\npredicates: [a, b\nactors: []\n")
        [error] = check_codebook(path, TAXONOMY)
        assert ("E010", 3, 7) == (error.code, error.location.line, error.location.column)
        assert error.message.startswith("YAML syntax error: did not find expected ',' or ']'")

    def test_duplicate_key_is_an_error_naming_the_first(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "dup.yaml",
            """
            codebook: dup
            extends: [test-taxonomy]
            codebook: again
            """,
        )
        [error] = check_codebook(path, TAXONOMY)
        assert f"{path}:3:1: error[E011]: duplicate key 'codebook' (first written at {path}:1:1)" == str(error)


# ---------------------------------------------------------------------------------------------
# schema
# ---------------------------------------------------------------------------------------------

FRAME_WITH_TYPO = """
codebook: typo
extends: [test-taxonomy]
predicates:
  - id: visiter
    lemma: visiter
    frames:
      - id: visiter.obj
        args: {source: subject, target: object}
        cdoe: "042"
"""


class TestSchema:
    def test_unknown_key_did_you_mean_and_exact_location(self, tmp_path: Path) -> None:
        path = write(tmp_path, "typo.yaml", FRAME_WITH_TYPO)
        messages = [str(e) for e in check_codebook(path, TAXONOMY)]
        assert [
            f"{path}:7:9: error[E002]: frame 'visiter.obj' is missing required key 'code'",
            f"{path}:9:9: error[E001]: unknown key 'cdoe' in frame 'visiter.obj' (did you mean 'code'?)",
        ] == messages

    def test_unquoted_code_is_an_error_with_the_fix(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "octal.yaml",
            """
            codebook: octal
            extends: [test-taxonomy]
            predicates:
              - id: visiter
                lemma: visiter
                frames:
                  - {id: visiter, args: {source: subject}, code: 042, also: {code: 043}}
            """,
        )
        errors = check_codebook(path, TAXONOMY)
        assert [("E005", 7, 54), ("E005", 7, 72)] == [(e.code, e.location.line, e.location.column) for e in errors]
        assert "quote CAMEO codes: '042' (frame 'visiter'.code: YAML 1.1 reads 042 as int)" == errors[0].message

    @pytest.mark.parametrize(
        ("value", "reads_as"),
        [("34", "int"), ("NO", "bool"), ("on", "bool"), ("0x12", "int"), ("1.5", "float")],
    )
    def test_yaml11_traps_in_taxonomy_codes(self, tmp_path: Path, value: str, reads_as: str) -> None:
        path = write(
            tmp_path,
            "tax.yaml",
            f"""
            codebook: tax
            taxonomy:
              codes:
                - {{code: {value}, name: Trap}}
            """,
        )
        [error] = [e for e in check_codebook(path) if e.code == "E005"]
        assert f"quote CAMEO codes: '{value}' (taxonomy code {value!r}.code: YAML 1.1 reads {value} as {reads_as})" == error.message

    def test_unquoted_080_is_a_string_in_yaml11_and_accepted(self, tmp_path: Path) -> None:
        """080 is not octal, so YAML 1.1 keeps it a string: no error (design §8.6)."""
        path = write(
            tmp_path,
            "tax.yaml",
            """
            codebook: tax
            taxonomy:
              codes:
                - {code: "08", name: Yield}
                - {code: 080, name: Yield, parent: "08"}
            """,
        )
        assert [] == check_codebook(path)

    def test_recode_keys_and_values_are_code_positions(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "ops.yaml",
            """
            codebook: ops
            extends: [test-taxonomy]
            operators:
              - {id: intention, lemma: promettre, recode: {072: "0332", "042": 036}}
            """,
        )
        assert [("E005", 4, 48), ("E005", 4, 68)] == [
            (e.code, e.location.line, e.location.column) for e in check_codebook(path, TAXONOMY)
        ]

    def test_plain_no_as_an_actor_code_is_a_warning(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "norway.yaml",
            """
            codebook: norway
            extends: [test-taxonomy]
            actors:
              - {id: NOR, type: country, code: NO}
            """,
        )
        [warning] = check_codebook(path, TAXONOMY)
        assert ("W101", "warning", 4, 36) == (
            warning.code, warning.severity, warning.location.line, warning.location.column
        )
        assert "NO" == load_codebook(path, TAXONOMY).actors["NOR"].default

    def test_missing_required_keys_are_listed_by_name(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "missing.yaml",
            """
            codebook: missing
            extends: [test-taxonomy]
            operators:
              - {via: xcomp}
            """,
        )
        [error] = check_codebook(path, TAXONOMY)
        assert "operators[0] is missing required keys 'id', 'lemma', 'recode'" == error.message
        assert ("E002", 4, 5) == (error.code, error.location.line, error.location.column)

    def test_type_errors_say_expected_and_got(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "types.yaml",
            """
            codebook: types
            extends: [test-taxonomy]
            predicates: {id: visiter}
            sets:
              ARMES: {lemmas: {arme: missile}}
            """,
        )
        assert [
            "predicates: expected a list, got a mapping",
            "set 'ARMES'.lemmas: expected a string or a list of strings, got a mapping",
        ] == [e.message for e in check_codebook(path, TAXONOMY)]

    def test_booleans_dates_and_integers(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "values.yaml",
            """
            codebook: values
            extends: [test-taxonomy]
            predicates:
              - id: visiter
                lemma: visiter
                frames:
                  - {id: v1, args: {target: {slot: object, actor: yes, required: peut-être}}, code: "042", priority: haut}
            actors:
              - {id: x, type: person, roles: [{code: XGOV, from: 2020-13-01}, {code: XELI, to: 20-01-01}]}
            """,
        )
        assert [
            ("E004", "role 'target' of frame 'v1'.required: expected true/false/yes/no, got 'peut-être'"),
            ("E004", "frame 'v1'.priority: expected an integer, got 'haut'"),
            ("E006", "actor 'x'.roles[0].from: expected an ISO date YYYY-MM-DD, got '2020-13-01'"),
            ("E006", "actor 'x'.roles[1].to: expected an ISO date YYYY-MM-DD, got '20-01-01'"),
        ] == [(e.code, e.message) for e in check_codebook(path, TAXONOMY)]

    def test_string_phrases_are_not_parsed_yet(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "phrases.yaml",
            """
            codebook: phrases
            extends: [test-taxonomy]
            sets:
              INFRA: {lemmas: [pont], phrases: ["voie ferrée"]}
            """,
        )
        [error] = check_codebook(path, TAXONOMY)
        assert ("E044", 4, 37) == (error.code, error.location.line, error.location.column)


# ---------------------------------------------------------------------------------------------
# extends, merge by id
# ---------------------------------------------------------------------------------------------

BASE = """
codebook: base
language: fr
extends: [test-taxonomy]
sets:
  ARMES: {lemmas: [arme, missile]}
predicates:
  - id: fournir
    lemma: fournir
    frames:
      - {id: fournir.en, args: {source: subject, target: object, theme: "obl:en"}, code: "070"}
      - {id: fournir.a, args: {source: subject, theme: {slot: object, in: $ARMES}, target: "obl:à"}, code: "072"}
  - id: visiter
    lemma: visiter
    frames:
      - {id: visiter, args: {source: subject, target: object}, code: "042"}
actors:
  - {id: FRD, type: country, code: FRD, names: {fr: [Freedonie]}}
"""


class TestExtends:
    def test_unknown_extends(self, tmp_path: Path) -> None:
        path = write(tmp_path, "ext.yaml", "codebook: ext\nextends: [test-taxonomy, bsae]\n")
        base = write(tmp_path, "base.yaml", BASE)
        [error] = check_codebook(path, base, TAXONOMY)
        assert f"{path}:2:26: error[E020]: extends unknown codebook 'bsae' (did you mean 'base'?): neither given nor shipped" == str(error)

    def test_extends_cycle(self, tmp_path: Path) -> None:
        a = write(tmp_path, "a.yaml", "codebook: a\nextends: [b]\n")
        b = write(tmp_path, "b.yaml", "codebook: b\nextends: [a]\n")
        assert [("a.yaml", 2, 11, "E021"), ("b.yaml", 2, 11, "E021")] == errors_of(a, b, TAXONOMY)

    def test_duplicate_id_without_replace_names_both_locations(self, tmp_path: Path) -> None:
        base = write(tmp_path, "base.yaml", BASE)
        ext = write(
            tmp_path,
            "ext.yaml",
            """
            codebook: ext
            extends: [base]
            actors:
              - {id: FRD, type: country, code: FRD}
            """,
        )
        [error] = check_codebook(ext, base, TAXONOMY)
        assert (
            f"{ext}:4:10: error[E022]: duplicate actor id 'FRD': already defined at {base}:17:10; "
            "add replace: true to redefine it, or disable: true to remove it"
        ) == str(error)

    def test_replace_disable_add_remove(self, tmp_path: Path) -> None:
        base = write(tmp_path, "base.yaml", BASE)
        ext = write(
            tmp_path,
            "ext.yaml",
            """
            codebook: ext
            extends: [base]
            sets:
              ARMES: {add: [canon, obusier], remove: [arme]}
            predicates:
              - id: fournir
                frames:
                  - {id: fournir.en, disable: true}
                  - {id: fournir.a, replace: true, args: {source: subject, theme: {slot: object, in: $ARMES}}, code: "070"}
              - {id: visiter, disable: true}
              - id: remettre
                lemma: remettre
                frames:
                  - {id: remettre, args: {source: subject, target: "obl:à"}, code: "072"}
            actors:
              - {id: FRD, replace: true, type: country, code: FRE}
            """,
        )
        assert [] == check_codebook(ext, base, TAXONOMY)
        cb = load_codebook(ext, base, TAXONOMY)
        assert {"canon", "missile", "obusier"} == cb.sets["ARMES"]
        assert ["fournir", "remettre"] == sorted(cb.triggers)
        [fournir_a] = cb.triggers["fournir"]
        assert ("fournir.a", "070") == (fournir_a.id, fournir_a.code)
        assert frozenset({"canon", "missile", "obusier"}) == fournir_a.roles[1].lemmas
        assert "FRE" == cb.actors["FRD"].default
        assert "ext" == cb.name

    def test_a_disabled_agent_or_discard_needs_only_its_id(self, tmp_path: Path) -> None:
        base = write(tmp_path, "base.yaml", BASE)
        people = write(
            tmp_path,
            "people.yaml",
            """
            codebook: people
            extends: [base]
            agents:
              - {id: soldat, code: "~MIL", lemmas: {fr: [soldat]}}
            discards:
              - {id: sport, phrases: {fr: [match de football]}}
            """,
        )
        ext = write(
            tmp_path,
            "ext.yaml",
            """
            codebook: ext
            extends: [people]
            agents:
              - {id: soldat, disable: true}
            discards:
              - {id: sport, disable: true}
            """,
        )
        assert [] == check_codebook(ext, people, base, TAXONOMY)
        cb = load_codebook(ext, people, base, TAXONOMY)
        assert "soldat" not in cb.agents and not cb.discards

    def test_disable_or_edit_of_unknown_ids(self, tmp_path: Path) -> None:
        base = write(tmp_path, "base.yaml", BASE)
        ext = write(
            tmp_path,
            "ext.yaml",
            """
            codebook: ext
            extends: [base]
            sets:
              OBUS: {add: [obus]}
            predicates:
              - id: fournir
                frames:
                  - {id: fournir.aux, disable: true}
              - id: donner
                frames:
                  - {id: donner, args: {source: subject}, code: "070"}
            agents:
              - {id: MIL, replace: true, code: "~MIL", lemmas: [soldat]}
            """,
        )
        assert [
            ("E023", "cannot add to or remove from set 'OBUS': no set with this name was loaded before"),
            ("E023", "cannot disable frame 'fournir.aux': no frame with this id was loaded before"),
            ("E002", "predicate 'donner' has no 'lemma' or 'trigger' (and no predicate with this id was loaded before)"),
            ("W105", "replace: true, but no agent 'MIL' was loaded before"),
        ] == [(e.code, e.message) for e in check_codebook(ext, base, TAXONOMY)]

    def test_redefining_a_predicate_needs_replace(self, tmp_path: Path) -> None:
        base = write(tmp_path, "base.yaml", BASE)
        ext = write(
            tmp_path,
            "ext.yaml",
            """
            codebook: ext
            extends: [base]
            predicates:
              - {id: visiter, lemma: visiter, frames: []}
            """,
        )
        assert [("ext.yaml", 4, 10, "E022")] == errors_of(ext, base, TAXONOMY)

    def test_order_of_paths_does_not_matter(self, tmp_path: Path) -> None:
        base = write(tmp_path, "z-base.yaml", BASE)
        ext = write(
            tmp_path,
            "a-ext.yaml",
            """
            codebook: ext
            extends: [base]
            predicates:
              - id: fournir
                frames:
                  - {id: fournir.armes, args: {source: subject, theme: {slot: object, in: $ARMES}}, code: "072"}
            """,
        )
        one = load_codebook(ext, base, TAXONOMY)
        two = load_codebook(TAXONOMY, base, ext)
        assert one == two
        assert ["test-taxonomy", "base", "ext"] == [s.name for s in load_sources(ext, TAXONOMY, base).files]

    def test_a_directory_is_read_recursively_and_sorted(self, tmp_path: Path) -> None:
        write(tmp_path, "cb/b/verbs.yaml", "codebook: fr\nextends: [test-taxonomy]\n")
        write(tmp_path, "cb/a/nouns.yaml", "codebook: fr\n")
        write(tmp_path, "cb/notes.txt", "not yaml")
        sources = load_sources(tmp_path / "cb", TAXONOMY)
        assert [str(TAXONOMY), str(tmp_path / "cb/a/nouns.yaml"), str(tmp_path / "cb/b/verbs.yaml")] == [
            f.path for f in sources.files
        ]

    def test_the_cameo_taxonomy_is_loaded_when_no_file_has_one(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "mine.yaml",
            """
            codebook: mine
            predicates:
              - {id: v, lemma: visiter, frames: [{id: v, args: {source: subject}, code: "042"}]}
            """,
        )
        cb = load_codebook(path)
        assert "Make a visit" == cb.taxonomy["042"].name
        assert ["cameo", "mine"] == [Path(s).stem for s in cb.sources]

    def test_missing_path(self, tmp_path: Path) -> None:
        [error] = check_codebook(tmp_path / "nope.yaml")
        assert ("E012", f"no codebook file or folder at {str(tmp_path / 'nope.yaml')!r}") == (error.code, error.message)


# ---------------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------------

TEMPLATES = """
codebook: tpl
language: fr
extends: [test-taxonomy]
sets:
  ARMES: [arme, missile]
templates:
  transfer_to:
    params: {themes: lemmas, code: code}
    frame:
      args:
        source: subject
        theme: {slot: object, in: "{themes}"}
        target: {slot: "obl:à | iobj"}
      code: "{code}"
      tags: ["transfer-{code}"]
predicates:
  - id: livrer
    lemma: [livrer, envoyer]
    frames:
      - {id: livrer.armes, use: transfer_to, with: {themes: $ARMES, code: "072"}}
      - {id: livrer.aide, use: transfer_to, with: {themes: [aide, vivres], code: "070"}, priority: "-1"}
"""


class TestTemplates:
    def test_templates_expand_with_their_arguments(self, tmp_path: Path) -> None:
        path = write(tmp_path, "tpl.yaml", TEMPLATES)
        assert [] == check_codebook(path, TAXONOMY)
        cb = load_codebook(path, TAXONOMY)
        armes, aide = cb.triggers["envoyer"]
        assert ("livrer.armes", "072", ("transfer-072",)) == (armes.id, armes.code, armes.tags)
        assert ("livrer.aide", "070", ("transfer-070",), -1) == (aide.id, aide.code, aide.tags, aide.priority)
        assert frozenset({"arme", "missile"}) == armes.roles[1].lemmas
        assert frozenset({"aide", "vivres"}) == aide.roles[1].lemmas
        assert Location(str(path), 20, 14) == armes.location

    def test_template_errors_are_reported_at_the_use_site(self, tmp_path: Path) -> None:
        text = TEMPLATES.replace(
            '      - {id: livrer.aide, use: transfer_to, with: {themes: [aide, vivres], code: "070"}, priority: "-1"}',
            "      - {id: a, use: transfer, with: {code: \"070\"}}\n"
            "      - {id: b, use: transfer_to, with: {code: \"070\"}}\n"
            "      - {id: c, use: transfer_to, with: {themes: $ARMES, code: \"070\", cible: x}}\n"
            "      - {id: d, use: transfer_to, with: {themes: $ARMES, code: [\"070\"]}}\n"
            "      - {id: e, use: transfer_to, with: {themes: $ARMEs, code: 070}}",
        )
        path = write(tmp_path, "tpl.yaml", text)
        assert [
            (21, 22, "E031", "frame 'a': unknown template 'transfer' (did you mean 'transfer_to'?)"),
            (22, 41, "E032", "frame 'b': template 'transfer_to' needs parameter(s) 'themes'"),
            (23, 71, "E032", "frame 'c': template 'transfer_to' has no parameter 'cible' (it takes themes, code)"),
            (24, 64, "E032", "frame 'd'.with.code: expected a code (a string), got a list"),
            (25, 50, "E030", "role 'theme' of frame 'e': unknown set $ARMEs (did you mean 'ARMES'?)"),
            (25, 64, "E005", "quote CAMEO codes: '070' (frame 'e'.code: YAML 1.1 reads 070 as int)"),
        ] == [(e.location.line, e.location.column, e.code, e.message) for e in check_codebook(path, TAXONOMY)]

    def test_undeclared_placeholder_in_a_template(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "tpl.yaml",
            """
            codebook: tpl
            extends: [test-taxonomy]
            templates:
              t:
                params: [code]
                frame: {args: {source: "{slot}"}, code: "{code}"}
            """,
        )
        [error] = check_codebook(path, TAXONOMY)
        assert ("E032", 6, 28, "template 't': '{slot}' is not a declared parameter (code)") == (
            error.code, error.location.line, error.location.column, error.message
        )


# ---------------------------------------------------------------------------------------------
# every error at once
# ---------------------------------------------------------------------------------------------

BROKEN = """
codebook: broken
extends: [test-taxonomy]
sets:
  ARMES: {lemmas: [arme]}
predicates:
  - id: fournir
    lemma: fournir
    frames:
      - id: fournir.a
        args: {source: subject, theme: {slot: object, in: $ARMEZ}}
        code: 072
      - id: fournir.b
        args: {source: subject}
        cdoe: "070"
        code: "999"
actors:
  - id: pm
    type: person
    roles:
      - {code: XGOV, from: 2020-01-01, to: 2022-01-01}
      - {code: XGOV, from: 2021-06-01}
"""


class TestAllErrorsAtOnce:
    def test_five_different_errors_in_file_order(self, tmp_path: Path) -> None:
        path = write(tmp_path, "broken.yaml", BROKEN)
        assert [
            ("broken.yaml", 10, 59, "E030"),
            ("broken.yaml", 11, 15, "E005"),
            ("broken.yaml", 14, 9, "E001"),
            ("broken.yaml", 15, 15, "E040"),
            ("broken.yaml", 21, 9, "E050"),
        ] == errors_of(path, TAXONOMY)

    def test_load_codebook_raises_once_with_every_error(self, tmp_path: Path) -> None:
        path = write(tmp_path, "broken.yaml", BROKEN)
        with pytest.raises(CodebookInvalid) as caught:
            load_codebook(path, TAXONOMY)
        assert 5 == len(caught.value.errors)
        lines = str(caught.value).splitlines()
        assert "the codebook has 5 errors:" == lines[0]
        assert f"{path}:11:15: error[E005]: quote CAMEO codes: '072' (frame 'fournir.a'.code: YAML 1.1 reads 072 as int)" == lines[2]
        assert isinstance(caught.value, ValueError)


class TestErrorCatalogue:
    def test_codes_are_documented_and_well_formed(self) -> None:
        assert all(len(code) == 4 and code[0] in "EW" and code[1:].isdigit() for code in CODES)
        assert all(description and "\n" not in description for description in CODES.values())

    def test_an_undocumented_code_is_refused(self) -> None:
        with pytest.raises(ValueError, match=r"'code' must be one of eventcode.codebook.errors.CODES \(got 'E999'\)"):
            CodebookError(None, "E999", "nope")

    def test_str_without_location(self) -> None:
        assert "<codebook>: warning[W104]: x" == str(CodebookError.warning(None, "W104", "x"))
