"""A country noun or an agent owned by a third-person possessive names the possessive's
antecedent's country: "Arnor said **its government** attacked Gondor" → ARNGOV, "**its
country**" → ARN; French *son pays* (a ``det`` with ``Poss=Yes``) the same. An antecedent that is
no country's actor leaves the noun as it was. A bare definite "**the country**" is an anaphor too."""

from __future__ import annotations

import pytest

from .engine.trees import codebook_from_yaml, codebook_triples

CODEBOOK = """
codebook: possessive-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
agents:
  - {id: GOV, code: "~GOV", lemmas: [government]}
predicates:
  - id: attack
    trigger: {lemma: attack}
    frames:
      - id: attack
        args: {source: subject, target: object}
        code: "190"
"""

POSSESSIVE = "Number=Sing|Person=3|Poss=Yes|PronType=Prs"


def _said(speaker: str, noun: str, owner_rel: str = "nmod:poss", owner_upos: str = "PRON", owner: str = "its") -> str:
    feats = POSSESSIVE if owner == "its" else "_"
    return f"""
    1  {speaker}  {speaker}  PROPN     _  _            2  nsubj     _  _
    2  said       say        VERB      _  _            0  root      _  _
    3  {owner}    {owner}    {owner_upos}  _  {feats}  4  {owner_rel}  _  _
    4  {noun}     {noun}     NOUN      _  Number=Sing  5  nsubj     _  _
    5  attacked   attack     VERB      _  _            2  ccomp     _  _
    6  Gondor     Gondor     PROPN     _  _            5  obj       _  _
    """


def _triples(tmp_path, tree: str) -> set[tuple[str | None, str, str | None]]:
    return codebook_triples(codebook_from_yaml(tmp_path, CODEBOOK), tree)


@pytest.mark.parametrize(("noun", "source"), [("government", "ARNGOV"), ("country", "ARN")])
def test_an_owned_noun_names_the_owners_country(tmp_path, noun: str, source: str) -> None:
    assert _triples(tmp_path, _said("Arnor", noun)) == {(source, "190", "GON")}


def test_a_possessive_determiner_owns_as_well(tmp_path) -> None:
    assert _triples(tmp_path, _said("Arnor", "country", owner_rel="det", owner_upos="DET")) == {("ARN", "190", "GON")}


def test_an_owner_that_names_no_country_leaves_the_noun_as_it_was(tmp_path) -> None:
    assert _triples(tmp_path, _said("Mujahid", "country")) == set()
    assert _triples(tmp_path, _said("Mujahid", "government")) == {("GOV", "190", "GON")}


@pytest.mark.parametrize(("article", "found"), [("the", {("ARN", "190", "GON")}), ("a", set())])
def test_the_country_names_the_country_just_mentioned(tmp_path, article: str, found: set) -> None:
    assert _triples(tmp_path, _said("Arnor", "country", owner_rel="det", owner_upos="DET", owner=article)) == found
