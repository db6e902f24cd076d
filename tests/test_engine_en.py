"""The coding engine on hand-written English UD trees (EWT conventions), no parser needed.

The English test codebook extends the French one for its actors and agents, which also
exercises ``extends`` and the per-language selection of predicates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode import Coder, load_codebook
from eventcode.model import Event

from .engine import trees

ENGINE = Path(__file__).parent / "engine"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(load_codebook(ENGINE / "en.codebook.yaml", ENGINE / "fr.codebook.yaml", language="en"), lang="en")


def triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in events}


def code(coder: Coder, *sentences: str, date: str = "2025-10-27") -> list[Event]:
    return coder.code_conllu(trees.conllu(*sentences, date=date))


def test_french_predicates_are_not_compiled_for_english(coder: Coder) -> None:
    assert "visiter" not in coder.codebook.triggers
    assert "visit" in coder.codebook.triggers


def test_visit_then_passive_reception_with_pronoun_across_sentences(coder: Coder) -> None:
    events = code(coder, trees.EN_VISITED, trees.EN_RECEIVED)
    assert {("PRKGOV", "042", "RUS"), ("RUS", "043", "PRKGOV"), ("RUSGOV", "043", "PRKGOV")} == triples(events)
    reception = next(e for e in events if e.rule == "receive")
    assert ("She", "pronoun") == (reception.target.text, reception.target.how)
    assert 1 == reception.sentence_index


def test_supply_with_weapons_and_troops_sent(coder: Coder) -> None:
    assert {("PRK", "072", "RUS")} == triples(code(coder, trees.EN_SUPPLY_WITH))
    assert {("PRK", "072", "RUS")} == triples(code(coder, trees.EN_SENT_TROOPS))


def test_symmetric_agreement(coder: Coder) -> None:
    assert {("RUS", "057", "PRK"), ("PRK", "057", "RUS")} == triples(code(coder, trees.EN_SIGNED_PACT))


def test_negated_agreement_is_recoded(coder: Coder) -> None:
    events = code(coder, trees.EN_NOT_SIGNED)
    assert {("RUS", "127", "UKR")} == triples(events)
    assert events[0].negated


def test_promise_operator(coder: Coder) -> None:
    assert {("FRA", "0332", "UKR")} == triples(code(coder, trees.EN_PROMISED))


def test_possessive_nominal_visit(coder: Coder) -> None:
    events = code(coder, trees.EN_POSSESSIVE_VISIT)
    assert {("RUSGOV", "042", "PRK")} == triples(events)
    assert "visit.nominal" == events[0].rule


def test_dated_roles(coder: Coder) -> None:
    assert ("FRAELI", "042", "UKR") in triples(code(coder, trees.EN_MACRON, date="2016-12-01"))
    assert ("FRAGOV", "042", "UKR") in triples(code(coder, trees.EN_MACRON, date="2019-06-01"))


def test_infrastructure_extension(coder: Coder) -> None:
    events = code(coder, trees.EN_BRIDGE)
    assert {("CHN", "061.infrastructure", "KEN")} == triples(events)
    assert "06" == events[0].root


# "The People's Republic of China condemned Japan." -- the possessive is one surface token (a
# multiword token People + 's, as Stanza's English tokeniser writes it), so a name with "'s"
# must not be split at its apostrophe like a French elision (found by `eval ngec-actors`).
EN_PEOPLES_REPUBLIC = """
# text = The People's Republic of China condemned Japan.
1    The        the        DET    DT   _             4  det        _  _
2-3  People's   _          _      _    _             _  _          _  _
2    People     people     NOUN   NNS  Number=Plur   4  nmod:poss  _  _
3    's         's         PART   POS  _             2  case       _  _
4    Republic   Republic   PROPN  NNP  Number=Sing   7  nsubj      _  _
5    of         of         ADP    IN   _             6  case       _  _
6    China      China      PROPN  NNP  Number=Sing   4  nmod       _  _
7    condemned  condemn    VERB   VBD  Tense=Past    0  root       _  _
8    Japan      Japan      PROPN  NNP  Number=Sing   7  obj        _  SpaceAfter=No
9    .          .          PUNCT  .    _             7  punct      _  _
"""


def test_an_english_possessive_inside_a_name_is_one_token() -> None:
    from eventcode.codebook.compiled import split_name

    assert ("people's", "liberation", "army") == split_name("People's Liberation Army")
    assert ("cote", "d'", "ivoire") == split_name("Côte d'Ivoire")
    shipped = Coder(load_codebook(language="en"), lang="en")
    events = shipped.code_conllu(trees.conllu(EN_PEOPLES_REPUBLIC, date="2025-10-27"))
    assert {("CHN", "111", "JPN")} == triples(events)
