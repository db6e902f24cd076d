"""What a noun of intention embeds is what its holder means to do: "Arnor announced **plans to
attack** Gondor" is Arnor's threat, not an attack. The infinitive takes the noun's holder as its
subject (its owner, else the subject of the verb the noun is the object of) and the noun's
operator applies through ``via: acl``; a parser that hangs the infinitive on the verb right after
the noun ("announced plans / to attack" as an ``xcomp`` of *announced*) is read the same way. An
infinitive after a noun that is no operator keeps its code."""

from __future__ import annotations

import pytest

from .engine.trees import codebook_from_yaml, codebook_triples

CODEBOOK = """
codebook: intention-noun-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
predicates:
  - id: attack
    trigger: {lemma: attack}
    frames:
      - id: attack
        args: {source: subject, target: object}
        code: "190"
operators:
  - id: intention
    lemma: [plan, decision]
    via: [xcomp, acl]
    recode: {"19": "1384"}
"""


def _announced(noun: str, infinitive_on: str) -> str:
    """ "Arnor announced <noun> to attack Gondor.", the infinitive an ``acl`` of the noun or an
    ``xcomp`` of the verb."""
    head, rel = ("3", "acl") if infinitive_on == "noun" else ("2", "xcomp")
    return f"""
    1  Arnor      Arnor      PROPN  _  _              2       nsubj  _  _
    2  announced  announce   VERB   _  VerbForm=Fin   0       root   _  _
    3  {noun}     {noun[:-1]}  NOUN   _  Number=Plur    2       obj    _  _
    4  to         to         PART   _  _              5       mark   _  _
    5  attack     attack     VERB   _  VerbForm=Inf   {head}  {rel}  _  _
    6  Gondor     Gondor     PROPN  _  _              5       obj    _  _
    """


def _triples(tmp_path, tree: str) -> set[tuple[str | None, str, str | None]]:
    return codebook_triples(codebook_from_yaml(tmp_path, CODEBOOK), tree)


@pytest.mark.parametrize("infinitive_on", ["noun", "verb"])
def test_plans_to_attack_are_the_holders_threat(tmp_path, infinitive_on: str) -> None:
    assert _triples(tmp_path, _announced("plans", infinitive_on)) == {("ARN", "1384", "GON")}


def test_an_infinitive_after_a_noun_that_is_no_operator_keeps_its_code(tmp_path) -> None:
    # "Arnor sent troops to attack Gondor": the troops' purpose, coded as the attack it is
    assert _triples(tmp_path, _announced("troops", "verb")) == {("ARN", "190", "GON")}
