"""Operators that ask for a mark, and operators that recode to ``none``.

"X was arrested **for** collaborating with Y": the reason given for an arrest is alleged, not an
event. An operator with ``mark: [for]`` applies to the clause it embeds only when that clause has
the mark (or case) *for*; ``recode: {"*": none}`` says the embedded event is not coded. A clause
without the mark ("Police arrested X, attacking Y") keeps its event.
"""

from __future__ import annotations

import pytest

from eventcode import check_codebook
from eventcode.testing import check_codebook_properties

from .engine.trees import codebook_from_yaml, codebook_triples

CODEBOOK = """
codebook: operator-marks-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
  - {id: BRE, type: country, code: BRE, names: {en: [Bree]}}
predicates:
  - id: arrest
    trigger: {lemma: arrest}
    frames:
      - id: arrest
        args: {source: subject, target: object}
        code: "173"
  - id: collaborate
    trigger: {lemma: [collaborate, attack]}
    frames:
      - id: collaborate
        args: {source: subject, target: "obl:with | object"}
        code: "060"
operators:
  - id: charged_for
    lemma: arrest
    via: advcl
    mark: [for]
    recode: {"*": none}
"""

# "Arnor arrested Gondor for collaborating with Bree."
ARRESTED_FOR_COLLABORATING = """
1  Arnor          Arnor        PROPN  _  _                   2  nsubj  _  _
2  arrested       arrest       VERB   _  Tense=Past|VerbForm=Fin  0  root   _  _
3  Gondor         Gondor       PROPN  _  _                   2  obj    _  _
4  for            for          SCONJ  _  _                   5  mark   _  _
5  collaborating  collaborate  VERB   _  VerbForm=Ger        2  advcl  _  _
6  with           with         ADP    _  _                   7  case   _  _
7  Bree           Bree         PROPN  _  _                   5  obl    _  _
"""

# "Arnor arrested Gondor, collaborating with Bree." (no mark: a clause of its own)
ARRESTED_COLLABORATING = ARRESTED_FOR_COLLABORATING.replace(
    "4  for            for          SCONJ  _  _                   5  mark", "4  ,              ,            PUNCT  _  _                   5  punct"
)


@pytest.fixture(scope="module")
def codebook(tmp_path_factory):
    return codebook_from_yaml(tmp_path_factory.mktemp("operator-marks"), CODEBOOK)


def test_a_clause_with_the_operators_mark_is_recoded_to_no_event(codebook):
    assert codebook_triples(codebook, ARRESTED_FOR_COLLABORATING) == {("ARN", "173", "GON")}


def test_a_clause_without_the_mark_keeps_its_event(codebook):
    assert codebook_triples(codebook, ARRESTED_COLLABORATING) == {("ARN", "173", "GON"), ("ARN", "060", "BRE")}


def test_an_operator_without_a_mark_applies_to_any_clause(tmp_path):
    unmarked = codebook_from_yaml(tmp_path, CODEBOOK.replace("    mark: [for]\n", ""))
    assert codebook_triples(unmarked, ARRESTED_COLLABORATING) == {("ARN", "173", "GON")}


def test_none_is_a_recode_target_and_other_words_are_not(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    codebook_from_yaml(good, CODEBOOK)
    assert not [p for p in check_codebook(good / "cb.yaml") if p.is_error]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "cb.yaml").write_text(CODEBOOK.replace('{"*": none}', '{"*": nothing}'), encoding="utf-8")
    errors = [p for p in check_codebook(bad / "cb.yaml") if p.is_error]
    assert errors and "nothing" in str(errors[0])


def test_the_operator_embedding_property_expects_no_event_under_a_none_recode(tmp_path):
    # an xcomp operator that recodes to none: "Arnor pretended to collaborate with Bree" codes nothing
    text = CODEBOOK + """  - id: pretence
    lemma: pretend
    recode: {"*": none}
"""
    codebook = codebook_from_yaml(tmp_path, text)
    report = check_codebook_properties(codebook, max_examples=10, lang="en", frames=["collaborate"], properties=["operator embedding"])
    assert "collaborate" in report.frames_run
