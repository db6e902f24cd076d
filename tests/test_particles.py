"""The default profile's ``prt`` slot: a verb particle (``compound:prt``, or an ``advmod`` as
parsers often make it: "stepped down/ADV") can be required, so "called off the strike" and
"called the strike" are told apart."""

from __future__ import annotations


from eventcode.coding.coder import code_document

from .engine.trees import codebook_from_yaml, rows_document

CODEBOOK = """
codebook: particle-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
predicates:
  - id: call
    trigger: {lemma: call, upos: VERB}
    frames:
      - id: call.off
        priority: 1
        args: {source: subject, particle: {slot: prt, in: ["off"]}, theme: {slot: object, in: [strike]}}
        code: "082"
      - id: call.strike
        args: {source: subject, theme: {slot: object, in: [strike]}}
        code: "143"
"""


def _codes(tmp_path, with_particle: bool, relation: str = "compound:prt", upos: str = "ADP") -> list[str]:
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    rows = [("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("called", "call", "VERB", 0, "root")]
    if with_particle:
        rows.append(("off", "off", upos, 2, relation))
    rows += [("the", "the", "DET", len(rows) + 2, "det"), ("strike", "strike", "NOUN", 2, "obj")]
    return [e.code for e in code_document(codebook, rows_document(rows))]


def test_a_required_particle_binds_in_the_prt_slot(tmp_path):
    assert _codes(tmp_path, with_particle=True) == ["082"]


def test_without_the_particle_the_frame_fails(tmp_path):
    assert _codes(tmp_path, with_particle=False) == ["143"]


def test_a_particle_parsed_as_an_adverb_binds_too(tmp_path):
    assert _codes(tmp_path, with_particle=True, relation="advmod", upos="ADV") == ["082"]
