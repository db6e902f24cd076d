"""What a text says goes with the text: "Arnor vetoed a resolution **condemning** Gondor" is
Arnor's refusal, not Arnor's condemnation. A participle or relative clause on a noun of a text
someone issues (Profile.document_nouns) takes the text's author as its subject (docs/engine.md);
an operator above the text (``via: object``, here *veto*) applies to the clause as it does to the
text. A text that no operator governs ("Arnor adopted a resolution condemning Gondor") keeps the
clause's own code, and a clause on a noun that is no text is left alone."""

from __future__ import annotations

import pytest

from .engine.trees import codebook_from_yaml, codebook_triples

CODEBOOK = """
codebook: texts-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
predicates:
  - id: condemn
    trigger: {lemma: condemn}
    frames:
      - id: condemn
        args: {source: subject, target: object}
        code: "111"
operators:
  - id: refusal
    lemma: [veto]
    via: [xcomp, object]
    recode: {"*": "120"}
"""


def _tree(verb: str, noun: str) -> str:
    """ "Arnor <verb>ed a <noun> condemning Gondor.", the participle an ``acl`` of the noun."""
    return f"""
    1  Arnor       Arnor      PROPN  _  _                       2  nsubj  _  _
    2  {verb}ed    {verb}     VERB   _  VerbForm=Fin            0  root   _  _
    3  a           a          DET    _  _                       4  det    _  _
    4  {noun}      {noun}     NOUN   _  Number=Sing             2  obj    _  _
    5  condemning  condemn    VERB   _  VerbForm=Ger            4  acl    _  _
    6  Gondor      Gondor     PROPN  _  _                       5  obj    _  _
    """


def _triples(tmp_path, tree: str) -> set[tuple[str | None, str, str | None]]:
    return codebook_triples(codebook_from_yaml(tmp_path, CODEBOOK), tree)


def test_what_a_vetoed_resolution_says_is_refused(tmp_path) -> None:
    assert _triples(tmp_path, _tree("veto", "resolution")) == {("ARN", "120", "GON")}


@pytest.mark.parametrize(("verb", "noun"), [("adopt", "resolution"), ("veto", "singer")])
def test_a_text_no_operator_governs_or_a_noun_that_is_no_text_is_left_alone(tmp_path, verb: str, noun: str) -> None:
    expected = {("ARN", "111", "GON")} if noun == "resolution" else set()
    assert _triples(tmp_path, _tree(verb, noun)) == expected
