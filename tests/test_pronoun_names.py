"""A pronoun takes a named actor whatever the name's grammatical number ("the United States
said it", "the Taliban said they"); an agent noun still has to agree ("the soldiers ... it")."""

from __future__ import annotations

import pytest

from eventcode import Coder

from .engine.trees import conllu

US_SAID_IT = """
# text = The United States said it condemned Iran.
1  The        the        DET    DT   Definite=Def   3  det    _  _
2  United     United     PROPN  NNP  Number=Sing    3  compound  _  _
3  States     States     PROPN  NNPS Number=Plur    4  nsubj  _  _
4  said       say        VERB   VBD  VerbForm=Fin   0  root   _  _
5  it         it         PRON   PRP  Number=Sing|Person=3|PronType=Prs  6  nsubj  _  _
6  condemned  condemn    VERB   VBD  VerbForm=Fin   4  ccomp  _  _
7  Iran       Iran       PROPN  NNP  Number=Sing    6  obj    _  SpaceAfter=No
8  .          .          PUNCT  .    _              4  punct  _  _
"""

SOLDIERS_SAID_IT = """
# text = The French soldiers said it condemned Iran.
1  The        the        DET    DT   Definite=Def   3  det    _  _
2  French     French     ADJ    JJ   Degree=Pos     3  amod   _  _
3  soldiers   soldier    NOUN   NNS  Number=Plur    4  nsubj  _  _
4  said       say        VERB   VBD  VerbForm=Fin   0  root   _  _
5  it         it         PRON   PRP  Number=Sing|Person=3|PronType=Prs  6  nsubj  _  _
6  condemned  condemn    VERB   VBD  VerbForm=Fin   4  ccomp  _  _
7  Iran       Iran       PROPN  NNP  Number=Sing    6  obj    _  SpaceAfter=No
8  .          .          PUNCT  .    _              4  punct  _  _
"""


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder.load("en")


def events(coder: Coder, tree: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in coder.code_conllu(conllu(tree, date="2025-01-01"))}


def test_a_singular_pronoun_takes_a_plural_looking_name(coder: Coder) -> None:
    assert {("USA", "111", "IRN")} == events(coder, US_SAID_IT)


def test_an_agent_noun_must_still_agree_in_number(coder: Coder) -> None:
    assert set() == events(coder, SOLDIERS_SAID_IT)
