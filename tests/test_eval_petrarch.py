"""``eventcode eval petrarch-unittest`` on the given UD parses (../shared; skipped where absent)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventcode.evaluation.petrarch_unittest import ONTOLOGY, category, expected, ud1_to_ud2

#: The exact-record rate reached with what ../shared holds (no negation ontology) when this floor
#: was last raised was 83.5 % (61.3 % when the test was written; 87.7 % with the suite's PICO file
#: given by --ontology); a regression below the floor fails. See docs/petrarch.md.
EXACT_FLOOR = 0.83
#: Issue 7's target, which holds with the suite's PICO file: applied where ../shared holds it
#: (the command then imports with it, as it says on stderr).
TARGET_WITH_ONTOLOGY = 0.85


def test_ud1_relations_become_ud2():
    rows = "\n".join(
        "\t".join(r)
        for r in [
            ("1", "Arnor", "Arnor", "PROPN", "_", "_", "3", "nsubjpass", "_", "_"),
            ("2", "was", "be", "AUX", "_", "_", "3", "auxpass", "_", "_"),
            ("3", "freed", "free", "VERB", "_", "_", "0", "root", "_", "_"),
            ("4", "by", "by", "ADP", "_", "_", "5", "case", "_", "_"),
            ("5", "Gondor", "Gondor", "PROPN", "_", "_", "3", "nmod", "_", "_"),
            ("6", "not", "not", "PART", "_", "_", "3", "neg", "_", "_"),
            ("7", "Mordor", "Mordor", "PROPN", "_", "_", "5", "nmod", "_", "_"),
        ]
    )
    out = [line.split("\t") for line in ud1_to_ud2(rows).splitlines()]
    assert [r[7] for r in out] == ["nsubj:pass", "aux:pass", "root", "case", "obl:agent", "advmod", "nmod"]
    assert out[5][5] == "Polarity=Neg"


def test_categories_and_expected_events():
    assert category("DEMO_03") == "DEMO" and category("AFP0808020593_1a") == "AFP"
    record = {"events": [{"eventcode": "010", "sourcecode": "---GOV", "targetcode": "---"}]}
    assert expected(record) == {("GOV", "010", "---")}
    assert expected({"events": [{"eventcode": "", "sourcecode": "", "targetcode": ""}]}) == set()
    # a dictionary's own code with a letter suffix is written as the import declares it
    assert expected({"events": [{"eventcode": "174L", "sourcecode": "HOB", "targetcode": "GON"}]}) == {("HOB", "174.L", "GON")}


def test_eval_on_the_given_parses(shared_dir, tmp_path):
    out = tmp_path / "result.json"
    proc = subprocess.run(
        [sys.executable, "-m", "eventcode", "eval", "petrarch-unittest", "--shared", str(shared_dir), "--json", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    print(proc.stdout)
    assert proc.returncode == 0, proc.stderr
    assert "exact records:" in proc.stdout and "precision" in proc.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["records"] == 284
    assert {"DEMO", "COMPOUND", "SYNSET", "PATTERN", "AGENT", "VERB", "DATE", "ACTOR"} <= set(result["categories"])
    with_ontology = (shared_dir / ONTOLOGY).is_file()
    assert ("negation ontology: none" not in proc.stderr) == with_ontology
    assert result["exact_rate"] >= (TARGET_WITH_ONTOLOGY if with_ontology else EXACT_FLOOR)


def test_a_missing_ontology_file_is_a_usage_error_not_a_traceback(shared_dir, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "eventcode", "eval", "petrarch-unittest", "--shared", str(shared_dir), "--ontology", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr


@pytest.mark.integration
def test_eval_on_our_stanza_parse_or_a_clear_skip(shared_dir):
    """``--input text``: our Stanza parse where an English model is installed, else exit 2 with
    a message naming the missing model (never a traceback)."""
    proc = subprocess.run(
        [sys.executable, "-m", "eventcode", "eval", "petrarch-unittest", "--shared", str(shared_dir), "--input", "text"],
        capture_output=True, text=True, timeout=1800,
    )
    print(proc.stdout, proc.stderr)
    if proc.returncode == 2:
        assert "no English Stanza model" in proc.stderr and "Traceback" not in proc.stderr
    else:
        assert proc.returncode == 0 and "exact records:" in proc.stdout
