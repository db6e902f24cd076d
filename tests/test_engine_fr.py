"""The coding engine on hand-written French UD trees (no parser model needed).

Each test codes real CoNLL-U through the real codebook loader and the real matcher, with the
small codebook in tests/engine/fr.codebook.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode import Coder, load_codebook
from eventcode.model import Event

from .engine import trees

CODEBOOK = Path(__file__).parent / "engine" / "fr.codebook.yaml"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(load_codebook(CODEBOOK, language="fr"), lang="fr")


def triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in events}


def code(coder: Coder, *sentences: str, date: str = "2025-10-27") -> list[Event]:
    return coder.code_conllu(trees.conllu(*sentences, date=date))


class TestVisits:
    def test_copular_visit_and_passive_reception_with_pronoun(self, coder: Coder) -> None:
        """"est en visite à Moscou, où elle doit être reçue par le président russe Vladimir Poutine"."""
        events = code(coder, trees.FR_VISITE_RECUE)
        assert {("PRKGOV", "042", "RUS"), ("RUSGOV", "043", "PRKGOV")} == triples(events)
        reception = next(e for e in events if e.code == "043")
        assert "elle" == reception.target.text
        assert "pronoun" == reception.target.how
        assert "Vladimir Poutine" == reception.source.text
        assert "recevoir" == reception.rule
        assert reception.rule_location.startswith(str(CODEBOOK))

    def test_visit_emits_paired_host_code_swapped(self, coder: Coder) -> None:
        events = code(coder, trees.FR_VISITER)
        assert {("FRA", "042", "PRK"), ("PRK", "043", "FRA")} == triples(events)
        visit = next(e for e in events if e.code == "042")
        assert "Corée du Nord" == visit.target.text  # the name spans the MWT "du"
        assert ("CONSULT", "visit") == (visit.plover_event, visit.plover_mode)
        host = next(e for e in events if e.code == "043")
        assert host.plover_swap is True

    def test_nominal_visit_without_light_verb(self, coder: Coder) -> None:
        events = code(coder, trees.FR_VISITE_NOMINALE)
        assert {("RUSGOV", "042", "PRK")} == triples(events)
        assert "visite.nominale" == events[0].rule

    def test_light_verb_visit(self, coder: Coder) -> None:
        events = code(coder, trees.FR_LIGHT_VERB)
        assert {("FRAGOV", "042", "CHN")} == triples(events)
        assert "visite.light_verb" == events[0].rule


class TestMilitaryAid:
    def test_fournir_x_en_armes_with_coordinated_themes(self, coder: Coder) -> None:
        events = code(coder, trees.FR_FOURNIR_EN_ARMES)
        assert {("PRK", "072", "RUS")} == triples(events)
        assert "fournir.en_armes" == events[0].rule

    def test_fournir_des_soldats_a_x(self, coder: Coder) -> None:
        events = code(coder, trees.FR_FOURNIR_SOLDATS)
        assert {("PRK", "072", "RUS")} == triples(events)
        assert "fournir.troupes" == events[0].rule

    def test_no_event_when_the_theme_is_not_in_the_set(self, coder: Coder) -> None:
        assert [] == code(coder, trees.FR_RAPPORT)


class TestAgreementsAndNegation:
    def test_symmetric_agreement_with_conjoined_subjects(self, coder: Coder) -> None:
        events = code(coder, trees.FR_SIGNER_PACTE)
        assert {("RUS", "057", "PRK"), ("PRK", "057", "RUS")} == triples(events)

    def test_negation_recode_policy(self, coder: Coder) -> None:
        events = code(coder, trees.FR_SIGNER_NEGATION)
        assert {("RUS", "127", "UKR")} == triples(events)
        assert events[0].negated is True

    def test_negation_flag_policy(self, coder: Coder) -> None:
        events = code(coder, trees.FR_FOURNIR_NEGATION)
        assert {("FRA", "072", "UKR")} == triples(events)
        assert events[0].negated is True


class TestOperatorsRolesAgents:
    def test_promise_recodes_aid_to_intent(self, coder: Coder) -> None:
        events = code(coder, trees.FR_PROMETTRE)
        assert {("FRA", "0332", "UKR")} == triples(events)

    def test_dated_roles_give_different_codes_at_two_dates(self, coder: Coder) -> None:
        assert ("FRAELI", "042", "UKR") in triples(code(coder, trees.FR_MACRON, date="2016-12-01"))
        assert ("FRAGOV", "042", "UKR") in triples(code(coder, trees.FR_MACRON, date="2019-06-01"))
        assert ("FRAGOV", "042", "UKR") in triples(code(coder, trees.FR_MACRON, date="2015-01-01"))

    def test_agent_composed_with_demonym(self, coder: Coder) -> None:
        events = code(coder, trees.FR_SOLDATS)
        assert {("PRKMIL", "042", "UKR"), ("UKR", "043", "PRKMIL")} == triples(events)
        assert "agent" == events[0].source.how
        assert "soldats nord-coréens" == events[0].source.text

    def test_infrastructure_extension_rolls_up_to_061(self, coder: Coder) -> None:
        events = code(coder, trees.FR_PONT)
        assert {("CHN", "061.infrastructure", "KEN")} == triples(events)
        assert "06" == events[0].root
        info = coder.codebook.taxonomy["061.infrastructure"]
        assert "061" == info.parent
        assert ("infrastructure",) == events[0].tags


def test_output_is_deterministic(coder: Coder) -> None:
    text = trees.conllu(trees.FR_VISITE_RECUE, trees.FR_SIGNER_PACTE, trees.FR_PONT, date="2025-10-27")
    first = [e.to_dict() for e in coder.code_conllu(text)]
    second = [e.to_dict() for e in coder.code_conllu(text)]
    assert first == second


# "Les deux pays se rencontrent." with "se" wrongly made the subject, as a weak parser does.
FR_SE_AS_SUBJECT = """
# text = Ils se rencontrent.
1  Pyongyang   Pyongyang   PROPN  _  _                                             3  nmod   _  _
2  se          soi         PRON   _  Person=3|PronType=Prs|Reflex=Yes              3  nsubj  _  _
3  rencontrent rencontrer  VERB   _  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  _
4  .           .           PUNCT  _  _                                             3  punct  _  _
"""


def test_a_reflexive_pronoun_never_takes_an_antecedent() -> None:
    """A reflexive denotes its own clause's subject: it must not borrow an earlier actor."""
    coder = Coder.load("fr")
    events = coder.code_conllu(trees.conllu(trees.FR_VISITER, FR_SE_AS_SUBJECT, date="2025-10-27"))
    assert [] == [e for e in events if e.sentence_index == 1]


FR_DIRIGEANTS_SE_RENCONTRENT = """
# text = Des dirigeants russes et nord-coréens se rencontrent.
1  Des           un           DET    _  Definite=Ind|Number=Plur|PronType=Art      2  det      _  _
2  dirigeants    dirigeant    NOUN   _  Gender=Masc|Number=Plur                    7  nsubj    _  _
3  russes        russe        ADJ    _  Number=Plur                                2  amod     _  _
4  et            et           CCONJ  _  _                                          5  cc       _  _
5  nord-coréens  nord-coréen  ADJ    _  Gender=Masc|Number=Plur                    3  conj     _  _
6  se            soi          PRON   _  Person=3|PronType=Prs|Reflex=Yes           7  expl:pv  _  _
7  rencontrent   rencontrer   VERB   _  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  SpaceAfter=No
8  .             .            PUNCT  _  _                                          7  punct    _  _
"""

FR_MINISTRE_SE_RENCONTRE = """
# text = Le ministre russe se rencontre.
1  Le           le          DET    _  Definite=Def|Gender=Masc|Number=Sing|PronType=Art  2  det      _  _
2  ministre     ministre    NOUN   _  Gender=Masc|Number=Sing                            5  nsubj    _  _
3  russe        russe       ADJ    _  Number=Sing                                        2  amod     _  _
4  se           soi         PRON   _  Person=3|PronType=Prs|Reflex=Yes                   5  expl:pv  _  _
5  rencontre    rencontrer  VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin  0  root  _  SpaceAfter=No
6  .            .           PUNCT  _  _                                                  5  punct    _  _
"""


def test_an_agent_with_conjoined_demonyms_names_each_country() -> None:
    coder = Coder.load("fr")
    events = coder.code_conllu(trees.conllu(FR_DIRIGEANTS_SE_RENCONTRENT, date="2025-10-27"))
    assert {("RUSGOV", "040", "PRKGOV"), ("PRKGOV", "040", "RUSGOV")} == triples(events)


def test_a_pairwise_frame_with_one_actor_and_no_target_emits_nothing() -> None:
    coder = Coder.load("fr")
    assert [] == coder.code_conllu(trees.conllu(FR_MINISTRE_SE_RENCONTRE, date="2025-10-27"))
