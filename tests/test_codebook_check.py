"""Semantic checks (design §8.6): references resolve, dates are coherent, frames are reachable."""

from __future__ import annotations

import tempfile
from pathlib import Path
from textwrap import dedent

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcode.codebook import check_codebook, load_codebook
from eventcode.codebook.check import covers
from eventcode.codebook.compiled import CompiledFrame, RoleSpec, SlotAlternative, When

FIXTURES = Path(__file__).parent / "codebooks"
TAXONOMY = FIXTURES / "test-taxonomy.yaml"
UD2 = "profile 'ud2' declares acl, advcl, amod, appos, aux, ccomp, conj, expl, iobj, nmod, object, obl, poss, prt, subject, xcomp"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def found(path: Path, *more: Path) -> list[tuple[int, int, str, str]]:
    """(line, column, code, message) of every error and warning of ``path`` and the test taxonomy."""
    return [(e.location.line, e.location.column, e.code, e.message) for e in check_codebook(path, *more, TAXONOMY)]


class TestFixtures:
    def test_the_test_codebooks_are_clean(self) -> None:
        assert [] == check_codebook(FIXTURES)

    def test_the_shipped_codebooks_have_no_errors(self) -> None:
        assert [] == [str(e) for e in check_codebook() if e.is_error]


class TestUnknownReferences:
    def test_unknown_codes_everywhere_a_code_is_written(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "codes.yaml",
            """
            codebook: codes
            extends: [test-taxonomy]
            negation: {default: {recode: "128"}}
            predicates:
              - id: signer
                lemma: signer
                frames:
                  - id: signer
                    args: {source: subject}
                    code: "058"
                    also: {code: "0571"}
                    on_negated: {recode: "1277"}
                    examples: [{text: "X signe.", expect: {code: "059"}}]
            operators:
              - {id: op, lemma: promettre, recode: {"073": "0332", "*": "0399"}}
            """,
        )
        assert [
            (3, 30, "E040", "negation.default: unknown CAMEO code '128' (not in the taxonomy) (did you mean '12'?)"),
            (10, 15, "E040", "frame 'signer': unknown CAMEO code '058' (not in the taxonomy) (did you mean '05'?)"),
            (11, 22, "E040", "frame 'signer' also: unknown CAMEO code '0571' (not in the taxonomy) (did you mean '057'?)"),
            (12, 30, "E040", "frame 'signer' on_negated: unknown CAMEO code '1277' (not in the taxonomy) (did you mean '127'?)"),
            (13, 54, "E040", "frame 'signer' example: unknown CAMEO code '059' (not in the taxonomy) (did you mean '05'?)"),
            (15, 41, "E040", "operator 'op' recode: unknown CAMEO code '073' (not in the taxonomy) (did you mean '07'?)"),
            (15, 61, "E040", "operator 'op' recode: unknown CAMEO code '0399' (not in the taxonomy) (did you mean '03'?)"),
        ] == found(path)

    def test_taxonomy_parents_and_roots(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "tax.yaml",
            """
            codebook: tax
            taxonomy:
              codes:
                - {code: "01", name: Statement}
                - {code: "010", name: Statement, parent: "01"}
                - {code: "011", name: Decline, parent: "09"}
                - {code: "0111", name: Orphan}
                - {code: "010.x", name: Extension, extension: "true"}
                - {code: "0121", name: Loop, parent: "0122"}
                - {code: "0122", name: Loop, parent: "0121"}
            """,
        )
        assert [
            (6, 44, "E040", "taxonomy code '011': unknown parent '09'"),
            (7, 14, "E043", "taxonomy code '0111' has no parent: only two-digit root codes may"),
            (8, 14, "E043", "taxonomy code '010.x' has no parent: only two-digit root codes may"),
            (9, 14, "E043", "taxonomy code '0121' is its own ancestor (parent cycle)"),
            (10, 14, "E043", "taxonomy code '0122' is its own ancestor (parent cycle)"),
        ] == [(e.location.line, e.location.column, e.code, e.message) for e in check_codebook(path)]

    def test_unknown_set_slot_and_profile(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "slots.yaml",
            """
            codebook: slots
            extends: [test-taxonomy]
            profile: stanza-fr
            profiles:
              stanza-f: {subject: [nsubj], object: [obj], obl: [obl]}
            sets:
              ARMES: [arme]
            predicates:
              - id: fournir
                lemma: fournir
                frames:
                  - id: fournir
                    when: {head: {rel: objet}}
                    args: {source: subjet, theme: {slot: "obj | obl:en", in: $ARME}, target: "obl:à |"}
                    code: "072"
            operators:
              - {id: op, lemma: promettre, via: xcomp, recode: {"072": "0332"}}
            """,
        )
        assert [
            (3, 10, "E042", "unknown profile 'stanza-fr' (did you mean 'stanza-f'?)"),
            (13, 28, "E041", f"frame 'fournir' when.head.rel: unknown slot 'objet' (did you mean 'object'?); {UD2}"),
            (14, 24, "E041", f"role 'source' of frame 'fournir': unknown slot 'subjet' (did you mean 'subject'?); {UD2}"),
            (14, 46, "E041", f"role 'theme' of frame 'fournir': unknown slot 'obj' (did you mean 'iobj'?); {UD2}"),
            (14, 66, "E030", "role 'theme' of frame 'fournir': unknown set $ARME (did you mean 'ARMES'?)"),
            (14, 82, "E004", "role 'target' of frame 'fournir': empty alternative in slot 'obl:à |'"),
        ] == found(path)

    def test_slots_are_checked_against_the_declared_profile(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "slots.yaml",
            """
            codebook: slots
            extends: [test-taxonomy]
            profile: mini
            profiles:
              mini: {subject: [nsubj], object: [obj]}
            predicates:
              - {id: p, lemma: p, frames: [{id: p, args: {source: subject, target: "head.obl:à"}, code: "042"}]}
            """,
        )
        assert [
            (7, 72, "E041", "role 'target' of frame 'p': unknown slot 'obl'; profile 'mini' declares object, subject"),
        ] == found(path)


class TestSetInAList:
    def test_a_set_inside_a_list_of_lemmas_is_an_error(self, tmp_path: Path) -> None:
        """``in: [$ARMES, drone]`` would match the lemma "$ARMES"; "$" alone (dollars) is a lemma."""
        path = write(
            tmp_path,
            "setlist.yaml",
            """
            codebook: setlist
            extends: [test-taxonomy]
            sets:
              ARMES: {lemmas: [arme]}
            predicates:
              - {id: p, lemma: p, frames: [{id: p, args: {source: subject, theme: {slot: object, in: [$ARMES, drone, $]}}, code: "042"}]}
            """,
        )
        assert [
            (
                6, 91, "E004",
                "role 'theme' of frame 'p'.in: '$ARMES' in a list would be read as a lemma: write `in: $ARMES` alone, "
                "or define a set that lists its lemmas and yours",
            ),
        ] == found(path)


class TestActors:
    def test_role_windows(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "actors.yaml",
            """
            codebook: actors
            extends: [test-taxonomy]
            actors:
              - id: overlapping
                type: person
                roles:
                  - {code: AGOV, from: 2010-01-01, to: 2015-12-31}
                  - {code: AOPP, from: 2015-12-31, to: 2020-01-01}
              - id: reversed
                type: person
                roles:
                  - {code: AGOV, from: 2015-01-01, to: 2010-12-31}
              - id: default_first
                type: person
                roles:
                  - {code: AELI}
                  - {code: AGOV, from: 2015-01-01}
              - id: open_ended_then_later
                type: person
                roles:
                  - {code: AGOV, from: 2001-01-01}
                  - {code: AOPP, from: 2005-01-01, to: 2006-01-01}
              - id: renamed
                type: organization
                names: [{fr: Ministère, from: 2001-01-01, to: 2000-01-01}]
              - id: fine
                type: person
                roles:
                  - {code: AGOV, to: 2009-12-31}
                  - {code: AOPP, from: 2010-01-01, to: 2012-01-01}
                  - {code: AGOV, from: 2012-01-02}
                  - {code: AELI}
            """,
        )
        assert [
            (8, 9, "E050", "actor 'overlapping': role 'AOPP' (2015-12-31 to 2020-01-01) overlaps role 'AGOV' (2010-01-01 to 2015-12-31, line 7)"),
            (12, 9, "E051", "actor 'reversed': role 'AGOV' ends (2010-12-31) before it starts (2015-01-01)"),
            (16, 9, "E052", "actor 'default_first': the undated role 'AELI' must be the last role (it is the default)"),
            (22, 9, "E050", "actor 'open_ended_then_later': role 'AOPP' (2005-01-01 to 2006-01-01) overlaps role 'AGOV' (2001-01-01 to …, line 21)"),
            (25, 18, "E051", "actor 'renamed': name 'Ministère' ends (2000-01-01) before it starts (2001-01-01)"),
        ] == found(path)

    def test_examples_expecting_unknown_actors_warn(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "examples.yaml",
            """
            codebook: examples
            extends: [test-taxonomy, fictional-world]
            predicates:
              - id: visiter
                lemma: visiter
                frames:
                  - id: visiter
                    args: {source: subject, target: object}
                    code: "042"
                    examples:
                      - {text: "a", expect: {source: FRD, target: SYLMIL}}
                      - {text: "b", expect: {source: firefly, target: FRDGOV}}
                      - {text: "c", expect: {source: FRDXXX, target: SYLGOV}}
                      - {text: "d", expect: none}
            """,
        )
        [warning] = check_codebook(path, FIXTURES / "fictional-world.yaml", TAXONOMY)
        assert ("warning", "W104", 13, 42) == (
            warning.severity, warning.code, warning.location.line, warning.location.column
        )
        assert "frame 'visiter' example expects source 'FRDXXX', which no actor or agent produces" == warning.message
        load_codebook(path, FIXTURES / "fictional-world.yaml", TAXONOMY)  # warnings do not stop loading


class TestFrames:
    def test_duplicate_frame_ids_across_predicates(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "ids.yaml",
            """
            codebook: ids
            extends: [test-taxonomy]
            predicates:
              - {id: a, lemma: a, frames: [{id: f, args: {source: subject}, code: "042"}]}
              - {id: b, lemma: b, frames: [{id: f, args: {source: object}, code: "043"}]}
            """,
        )
        assert [(5, 37, "E053", f"frame id 'f' is also used in predicate 'a' at {path}:4:37: frame ids are global")] == found(path)

    def test_ambiguous_and_shadowed_frames(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "order.yaml",
            """
            codebook: order
            extends: [test-taxonomy]
            sets:
              ARMES: [arme, missile]
            predicates:
              - id: fournir
                lemma: [fournir, livrer]
                frames:
                  - {id: general, priority: "1", args: {source: subject, theme: object}, code: "070"}
                  - {id: armes, args: {source: subject, theme: {slot: object, in: $ARMES}}, code: "072"}
                  - {id: a, args: {source: subject, target: "obl:à"}, code: "070"}
                  - {id: a.bis, args: {source: subject, target: "obl:à"}, code: "072"}
                  - {id: a.optional, args: {source: subject, target: {slot: "obl:à", required: false}}, code: "072"}
                  - {id: pour, args: {source: subject, target: "obl:pour"}, code: "070"}
                  - {id: pour.passif, when: {voice: passive}, args: {source: subject, target: "obl:pour"}, code: "072"}
            """,
        )
        assert [
            (10, 14, "W103", "frame 'armes' of trigger 'fournir' is shadowed by 'general' "
             f"({path}:9:14), tried first (priority 1, specificity 2) and at least as general: 'armes' is never used"),
            (12, 14, "W102", f"frames 'a' ({path}:11:14) and 'a.bis' of trigger 'fournir' have the same constraints "
             "and priority: 'a.bis' is never used; add a constraint or a priority"),
            # a.optional binds whenever there is a subject (its target is optional), so 'pour' is never
            # reached; pour.passif is more specific (voice) and tried before a.optional.
            (14, 14, "W103", "frame 'pour' of trigger 'fournir' is shadowed by 'a.optional' "
             f"({path}:13:14), tried first (priority 0, specificity 3) and at least as general: 'pour' is never used"),
        ] == found(path)

    def test_covers_is_about_constraints_not_names(self) -> None:
        def frame(fid: str, *roles: RoleSpec, when: When = When()) -> CompiledFrame:
            return CompiledFrame(fid, "p", None, roles, when, "042")

        subject = RoleSpec("source", (SlotAlternative("subject"),), actor=True)
        obl_any = RoleSpec("target", (SlotAlternative("obl"),))
        obl_a = RoleSpec("target", (SlotAlternative("obl", "à"),))
        obl_a_or_en = RoleSpec("target", (SlotAlternative("obl", "à"), SlotAlternative("obl", "en")))
        assert covers(frame("x", subject, obl_any), frame("y", subject, obl_a))
        assert not covers(frame("y", subject, obl_a), frame("x", subject, obl_any))
        assert covers(frame("x", subject, obl_a_or_en), frame("y", subject, obl_a))
        assert not covers(frame("y", subject, obl_a), frame("x", subject, obl_a_or_en))
        assert covers(frame("x", subject), frame("y", subject, obl_a))
        assert not covers(frame("x", subject, when=When(cop=True)), frame("y", subject))
        assert covers(frame("x", subject), frame("y", subject, when=When(cop=True)))
        # a pairwise source fails with one actor and no target: it covers only another pairwise source
        pairwise = RoleSpec("source", (SlotAlternative("subject"),), actor=True, distribute="pairwise")
        assert not covers(frame("x", pairwise), frame("y", subject))
        assert covers(frame("x", pairwise), frame("y", pairwise, obl_a))
        assert covers(frame("x", subject), frame("y", pairwise))


# ---------------------------------------------------------------------------------------------
# Robustness: whatever the YAML says, check_codebook reports and never raises.
# ---------------------------------------------------------------------------------------------

_S = st.sampled_from(
    ["042", "x", "", "true", "no", "2020-01-01", "$ARMES", "$NOPE", "{code}", "subject", "obl:à", "head.iobj",
     "obl:à |", "~MIL", "1", "flag", "none", "*", "9999"]
)  # fmt: skip
_ANY = st.recursive(_S, lambda ch: st.lists(ch, max_size=3) | st.dictionaries(_S, ch, max_size=3), max_leaves=6)


def _obj(**fields: st.SearchStrategy) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({}, optional=fields)


def _some(x: st.SearchStrategy) -> st.SearchStrategy:
    return _S | st.lists(x, max_size=3)


_ROLE = _S | _obj(slot=_S, **{"in": _some(_S)}, actor=_S, required=_S, distribute=_S, upos=_S)
_FRAME = _obj(
    id=_S,
    args=st.dictionaries(_S, _ROLE, max_size=3) | _S,
    when=_obj(cop=_S, case=_S, voice=_S, feats=_ANY, head=_obj(lemma=_some(_S), rel=_S)),
    code=_some(_S),
    also=_obj(code=_S, swap=_S),
    on_negated=_S | _obj(recode=_S),
    priority=_S,
    examples=_some(_obj(text=_S, expect=_S | _obj(code=_S, source=_S), date=_S)),
    use=_S,
    **{"with": _ANY},
    replace=_S,
    disable=_S,
)
_DOC = _obj(
    extends=_some(_S),
    profile=_S,
    profiles=st.dictionaries(_S, _ANY, max_size=2),
    sets=st.dictionaries(_S, _ANY, max_size=2) | _S,
    negation=_obj(cues=_some(_obj(rel=_S, feats=_ANY, lemma=_S, on=_S)), default=_S | _obj(recode=_S)),
    templates=st.dictionaries(_S, _obj(params=_some(_S), frame=_FRAME | _S), max_size=2),
    predicates=_some(_obj(id=_S, lemma=_some(_S), trigger=_obj(lemma=_S, upos=_S), frames=_some(_FRAME))),
    operators=_some(_obj(id=_S, lemma=_S, via=_S, recode=_ANY)),
    actors=_some(
        _obj(id=_S, type=_S, code=_S, names=_ANY, demonyms=_ANY, roles=_some(_obj(code=_S, **{"from": _S, "to": _S})))
    ),
    agents=_some(_obj(id=_S, code=_S, lemmas=_ANY, country_from=_S)),
    taxonomy=_obj(codes=_some(_obj(code=_S, name=_S, parent=_S, goldstein=_S, plover=_ANY, extension=_S))),
)


class TestRobustness:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(base=_DOC, extension=_DOC)
    def test_check_never_raises(self, base: dict, extension: dict) -> None:
        with tempfile.TemporaryDirectory() as folder:
            a, b = Path(folder) / "a.yaml", Path(folder) / "b.yaml"
            a.write_text(yaml.safe_dump({"codebook": "a", **base}, allow_unicode=True), encoding="utf-8")
            extension = {**extension, "codebook": "b", "extends": ["a"]}
            b.write_text(yaml.safe_dump(extension, allow_unicode=True), encoding="utf-8")
            problems = check_codebook(a, b, TAXONOMY)
            assert problems == sorted(problems, key=lambda e: e.sort_key())
            if not any(p.is_error for p in problems):
                load_codebook(a, b, TAXONOMY)


def test_an_unknown_actor_type_is_a_warning_that_names_the_closest_type(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "types.yaml",
        """
        codebook: types
        language: en
        actors:
          - {id: EUR, type: regoin, code: EUR, names: [Europe]}
          - {id: XYZ, type: club, code: XYZ, names: [Xyz]}
          - {id: GON, type: country, code: GON, names: [Gondor]}
        """,
    )
    warnings = [(line, code, message) for line, _, code, message in found(path)]
    assert [(line, code) for line, code, _ in warnings] == [(4, "W106"), (5, "W106")]
    assert warnings[0][2].endswith("did you mean 'region'?") and "did you mean" not in warnings[1][2]
    assert load_codebook(path).actors["EUR"].type == "regoin"  # a warning: the codebook still loads
