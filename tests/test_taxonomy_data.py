"""Checks on the committed CAMEO taxonomy, codebooks/cameo.yaml (data only, no library code)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
TAXONOMY = REPO / "codebooks" / "cameo.yaml"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GENERATOR = REPO / "tools" / "build_taxonomy.py"

DIGITS = re.compile(r"^[0-9]{2,4}$")
EXTENSION = re.compile(r"^(?P<parent>[0-9]{2,4})\.[a-z][a-z0-9_]*$")
ROOTS = {f"{n:02d}" for n in range(1, 21)}


@pytest.fixture(scope="module")
def document() -> dict:
    # BaseLoader: every scalar stays a string, exactly what the file says.
    with TAXONOMY.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.BaseLoader)


@pytest.fixture(scope="module")
def codes(document: dict) -> dict[str, dict]:
    rows = document["taxonomy"]["codes"]
    return {row["code"]: row for row in rows}


def test_header(document: dict) -> None:
    assert document["codebook"] == "cameo"
    assert document["version"] == "1.1b3"
    assert set(document["taxonomy"]["conventions"]) >= {"goldstein", "quad_class", "plover"}


def test_no_duplicate_codes(document: dict) -> None:
    seen = [row["code"] for row in document["taxonomy"]["codes"]]
    assert len(seen) == len(set(seen)), sorted({c for c in seen if seen.count(c) > 1})


def test_codes_are_digit_strings_or_extensions(codes: dict[str, dict]) -> None:
    for code, row in codes.items():
        assert isinstance(code, str)
        if DIGITS.match(code):
            assert "extension" not in row, code
        else:
            match = EXTENSION.match(code)
            assert match, f"{code!r} is neither a CAMEO code nor an extension"
            assert row.get("extension") == "true", code
            assert row.get("parent") == match.group("parent"), code


def test_parents_exist_and_prefix_the_code(codes: dict[str, dict]) -> None:
    for code, row in codes.items():
        if code in ROOTS:
            assert "parent" not in row, code
            continue
        parent = row["parent"]
        assert parent in codes, f"{code}: unknown parent {parent}"
        if DIGITS.match(code):
            assert parent == code[:-1], f"{code}: parent {parent}"


def test_every_code_rolls_up_to_a_root(codes: dict[str, dict]) -> None:
    assert ROOTS <= set(codes)
    for code in codes:
        current, steps = code, 0
        while "parent" in codes[current]:
            current = codes[current]["parent"]
            steps += 1
            assert steps < 5, f"{code}: parent chain too long (cycle?)"
        assert current in ROOTS, f"{code} rolls up to {current}"


def test_values(codes: dict[str, dict]) -> None:
    for code, row in codes.items():
        assert row["name"].strip(), code
        assert re.match(r"^-?[0-9]+\.[0-9]+$", row["goldstein"]), (code, row["goldstein"])
        assert -10.0 <= float(row["goldstein"]) <= 10.0, code
        assert row["quad_class"] in {"1", "2", "3", "4"}, code
        plover = row.get("plover")
        if plover is not None:
            assert plover.get("event", "").isupper(), code
            assert all(isinstance(v, str) and v for v in plover.values()), code


def test_levels_and_known_rows(codes: dict[str, dict]) -> None:
    cameo = [code for code in codes if DIGITS.match(code)]
    assert sum(len(c) == 2 for c in cameo) == 20
    assert sum(len(c) == 3 for c in cameo) >= 140
    assert sum(len(c) == 4 for c in cameo) >= 140
    assert codes["042"]["plover"] == {"event": "CONSULT", "mode": "visit"}
    assert codes["042"]["goldstein"] == "1.9"
    assert codes["190"]["quad_class"] == "4"
    assert "plover" not in codes["01"] and "plover" not in codes["02"]


def test_host_a_visit_swaps_actor_and_recipient(codes: dict[str, dict]) -> None:
    plover = codes["043"]["plover"]
    assert plover["event"] == "CONSULT"
    assert plover["mode"] == "visit"
    assert plover["swap"] == "true"
    assert [code for code, row in codes.items() if "swap" in row.get("plover", {})] == ["043"]


def test_infrastructure_extension(codes: dict[str, dict]) -> None:
    row = codes["061.infrastructure"]
    assert row["parent"] == "061"
    assert row["extension"] == "true"
    assert row["quad_class"] == codes["061"]["quad_class"]


@pytest.mark.skipif(not (SHARED / "reference").is_dir(), reason="../shared/reference is not here")
def test_generator_reproduces_the_committed_file(tmp_path: Path) -> None:
    output = tmp_path / "cameo.yaml"
    subprocess.run(
        [sys.executable, str(GENERATOR), "--reference", str(SHARED / "reference"),
         "--output", str(output)],
        check=True,
    )
    assert output.read_bytes() == TAXONOMY.read_bytes(), (
        "codebooks/cameo.yaml is stale: run python tools/build_taxonomy.py"
    )
