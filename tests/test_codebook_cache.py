"""The on-disk cache of compiled codebooks: same codebook as a fresh compile, never stale."""

from __future__ import annotations

import logging
from pathlib import Path
from textwrap import dedent

import pytest

from eventcode.codebook import cache, load_codebook

FIXTURES = Path(__file__).parent / "codebooks"
BASE = (FIXTURES / "test-taxonomy.yaml", FIXTURES / "fictional-world.yaml")

VISIT = """
codebook: visits
extends: [test-taxonomy, fictional-world]
predicates:
  - id: visiter
    lemma: visiter
    frames:
      - id: visiter
        args: {source: subject, target: object}
        code: "CODE"
"""


@pytest.fixture()
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVENTCODE_CACHE", str(folder))
    return folder


def write_visits(folder: Path, code: str) -> Path:
    path = folder / "visits.yaml"
    path.write_text(dedent(VISIT).replace("CODE", code), encoding="utf-8")
    return path


def test_a_cached_load_equals_a_fresh_compile(cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_codebook(language="fr")
    assert len(list(cache_folder.glob("*.pickle"))) == 1
    cached = load_codebook(language="fr")
    assert cached is not first
    assert cached == first
    monkeypatch.setenv("EVENTCODE_CACHE", "off")
    assert load_codebook(language="fr") == cached


def test_editing_a_codebook_file_never_gives_a_stale_codebook(cache_folder: Path, tmp_path: Path) -> None:
    path = write_visits(tmp_path, "042")
    assert {f.code for f in load_codebook(path, *BASE).frames.values()} == {"042"}
    write_visits(tmp_path, "043")
    assert {f.code for f in load_codebook(path, *BASE).frames.values()} == {"043"}
    assert len(list(cache_folder.glob("*.pickle"))) == 2


def test_the_language_filter_is_part_of_the_key(cache_folder: Path) -> None:
    french, english = load_codebook(language="fr"), load_codebook(language="en")
    assert load_codebook(language="en") == english != french


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODE_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_codebook(language="fr")
    assert cache.cache_dir() is None
    assert list(tmp_path.rglob("*.pickle")) == []


def test_a_damaged_entry_is_rebuilt(cache_folder: Path) -> None:
    expected = load_codebook(language="fr")
    (entry,) = cache_folder.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert load_codebook(language="fr") == expected
    assert entry.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_never_fails_a_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("EVENTCODE_CACHE", str(blocker / "cache"))
    assert load_codebook(language="fr").triggers


def test_warnings_are_logged_again_on_a_hit(cache_folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "shadowed.yaml"
    path.write_text(
        dedent(
            """
            codebook: shadowed
            extends: [test-taxonomy, fictional-world]
            predicates:
              - id: visiter
                lemma: visiter
                frames:
                  - {id: a, args: {source: subject, target: object}, code: "042"}
                  - {id: b, args: {source: subject, target: object}, code: "043"}
            """
        ),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="eventcode.codebook"):
        load_codebook(path, *BASE)
    first = [r.getMessage() for r in caplog.records]
    assert first, "the shadowed frame gives a warning"
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="eventcode.codebook"):
        load_codebook(path, *BASE)
    assert [r.getMessage() for r in caplog.records] == first


def test_old_entries_are_pruned(cache_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "KEEP_ENTRIES", 2)
    for code in ("036", "042", "043"):
        load_codebook(write_visits(tmp_path, code), *BASE)
    assert len(list(cache_folder.glob("*.pickle"))) == 2
