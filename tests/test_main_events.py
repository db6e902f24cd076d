"""``main_only`` (``eventcode code --main-events``) keeps each sentence's main events: those of
the trigger nearest the root, a step up to an operator not counted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from eventcode.coding.coder import Coder

from .engine.trees import codebook_from_yaml, conllu

REPO = Path(__file__).resolve().parents[1]

CODEBOOK = """
codebook: main-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
  - {id: ROH, type: country, code: ROH, names: {en: [Rohan]}}
predicates:
  - id: condemn
    trigger: {lemma: condemn}
    frames:
      - id: condemn
        args: {source: subject, target: object}
        code: "111"
  - id: attack
    trigger: {lemma: attack}
    frames:
      - id: attack
        args: {source: subject, target: object}
        code: "190"
operators:
  - id: promise
    lemma: [promise]
    via: xcomp
    recode: {"19": "1384"}
"""

# "Arnor condemned Gondor after Rohan attacked it": the attack is an adverbial clause
CONDEMNED_AFTER_ATTACK = """
1  Arnor      Arnor    PROPN  _  _  2  nsubj  _  _
2  condemned  condemn  VERB   _  _  0  root   _  _
3  Gondor     Gondor   PROPN  _  _  2  obj    _  _
4  after      after    SCONJ  _  _  6  mark   _  _
5  Rohan      Rohan    PROPN  _  _  6  nsubj  _  _
6  attacked   attack   VERB   _  _  2  advcl  _  _
7  Gondor     Gondor   PROPN  _  _  6  obj    _  _
"""

# "Arnor promised to attack Rohan": the attack is under an operator
PROMISED_TO_ATTACK = """
1  Arnor      Arnor    PROPN  _  _  2  nsubj  _  _
2  promised   promise  VERB   _  _  0  root   _  _
3  to         to       PART   _  _  4  mark   _  _
4  attack     attack   VERB   _  _  2  xcomp  _  _
5  Rohan      Rohan    PROPN  _  _  4  obj    _  _
"""


def _triples(tmp_path: Path, tree: str, main_only: bool) -> list[tuple[str, str, str]]:
    coder = Coder(codebook_from_yaml(tmp_path, CODEBOOK), lang="en", main_only=main_only)
    return [(e.source.code, e.code, e.target.code) for e in coder.code_conllu(conllu(tree))]


def test_all_events_by_default(tmp_path: Path) -> None:
    assert _triples(tmp_path, CONDEMNED_AFTER_ATTACK, main_only=False) == [("ARN", "111", "GON"), ("ROH", "190", "GON")]


def test_main_only_keeps_the_events_nearest_the_root(tmp_path: Path) -> None:
    assert _triples(tmp_path, CONDEMNED_AFTER_ATTACK, main_only=True) == [("ARN", "111", "GON")]


def test_an_event_under_an_operator_is_the_operators_clauses(tmp_path: Path) -> None:
    assert _triples(tmp_path, PROMISED_TO_ATTACK, main_only=True) == [("ARN", "1384", "ROH")]


def test_the_command_line_option(tmp_path: Path) -> None:
    tree = tmp_path / "doc.conllu"
    tree.write_text(conllu(CONDEMNED_AFTER_ATTACK), encoding="utf-8")
    codebook_from_yaml(tmp_path, CODEBOOK)  # checked here, then read by the CLI from tmp_path/cb.yaml
    base = [sys.executable, "-m", "eventcode", "code", str(tree), "--lang", "en", "--input", "conllu", "--codebook", str(tmp_path / "cb.yaml")]
    for extra, codes in (([], ["111", "190"]), (["--main-events"], ["111"]), (["--main-events", "--workers", "2"], ["111"])):
        run = subprocess.run(base + extra, cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
        assert run.returncode == 0, run.stderr
        assert [json.loads(line)["code"] for line in run.stdout.splitlines()] == codes
