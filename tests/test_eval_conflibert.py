"""``eventcode eval conflibert``: pentaclass and span scoring on real Events, and the command on ../shared."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from eventcode.evaluation.conflibert import PENTACLASS_OF_ROOT, Gold, Tally, inside, load_records
from eventcode.model import Actor, Event


def _event(code: str, source: str | None, target: str | None) -> Event:
    actor = lambda text: Actor(code="X", text=text) if text else None  # noqa: E731
    return Event(
        code=code, root=code[:2], source=actor(source), target=actor(target), trigger="t", rule="r",
        rule_location="x", trigger_ids=(1,), sentence_index=0, doc_id="d",
    )


def test_pentaclass_of_every_root_is_the_phoenix_column_of_the_reference_table(shared_dir):
    table = shared_dir / "reference" / "cameo" / "cameo_event_codes.tsv"
    if not table.is_file():
        pytest.skip(f"{table} absent")
    with open(table, encoding="utf-8", newline="") as handle:
        roots = {row["code"]: int(row["phoenix_quad_0to4"]) for row in csv.DictReader(handle, delimiter="\t") if row["level"] == "0"}
    assert roots == PENTACLASS_OF_ROOT


def test_an_actor_is_inside_a_span_by_its_words():
    assert inside("Iraqi  troops", ["IRAQI troops"])
    assert inside("ISIS", ["the last ISIS group bastion in the country"])
    assert not inside("Baghdad", ["Iraqi troops"])
    assert not inside(None, ["Iraqi troops"]) and not inside("", ["Iraqi troops"])


def test_tally_on_real_events():
    tally = Tally()
    gold = Gold(id="1", text="x", pentaclass=4, sources=("Iraqi troops",), targets=("the ISIS bastion",))
    tally.add(gold, [_event("042", "Iraqi troops", "Turkey"), _event("190", "Iraqi troops", "Kurds")])
    tally.add(Gold(id="2", text="y", pentaclass=1), [])
    tally.add(Gold(id="3", text="z", pentaclass=1, reciprocals=("Trump and King Abdullah",)), [_event("040", "Trump", "King Abdullah")])
    d = tally.to_dict()
    assert d["sentences"] == 3 and d["coverage"] == round(2 / 3, 4)
    assert (tally.overall.matched_gold, tally.overall.gold, tally.overall.matched_coded, tally.overall.coded) == (2, 3, 2, 3)
    assert d["per_class"]["Material Conflict"]["precision"] == 1.0 and d["per_class"]["Verbal Cooperation"]["recall"] == 0.5
    # the 190 event carries the spans: source right, target wrong; the reciprocal pair both inside
    assert (tally.span_slots, tally.span_right) == (3, 2)
    assert d["no_event_false_alarm_rate"] is None


def test_a_malformed_record_is_counted_not_fatal(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"text": "a", "pentaclass": 2}\n{"text": "b", "pentaclass": 9}\nnot json\n'
        '{"text": "c", "pentaclass": 1, "source_spans": "a string"}\n{"pentaclass": 0}\n',
        encoding="utf-8",
    )
    golds, bad = load_records(path)
    assert [g.text for g in golds] == ["a"] and bad == 4


@pytest.mark.integration
def test_eval_conflibert_or_a_clear_skip(shared_dir, tmp_path):
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [sys.executable, "-m", "eventcode", "eval", "conflibert", "--shared", str(shared_dir), "--split", "test", "--limit", "20", "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    if proc.returncode == 2 and "no English Stanza model" in proc.stderr:
        pytest.skip(proc.stderr.strip())
    if proc.returncode == 2 and "not found" in proc.stderr:
        pytest.skip(proc.stderr.strip())
    assert proc.returncode == 0, proc.stderr
    assert "pentaclass" in proc.stdout and "Material Conflict" in proc.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["sentences"] == 20 and result["pentaclass"]["gold"] == 20
    assert 0.0 <= result["pentaclass"]["f1"] <= 1.0 and 0.0 <= result["coverage"] <= 1.0
