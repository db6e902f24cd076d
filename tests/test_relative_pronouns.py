"""A relative pronoun stands for the noun its clause modifies ("the rebels who attacked the
army", "le ministre, qui a rencontré Poutine"), found in the tree: the head of the ``acl:relcl``
clause, or the subject of the verb a parse wrongly attached the clause to when the pronoun
directly follows that subject. No other word-order guess is made."""

from __future__ import annotations

import pytest

from eventcode import Coder

from .engine.trees import coded_triples, conllu

EN_REBELS_WHO_ATTACKED = """
# text = Colombian rebels who attacked Venezuela fled.
1  Colombian  Colombian  ADJ    JJ   Degree=Pos                2  amod       _  _
2  rebels     rebel      NOUN   NNS  Number=Plur               6  nsubj      _  _
3  who        who        PRON   WP   PronType=Rel              4  nsubj      _  _
4  attacked   attack     VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  2  acl:relcl  _  _
5  Venezuela  Venezuela  PROPN  NNP  Number=Sing               4  obj        _  _
6  fled       flee       VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root  _  SpaceAfter=No
7  .          .          PUNCT  .    _                         6  punct      _  _
"""

# the same sentence as the English model often parses it: the clause hangs on the main verb
EN_REBELS_WHO_ATTACKED_ADVCL = EN_REBELS_WHO_ATTACKED.replace("2  acl:relcl", "6  advcl    ")

# "Iraq that killed": the clause hangs on the main verb, but the pronoun does not follow the
# subject's phrase, so nothing is guessed (the nearest noun, Iraq, is not the antecedent)
EN_ATTACK_IN_IRAQ = """
# text = Colombia condemned an attack in Iraq that killed Venezuelans.
1  Colombia    Colombia    PROPN  NNP  Number=Sing   2  nsubj   _  _
2  condemned   condemn     VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  0  root  _  _
3  an          a           DET    DT   Definite=Ind|PronType=Art  4  det  _  _
4  attack      attack      NOUN   NN   Number=Sing   2  obj     _  _
5  in          in          ADP    IN   _             6  case    _  _
6  Iraq        Iraq        PROPN  NNP  Number=Sing   4  nmod    _  _
7  that        that        PRON   WDT  PronType=Rel  8  nsubj   _  _
8  killed      kill        VERB   VBD  Mood=Ind|Tense=Past|VerbForm=Fin  2  advcl  _  _
9  Venezuelans Venezuelan  PROPN  NNPS Number=Plur   8  obj     _  SpaceAfter=No
10 .           .           PUNCT  .    _             2  punct   _  _
"""

FR_MINISTRE_QUI_A_RENCONTRE = """
# text = Le ministre nord-coréen, qui a rencontré le président russe, est reparti.
1   Le           le           DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art  2  det  _  _
2   ministre     ministre     NOUN   _  Gender=Masc|Number=Sing  13  nsubj  _  _
3   nord-coréen  nord-coréen  ADJ    _  Gender=Masc|Number=Sing  2  amod  _  SpaceAfter=No
4   ,            ,            PUNCT  _  _                        6  punct  _  _
5   qui          qui          PRON   _  PronType=Rel             7  nsubj  _  _
6   a            avoir        AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  7  aux:tense  _  _
7   rencontré    rencontrer   VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  2  acl:relcl  _  _
8   le           le           DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art  9  det  _  _
9   président    président    NOUN   _  Gender=Masc|Number=Sing  7  obj  _  _
10  russe        russe        ADJ    _  Number=Sing              9  amod  _  SpaceAfter=No
11  ,            ,            PUNCT  _  _                        7  punct  _  _
12  est          être         AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  13  aux:tense  _  _
13  reparti      repartir     VERB   _  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part  0  root  _  SpaceAfter=No
14  .            .            PUNCT  _  _                        13  punct  _  _
"""

# as our French model parses it: the relative clause is an advcl of "reparti"
FR_MINISTRE_QUI_A_RENCONTRE_ADVCL = FR_MINISTRE_QUI_A_RENCONTRE.replace("2  acl:relcl", "13  advcl    ")


def triples(coder: Coder, tree: str, date: str = "2025-10-27") -> set[tuple[str | None, str, str | None]]:
    return coded_triples(coder, tree, date)


@pytest.fixture(scope="module")
def en() -> Coder:
    return Coder.load("en")


@pytest.fixture(scope="module")
def fr() -> Coder:
    return Coder.load("fr")


@pytest.mark.parametrize("tree", [EN_REBELS_WHO_ATTACKED, EN_REBELS_WHO_ATTACKED_ADVCL], ids=["acl:relcl", "advcl"])
def test_a_relative_pronoun_stands_for_the_noun_its_clause_modifies(en: Coder, tree: str) -> None:
    assert ("COLREB", "190", "VEN") in triples(en, tree)


def test_the_pronoun_takes_its_antecedents_code_and_says_how_it_was_found(en: Coder) -> None:
    attack = next(e for e in en.code_conllu(conllu(EN_REBELS_WHO_ATTACKED)) if e.code == "190")
    assert ("who", "pronoun", (3,)) == (attack.source.text, attack.source.how, attack.source.word_ids)


def test_no_antecedent_is_guessed_from_word_order_alone(en: Coder) -> None:
    assert not any(code == "190" for _, code, _ in triples(en, EN_ATTACK_IN_IRAQ))


@pytest.mark.parametrize("tree", [FR_MINISTRE_QUI_A_RENCONTRE, FR_MINISTRE_QUI_A_RENCONTRE_ADVCL], ids=["acl:relcl", "advcl"])
def test_french_qui_after_the_subject(fr: Coder, tree: str) -> None:
    assert ("PRKGOV", "040", "RUSGOV") in triples(fr, tree)
