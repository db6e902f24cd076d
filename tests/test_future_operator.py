"""An auxiliary operator (``via: aux``): the shipped English future.en recodes what is announced
for the future ("will send" -> intent 03, "would attack" -> threat 13), on hand-written trees."""

from __future__ import annotations

import pytest

from eventcode import Coder

from .engine.trees import conllu

WILL_SEND = """
# text = France will send tanks to Ukraine.
1  France   France   PROPN  NNP  Number=Sing  3  nsubj  _  _
2  will     will     AUX    MD   VerbForm=Fin 3  aux    _  _
3  send     send     VERB   VB   VerbForm=Inf 0  root   _  _
4  tanks    tank     NOUN   NNS  Number=Plur  3  obj    _  _
5  to       to       ADP    IN   _            6  case   _  _
6  Ukraine  Ukraine  PROPN  NNP  Number=Sing  3  obl    _  SpaceAfter=No
7  .        .        PUNCT  .    _            3  punct  _  _
"""

WOULD_NOT_LIFT = """
# text = Russia would not lift the sanctions.
1  Russia     Russia    PROPN  NNP  Number=Sing   4  nsubj   _  _
2  would      would     AUX    MD   VerbForm=Fin  4  aux     _  _
3  not        not       PART   RB   Polarity=Neg  4  advmod  _  _
4  lift       lift      VERB   VB   VerbForm=Inf  0  root    _  _
5  the        the       DET    DT   Definite=Def  6  det     _  _
6  sanctions  sanction  NOUN   NNS  Number=Plur   4  obj     _  SpaceAfter=No
7  .          .         PUNCT  .    _             4  punct   _  _
"""

HAS_SENT = """
# text = France has sent tanks to Ukraine.
1  France   France   PROPN  NNP  Number=Sing   3  nsubj  _  _
2  has      have     AUX    VBZ  VerbForm=Fin  3  aux    _  _
3  sent     send     VERB   VBN  VerbForm=Part 0  root   _  _
4  tanks    tank     NOUN   NNS  Number=Plur   3  obj    _  _
5  to       to       ADP    IN   _             6  case   _  _
6  Ukraine  Ukraine  PROPN  NNP  Number=Sing   3  obl    _  SpaceAfter=No
7  .        .        PUNCT  .    _             3  punct  _  _
"""


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder.load("en")


def codes(coder: Coder, tree: str) -> set[tuple[str | None, str, str | None]]:
    events = coder.code_conllu(conllu(tree, date="2025-01-01"))
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in events}


def test_a_future_transfer_of_weapons_is_an_intent(coder: Coder) -> None:
    assert {("FRA", "0332", "UKR")} == codes(coder, WILL_SEND)


def test_another_auxiliary_changes_nothing(coder: Coder) -> None:
    assert {("FRA", "072", "UKR")} == codes(coder, HAS_SENT)


def test_negation_still_wins_over_the_auxiliary(coder: Coder) -> None:
    """"would not lift": the intent (0354) is then recoded by the frame's on_negated (1244)."""
    assert {("RUS", "1244", None)} == codes(coder, WOULD_NOT_LIFT)
