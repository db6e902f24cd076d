"""A trigger is looked up by lemma, then by word form (a parser's wrong lemma still matches)."""

from __future__ import annotations

from pathlib import Path

from eventcode import Coder, load_codebook

CODEBOOK = """\
codebook: trigger-forms
language: en
actors:
  - {id: arnor, type: country, code: ARN, names: [Arnor]}
  - {id: gondor, type: country, code: GON, names: [Gondor]}
predicates:
  - id: welcome
    trigger: {lemma: [welcome, welcomed], upos: VERB}
    frames:
      - {id: welcome, args: {source: subject, target: object}, code: "050"}
"""


def _sentence(lemma: str) -> str:
    rows = [
        ("1", "Arnor", "Arnor", "PROPN", "2", "nsubj"),
        ("2", "welcomed", lemma, "VERB", "0", "root"),
        ("3", "Gondor", "Gondor", "PROPN", "2", "obj"),
    ]
    body = "\n".join(f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{d}\t_\t_" for i, f, l, u, h, d in rows)
    return f"# newdoc id = t\n# text = Arnor welcomed Gondor\n{body}\n\n"


def test_wrong_lemma_falls_back_to_the_word_form(tmp_path: Path) -> None:
    (tmp_path / "cb.yaml").write_text(CODEBOOK, encoding="utf-8")
    coder = Coder(load_codebook(tmp_path / "cb.yaml", language="en"), lang="en")
    for lemma in ("welcome", "welcom"):  # the right lemma, and a stemmer's
        events = coder.code_conllu(_sentence(lemma))
        assert [(e.source.code, e.code, e.target.code) for e in events] == [("ARN", "050", "GON")]
    (tmp_path / "cb.yaml").write_text(CODEBOOK.replace("[welcome, welcomed]", "[welcome]"), encoding="utf-8")
    without_form = Coder(load_codebook(tmp_path / "cb.yaml", language="en"), lang="en")
    assert without_form.code_conllu(_sentence("wlcm")) == []  # the form is not listed: no match


def test_a_verb_lemmatised_as_its_stem_without_e_matches(tmp_path: Path) -> None:
    """English model 0.4.0 lemmatises *telephoned* "telephon", *welcomed* "welcom": the lemma
    with its *e* is tried for a verb whose form extends the lemma, not for other words."""
    (tmp_path / "cb.yaml").write_text(CODEBOOK.replace("[welcome, welcomed], upos: VERB", "[welcome]"), encoding="utf-8")
    coder = Coder(load_codebook(tmp_path / "cb.yaml", language="en"), lang="en")
    assert [e.code for e in coder.code_conllu(_sentence("welcom"))] == ["050"]
    assert coder.code_conllu(_sentence("welcom").replace("\tVERB\t", "\tNOUN\t")) == []


def test_a_trigger_form_comes_before_the_lemma(tmp_path: Path) -> None:
    """``trigger: {form: [left]}``: the word *left* (lemma *leave*) is the verb LEFT, as a
    dictionary of forms says, not a form of LEAVE; other forms of *leave* still go to LEAVE."""
    codebook = CODEBOOK + (
        "  - id: leave\n    trigger: {lemma: leave, upos: VERB}\n    frames:\n"
        "      - {id: leave, args: {source: subject, target: object}, code: \"012\"}\n"
        "  - id: left\n    trigger: {lemma: left, form: [left], upos: VERB}\n    frames:\n"
        "      - {id: left, args: {source: subject, target: object}, code: \"040\"}\n"
    )
    (tmp_path / "cb.yaml").write_text(codebook, encoding="utf-8")
    coder = Coder(load_codebook(tmp_path / "cb.yaml", language="en"), lang="en")
    for form, code in (("left", "040"), ("leaves", "012")):
        text = _sentence("leave").replace("\twelcomed\t", f"\t{form}\t")
        assert [(e.source.code, e.code, e.target.code) for e in coder.code_conllu(text)] == [("ARN", code, "GON")]
