"""Actor resolution with the shipped codebooks, on hand-written trees (no parser)."""

from __future__ import annotations

import pytest

from eventcode import Coder

from .engine.trees import conllu

FR_CONGO = """
# text = Le Congo a visité la France.
1  Le      le       DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art  2  det        _  _
2  Congo   Congo    PROPN  _  _                                                 4  nsubj      _  _
3  a       avoir    AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  4  aux:tense  _  _
4  visité  visiter  VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root       _  _
5  la      le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  6  det        _  _
6  France  France   PROPN  _  _                                                 4  obj        _  SpaceAfter=No
7  .       .        PUNCT  _  _                                                 4  punct      _  _
"""

EN_CONGO = """
# text = Congo visited Kyiv.
1  Congo    Congo  PROPN  NNP  Number=Sing  2  nsubj  _  _
2  visited  visit  VERB   VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
3  Kyiv     Kyiv   PROPN  NNP  Number=Sing  2  obj    _  SpaceAfter=No
4  .        .      PUNCT  .    _            2  punct  _  _
"""

FR_MOSCOW = """
# text = La France a visité Moscow.
1  La      le       DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2  det        _  _
2  France  France   PROPN  _  _                                                 4  nsubj      _  _
3  a       avoir    AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  4  aux:tense  _  _
4  visité  visiter  VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root       _  _
5  Moscow  Moscow   PROPN  _  _                                                 4  obj        _  SpaceAfter=No
6  .       .        PUNCT  _  _                                                 4  punct      _  _
"""


@pytest.fixture(scope="module")
def coders() -> dict[str, Coder]:
    return {lang: Coder.load(lang) for lang in ("fr", "en")}


def visit(coder: Coder, tree: str) -> tuple[str, str]:
    event = next(e for e in coder.code_conllu(conllu(tree, date="2025-01-01")) if e.code == "042")
    return event.source.code, event.target.code


def test_a_name_shared_by_two_countries_follows_the_documents_language(coders: dict[str, Coder]) -> None:
    """"Congo" is the Republic of the Congo in French usage, the DRC in English (AP style)."""
    assert ("COG", "FRA") == visit(coders["fr"], FR_CONGO)
    assert ("COD", "UKR") == visit(coders["en"], EN_CONGO)


def test_a_name_written_the_other_languages_way_still_resolves(coders: dict[str, Coder]) -> None:
    """"Moscow" is only among the English names of Russia; French text may still write it."""
    assert ("FRA", "RUS") == visit(coders["fr"], FR_MOSCOW)


FR_ONU = """
# text = L'ONU a visité Kiev.
1  L'      le       DET    _  _  2  det        _  SpaceAfter=No
2  ONU     ONU      PROPN  _  _  4  nsubj      _  _
3  a       avoir    AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  4  aux:tense  _  _
4  visité  visiter  VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root  _  _
5  Kiev    Kiev     PROPN  _  _  4  obj        _  SpaceAfter=No
6  .       .        PUNCT  _  _  4  punct      _  _
"""

FR_UN = """
# text = Un a visité Kiev.
1  Un      un       PRON   _  _  3  nsubj      _  _
2  a       avoir    AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  3  aux:tense  _  _
3  visité  visiter  VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root  _  _
4  Kiev    Kiev     PROPN  _  _  3  obj        _  SpaceAfter=No
5  .       .        PUNCT  _  _  3  punct      _  _
"""


def test_an_acronym_matches_its_own_case_only(coders: dict[str, Coder]) -> None:
    """"ONU" is the United Nations; the French word "Un" (folded: "un") is not the "UN"."""
    assert ("IGOUNO", "UKR") == visit(coders["fr"], FR_ONU)
    assert [] == coders["fr"].code_conllu(conllu(FR_UN, date="2025-01-01"))


EN_CAMERON = """
# text = Cameron visited Kyiv.
1  Cameron  Cameron  PROPN  NNP  Number=Sing  2  nsubj  _  _
2  visited  visit    VERB   VBD  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin  0  root  _  _
3  Kyiv     Kyiv     PROPN  NNP  Number=Sing  2  obj    _  SpaceAfter=No
4  .        .        PUNCT  .    _            2  punct  _  _
"""


@pytest.mark.parametrize(
    ("date", "code"),
    [("2015-06-01", "GBRGOV"), ("2020-06-01", "GBRELI"), ("2024-01-15", "GBRGOV"), ("2025-06-01", "GBRELI")],
)
def test_the_document_date_picks_a_persons_role(coders: dict[str, Coder], date: str, code: str) -> None:
    """A surname alone resolves; David Cameron was PM, out of office, foreign secretary, out again."""
    event = next(e for e in coders["en"].code_conllu(conllu(EN_CAMERON, date=date)) if e.code == "042")
    assert (code, "UKR") == (event.source.code, event.target.code)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Oxfam", "NGOXFM"), ("Greenpeace", "NGMENVGRP"), ("OPCW", "IGO"), ("Europol", "IGOEEC"), ("AMISOM", "IGOAFRAFU"),
     ("Africa", "AFR"), ("Scandinavia", "SCN")],
)
def test_organisations_and_regions_name_their_codes(coders: dict[str, Coder], name: str, code: str) -> None:
    """A few of the shipped organisations (CAMEO manual's or Phoenix's codes) and CAMEO regions."""
    tree = EN_CONGO.replace("Congo    Congo  ", f"{name:<8} {name:<6} ").replace("# text = Congo", f"# text = {name}")
    event = next(e for e in coders["en"].code_conllu(conllu(tree, date="2025-01-01")) if e.code == "042")
    assert (event.source.code, event.target.code) == (code, "UKR")
