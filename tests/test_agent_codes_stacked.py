"""``agent_codes: stacked`` composes as PETRARCH does: the actor's whole code, then every agent
of the phrase in word order, each once; ``country`` (the default) keeps one agent on the
country's first three letters. Trees are written by hand in the shapes of the PETRARCH suite's
given parses (AGENTS_23, COMPOUND_17, COMPOUND_27)."""

from __future__ import annotations

import subprocess
import sys
from textwrap import dedent

import pytest

from eventcode.coding.coder import code_document

from .engine.trees import codebook_from_yaml, rows_document

CODEBOOK = """
codebook: stacked-test
language: en
{setting}
actors:
  - {{id: ARN, type: country, code: ARN, names: {{en: [Arnor]}}}}
  - {{id: DNK, type: country, code: DNK, names: {{en: [Denmark, Danish]}}}}
  - {{id: ITH, type: country, code: ITH, names: {{en: [Ithilen]}}}}
  - {{id: CAL, type: country, code: CAL, names: {{en: [Calenardhon, Calimehtar]}}}}
  - {{id: GMW, type: actor, code: GMWGOV, names: {{en: [West German]}}}}
  - {{id: GMO, type: actor, code: GONGMO, names: {{en: [Gonzo GMO]}}}}
agents:
  - {{id: GOV, code: "~GOV", lemmas: {{en: [government, minister]}}}}
  - {{id: WGO, code: "~WGO", lemmas: {{en: [world government]}}}}
  - {{id: MUS, code: "~MUS", lemmas: {{en: [islamist]}}}}
  - {{id: MED, code: "~MED", lemmas: {{en: [media]}}}}
  - {{id: OPP, code: "~OPP", lemmas: {{en: [human rights activist]}}}}
  - {{id: HRI, code: "~HRI", lemmas: {{en: [rights activist]}}}}
predicates:
  - id: condemn
    trigger: {{lemma: condemn}}
    frames:
      - id: condemn
        args: {{source: subject, target: object}}
        code: "111"
"""

#: "West German world government activists condemned Arnor": every word a modifier of *activists*
WEST_GERMAN_ACTIVISTS = [
    ("West", "West", "ADJ", 5, "amod"),
    ("German", "german", "ADJ", 3, "amod"),
    ("world", "world", "NOUN", 5, "compound"),
    ("government", "government", "NOUN", 5, "compound"),
    ("activists", "activist", "NOUN", 6, "nsubj"),
    ("condemned", "condemn", "VERB", 0, "root"),
    ("Arnor", "Arnor", "PROPN", 6, "obj"),
]

#: "The Danish Islamist media and government condemned Arnor"
DANISH_MEDIA_AND_GOVERNMENT = [
    ("The", "the", "DET", 4, "det"),
    ("Danish", "Danish", "PROPN", 3, "compound"),
    ("Islamist", "islamist", "PROPN", 4, "compound"),
    ("media", "media", "NOUN", 7, "nsubj"),
    ("and", "and", "CCONJ", 6, "cc"),
    ("government", "government", "NOUN", 4, "conj"),
    ("condemned", "condemn", "VERB", 0, "root"),
    ("Arnor", "Arnor", "PROPN", 7, "obj"),
]

#: "Ithilen's evil minister Calimehtar condemned Arnor" (*Calimehtar* a name of Calenardhon)
POSSESSOR_AND_NAME = [
    ("Ithilen", "Ithilen", "PROPN", 5, "nmod:poss"),
    ("'s", "'s", "PART", 1, "case"),
    ("evil", "evil", "ADJ", 4, "amod"),
    ("minister", "minister", "NOUN", 5, "compound"),
    ("Calimehtar", "Calimehtar", "PROPN", 6, "nsubj"),
    ("condemned", "condemn", "VERB", 0, "root"),
    ("Arnor", "Arnor", "PROPN", 6, "obj"),
]

#: "Arnor condemned human rights activists of Gonzo GMO"
ACTIVISTS_OF_AN_ACTOR = [
    ("Arnor", "Arnor", "PROPN", 2, "nsubj"),
    ("condemned", "condemn", "VERB", 0, "root"),
    ("human", "human", "ADJ", 5, "amod"),
    ("rights", "rights", "NOUN", 5, "compound"),
    ("activists", "activist", "NOUN", 2, "obj"),
    ("of", "of", "ADP", 8, "case"),
    ("Gonzo", "Gonzo", "PROPN", 8, "flat"),
    ("GMO", "GMO", "PROPN", 5, "nmod"),
]


def _codes(folder, rows, setting: str) -> list[tuple[str, str]]:
    folder.mkdir()
    codebook = codebook_from_yaml(folder, CODEBOOK.format(setting=setting))
    return sorted((e.source.code, e.target.code) for e in code_document(codebook, rows_document(rows)))


@pytest.mark.parametrize(
    ("rows", "stacked", "by_country"),
    [
        # the actor's whole code, then the multiword agent found among the modifiers; *WGO* across
        # GMW|GOV is in none of its three-letter parts, so it is added
        (WEST_GERMAN_ACTIVISTS, [("GMWGOVWGO", "ARN")], [("GMWGOV", "ARN")]),
        # every agent in word order; the conjunct shares what its first conjunct's modifiers name
        (DANISH_MEDIA_AND_GOVERNMENT, [("DNKMUSGOV", "ARN"), ("DNKMUSMED", "ARN")], [("DNKGOV", "ARN"), ("DNKMED", "ARN")]),
        # the possessor's name comes first in the phrase, as PETRARCH reads it
        (POSSESSOR_AND_NAME, [("ITHGOV", "ARN")], [("CALGOV", "ARN")]),
        # an agent of an actor: its whole code and the agent (the multiword agent, not the
        # shorter one inside it), where one agent goes on the first three letters by default
        (ACTIVISTS_OF_AN_ACTOR, [("ARN", "GONGMOOPP")], [("ARN", "GONOPP")]),
    ],
)
def test_stacked_agents_against_one_agent_per_country(tmp_path, rows, stacked, by_country):
    assert _codes(tmp_path / "stacked", rows, "agent_codes: stacked") == stacked
    assert _codes(tmp_path / "default", rows, "") == by_country


def test_an_unknown_setting_is_an_error_with_its_location(tmp_path):
    (tmp_path / "cb.yaml").write_text(dedent(CODEBOOK.format(setting="agent_codes: stack")).lstrip(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "eventcode", "check", str(tmp_path / "cb.yaml")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2
    assert "cb.yaml:3:14" in run.stdout + run.stderr
    assert "did you mean 'stacked'?" in run.stdout + run.stderr
