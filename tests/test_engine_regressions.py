"""Regressions found by the property tests of eventcode.testing (issue 5), one test per bug.

Each tree is the shrunk counterexample hypothesis found, made readable; the codebook is the
small parser-free one in tests/engine/fr.codebook.yaml, or the shipped one where the property
ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode import Coder, load_codebook

from .engine import trees

CODEBOOK = Path(__file__).parent / "engine" / "fr.codebook.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(load_codebook(CODEBOOK, language="fr"), lang="fr")


# "Pékin n'effectue pas de visite à Moscou." -- the cue hangs on the light verb, not the noun.
FR_LIGHT_VERB_NEGATED = """
# text = Pékin n'effectue pas de visite à Moscou.
1   Pékin      Pékin      PROPN  _  _                                                 3  nsubj   _  _
2   n'         ne         ADV    _  Polarity=Neg                                      3  advmod  _  SpaceAfter=No
3   effectue   effectuer  VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
4   pas        pas        ADV    _  Polarity=Neg                                      3  advmod  _  _
5   de         de         DET    _  Definite=Ind|PronType=Art                         6  det     _  _
6   visite     visite     NOUN   _  Gender=Fem|Number=Sing                            3  obj     _  _
7   à          à          ADP    _  _                                                 8  case    _  _
8   Moscou     Moscou     PROPN  _  _                                                 6  nmod    _  SpaceAfter=No
9   .          .          PUNCT  _  _                                                 3  punct   _  _
"""

# "La France ne critique pas la visite de Moscou à Pékin." -- the visit itself is not denied.
FR_NOMINAL_UNDER_NEGATED_VERB = """
# text = La France ne critique pas la visite de Moscou à Pékin.
1   La        le         DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2  det     _  _
2   France    France     PROPN  _  _                                                 4  nsubj   _  _
3   ne        ne         ADV    _  Polarity=Neg                                      4  advmod  _  _
4   critique  critiquer  VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
5   pas       pas        ADV    _  Polarity=Neg                                      4  advmod  _  _
6   la        le         DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  7  det     _  _
7   visite    visite     NOUN   _  Gender=Fem|Number=Sing                            4  obj     _  _
8   de        de         ADP    _  _                                                 9  case    _  _
9   Moscou    Moscou     PROPN  _  _                                                 7  nmod    _  _
10  à         à          ADP    _  _                                                 11 case    _  _
11  Pékin     Pékin      PROPN  _  _                                                 7  nmod    _  SpaceAfter=No
12  .         .          PUNCT  _  _                                                 4  punct   _  _
"""


def test_negated_light_verb_negates_the_nominal_event(coder: Coder) -> None:
    """Bug 1: a cue on the light verb was ignored, so "n'effectue pas de visite" coded a visit."""
    events = coder.code_conllu(trees.conllu(FR_LIGHT_VERB_NEGATED))
    assert [(e.rule, e.code, e.source.code, e.target.code, e.negated) for e in events] == [
        ("visite.light_verb", "042", "CHN", "RUS", True)
    ]


def test_negated_verb_above_a_nominal_frame_that_does_not_use_it_does_not_negate(coder: Coder) -> None:
    """The fix is limited to frames matched through the governor: a nominal visit under another
    negated verb is still a visit."""
    events = coder.code_conllu(trees.conllu(FR_NOMINAL_UNDER_NEGATED_VERB))
    assert [(e.rule, e.code, e.source.code, e.target.code, e.negated) for e in events] == [
        ("visite.nominale", "042", "RUS", "CHN", False)
    ]


# "La Russie n'envisage pas de recevoir la Chine." -- the operator's table has no entry for 043.
FR_NEGATED_OPERATOR_WITHOUT_RECODE = """
# text = La Russie n'envisage pas de recevoir la Chine.
1   La        le         DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  2  det     _  _
2   Russie    Russie     PROPN  _  _                                                 4  nsubj   _  _
3   n'        ne         ADV    _  Polarity=Neg                                      4  advmod  _  SpaceAfter=No
4   envisage  envisager  VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
5   pas       pas        ADV    _  Polarity=Neg                                      4  advmod  _  _
6   de        de         ADP    _  _                                                 7  mark    _  _
7   recevoir  recevoir   VERB   _  VerbForm=Inf                                      4  xcomp   _  _
8   la        le         DET    _  Definite=Def|Gender=Fem|Number=Sing|PronType=Art  9  det     _  _
9   Chine     Chine      PROPN  _  _                                                 7  obj     _  SpaceAfter=No
10  .         .          PUNCT  _  _                                                 4  punct   _  _
"""


def test_negated_operator_negates_even_without_recoding(coder: Coder) -> None:
    """Bug 2: a cue on an operator counted only when its table recoded the code, so "n'envisage pas
    de recevoir" coded a plain, positive 043 (found by the operator-embedding property, with two
    stacked operators)."""
    events = coder.code_conllu(trees.conllu(FR_NEGATED_OPERATOR_WITHOUT_RECODE))
    assert [(e.rule, e.code, e.source.code, e.target.code, e.negated) for e in events] == [("recevoir", "043", "RUS", "CHN", True)]


# "the administration arrest Republic of the Union of Myanmar." -- an official alias of Myanmar
# whose word *Union* is also an agent noun (a trade union, LAB).
EN_AGENT_NOUN_INSIDE_A_NAME = """
# text = the administration arrest Republic of the Union of Myanmar.
1   the             the             DET    _  _             2  det       _  _
2   administration  administration  NOUN   _  _             3  nsubj     _  _
3   arrest          arrest          VERB   _  VerbForm=Fin  0  root      _  _
4   Republic        Republic        PROPN  _  _             3  obj       _  _
5   of              of              PROPN  _  _             4  flat:name _  _
6   the             the             PROPN  _  _             4  flat:name _  _
7   Union           Union           PROPN  _  _             4  flat:name _  _
8   of              of              PROPN  _  _             4  flat:name _  _
9   Myanmar         Myanmar         PROPN  _  _             4  flat:name _  SpaceAfter=No
10  .               .               PUNCT  _  _             3  punct     _  _
"""


def test_an_agent_noun_inside_a_name_does_not_compose() -> None:
    """Bug 3: *Union* in "Republic of the Union of Myanmar" was read as an agent (a trade union)
    composed with the country named by the rest, MMRLAB, where the name is Myanmar itself, MMR
    (found by the alias-invariance property on the shipped English codebook, swapping "Birmanie"
    for this alias in `make proptest`)."""
    coder = Coder.load("en")
    events = coder.code_conllu(trees.conllu(EN_AGENT_NOUN_INSIDE_A_NAME))
    assert [(e.code, e.source.code, e.target.code) for e in events] == [("173", "GOV", "MMR")]
