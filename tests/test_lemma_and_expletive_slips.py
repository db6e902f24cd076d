"""Slips of small English models that hid an actor:

* a rare plural lemmatised wrongly ("demonstrators" -> *demonstrat*): a plural noun whose lemma
  is its form cut short and names no agent, or is in no role set, is looked up by the regular
  singulars of its form;
* a subject pronoun labelled ``expl`` ("X said **it** is skeptical about ..."): with no clause
  extraposed and no other subject on its head, it is read as the subject it is (an expletive
  proper, "it is clear *that* ...", stays none);
* a country's name tagged as an adjective ("The **U.S.**/ADJ military") modifies as a demonym.

A frame whose optional target is its source's own actor keeps the event without it ("the
parliament rejected its own plan"). And a frame whose source is optional: a bomb as the subject ("a roadside bomb killed three
soldiers") is a bombing whose perpetrator is not named."""

from __future__ import annotations

import pytest

from eventcode.coding.actors import singular_forms
from eventcode.coding.coder import code_document
from eventcode.parsing.conllu import read_conllu

from .engine.trees import codebook_from_yaml, conllu

CODEBOOK = """
codebook: slips-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
agents:
  - {id: CVL, code: "~CVL", lemmas: [demonstrator, authority]}
  - {id: COP, code: "~COP", lemmas: [police]}
predicates:
  - id: clash
    trigger: {lemma: clash}
    frames:
      - id: clash
        args: {source: subject, target: "obl:with"}
        code: "190"
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


def _triples(tmp_path, tree: str) -> set[tuple[str | None, str, str | None]]:
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    (document,) = read_conllu(conllu(tree))
    return {
        (e.source.code if e.source else None, e.code, e.target.code if e.target else None)
        for e in code_document(codebook, document)
    }


def _clash(form: str, lemma: str, number: str = "Number=Plur") -> str:
    return f"""
    1  The        the        DET    _  _            2  det    _  _
    2  {form}     {lemma}    NOUN   _  {number}     3  nsubj  _  _
    3  clashed    clash      VERB   _  _            0  root   _  _
    4  with       with       ADP    _  _            5  case   _  _
    5  police     police     NOUN   _  _            3  obl    _  _
    """


def test_a_plural_lemma_slip_is_read_from_the_form(tmp_path) -> None:
    assert _triples(tmp_path, _clash("demonstrators", "demonstrat")) == {("CVL", "190", "COP")}
    assert _triples(tmp_path, _clash("authorities", "authoritie")) == {("CVL", "190", "COP")}


def test_a_singular_is_not_read_from_its_form(tmp_path) -> None:
    # only a plural's form is trusted over its lemma: a singular keeps its lemma, here no agent
    assert _triples(tmp_path, _clash("demonstrators", "demonstrat", number="Number=Sing")) == set()


def test_a_plural_lemmatised_as_another_word_keeps_its_lemma(tmp_path) -> None:
    # "polices" lemmatised *policy* is a policy, not the police (the singular of the form)
    assert _triples(tmp_path, _clash("polices", "policy")) == set()


def test_a_role_set_matches_a_plural_by_its_form(tmp_path) -> None:
    tree = """
    1  Arnor          Arnor       PROPN  _  _            2  nsubj  _  _
    2  dispersed      disperse    VERB   _  _            0  root   _  _
    3  the            the         DET    _  _            4  det    _  _
    4  demonstrators  demonstrat  NOUN   _  Number=Plur  2  obj    _  _
    """
    assert _triples(tmp_path, tree) == {("ARN", "175", None)}


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


def test_a_stray_expletive_is_the_subject(tmp_path) -> None:
    assert _triples(tmp_path, _skeptical()) == {("ARN", "012", None)}


def test_an_expletive_with_its_clause_stays_an_expletive(tmp_path) -> None:
    clause = """    6  that       that       SCONJ  _  _                     8  mark   _  _
    7  Arnor      Arnor      PROPN  _  _                     8  nsubj  _  _
    8  lied       lie        VERB   _  _                     5  ccomp  _  _
    """
    assert _triples(tmp_path, _skeptical(clause)) == set()


def test_a_bomb_as_subject_codes_without_a_source(tmp_path) -> None:
    tree = """
    1  A          a          DET    _  _  2  det    _  _
    2  bomb       bomb       NOUN   _  _  3  nsubj  _  _
    3  killed     kill       VERB   _  _  0  root   _  _
    4  Arnor      Arnor      PROPN  _  _  3  obj    _  _
    """
    assert _triples(tmp_path, tree) == {(None, "183", "ARN")}


def test_a_bombing_by_a_named_actor_has_that_source(tmp_path) -> None:
    tree = """
    1  A          a          DET    _  _  2  det    _  _
    2  bomb       bomb       NOUN   _  _  5  nsubj  _  _
    3  by         by         ADP    _  _  4  case   _  _
    4  Arnor      Arnor      PROPN  _  _  2  nmod   _  _
    5  killed     kill       VERB   _  _  0  root   _  _
    6  demonstrators  demonstrator  NOUN  _  Number=Plur  5  obj  _  _
    """
    assert _triples(tmp_path, tree) == {("ARN", "183", "CVL")}


def test_an_optional_target_that_is_the_source_is_left_out(tmp_path) -> None:
    codebook = codebook_from_yaml(tmp_path, CODEBOOK.replace(
        'args: {source: subject, target: "obl:with"}', 'args: {source: subject, target: {slot: "obl:with", required: false}}'))
    tree = _clash("Arnor", "Arnor", number="_").replace("police     police     NOUN", "Arnor      Arnor      PROPN")
    (document,) = read_conllu(conllu(tree))
    assert {(e.source.code, e.code, e.target) for e in code_document(codebook, document)} == {("ARN", "190", None)}
    # a required target that is the source makes no event (two sides, one actor)
    assert _triples(tmp_path, tree) == set()



def test_a_country_name_tagged_as_an_adjective_modifies_as_its_demonym(tmp_path) -> None:
    # "The U.S. military": the tagger makes *U.S.* an ADJ amod, as it would a demonym
    codebook = codebook_from_yaml(tmp_path, CODEBOOK.replace(
        "  - {id: COP, ", '  - {id: MIL, code: "~MIL", lemmas: [military]}\n  - {id: COP, ').replace(
        "names: {en: [Arnor]}}", "names: {en: [Arnor, U.S.]}}"))
    tree = """
    1  The       the       DET    _  _  3  det    _  _
    2  U.S.      U.S.      ADJ    _  _  3  amod   _  _
    3  military  military  NOUN   _  _  4  nsubj  _  _
    4  clashed   clash     VERB   _  _  0  root   _  _
    5  with      with      ADP    _  _  6  case   _  _
    6  police    police    NOUN   _  _  4  obl    _  _
    """
    (document,) = read_conllu(conllu(tree))
    assert {(e.source.code, e.code, e.target.code) for e in code_document(codebook, document)} == {("ARNMIL", "190", "COP")}


def test_an_organisation_tagged_as_an_adjective_is_the_body_its_agent_speaks_for(tmp_path) -> None:
    # "A Kremlin/ADJ spokesman": the spokesman of a state body is that body (ARNGOV)
    codebook = codebook_from_yaml(tmp_path, CODEBOOK.replace(
        "  - {id: COP, ", '  - {id: GOV, code: "~GOV", lemmas: [spokesman]}\n  - {id: COP, ').replace(
        "names: {en: [Arnor]}}", "names: {en: [Arnor]}}\n  - {id: citadel, type: organization, code: ARNGOV, names: {en: [Citadel]}}"))
    tree = """
    1  A          a          DET    _  _  3  det    _  _
    2  Citadel    citadel    ADJ    _  _  3  amod   _  _
    3  spokesman  spokesman  NOUN   _  _  4  nsubj  _  _
    4  clashed    clash      VERB   _  _  0  root   _  _
    5  with       with       ADP    _  _  6  case   _  _
    6  police     police     NOUN   _  _  4  obl    _  _
    """
    (document,) = read_conllu(conllu(tree))
    assert {(e.source.code, e.code, e.target.code) for e in code_document(codebook, document)} == {("ARNGOV", "190", "COP")}
