"""An acronym name ("NATO", "FARC") also matches the one word written in title case as a proper
noun ("Nato", "Farc"), as many newspapers write them; acronyms of three letters or fewer ("EU",
"UN") and words tagged otherwise stay exact (*Un*, *Who*)."""

from __future__ import annotations

import pytest

from eventcode import Coder
from eventcode.coding.actors import UNRESOLVED_CODE

from .engine.trees import coded_triples


def _condemned(subject: str, upos: str = "PROPN") -> str:
    return f"""
# text = {subject} condemned Iran.
1  {subject}  {subject}  {upos}  _  _  2  nsubj  _  _
2  condemned  condemn    VERB    _  VerbForm=Fin  0  root  _  _
3  Iran       Iran       PROPN   _  _  2  obj   _  SpaceAfter=No
4  .          .          PUNCT   _  _  2  punct _  _
"""


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder.load("en")


@pytest.mark.parametrize(("written", "code"), [("NATO", "IGONAT"), ("Nato", "IGONAT"), ("Farc", "COLREB")])
def test_a_long_acronym_matches_in_title_case(coder: Coder, written: str, code: str) -> None:
    assert coded_triples(coder, _condemned(written), "2025-01-01") == {(code, "111", "IRN")}


def test_a_short_acronym_stays_exact(coder: Coder) -> None:
    assert coded_triples(coder, _condemned("EU"), "2025-01-01") == {("IGOEEC", "111", "IRN")}
    # "Eu" names no actor: the shipped codebook keeps it as an unresolved name, not the EU
    assert coded_triples(coder, _condemned("Eu"), "2025-01-01") == {(UNRESOLVED_CODE, "111", "IRN")}


def test_a_title_case_word_that_is_no_proper_noun_stays_a_word(coder: Coder) -> None:
    assert coded_triples(coder, _condemned("Nato", "NOUN"), "2025-01-01") == set()
