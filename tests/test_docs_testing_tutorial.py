"""The tutorial of docs/testing.md runs as written: its YAML extension and its test code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


DOC = Path(__file__).resolve().parents[1] / "docs" / "testing.md"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}(?: title=\"[^\"]*\")?\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_tutorial_test_is_short_and_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extension, code = blocks("yaml")[0], blocks("python")[0]
    assert len(code.strip().splitlines()) < 20
    (tmp_path / "my-extension.yaml").write_text(extension, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    tests = [value for name, value in namespace.items() if name.startswith("test_") and callable(value)]
    assert len(tests) == 2
    for test in tests:
        test()


def test_tutorial_would_catch_a_wrong_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tutorial's test can fail: with the engine coding 190 instead of 191 it does."""
    from eventcode.coding import match

    extension, code = blocks("yaml")[0], blocks("python")[0]
    (tmp_path / "my-extension.yaml").write_text(extension, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    original = match.SentenceMatcher._apply_operators
    monkeypatch.setattr(match.SentenceMatcher, "_apply_operators", lambda self, code, word: ("190" if code == "191" else original(self, code, word)[0], False))
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    with pytest.raises(AssertionError):
        namespace["test_assieger"]()
