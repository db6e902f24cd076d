"""``eventcode eval cameo-manual``: the scoring on real Events, and the command on ../shared."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventcode.evaluation.cameo_manual import Gold, Tally, actor_hits, format_by_root, score_codes
from eventcode.model import Actor, Event


def _event(code: str, source: str | None, target: str | None, plover: str | None) -> Event:
    actor = lambda c: Actor(code=c, text=c) if c else None  # noqa: E731
    return Event(
        code=code, root=code[:2], source=actor(source), target=actor(target), trigger="t", rule="r",
        rule_location="x", trigger_ids=(1,), sentence_index=0, doc_id="d", plover_event=plover,
    )


def test_candidates_count_as_alternatives():
    assert score_codes(["0312"], ["0256", "0312"], 2) == score_codes(["0312"], ["0312"], 2)
    prf = score_codes(["0312", "190"], ["0256", "0312"], 3)
    assert (prf.matched_gold, prf.gold, prf.matched_coded, prf.coded) == (1, 1, 1, 2)
    assert score_codes([], ["190"], 2).recall == 0.0


def test_two_digit_candidate_is_not_scored_at_three_digits():
    assert score_codes(["030"], ["03"], 3).gold == 0 and score_codes(["030"], ["03"], 2).recall == 1.0


def test_actor_country_and_sector():
    assert actor_hits("HUNGOV", [("HUN", "GOV")]) == (True, True)
    assert actor_hits("USA", [("HUN", "GOV")]) == (False, False)
    assert actor_hits(None, [("HUN", "")]) == (False, False)


def test_tally_on_real_events():
    tally = Tally()
    gold = Gold(id="1", text="x", codes=("190",), plover="ASSAULT", sources=(("RUS", "MIL"),), targets=(("UKR", ""),))
    tally.add(gold, [_event("190", "RUSMIL", "USA", "ASSAULT")])
    tally.add(Gold(id="2", text="y"), [])
    d = tally.to_dict()
    assert d["scored"] == 1 and d["unlabelled"] == 1
    assert d["cameo_root"]["f1"] == 1.0 and d["plover"]["f1"] == 1.0
    assert (tally.actor_slots, tally.country_right, tally.sector_slots, tally.sector_right) == (2, 1, 1, 1)
    assert d["no_event_false_alarm_rate"] is None


def test_counts_per_root_split_the_root_level_counts():
    tally = Tally()
    # found through its 19 candidate, with a stray 04 coded beside it
    tally.add(Gold(id="1", text="x", codes=("190", "111")), [_event("190", "RUS", "UKR", None), _event("042", "RUS", "UKR", None)])
    # missed: 08 coded where 12 was the gold
    tally.add(Gold(id="2", text="y", codes=("123",)), [_event("0841", "ISR", None, None)])
    by_root = {root: (p.matched_gold, p.gold, p.matched_coded, p.coded) for root, p in tally.by_root.items()}
    assert by_root == {"19": (1, 1, 1, 1), "11": (1, 1, 0, 0), "04": (0, 0, 0, 1), "12": (0, 1, 0, 0), "08": (0, 0, 0, 1)}
    whole = tally.root
    assert (whole.matched_gold, whole.gold) == (1, 2)  # row 1 counts once overall, under both of its roots
    assert tally.to_dict()["by_root"]["19"]["recall"] == 1.0
    assert format_by_root(tally).splitlines()[1].split()[:5] == ["04", "0", "0", "1", "0"]


@pytest.mark.integration
def test_eval_cameo_manual_or_a_clear_skip(shared_dir, tmp_path):
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [sys.executable, "-m", "eventcode", "eval", "cameo-manual", "--shared", str(shared_dir), "--limit", "30", "--json", str(out), "--by-root"],
        capture_output=True, text=True, timeout=600,
    )
    if proc.returncode == 2 and "no English Stanza model" in proc.stderr:
        pytest.skip(proc.stderr.strip())
    assert proc.returncode == 0, proc.stderr
    assert "CAMEO root" in proc.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["scored"] == 30 and result["cameo_root"]["gold"] == 30
    assert sum(p["matched_gold"] for p in result["by_root"].values()) >= result["cameo_root"]["matched_gold"]
    assert "root   gold  found" in proc.stdout
