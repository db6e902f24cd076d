"""A role's ``upos`` keeps only fillers with that part of speech; with none left, the role fails."""

from __future__ import annotations


from eventcode.coding.coder import code_document
from eventcode.explain import explain_document

from .engine.trees import codebook_from_yaml, rows_document

CODEBOOK = """
codebook: upos-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
predicates:
  - id: release
    trigger: {lemma: release}
    frames:
      - id: release.named
        args: {source: subject, theme: {slot: object, upos: PROPN}}
        code: "0841"
"""


def _document(obj: tuple[str, str, str]):
    form, lemma, upos = obj
    return rows_document([("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("released", "release", "VERB", 0, "root"), (form, lemma, upos, 2, "obj")])


def _codebook(tmp_path):
    return codebook_from_yaml(tmp_path, CODEBOOK)


def test_a_filler_of_the_role_upos_binds(tmp_path):
    events = code_document(_codebook(tmp_path), _document(("Sanchez", "Sanchez", "PROPN")))
    assert [(e.source.code, e.code) for e in events] == [("ARN", "0841")]


def test_no_filler_of_the_role_upos_fails_the_frame_and_says_why(tmp_path):
    codebook, document = _codebook(tmp_path), _document(("statement", "statement", "NOUN"))
    assert code_document(codebook, document) == []
    (explained,) = explain_document(codebook, document)
    (frame,) = explained.triggers[0].frames
    assert frame.status == "failed"
    assert "statement NOUN" in frame.reason and "PROPN" in frame.reason
