"""Compiling codebooks into the immutable indexes the matcher reads (design §8.3, §8.4)."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent
from types import MappingProxyType

import pytest

from eventcode.codebook import load_codebook
from eventcode.codebook.compile import DEFAULT_PROFILE, ENGINE_VERSION, parse_slot
from eventcode.codebook.compiled import (
    ActorEntry,
    Agent,
    CodeInfo,
    CompiledCodebook,
    NameEntry,
    NegationCue,
    Phrase,
    RoleSpec,
    RoleWindow,
    SlotAlternative,
    fold_form,
)

FIXTURES = Path(__file__).parent / "codebooks"
TAXONOMY = FIXTURES / "test-taxonomy.yaml"
WORLD = FIXTURES / "fictional-world.yaml"
FR = FIXTURES / "fr-test.yaml"


@pytest.fixture(scope="module")
def cb() -> CompiledCodebook:
    return load_codebook(FIXTURES, language="fr")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    return path


class TestSlots:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("subject", (SlotAlternative("subject"),)),
            ("obl:en", (SlotAlternative("obl", "en"),)),
            (
                "nmod:à | obl:À |head.iobj",
                (SlotAlternative("nmod", "à"), SlotAlternative("obl", "à"), SlotAlternative("iobj", None, True)),
            ),
            ("head.obl:à_côté_de", (SlotAlternative("obl", "à_côté_de", True),)),
        ],
    )
    def test_parse_slot(self, text: str, expected: tuple[SlotAlternative, ...]) -> None:
        assert expected == parse_slot(text)

    @pytest.mark.parametrize("text", ["", "obl: ", "obl:à |", "sub ject", "obl:à côté"])
    def test_malformed_slots(self, text: str) -> None:
        with pytest.raises(ValueError):
            parse_slot(text)


class TestFrames:
    def test_frames_most_specific_first(self, cb: CompiledCodebook) -> None:
        """en_armes (3 roles + in: + case = 6) before a (3 roles + in:, its target "obl:à | iobj" is not
        cased in every alternative = 5) before en (3 roles + case = 4)."""
        assert [("fournir.en_armes", 6), ("fournir.a", 5), ("fournir.en", 4)] == [
            (f.id, f.specificity) for f in cb.triggers["fournir"]
        ]

    def test_priority_comes_before_specificity(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "prio.yaml",
            """
            codebook: prio
            extends: [test-taxonomy]
            predicates:
              - id: p
                lemma: p
                frames:
                  - {id: low, priority: "-2", when: {cop: true, voice: active}, args: {source: "obl:à"}, code: "042"}
                  - {id: plain, args: {source: subject}, code: "042"}
                  - {id: high, priority: "3", args: {source: subject}, code: "042"}
                  - {id: when, when: {upos: NOUN, feats: {Number: Sing, Definite: Def}, head: {lemma: faire, rel: object}}, args: {source: subject}, code: "042"}
            """,
        )
        frames = load_codebook(path, TAXONOMY).triggers["p"]
        assert [("high", 3, 1), ("when", 0, 6), ("plain", 0, 1), ("low", -2, 4)] == [
            (f.id, f.priority, f.specificity) for f in frames
        ]

    def test_roles_sets_and_defaults(self, cb: CompiledCodebook) -> None:
        frame = cb.frames["fournir.en_armes"]
        assert (
            RoleSpec("source", (SlotAlternative("subject"),), actor=True),
            RoleSpec("target", (SlotAlternative("object"),), actor=True),
            RoleSpec("theme", (SlotAlternative("obl", "en"),), lemmas=frozenset({"arme", "missile", "obus"})),
        ) == frame.roles
        assert ("fournir", "072", "flag", None) == (frame.predicate_id, frame.code, frame.on_negated, frame.trigger_upos)
        assert str(FR) == frame.location.file and 49 == frame.location.line

    def test_set_phrases_and_multiword_cases(self, cb: CompiledCodebook) -> None:
        [frame] = cb.triggers["construire"]
        source, theme, target = frame.roles
        assert frozenset({"pont", "route"}) == theme.lemmas
        assert frozenset({Phrase("voie", frozenset({"ferré"}))}) == theme.phrases
        assert (SlotAlternative("obl", "à_côté_de"), SlotAlternative("obl", "en")) == target.alternatives
        assert ("061.infrastructure", "drop") == (frame.code, frame.on_negated)

    def test_when_paired_codes_policies_and_distribution(self, cb: CompiledCodebook) -> None:
        [visite] = cb.triggers["visite"]
        assert frozenset({"NOUN"}) == visite.trigger_upos
        assert (frozenset({"effectuer", "rendre"}), "object") == (visite.when.head.lemmas, visite.when.head.rel)
        assert (SlotAlternative("subject", None, True),) == visite.roles[0].alternatives
        [signer] = cb.triggers["signer"]
        assert ("recode:127", "pairwise", False) == (
            signer.on_negated, signer.roles[0].distribute, signer.roles[2].required
        )
        assert [("057", True)] == [(a.code, a.swap) for a in signer.also]

    def test_every_lemma_of_a_predicate_triggers_its_frames(self, cb: CompiledCodebook) -> None:
        """Lemmas are folded (Rencontrer -> rencontrer); the frame object is shared."""
        assert cb.triggers["visiter"] == cb.triggers["rencontrer"]
        assert {"visiter": cb.triggers["visiter"][0]} == {f.id: f for f in cb.triggers["rencontrer"]}

    def test_examples_are_compiled(self, cb: CompiledCodebook) -> None:
        first, second = cb.frames["fournir.a"].examples
        assert ({"code": "072", "source": "FRD", "target": "SYL"}, False) == (dict(first.expect), first.todo)
        assert (None, "Le rapport fournit des chiffres.") == (second.expect, second.text)

    def test_language_filter(self, tmp_path: Path) -> None:
        en = write(
            tmp_path,
            "en.yaml",
            """
            codebook: en-test
            language: en
            extends: [fr-test]
            predicates:
              - {id: visit, lemma: visit, frames: [{id: visit, args: {source: subject}, code: "042"}]}
            """,
        )
        assert "visit" not in load_codebook(FIXTURES, en, language="fr").triggers
        assert "visiter" not in load_codebook(FIXTURES, en, language="en").triggers
        both = load_codebook(FIXTURES, en)
        assert {"visit", "visiter"} <= set(both.triggers)
        assert "en-test" == both.name


class TestTaxonomyAndOperators:
    def test_code_info(self, cb: CompiledCodebook) -> None:
        assert CodeInfo("043", "Host a visit", "04", "04", 2.8, 1, "CONSULT", "visit", True, False) == cb.taxonomy["043"]
        assert CodeInfo("0332", "Express intent to provide military aid", "033", "03", 5.2, 1) == cb.taxonomy["0332"]

    def test_extension_rolls_up_and_inherits(self, cb: CompiledCodebook) -> None:
        assert CodeInfo(
            "061.infrastructure", "Cooperate on infrastructure", "061", "06", 6.4, 2, "COOPERATE", None, False, True,
            "economic",
        ) == cb.taxonomy["061.infrastructure"]

    def test_operators_and_negation(self, cb: CompiledCodebook) -> None:
        op = cb.operators["prévoir"]
        assert op is cb.operators["promettre"]
        assert (("xcomp",), {"072": "0332", "070": "033", "042": "036"}) == (op.via, dict(op.recode))
        assert (
            NegationCue("advmod", (("Polarity", "Neg"),)),
            NegationCue("det", (), frozenset({"aucun", "nul"}), ("object", "subject")),
        ) == cb.negation_cues
        assert "flag" == cb.negation_default

    def test_negation_default_applies_to_frames_without_a_policy(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "neg.yaml",
            """
            codebook: neg
            extends: [test-taxonomy]
            negation: {default: {recode: "127"}}
            predicates:
              - {id: p, lemma: p, frames: [{id: p, args: {source: subject}, code: "057"}]}
            """,
        )
        cb = load_codebook(path, TAXONOMY)
        assert ("recode:127", "recode:127") == (cb.negation_default, cb.frames["p"].on_negated)


class TestProfile:
    def test_declared_profile(self, cb: CompiledCodebook) -> None:
        assert "test-fr" == cb.profile.name
        assert frozenset({"obl", "obl:arg", "obl:mod"}) == cb.profile.slots["obl"]
        assert (frozenset({"nsubj:pass"}), frozenset({"obl:agent"})) == (
            cb.profile.passive_object, cb.profile.passive_subject
        )

    def test_default_profile_is_ud2(self) -> None:
        cb = load_codebook(TAXONOMY, WORLD)
        assert DEFAULT_PROFILE == cb.profile
        assert frozenset({"obl", "obl:arg", "obl:mod", "obl:tmod", "obl:npmod"}) == cb.profile.slots["obl"]
        assert "obl:agent" not in cb.profile.slots["obl"]
        assert frozenset({"obl:agent"}) == cb.profile.passive_subject


class TestActors:
    def test_actor_entries_and_dated_roles(self, cb: CompiledCodebook) -> None:
        assert ActorEntry("FRD", "country", "FRD", (), cb.actors["FRD"].location) == cb.actors["FRD"]
        firefly = cb.actors["firefly"]
        assert (
            RoleWindow("FRDGOV", "1933-01-01", "1933-11-16"),
            RoleWindow("FRDOPP", "1933-11-17", "1934-12-31"),
        ) == firefly.windows
        assert ["FRDGOV", "FRDGOV", "FRDOPP", "FRDELI", "FRDELI"] == [
            firefly.code_on(d) for d in ("1933-01-01", "1933-11-16", "1933-11-17", "1935-01-01", None)
        ]
        assert "SYLGOV" == cb.actors["trentino"].code_on("1933-05-05")

    def test_names_longest_match(self, cb: CompiledCodebook) -> None:
        tokens = [fold_form(t) for t in "la République de Freedonie et la Sylvanie".split()]
        length, (entry,) = cb.names.longest_at(tokens, 1, None)
        assert (3, NameEntry("FRD", ("republique", "de", "freedonie"), "fr")) == (length, entry)
        assert (1, "SYL") == (cb.names.longest_at(tokens, 6, None)[0], cb.names.longest_at(tokens, 6, None)[1][0].actor_id)
        assert (0, ()) == cb.names.longest_at(tokens, 0, None)

    def test_elided_and_multiword_names(self, cb: CompiledCodebook) -> None:
        tokens = ["cote", "d'", "sylvanie", "rufus", "t.", "firefly"]
        assert (3, "SYL") == (cb.names.longest_at(tokens, 0, None)[0], cb.names.longest_at(tokens, 0, None)[1][0].actor_id)
        assert (3, "firefly") == (cb.names.longest_at(tokens, 3, None)[0], cb.names.longest_at(tokens, 3, None)[1][0].actor_id)

    def test_dated_names(self, cb: CompiledCodebook) -> None:
        war = ["ministere", "de", "la", "guerre"]
        assert 4 == cb.names.longest_at(war, 0, "1933-06-01")[0]
        assert 0 == cb.names.longest_at(war, 0, "1934-06-01")[0]
        assert 4 == cb.names.longest_at(["ministere", "de", "la", "paix"], 0, "1934-06-01")[0]

    def test_names_of_every_language_are_kept(self, cb: CompiledCodebook) -> None:
        """French text may write a name the English way; the entry keeps its language."""
        length, entries = cb.names.longest_at(["freedonia"], 0, None)
        assert (1, "FRD", "en") == (length, entries[0].actor_id, entries[0].lang)
        assert "trentino" == cb.names.longest_at(["trentino"], 0, None)[1][0].actor_id
        assert "fr" == cb.language

    def test_demonyms_of_the_language_first_then_the_others(self, cb: CompiledCodebook) -> None:
        assert MappingProxyType(
            {"freedonien": "FRD", "freedonienne": "FRD", "sylvanien": "SYL", "freedonian": "FRD", "sylvanian": "SYL"}
        ) == cb.demonyms

    def test_agents(self, cb: CompiledCodebook) -> None:
        mil = cb.agents["soldat"]
        assert Agent(
            "MIL", "MIL", frozenset({"soldat", "militaire", "armée"}), ("demonym", "nmod:de"), mil.location
        ) == mil
        assert cb.agents["armée"] is mil
        assert ("GOV", frozenset({"gouvernement", "président"})) == (cb.agents["président"].sector, cb.agents["président"].lemmas)
        assert "soldier" not in cb.agents


class TestDigest:
    def test_digest_and_sources(self, cb: CompiledCodebook) -> None:
        assert [str(WORLD), str(TAXONOMY), str(FR)] == list(cb.sources)  # dependencies first, then by name
        assert 64 == len(cb.digest)
        assert cb.digest == load_codebook(FR, WORLD, TAXONOMY, language="fr").digest
        assert ENGINE_VERSION.startswith("eventcode-codebook-")

    def test_digest_changes_with_the_sources(self, tmp_path: Path) -> None:
        path = write(tmp_path, "x.yaml", "codebook: x\nextends: [test-taxonomy]\n")
        first = load_codebook(path, TAXONOMY).digest
        path.write_text("codebook: x\nextends: [test-taxonomy]\n# a comment\n", encoding="utf-8")
        assert first != load_codebook(path, TAXONOMY).digest

    def test_compiled_codebook_is_immutable(self, cb: CompiledCodebook) -> None:
        with pytest.raises(TypeError):
            cb.triggers["nouveau"] = ()  # type: ignore[index]
        with pytest.raises(TypeError):
            cb.actors["X"] = cb.actors["FRD"]  # type: ignore[index]
