"""Slips of small English models that hid an actor, and roles a frame may leave empty.

* A rare plural lemmatised wrongly ("demonstrators" -> *demonstrat*): a plural noun whose lemma
  is its form cut short and names no agent, or is in no role set, is looked up by the regular
  singulars of its form.
* A subject pronoun labelled ``expl`` ("X said **it** is skeptical about ..."): with no clause
  extraposed and no other subject on its head, it is the subject (an expletive proper, "it is
  clear *that* ...", stays none).
* A country's or an organisation's name tagged as an adjective ("The **U.S.**/ADJ military", "a
  **Kremlin**/ADJ spokesman") modifies an agent as a demonym would.
* An optional target that is the source's own actor is left out, the event kept ("the parliament
  rejected its own plan"); an optional source: a bomb as the subject ("a roadside bomb killed three
  soldiers") is a bombing whose perpetrator is not named.
"""

from __future__ import annotations

import pytest

from eventcode.coding.actors import singular_forms

from .engine.trees import codebook_from_yaml, codebook_triples

CODEBOOK = """
codebook: slips-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: USA, type: country, code: USA, names: {en: [U.S.]}}
  - {id: citadel, type: organization, code: ARNGOV, names: {en: [Citadel]}}
agents:
  - {id: CVL, code: "~CVL", lemmas: [demonstrator, authority]}
  - {id: COP, code: "~COP", lemmas: [police]}
  - {id: MIL, code: "~MIL", lemmas: [military]}
  - {id: GOV, code: "~GOV", lemmas: [spokesman]}
predicates:
  - id: clash
    trigger: {lemma: clash}
    frames:
      - id: clash
        args: {source: subject, target: "obl:with"}
        code: "190"
  - id: protest
    trigger: {lemma: protest}
    frames:
      - id: protest
        args: {source: subject, target: {slot: "obl:against", required: false}}
        code: "140"
  - id: disperse
    trigger: {lemma: disperse}
    frames:
      - id: disperse
        args: {source: subject, theme: {slot: object, in: [demonstrator, crowd]}}
        code: "175"
  - id: mood
    trigger: {lemma: skeptical, upos: ADJ}
    frames:
      - id: mood
        when: {cop: true}
        args: {source: subject}
        code: "012"
  - id: bomb_strikes
    trigger: {lemma: kill}
    frames:
      - id: bomb_strikes
        args:
          theme: {slot: subject, in: [bomb]}
          source: {slot: "subject/nmod:by", required: false}
          target: {slot: object, required: false}
        code: "183"
"""


@pytest.fixture(scope="module")
def codebook(tmp_path_factory):
    return codebook_from_yaml(tmp_path_factory.mktemp("slips"), CODEBOOK)


def _subject_verb(subject: str, verb: str = "clashed  clash", obl: str = "with  with  ADP", noun: str = "police  police  NOUN") -> str:
    """"<subject> <verb> <case> <noun>": ``subject`` is the rows of words 1-3 ending with the head
    (word 3, ``nsubj`` of the verb); the verb is word 4."""
    return f"""
    {subject}
    4  {verb}  VERB   _  _  0  root   _  _
    5  {obl}   _  _  6  case   _  _
    6  {noun}  _  _  4  obl    _  _
    """


def _plural(form: str, lemma: str, number: str = "Number=Plur") -> str:
    return _subject_verb(f"""1  The  the  DET  _  _  3  det  _  _
    2  all  all  DET  _  _  3  det  _  _
    3  {form}  {lemma}  NOUN  _  {number}  4  nsubj  _  _""")


def test_a_plural_lemma_slip_is_read_from_the_form(codebook) -> None:
    assert codebook_triples(codebook, _plural("demonstrators", "demonstrat")) == {("CVL", "190", "COP")}
    assert codebook_triples(codebook, _plural("authorities", "authoritie")) == {("CVL", "190", "COP")}


def test_a_singular_is_not_read_from_its_form(codebook) -> None:
    # only a plural's form is trusted over its lemma: a singular keeps its lemma, here no agent
    assert codebook_triples(codebook, _plural("demonstrators", "demonstrat", number="Number=Sing")) == set()


def test_a_plural_lemmatised_as_another_word_keeps_its_lemma(codebook) -> None:
    # "polices" lemmatised *policy* is a policy, not the police (the singular of the form)
    assert codebook_triples(codebook, _plural("polices", "policy")) == set()


def test_a_role_set_matches_a_plural_by_its_form(codebook) -> None:
    tree = """
    1  Arnor          Arnor       PROPN  _  _            2  nsubj  _  _
    2  dispersed      disperse    VERB   _  _            0  root   _  _
    3  the            the         DET    _  _            4  det    _  _
    4  demonstrators  demonstrat  NOUN   _  Number=Plur  2  obj    _  _
    """
    assert codebook_triples(codebook, tree) == {("ARN", "175", None)}


@pytest.mark.parametrize(
    ("form", "singulars"),
    [("Demonstrators", ["demonstrator"]), ("authorities", ["authority", "authoritie"]), ("prix", ["pri"]), ("gas", [])],
)
def test_singular_forms(form: str, singulars: list[str]) -> None:
    assert singular_forms(form) == singulars


def _skeptical(extra: str = "") -> str:
    return f"""
    1  Arnor      Arnor      PROPN  _  _                     2  nsubj  _  _
    2  said       say        VERB   _  _                     0  root   _  _
    3  it         it         PRON   _  Number=Sing|PronType=Prs  5  expl   _  _
    4  is         be         AUX    _  _                     5  cop    _  _
    5  skeptical  skeptical  ADJ    _  _                     2  ccomp  _  _
    """ + extra


def test_a_stray_expletive_is_the_subject(codebook) -> None:
    assert codebook_triples(codebook, _skeptical()) == {("ARN", "012", None)}


def test_an_expletive_with_its_clause_stays_an_expletive(codebook) -> None:
    clause = """    6  that       that       SCONJ  _  _                     8  mark   _  _
    7  Arnor      Arnor      PROPN  _  _                     8  nsubj  _  _
    8  lied       lie        VERB   _  _                     5  ccomp  _  _
    """
    assert codebook_triples(codebook, _skeptical(clause)) == set()


def _modified(modifier: str, noun: str) -> str:
    """"A <modifier>/ADJ <noun> clashed with police"."""
    return _subject_verb(f"""1  A  a  DET  _  _  3  det  _  _
    2  {modifier}  {modifier}  ADJ  _  _  3  amod  _  _
    3  {noun}  {noun}  NOUN  _  _  4  nsubj  _  _""")


def test_a_country_name_tagged_as_an_adjective_modifies_as_its_demonym(codebook) -> None:
    assert codebook_triples(codebook, _modified("U.S.", "military")) == {("USAMIL", "190", "COP")}


def test_an_organisation_tagged_as_an_adjective_is_the_body_its_agent_speaks_for(codebook) -> None:
    # the spokesman of a state body is that body, as "the Kremlin's spokesman" is RUSGOV
    assert codebook_triples(codebook, _modified("Citadel", "spokesman")) == {("ARNGOV", "190", "COP")}


def test_an_optional_target_that_is_the_source_is_left_out(codebook) -> None:
    arnor = "1  The  the  DET  _  _  3  det  _  _\n    2  whole  whole  ADJ  _  _  3  amod  _  _\n    3  Arnor  Arnor  PROPN  _  _  4  nsubj  _  _"
    protested = _subject_verb(arnor, verb="protested  protest", obl="against  against  ADP", noun="Arnor  Arnor  PROPN")
    assert codebook_triples(codebook, protested) == {("ARN", "140", None)}
    # a required target that is the source makes no event (two sides, one actor)
    assert codebook_triples(codebook, _subject_verb(arnor, noun="Arnor  Arnor  PROPN")) == set()


def test_a_bomb_as_subject_codes_without_a_source(codebook) -> None:
    tree = """
    1  A          a          DET    _  _  2  det    _  _
    2  bomb       bomb       NOUN   _  _  3  nsubj  _  _
    3  killed     kill       VERB   _  _  0  root   _  _
    4  Arnor      Arnor      PROPN  _  _  3  obj    _  _
    """
    assert codebook_triples(codebook, tree) == {(None, "183", "ARN")}


def test_a_bombing_by_a_named_actor_has_that_source(codebook) -> None:
    tree = """
    1  A              a             DET    _  _            2  det    _  _
    2  bomb           bomb          NOUN   _  _            5  nsubj  _  _
    3  by             by            ADP    _  _            4  case   _  _
    4  Arnor          Arnor         PROPN  _  _            2  nmod   _  _
    5  killed         kill          VERB   _  _            0  root   _  _
    6  demonstrators  demonstrator  NOUN   _  Number=Plur  5  obj    _  _
    """
    assert codebook_triples(codebook, tree) == {("ARN", "183", "CVL")}
