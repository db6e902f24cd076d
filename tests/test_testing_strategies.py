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
from eventcode.testing.strategies import REALISABLE, NotRealisable, recipe_of

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
    _check_perturbation(inst, name, variant)


def _check_perturbation(inst, name: str, variant: int) -> None:
    """Apply perturbation ``name`` to a drawn instance (a filler picked by ``variant``): valid trees."""
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


def test_a_repeated_multiword_case_is_repeated_whole() -> None:
    """*à l'encontre de X* -> *... et à l'encontre de Y*, not *et à Y* (another case)."""
    (document,) = read_conllu(
        "1\tParis\tParis\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tsévit\tsévir\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
        "3\tà\tà\tADP\t_\t_\t6\tcase\t_\t_\n4\tl'encontre\tl'encontre\tADP\t_\t_\t3\tfixed\t_\t_\n"
        "5\tde\tde\tADP\t_\t_\t3\tfixed\t_\t_\n6\tKiev\tKiev\tPROPN\t_\t_\t2\tobl\t_\t_\n"
        "7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    )
    moved: dict[int, int] = {}
    out = perturb.coordinate(document.sentences[0], 6, ["Moscou"], "fr", repeat_case=True, ids=moved)
    conj = next(w for w in out.words if w.deprel == "conj")
    case = [w for w in out.words if w.head == conj.id and w.deprel == "case"]
    assert [w.form for w in case] == ["à"]
    assert [w.form for w in out.words if w.head == case[0].id] == ["l'encontre", "de"]
    assert_valid(out, "fr")


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


# -- clause fillers (xcomp slots) ------------------------------------------------------------------

_XCOMP_EN = """\
codebook: xcomp-en
version: "0.1.0"
language: en
extends: [engine-fr]
predicates:
  - id: urge
    lemma: [urge]
    frames:
      - id: urge.negotiate
        args: {source: subject, target: object, theme: {slot: xcomp, in: [negotiate, meet]}}
        code: "026"
      - id: urge.xcomp
        args: {source: subject, target: object, theme: xcomp}
        code: "020"
  - id: meet
    lemma: [meet]
    frames:
      - id: meet.reciprocal
        args: {source: {slot: subject, distribute: pairwise}}
        code: "040"
  - id: arrest
    lemma: [arrest]
    frames:
      - id: arrest.by_police
        args: {source: {slot: subject, in: [police, soldier]}, target: object}
        code: "173"
"""


def _xcomp_codebook() -> object:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="eventcode-xcomp-"))
    (folder / "en.xcomp.yaml").write_text(_XCOMP_EN, encoding="utf-8")
    return load_codebook(folder / "en.xcomp.yaml", ENGINE / "fr.codebook.yaml", language="en")


XCOMP_EN = _xcomp_codebook()
SHIPPED = {lang: load_codebook(language=lang) for lang in ("fr", "en")}


def _xcomp_frames() -> list[tuple[object, str, str]]:
    """(codebook, frame id, lang) of every frame with an xcomp role: shipped ones and the test codebook's."""
    found = []
    for codebook, lang in ((SHIPPED["fr"], "fr"), (SHIPPED["en"], "en"), (XCOMP_EN, "en")):
        for frame_id, frame in sorted(codebook.frames.items()):
            if any(a.name == "xcomp" for role in frame.roles for a in role.alternatives):
                found.append((codebook, frame_id, lang))
    return found


def test_every_xcomp_frame_is_realisable() -> None:
    frames = _xcomp_frames()
    assert {fid for _, fid, _ in frames} >= {"appeler.negocier", "appeler.xcomp", "urge.negotiate", "urge.xcomp"}
    for codebook, frame_id, lang in frames:
        frame_instances(codebook, frame_id, lang)  # raises NotRealisable otherwise


@scaled(0.5)
@given(st.sampled_from(_xcomp_frames()).flatmap(lambda c: st.tuples(st.just(c[0]), frame_instances(c[0], c[1], c[2]))))
def test_a_drawn_xcomp_filler_is_an_infinitive_with_a_mark(drawn) -> None:
    """The clause filler: a VERB with VerbForm=Inf, attached to the trigger as xcomp, with the
    language's infinitive marker as a ``mark`` child; its lemma is in the role's ``in:`` set (a
    lemma or a phrase's head), or (no set) a verb that triggers nothing; and the engine codes the
    expected event."""
    from eventcode.testing import codes
    from eventcode.testing.lang import lang_kit

    count("strategy: xcomp instances")
    codebook, inst = drawn
    assert_valid(inst.sentence, inst.lang)
    frame = codebook.frames[inst.frame_id]
    clauses = [f for f in inst.fillers if f.kind == "clause"]
    # a role whose slot is "object | xcomp" ("stopped work" / "work" tagged VERB) may draw the noun
    either = any(
        any(a.name == "xcomp" for a in role.alternatives) and any(a.name in REALISABLE for a in role.alternatives)
        for role in frame.roles
    )
    assert clauses or either, inst.conllu()
    for filler in clauses:
        verb = inst.sentence.word(filler.word_id)
        assert (verb.upos, verb.feat("VerbForm"), verb.deprel, verb.head) == ("VERB", "Inf", "xcomp", inst.trigger_id), inst.conllu()
        marks = [w for w in inst.sentence.words if w.head == verb.id and w.deprel == "mark"]
        assert [m.lemma for m in marks] and all(m.lemma in lang_kit(inst.lang).infinitive_marks for m in marks), inst.conllu()
        assert all(m.id < verb.id for m in marks)
        role = next(r for r in frame.roles if r.role == filler.role)
        if role.lemmas is not None:
            assert verb.lemma in role.lemmas or verb.lemma in {p.head for p in role.phrases}
        else:
            assert verb.lemma not in codebook.triggers and verb.lemma not in codebook.operators
    assert inst.expected_events <= codes(codebook, inst.document), inst.conllu()


def test_voice_invariance_leaves_out_the_controlled_clause() -> None:
    """*France and China urge Russia to meet*: the engine gives *meet* its governor's grammatical
    subject (France and China, a reciprocal 040); in the passive that subject is Russia and the
    040 goes. The property compares the events outside the clause filler, which must not change."""
    from eventcode.model import Document
    from eventcode.testing import codes
    from eventcode.testing.properties import voice_invariance
    from eventcode.testing.strategies import Filler, FrameInstance, expectation

    (document,) = read_conllu(
        "1\tFrance\tFrance\tPROPN\t_\t_\t4\tnsubj\t_\t_\n2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_\n"
        "3\tChina\tChina\tPROPN\t_\t_\t1\tconj\t_\t_\n4\turge\turge\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
        "5\tRussia\tRussia\tPROPN\t_\t_\t4\tobj\t_\t_\n6\tto\tto\tPART\t_\t_\t7\tmark\t_\t_\n"
        "7\tmeet\tmeet\tVERB\t_\tVerbForm=Inf\t4\txcomp\t_\t_\n8\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n",
        lang="en",
    )
    sentence = document.sentences[0]
    drafts = [Filler("source", 1, "", None, "name", None), Filler("source", 3, "", None, "name", None),
              Filler("target", 5, "", None, "name", None), Filler("theme", 7, "", None, "clause", None)]
    winner, expected, fillers = expectation(XCOMP_EN, sentence, 4, drafts, None)
    assert winner.id == "urge.negotiate"
    inst = FrameInstance("xcomp-en", winner.id, winner.id, "en", Document(id="x", sentences=(sentence,), lang="en"),
                         expected[0], frozenset(expected), 4, 4, fillers)
    active = {str(e) for e in codes(XCOMP_EN, sentence)}
    passive = {str(e) for e in codes(XCOMP_EN, perturb.passivize(sentence, 4, "en"))}
    assert "040 FRA -> CHN" in active and "040 FRA -> CHN" not in passive  # the clause's event does change
    assert {"026 FRA -> RUS", "026 CHN -> RUS"} <= active & passive
    assert voice_invariance(XCOMP_EN, inst) is None


def test_a_clause_slot_with_a_case_is_not_realisable(tmp_path: Path) -> None:
    """The engine reads an ``xcomp:à`` case from a ``case`` child; an infinitive has a ``mark``."""
    path = tmp_path / "x.yaml"
    path.write_text(
        "codebook: x\nlanguage: fr\npredicates:\n  - id: appeler\n    lemma: appeler\n    frames:\n"
        "      - id: appeler.a\n        args: {source: subject, theme: 'xcomp:à'}\n        code: '020'\n",
        encoding="utf-8",
    )
    codebook = load_codebook(path, ENGINE / "fr.codebook.yaml", language="fr")
    with pytest.raises(NotRealisable, match="role 'theme': none of its slots can be drawn \\(xcomp:à\\)"):
        frame_instances(codebook, "appeler.a", "fr")


def test_pronoun_split_does_not_apply_to_a_subject_with_an_in_set() -> None:
    """*The police spoke. It arrested X.*: the pronoun's lemma is not in the role's set, so the
    engine (rightly) does not bind it; the property says so instead of failing."""
    from eventcode.testing import check_codebook_properties

    report = check_codebook_properties(XCOMP_EN, max_examples=5, lang="en", frames=["arrest.by_police"], properties=["pronoun split"])
    assert report.frames_run == ["arrest.by_police"]
    assert "a pronoun cannot fill it" in report.not_applicable[("arrest.by_police", "pronoun split")]


@scaled(0.5)
@given(
    st.sampled_from(_xcomp_frames()).flatmap(lambda c: frame_instances(c[0], c[1], c[2])),
    st.sampled_from(PERTURBATIONS),
    st.integers(0, 7),
)
def test_perturbations_keep_xcomp_instances_valid(inst, name: str, variant: int) -> None:
    """Every perturbation, on every filler (the clause filler included), gives a valid tree."""
    count("strategy: xcomp perturbations")
    _check_perturbation(inst, name, variant)


def test_a_slot_path_is_not_drawn_as_the_slot_it_ends_in(tmp_path: Path) -> None:
    """``xcomp/object`` is the object of the clause, not of the trigger: never drawn as ``object``."""
    (tmp_path / "cb.yaml").write_text(
        "codebook: path-draw\nlanguage: en\n"
        "actors:\n  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}\n"
        "predicates:\n  - id: offer\n    trigger: {lemma: offer, upos: VERB}\n    frames:\n"
        "      - id: offer.only_path\n        args: {source: subject, target: xcomp/object}\n        code: '033'\n",
        encoding="utf-8",
    )
    codebook = load_codebook(tmp_path / "cb.yaml", language="en")
    with pytest.raises(NotRealisable, match="role 'target': none of its slots can be drawn \\(xcomp/object\\)"):
        frame_instances(codebook, "offer.only_path", "en")
