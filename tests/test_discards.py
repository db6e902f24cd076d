"""Discard rules (``discards:``): a sentence, or a whole document, containing a phrase is not coded."""

from __future__ import annotations

from pathlib import Path

from eventcode.codebook import check_codebook
from eventcode.coding.coder import code_document
from eventcode.explain import explain_document
from eventcode.parsing.conllu import read_conllu

from .engine.trees import codebook_from_yaml, rows_block

CODEBOOK = """
codebook: discard-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
predicates:
  - id: praise
    trigger: {lemma: praise}
    frames:
      - id: praise
        args: {source: subject, target: object}
        code: "051"
        examples:
          - {text: "Arnor praised Gondor.", expect: {code: "051", source: ARN, target: GON}}
          - {text: "Arnor slept.", expect: none}
discards:
  - {id: nations_cup, phrases: {en: [African Nations Cup]}}
  - {id: typhoon, phrases: {en: [typhoon]}, scope: document}
  - {id: other_language, phrases: {fr: [praised]}}
"""

def _sentence(extra: str = "") -> str:
    """"Arnor praised Gondor", then the words of ``extra`` attached to "Gondor"."""
    rows = [("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("praised", "praise", "VERB", 0, "root"), ("Gondor", "Gondor", "PROPN", 2, "obj")]
    rows += [(w, w.lower(), "NOUN", 3, "nmod") for w in extra.split()]
    return rows_block(rows)


def _document(*sentences: str) -> str:
    return "# newdoc id = d\n" + "".join(_sentence(s) for s in sentences)


def _coded(tmp_path: Path, conllu: str) -> list[tuple]:
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    (document,) = read_conllu(conllu)
    return [(e.sentence_index, e.code) for e in code_document(codebook, document)]


def test_a_sentence_rule_drops_that_sentence_only(tmp_path):
    assert _coded(tmp_path, _document("", "African Nations Cup", "")) == [(0, "051"), (2, "051")]


def test_the_phrase_must_be_consecutive_words(tmp_path):
    assert len(_coded(tmp_path, _document("African Cup Nations"))) == 1
    assert len(_coded(tmp_path, _document("african NATIONS cup"))) == 0  # case-insensitive


def test_a_document_rule_drops_every_sentence(tmp_path):
    assert _coded(tmp_path, _document("", "", "Typhoon")) == []


def test_phrases_of_another_language_are_ignored(tmp_path):
    assert len(_coded(tmp_path, _document(""))) == 1  # the fr phrase "praised" does not apply


def test_explain_says_which_rule_discarded_the_sentence(tmp_path):
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    (document,) = read_conllu(_document("", "African Nations Cup"))
    first, second = explain_document(codebook, document)
    assert len(first.events) == 1 and not first.discarded
    assert second.events == () and "nations_cup" in second.discarded
    assert "discarded" in second.to_text() and second.to_dict()["discarded"] == second.discarded


def test_check_reports_a_bad_scope_and_an_empty_phrase_with_its_place(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "codebook: bad\ndiscards:\n  - {id: a, phrases: [x], scope: story}\n  - {id: b, phrases: [' ']}\n  - {id: c}\n",
        encoding="utf-8",
    )
    found = [(e.location.line, e.code, e.message) for e in check_codebook(path) if e.is_error]
    assert (3, "E004", "discard 'a'.scope: expected 'sentence' or 'document', got 'story'") in found
    assert any(line == 4 and "empty phrase" in message for line, _, message in found)
    assert any(line == 5 and code == "E002" and "phrases" in message for line, code, message in found)
    assert all(e.location.column > 0 for e in check_codebook(path) if e.is_error)
