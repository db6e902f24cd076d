"""check_codebook_properties on the shipped codebooks and on the engine tests' codebooks.

The number of drawn instances per frame follows the hypothesis profile (`ci` in `make test`,
`proptest` in `make proptest`). The last tests show that the properties can fail: on a codebook
whose trigger index is deliberately put in the wrong order, and on a frame whose negation
policy is misread.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcode import load_codebook
from eventcode.codebook.compiled import NO_EVENT
from eventcode.codebook.load import shipped_index
from eventcode.testing import PROPERTIES, check_codebook_properties

from ._cases import count, scaled

ENGINE = Path(__file__).parent / "engine"
SHIPPED = [path for files in shipped_index().values() for path in files]


def per_frame() -> int:
    """Instances per frame: 1/50 of the profile's max_examples, at least 3 (ci: 3, proptest: 200)."""
    return max(3, settings.default.max_examples // 50)


def run(codebook, **kwargs):
    report = check_codebook_properties(codebook, max_examples=per_frame(), **kwargs)
    count("properties: frame instances", report.examples)
    assert report.frames_run, str(report)
    assert report.checks > report.examples, str(report)  # more than one property applied per example
    for (frame, name), reason in report.not_applicable.items():
        # What may honestly not apply; anything else would be a strategy that never exercises it.
        honest = name in {"voice invariance", "date windows", "pronoun split", "alias invariance", "file order invariance"}
        assert honest or (name == "coordination" and _no_free_actor(codebook, frame)), (frame, name, reason)
    return report


def _no_free_actor(codebook, frame_id: str) -> bool:
    """A frame with no required actor role that any name fills: none at all ("a roadside bomb
    killed three soldiers": the bomb is the theme, the perpetrator unnamed), or only roles
    restricted to a set ("**peacekeepers** arrived in Y"), whose filler a name cannot join. Its
    optional roles may go undrawn, so there may be no actor to coordinate."""
    return not any(role.actor and role.required and role.lemmas is None and not role.phrases
                   for role in codebook.frames[frame_id].roles)


#: Shipped frames with a required role whose slots are all paths ("X said Y must V": the modal is
#: ``ccomp/aux``): drawn trees do not build the clause a path walks through (docs/testing.md), so
#: these frames are checked by their codebook examples only. No other frame may be skipped.
PATH_ONLY_FRAMES = {"say.must"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_shipped_codebook_properties(language: str) -> None:
    codebook = load_codebook(language=language)
    # Blocking frames (``code: none``) are not drawn: an instance is a tree with the event it must
    # produce, and they produce none; their codebook examples check what they block.
    blocking = {frame.id for frame in codebook.frames.values() if frame.code == NO_EVENT}
    report = run(codebook, paths=SHIPPED, language=language)
    skipped = {frame: reason for frame, reason in report.skipped_frames.items() if frame not in PATH_ONLY_FRAMES | blocking}
    assert not skipped, skipped
    for frame in set(report.skipped_frames) & PATH_ONLY_FRAMES:
        assert "none of its slots can be drawn" in report.skipped_frames[frame] and "/" in report.skipped_frames[frame]
    for frame in blocking:
        assert "blocking frame" in report.skipped_frames[frame]
    assert set(report.frames_run) == set(codebook.frames) - PATH_ONLY_FRAMES - blocking


def test_engine_fr_codebook_properties() -> None:
    run(load_codebook(ENGINE / "fr.codebook.yaml", language="fr"))


def test_engine_en_codebook_properties() -> None:
    paths = [ENGINE / "en.codebook.yaml", ENGINE / "fr.codebook.yaml"]
    report = run(load_codebook(*paths, language="en"), paths=paths, language="en")
    assert not any(name == "file order invariance" for _, name in report.not_applicable)


def test_report_lists_every_property() -> None:
    report = check_codebook_properties(load_codebook(ENGINE / "fr.codebook.yaml", language="fr"), max_examples=2, frames=["visiter"])
    assert report.properties == tuple(PROPERTIES)
    assert report.frames_run == ["visiter"]
    assert "1 frames x 14 properties" in str(report)


def test_a_wrong_trigger_order_is_caught_with_a_readable_counterexample() -> None:
    """Reverse the frames of every trigger lemma: a less specific frame now wins where the most
    specific one also binds (``construire.infra_entre`` before ``construire.infra_pour``)."""
    codebook = load_codebook(language="fr")
    broken = attrs.evolve(codebook, triggers={lemma: tuple(reversed(frames)) for lemma, frames in codebook.triggers.items()})
    with pytest.raises(AssertionError) as failure:
        check_codebook_properties(broken, max_examples=30, frames=["construire.infra_pour", "signer.accord_avec"])
    message = str(failure.value)
    assert "failed for frame" in message
    assert "# text = " in message and "\troot\t" in message  # the shrunk tree, as CoNLL-U


def test_a_negation_blind_engine_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mutate the engine so that it never sees a negation cue: the negation property fails."""
    from eventcode.coding.view import SentenceView

    monkeypatch.setattr(SentenceView, "is_negated", lambda self, word_id: False)
    codebook = load_codebook(ENGINE / "fr.codebook.yaml", language="fr")
    with pytest.raises(AssertionError, match="property 'negation' failed for frame 'visiter'"):
        check_codebook_properties(codebook, max_examples=10, frames=["visiter"], properties=["negation"])


def _vocabulary(codebook) -> list[str]:
    """Words that make random trees hit the codebook: trigger, operator and agent lemmas, name tokens."""
    from eventcode.testing.strategies import pools

    names = [token for tokens in pools(codebook, "fr").names[:200] for token in tokens]
    return sorted({*codebook.triggers, *codebook.operators, *codebook.agents, *names, *codebook.demonyms})


CODEBOOKS = {
    "engine-fr": (load_codebook(ENGINE / "fr.codebook.yaml", language="fr"), "fr"),
    "engine-en": (load_codebook(ENGINE / "en.codebook.yaml", ENGINE / "fr.codebook.yaml", language="en"), "en"),
    "shipped-fr": (load_codebook(language="fr"), "fr"),
}


def _realisable(codebook, lang: str) -> list[str]:
    from eventcode.testing.strategies import NotRealisable, frame_plan

    ids = []
    for frame_id in sorted(codebook.frames):
        try:
            frame_plan(codebook, frame_id, lang)
            ids.append(frame_id)
        except NotRealisable:
            pass
    return ids


@st.composite
def _sentence(draw, codebook, lang: str):
    """A random tree, or a frame instance of the codebook, perhaps rewritten (one or two sentences)."""
    from eventcode.testing import frame_instances, perturb, sentences

    if draw(st.booleans()):
        return [draw(sentences(lang, _vocabulary(codebook)))]
    inst = draw(st.sampled_from(_realisable(codebook, lang)).flatmap(lambda fid: frame_instances(codebook, fid, lang)))
    how = draw(st.sampled_from(["none", "negate", "passivize", "embed", "split", "coordinate"]))
    try:
        if how == "negate":
            return [perturb.negate(inst.sentence, inst.predicate_id, lang, draw(st.integers(0, 3)))]
        if how == "passivize":
            return [perturb.passivize(inst.sentence, inst.predicate_id, lang)]
        if how == "embed" and codebook.operators:
            return [perturb.embed(inst.sentence, draw(st.sampled_from(sorted(codebook.operators))), lang)]
        if how == "split" and inst.fillers:
            return list(perturb.split_with_pronoun(inst.sentence, draw(st.sampled_from(inst.fillers)).word_id, lang))
        if how == "coordinate" and inst.fillers:
            from eventcode.testing.strategies import pools

            tokens = draw(st.sampled_from(pools(codebook, lang).names))
            return [perturb.coordinate(inst.sentence, draw(st.sampled_from(inst.fillers)).word_id, list(tokens), lang)]
    except perturb.NotApplicable:
        pass
    return [inst.sentence]


@st.composite
def random_documents(draw, name: str):
    from eventcode.model import Document
    from eventcode.testing.strategies import documents_dates

    codebook, lang = CODEBOOKS[name]
    drawn = [s for part in draw(st.lists(_sentence(codebook, lang), min_size=1, max_size=3)) for s in part]
    sentences_ = tuple(attrs.evolve(s, index=i) for i, s in enumerate(drawn))
    return codebook, Document(id="random", sentences=sentences_, date=draw(documents_dates(codebook, lang)), lang=lang)


@scaled(1.0)
@given(st.sampled_from(sorted(CODEBOOKS)).flatmap(random_documents))
def test_indexed_matcher_equals_naive_on_random_documents(drawn) -> None:
    """Differential test of the trigger index, the frame order and the document loop (sentences
    skipped, pronoun memory) on random trees full of the codebook's words."""
    from eventcode.coding.coder import code_document
    from eventcode.testing import naive_code_document, to_conllu

    count("differential: random documents")
    codebook, document = drawn
    fast, slow = code_document(codebook, document), naive_code_document(codebook, document)
    assert fast == slow, to_conllu(document.sentences, document.id, document.date)
