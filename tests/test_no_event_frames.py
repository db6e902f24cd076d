"""Frames with ``code: none``: when they match, the trigger codes nothing and its later frames are not tried."""

from __future__ import annotations

from textwrap import dedent

from eventcode.codebook import check_codebook
from eventcode.coding.coder import code_document

from .engine.trees import codebook_from_yaml, rows_document

CODEBOOK = """
codebook: none-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
predicates:
  - id: mark
    trigger: {lemma: mark}
    frames:
      - id: mark.anniversary
        args: {theme: {slot: object, in: [anniversary], actor: false}}
        code: none
        examples: [{text: "Arnor marked the anniversary with Gondor.", expect: none}]
      - id: mark
        args: {source: subject, target: obl}
        code: "010"
        examples: [{text: "Arnor marked a point with Gondor.", expect: {code: "010", source: ARN, target: GON}}]
"""


def _coded(tmp_path, noun: str) -> set[tuple]:
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    rows = [("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("marked", "mark", "VERB", 0, "root"), (noun, noun, "NOUN", 2, "obj"),
            ("with", "with", "ADP", 5, "case"), ("Gondor", "Gondor", "PROPN", 2, "obl")]
    return {(e.source.code, e.code, e.target.code) for e in code_document(codebook, rows_document(rows))}


def test_a_none_frame_blocks_the_later_frames(tmp_path):
    assert _coded(tmp_path, "point") == {("ARN", "010", "GON")}
    assert _coded(tmp_path, "anniversary") == set()


def test_a_none_frame_cannot_have_a_paired_code(tmp_path):
    path = tmp_path / "bad.yaml"
    text = dedent(CODEBOOK).lstrip().replace("        code: none\n", "        code: none\n        also: {code: \"010\"}\n")
    path.write_text(text, encoding="utf-8")
    errors = [e for e in check_codebook(path) if e.is_error]
    assert [(e.code, e.location.line) for e in errors] == [("E004", 12)]  # the code line
    assert "code none emits no event" in errors[0].message
