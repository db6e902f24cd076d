"""Slot paths (``ccomp/subject``) and a role's ``fallback`` slot string."""

from __future__ import annotations

from textwrap import dedent

from eventcode.codebook import check_codebook
from eventcode.coding.coder import code_document
from eventcode.parsing.conllu import read_conllu

from .engine.trees import codebook_from_yaml, rows_document

CODEBOOK = """
codebook: path-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
  - {id: MOR, type: country, code: MOR, names: {en: [Mordor]}}
predicates:
  - id: block
    trigger: {lemma: block}
    frames:
      - id: block
        args: {source: subject, target: {slot: object, fallback: "object/acl/obl | ccomp/subject"}}
        code: "144"
  - id: welcome
    trigger: {lemma: welcome}
    frames:
      - id: welcome-economic
        args:
          source: subject
          target: object/nmod:from
          topic: {slot: object/nmod:on/nmod, in: [trade], actor: false}
        code: "051"
  - id: criticize
    trigger: {lemma: criticize}
    frames:
      - id: criticize
        args: {source: {slot: subject, fallback: "obl/nmod"}, target: object}
        when: {voice: passive}
        code: "111"
"""


def _coded(tmp_path, rows: list[tuple[str, str, str, int, str]]) -> set[tuple]:
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    return {(e.source.code, e.code, e.target.code) for e in code_document(codebook, rows_document(rows))}


ROADS = [
    ("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("blocked", "block", "VERB", 0, "root"), ("roads", "road", "NOUN", 2, "obj"),
    ("leading", "lead", "VERB", 3, "acl"), ("into", "into", "ADP", 6, "case"), ("Mordor", "Mordor", "PROPN", 4, "obl"),
    ("past", "past", "ADP", 8, "case"), ("Gondor", "Gondor", "PROPN", 4, "obl"),
]


def test_the_fallback_binds_the_first_fitting_filler_in_word_order(tmp_path):
    assert _coded(tmp_path, ROADS) == {("ARN", "144", "MOR")}


def test_the_fallback_is_not_tried_when_the_slot_binds(tmp_path):
    rows = [*ROADS[:2], ("Gondor", "Gondor", "PROPN", 2, "obj"), *ROADS[3:6]]
    assert _coded(tmp_path, rows) == {("ARN", "144", "GON")}


def test_a_path_through_a_clausal_complement(tmp_path):
    rows = [("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("blocked", "block", "VERB", 0, "root"),
            ("that", "that", "SCONJ", 5, "mark"), ("Gondor", "Gondor", "PROPN", 5, "nsubj"), ("left", "leave", "VERB", 2, "ccomp")]
    assert _coded(tmp_path, rows) == {("ARN", "144", "GON")}


def test_check_names_an_unknown_slot_in_a_path_and_a_malformed_path(tmp_path):
    path = tmp_path / "bad.yaml"
    text = dedent(CODEBOOK).lstrip().replace('"object/acl/obl | ccomp/subject"', '"object/clause/obl | ccomp/:x"')
    path.write_text(text, encoding="utf-8")
    errors = [(e.code, e.location.line, e.message) for e in check_codebook(path) if e.is_error]
    assert [code for code, _, _ in errors] == ["E004"]  # a malformed alternative stops the slot string
    path.write_text(text.replace("ccomp/:x", "ccomp/subject"), encoding="utf-8")
    errors = [(e.code, e.location.line, e.message) for e in check_codebook(path) if e.is_error]
    assert [(code, line) for code, line, _ in errors] == [("E041", 12)] and "unknown slot 'clause'" in errors[0][2]


def test_first_keeps_the_first_filler_in_word_order_with_its_conjuncts(tmp_path):
    def coded(target: str, rows) -> set[tuple]:
        text = CODEBOOK.replace('target: {slot: object, fallback: "object/acl/obl | ccomp/subject"}', f"target: {target}")
        return {(e.source.code, e.code, e.target.code) for e in code_document(codebook_from_yaml(tmp_path, text), rows_document(rows))}

    after = [("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("blocked", "block", "VERB", 0, "root"),
             ("Gondor", "Gondor", "PROPN", 2, "obj"), ("after", "after", "ADP", 5, "case"), ("Mordor", "Mordor", "PROPN", 2, "obl")]
    assert coded("{slot: object | obl}", after) == {("ARN", "144", "GON"), ("ARN", "144", "MOR")}
    assert coded("{slot: object | obl, first: true}", after) == {("ARN", "144", "GON")}
    conjoined = [*after[:3], ("and", "and", "CCONJ", 5, "cc"), ("Mordor", "Mordor", "PROPN", 3, "conj")]
    assert coded("{slot: object | obl, first: true}", conjoined) == {("ARN", "144", "GON"), ("ARN", "144", "MOR")}



def test_the_fallback_skips_a_pronoun(tmp_path):
    """*Mordor left. Gondor was criticized over its dispute with Arnor*: the fallback looks for an
    actor named further away; *its* (which would be resolved to Mordor) is not one, *Arnor* is."""
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    first = [("Mordor", "Mordor", "PROPN", 2, "nsubj"), ("left", "leave", "VERB", 0, "root")]
    second = [("Gondor", "Gondor", "PROPN", 3, "nsubj:pass"), ("was", "be", "AUX", 3, "aux:pass"),
              ("criticized", "criticize", "VERB", 0, "root"), ("over", "over", "ADP", 6, "case"),
              ("its", "its", "PRON", 6, "nmod:poss"), ("dispute", "dispute", "NOUN", 3, "obl"),
              ("with", "with", "ADP", 8, "case"), ("Arnor", "Arnor", "PROPN", 6, "nmod")]
    text = "# newdoc id = d\n" + "".join(
        "# text = x\n" + "\n".join(f"{i}\t{f}\t{l}\t{u}\t_\t{'PronType=Prs' if u == 'PRON' else '_'}\t{h}\t{d}\t_\t_"
                                 for i, (f, l, u, h, d) in enumerate(rows, start=1)) + "\n\n"
        for rows in (first, second)
    )
    (document,) = read_conllu(text)
    assert {(e.source.code, e.code, e.target.code) for e in code_document(codebook, document)} == {("ARN", "111", "GON")}



def test_a_path_step_with_a_case(tmp_path):
    """``object/nmod:on/nmod``: a noun under the object's *on* phrase (*memos on issues of
    trade*); the step's case must be there (*memos with issues of trade* does not match)."""
    rows = [("Arnor", "Arnor", "PROPN", 2, "nsubj"), ("welcomed", "welcome", "VERB", 0, "root"),
            ("memos", "memo", "NOUN", 2, "obj"), ("on", "on", "ADP", 5, "case"),
            ("issues", "issue", "NOUN", 3, "nmod"), ("of", "of", "ADP", 7, "case"),
            ("trade", "trade", "NOUN", 5, "nmod"), ("from", "from", "ADP", 9, "case"),
            ("Gondor", "Gondor", "PROPN", 3, "nmod")]
    assert _coded(tmp_path, rows) == {("ARN", "051", "GON")}
    rows[3] = ("with", "with", "ADP", 5, "case")
    assert _coded(tmp_path, rows) == set()
    assert [p for p in check_codebook(tmp_path / "cb.yaml") if p.is_error] == []
