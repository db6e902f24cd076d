"""The wheel ships what a regular (non-editable) install needs: the shipped codebooks."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """Build the wheel from the working tree with the venv's own setuptools (offline)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (path,) = out.glob("eventcode-*.whl")
    return zipfile.ZipFile(path)


def test_every_shipped_codebook_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    """codebooks/X.yaml is packaged as eventcode/_codebooks/X.yaml, where shipped_dir() looks."""
    expected = {f"eventcode/_codebooks/{p.relative_to(REPO / 'codebooks').as_posix()}" for p in (REPO / "codebooks").rglob("*.yaml")}
    assert "eventcode/_codebooks/cameo.yaml" in expected
    assert expected <= set(wheel.namelist())


def test_console_script_and_requirements(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "eventcode = eventcode.cli:main" in wheel.read(entry_points).decode()
    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    text = wheel.read(metadata).decode()
    assert "Requires-Dist: stanza==1.15.0" in text
    assert "Requires-Python: >=3.10" in text


def test_no_tests_or_caches_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]
