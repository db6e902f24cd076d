"""An event needs two different actors: one code on both sides is one actor, except two agents
named without a country on different words ("the protesters attacked the prisoners": CVL, CVL)."""

from __future__ import annotations


from eventcode.coding.coder import code_document

from .engine.trees import codebook_from_yaml, rows_document

CODEBOOK = """
codebook: same-actor-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
agents:
  - {id: CVL, code: "~CVL", lemmas: [protester, prisoner]}
predicates:
  - id: attack
    trigger: {lemma: attack}
    frames:
      - id: attack
        args: {source: subject, target: object}
        code: "190"
"""


def _triples(tmp_path, subject: tuple[str, str, str], obj: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    codebook = codebook_from_yaml(tmp_path, CODEBOOK)
    document = rows_document([(*subject, 2, "nsubj"), ("attacked", "attack", "VERB", 0, "root"), (*obj, 2, "obj")])
    return [(e.source.code, e.code, e.target.code) for e in code_document(codebook, document)]


def test_two_agents_without_a_country_are_two_actors(tmp_path):
    assert _triples(tmp_path, ("protesters", "protester", "NOUN"), ("prisoners", "prisoner", "NOUN")) == [("CVL", "190", "CVL")]


def test_one_country_on_both_sides_is_one_actor(tmp_path):
    assert _triples(tmp_path, ("Arnor", "Arnor", "PROPN"), ("Arnor", "Arnor", "PROPN")) == []
