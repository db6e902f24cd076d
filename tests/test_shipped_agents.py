"""Generic agents of the shipped codebooks composed with a demonym, on hand-written trees (no parser)."""

from __future__ import annotations

import pytest

from eventcode import Coder

from .engine.trees import conllu


@pytest.fixture(scope="module")
def coders() -> dict[str, Coder]:
    return {lang: Coder.load(lang) for lang in ("fr", "en")}


def en_condemned(form: str, lemma: str) -> str:
    return f"""
# text = Ukrainian {form} condemned Russia.
1  Ukrainian  Ukrainian  ADJ    JJ   Degree=Pos   2  amod   _  _
2  {form}     {lemma}    NOUN   NNS  Number=Plur  3  nsubj  _  _
3  condemned  condemn    VERB   VBD  Tense=Past   0  root   _  _
4  Russia     Russia     PROPN  NNP  Number=Sing  3  obj    _  SpaceAfter=No
5  .          .          PUNCT  .    _            3  punct  _  _
"""


def fr_condamne(form: str, lemma: str) -> str:
    return f"""
# text = Les {form} ukrainiens condamnent la Russie.
1  Les         le         DET    _  Definite=Def|Number=Plur|PronType=Art  2  det    _  _
2  {form}      {lemma}    NOUN   _  Gender=Masc|Number=Plur               4  nsubj  _  _
3  ukrainiens  ukrainien  ADJ    _  Gender=Masc|Number=Plur               2  amod   _  _
4  condamnent  condamner  VERB   _  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
5  la          le         DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  6  det  _  _
6  Russie      Russie     PROPN  _  _                                      4  obj    _  SpaceAfter=No
7  .           .          PUNCT  _  _                                      4  punct  _  _
"""


@pytest.mark.parametrize(
    ("form", "lemma", "code"),
    [("farmers", "farmer", "UKRAGR"), ("gunmen", "gunman", "UKRUAF"), ("unionists", "unionist", "UKRLAB"),
     ("doctors", "doctor", "UKRHLH"), ("students", "student", "UKREDU"), ("smugglers", "smuggler", "UKRCRM"),
     ("warplanes", "warplane", "UKRMIL")],
)
def test_english_sector_agents(coders: dict[str, Coder], form: str, lemma: str, code: str) -> None:
    events = coders["en"].code_conllu(conllu(en_condemned(form, lemma), date="2025-01-01"))
    assert [(code, "111", "RUS")] == [(e.source.code, e.code, e.target.code) for e in events]


@pytest.mark.parametrize(
    ("form", "lemma", "code"),
    [("agriculteurs", "agriculteur", "UKRAGR"), ("assaillants", "assaillant", "UKRUAF"), ("syndicats", "syndicat", "UKRLAB"),
     ("médecins", "médecin", "UKRHLH"), ("étudiants", "étudiant", "UKREDU"), ("trafiquants", "trafiquant", "UKRCRM"),
     ("bataillons", "bataillon", "UKRMIL")],
)
def test_french_sector_agents(coders: dict[str, Coder], form: str, lemma: str, code: str) -> None:
    events = coders["fr"].code_conllu(conllu(fr_condamne(form, lemma), date="2025-01-01"))
    assert [(code, "111", "RUS")] == [(e.source.code, e.code, e.target.code) for e in events]


FR_FORCES_DE_L_ORDRE = """
# text = Les forces de l'ordre ont arrêté des manifestants.
1  Les           le           DET    _  Definite=Def|Number=Plur|PronType=Art  2  det        _  _
2  forces        force        NOUN   _  Gender=Fem|Number=Plur                7  nsubj      _  _
3  de            de           ADP    _  _                                     5  case       _  _
4  l'            le           DET    _  Definite=Def|Number=Sing|PronType=Art  5  det        _  SpaceAfter=No
5  ordre         ordre        NOUN   _  Gender=Masc|Number=Sing               2  nmod       _  _
6  ont           avoir        AUX    _  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin  7  aux:tense  _  _
7  arrêté        arrêter      VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root  _  _
8  des           un           DET    _  Definite=Ind|Number=Plur|PronType=Art  9  det        _  _
9  manifestants  manifestant  NOUN   _  Gender=Masc|Number=Plur               7  obj        _  SpaceAfter=No
10 .             .            PUNCT  _  _                                     7  punct      _  _
"""


def test_forces_de_l_ordre_are_police_not_military(coders: dict[str, Coder]) -> None:
    """A multiword agent with an elision: its words are l' + ordre in the tree."""
    events = coders["fr"].code_conllu(conllu(FR_FORCES_DE_L_ORDRE, date="2025-01-01"))
    assert [("COP", "173", "CVL")] == [(e.source.code, e.code, e.target.code) for e in events]


def test_security_forces_are_police(coders: dict[str, Coder]) -> None:
    tree = """
# text = Ukrainian security forces condemned Russia.
1  Ukrainian  Ukrainian  ADJ    JJ   Degree=Pos   3  amod      _  _
2  security   security   NOUN   NN   Number=Sing  3  compound  _  _
3  forces     force      NOUN   NNS  Number=Plur  4  nsubj     _  _
4  condemned  condemn    VERB   VBD  Tense=Past   0  root      _  _
5  Russia     Russia     PROPN  NNP  Number=Sing  4  obj       _  SpaceAfter=No
6  .          .          PUNCT  .    _            4  punct     _  _
"""
    events = coders["en"].code_conllu(conllu(tree, date="2025-01-01"))
    assert [("UKRCOP", "111", "RUS")] == [(e.source.code, e.code, e.target.code) for e in events]
