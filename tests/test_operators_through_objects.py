"""What a refused object asks is what is refused: "Arnor dismissed the idea **to withdraw** from
Gondor", the infinitive an ``acl`` of *idea* (UD's analysis, and eventcode-model-en 0.8.0's), is
Arnor's rejection of a withdrawal, coded through the refusal operator (``via: object``) with Arnor
as its source. Only a verb whose operator applies through its object lends its subject: "Arnor
supported the idea to withdraw" says nothing of who withdraws (docs/engine.md)."""

from __future__ import annotations

import pytest

from .engine.trees import codebook_from_yaml, codebook_triples

CODEBOOK = """
codebook: objects-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
predicates:
  - id: withdraw
    trigger: {lemma: withdraw}
    frames:
      - id: withdraw
        args: {source: subject, target: {slot: "obl:from", required: false}}
        code: "0874"
operators:
  - id: refusal
    lemma: [dismiss]
    via: [xcomp, advcl, object]
    recode: {"087": "1246", "*": "120"}
  - id: appeal
    lemma: [urge]
    via: [xcomp]
    recode: {"*": "020"}
"""


def _tree(verb: str) -> str:
    """ "Arnor <verb>ed the idea to withdraw from Gondor.", the infinitive an ``acl`` of *idea*."""
    return f"""
    1  Arnor     Arnor     PROPN  _  _                          2  nsubj  _  _
    2  {verb}ed  {verb}    VERB   _  VerbForm=Fin               0  root   _  _
    3  the       the       DET    _  _                          4  det    _  _
    4  idea      idea      NOUN   _  Number=Sing                2  obj    _  _
    5  to        to        PART   _  _                          6  mark   _  _
    6  withdraw  withdraw  VERB   _  VerbForm=Inf               4  acl    _  _
    7  from      from      ADP    _  _                          8  case   _  _
    8  Gondor    Gondor    PROPN  _  _                          6  obl    _  _
    """


def _triples(tmp_path, tree: str) -> set[tuple[str | None, str, str | None]]:
    return codebook_triples(codebook_from_yaml(tmp_path, CODEBOOK), tree)


def test_what_a_dismissed_idea_proposes_is_rejected_by_the_dismisser(tmp_path) -> None:
    assert _triples(tmp_path, _tree("dismiss")) == {("ARN", "1246", "GON")}


@pytest.mark.parametrize("verb", ["support", "urge"])
def test_a_verb_whose_operator_does_not_go_through_its_object_lends_no_subject(tmp_path, verb: str) -> None:
    # *support* is no operator; *urge*'s goes through an xcomp only
    assert _triples(tmp_path, _tree(verb)) == set()


def test_an_infinitive_with_its_own_subject_keeps_it(tmp_path) -> None:
    # "Arnor dismissed the idea for Gondor to withdraw": the withdrawal is Gondor's
    tree = _tree("dismiss").replace(
        "5  to        to        PART   _  _                          6  mark   _  _",
        "5  Gondor    Gondor    PROPN  _  _                          6  nsubj  _  _",
    ).replace(
        "7  from      from      ADP    _  _                          8  case   _  _\n"
        "    8  Gondor    Gondor    PROPN  _  _                          6  obl    _  _",
        "7  now       now       ADV    _  _                          6  advmod _  _\n"
        "    8  .         .         PUNCT  _  _                          2  punct  _  _",
    )
    assert _triples(tmp_path, tree) == {("GON", "1246", None)}
