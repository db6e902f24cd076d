"""The strategies and perturbations of eventcode.testing produce valid UD v2 trees.

Validity is checked twice: by :func:`eventcode.testing.tree_problems` and by a round trip
through the real CoNLL-U reader (Stanza's, plus eventcode's own checks), which must give back
the same words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcode import load_codebook, read_conllu
from eventcode.model import Sentence
from eventcode.testing import frame_instances, perturb, sentences, to_conllu, tree_problems
from eventcode.testing.strategies import NotRealisable, recipe_of

from ._cases import count, scaled

ENGINE = Path(__file__).parent / "engine"
FR = load_codebook(ENGINE / "fr.codebook.yaml", language="fr")
EN = load_codebook(ENGINE / "en.codebook.yaml", ENGINE / "fr.codebook.yaml", language="en")


def assert_valid(sentence: Sentence, lang: str) -> None:
    assert tree_problems(sentence) == [], to_conllu([sentence])
    (document,) = read_conllu(to_conllu([sentence]), lang=lang)
    (read,) = document.sentences
    assert [(w.id, w.form, w.lemma, w.upos, w.head, w.deprel, w.feats) for w in read.words] == [
        (w.id, w.form, w.lemma, w.upos, w.head, w.deprel, w.feats) for w in sentence.words
    ]
    assert [(t.text, t.word_ids) for t in read.tokens] == [(t.text, t.word_ids) for t in sentence.tokens]


@scaled(0.5)
@given(st.sampled_from(["fr", "en"]).flatmap(lambda lang: st.tuples(st.just(lang), sentences(lang))))
def test_random_sentences_are_valid_trees(drawn: tuple[str, Sentence]) -> None:
    count("strategy: sentences")
    lang, sentence = drawn
    assert_valid(sentence, lang)


@scaled(0.3)
@given(sentences("fr"))
def test_french_contractions_are_one_token_of_two_words(sentence: Sentence) -> None:
    count("strategy: contractions")
    for word, following in zip(sentence.words, sentence.words[1:]):
        pair = (word.form.casefold(), following.form.casefold())
        if word.upos == "ADP" and following.upos == "DET" and pair in {("à", "le"), ("à", "les"), ("de", "le"), ("de", "les")}:
            token = sentence.tokens[word.token_index]
            assert token.word_ids == (word.id, following.id)
            assert token.text.casefold() == {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}[pair]


def _frames(codebook, lang):
    ids = []
    for frame_id in sorted(codebook.frames):
        try:
            frame_instances(codebook, frame_id, lang)
            ids.append(frame_id)
        except NotRealisable:
            pass
    return st.sampled_from(ids).flatmap(lambda fid: frame_instances(codebook, fid, lang))


@scaled(0.5)
@given(st.one_of(_frames(FR, "fr"), _frames(EN, "en")))
def test_frame_instances_are_valid_and_realise_their_frame(inst) -> None:
    count("strategy: frame instances")
    assert_valid(inst.sentence, inst.lang)
    codebook = FR if inst.lang == "fr" else EN
    trigger = inst.sentence.word(inst.trigger_id)
    frame = codebook.frames[inst.frame_id]
    assert any(f.id == frame.id for f in codebook.triggers[trigger.lemma.casefold()])
    if frame.trigger_upos is not None:
        assert trigger.upos in frame.trigger_upos
    for role in frame.roles:
        if role.required:
            assert inst.filler(role.role) is not None, f"required role {role.role} not realised"
    for filler in inst.fillers:
        if filler.kind == "name":
            assert recipe_of(inst.sentence, filler.word_id).core == filler.name
    assert inst.expected in inst.expected_events


PERTURBATIONS = ["passivize", "negate", "coordinate", "date", "adverb", "punctuation", "apposition", "relative", "embed", "swap", "split"]


@scaled(0.5)
@given(st.one_of(_frames(FR, "fr"), _frames(EN, "en")), st.sampled_from(PERTURBATIONS), st.integers(0, 7))
def test_perturbations_keep_trees_valid(inst, name: str, variant: int) -> None:
    count("strategy: perturbations")
    s, lang, filler = inst.sentence, inst.lang, inst.fillers[variant % len(inst.fillers)] if inst.fillers else None
    try:
        if name == "passivize":
            out = [perturb.passivize(s, inst.predicate_id, lang)]
        elif name == "negate":
            out = [perturb.negate(s, inst.predicate_id, lang, variant)]
        elif name == "date":
            out = [perturb.add_date(s, lang, variant, inst.predicate_id)]
        elif name == "adverb":
            out = [perturb.add_adverb(s, lang, variant, inst.predicate_id)]
        elif name == "punctuation":
            out = [perturb.add_punctuation(s, lang, variant, inst.predicate_id)]
        elif name == "embed":
            out = [perturb.embed(s, "promettre" if lang == "fr" else "promise", lang, inst.predicate_id)]
        elif filler is None:
            return
        elif name == "coordinate":
            out = [perturb.coordinate(s, filler.word_id, ["Corée", "du", "Nord"], lang, repeat_case=bool(variant % 2))]
        elif name == "apposition":
            out = [perturb.add_apposition(s, filler.word_id, lang)]
        elif name == "relative":
            out = [perturb.add_relative_clause(s, filler.word_id, lang)]
        elif name == "swap":
            out = [perturb.swap_name(s, filler.word_id, ["Côte", "d'", "Ivoire"], lang)]
        else:
            out = list(perturb.split_with_pronoun(s, filler.word_id, lang))
    except perturb.NotApplicable:
        return
    for sentence in out:
        assert_valid(sentence, lang)
    assert len(out[-1].words) >= 1


def test_passivize_moves_object_and_subject() -> None:
    (document,) = read_conllu(
        "1\tParis\tParis\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tsoutient\tsoutenir\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
        "3\tKiev\tKiev\tPROPN\t_\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    )
    passive = perturb.passivize(document.sentences[0], lang="fr")
    assert [(w.form, w.deprel) for w in passive.words] == [
        ("Kiev", "nsubj:pass"), ("être", "aux:pass"), ("soutient", "root"), ("par", "case"), ("Paris", "obl:agent"), (".", "punct")
    ]
    assert passive.word(3).feat("Voice") == "Pass"


def test_name_with_contraction_is_written_as_a_multiword_token() -> None:
    from eventcode.testing._tree import to_sentence

    sentence = to_sentence(perturb.name_nodes(["Corée", "du", "Nord"], "fr"), "fr")
    assert [t.text for t in sentence.tokens] == ["Corée", "du", "Nord"]
    assert [w.form for w in sentence.words] == ["Corée", "de", "le", "Nord"]


def test_unrealisable_frame_says_why(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        "codebook: x\nlanguage: fr\npredicates:\n  - id: dire\n    lemma: dire\n    frames:\n"
        "      - id: dire.que\n        args: {source: subject, target: ccomp}\n        code: '010'\n",
        encoding="utf-8",
    )
    codebook = load_codebook(path, ENGINE / "fr.codebook.yaml", language="fr")
    with pytest.raises(NotRealisable, match="role 'target': none of its slots can be drawn \\(ccomp\\)"):
        frame_instances(codebook, "dire.que", "fr")
