"""Shared test setup: the ``integration`` marker and the path to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "integration: needs the real Stanza models or ../shared data; `make test` runs these after the unit tests",
    )


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository (read-only data); the test is skipped where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not here")
    return SHARED


@pytest.fixture(scope="session")
def parser():
    """``parser(lang)`` -> ``parse(text, date) -> Document`` through the real Stanza pipeline.

    One pipeline per language for the whole test session; skips where no model is installed.
    """
    from eventcode.model import Document
    from eventcode.parsing.pipeline import ModelNotFoundError, load_pipeline, parse_text
    from eventcode.parsing.stanza_doc import to_sentences

    pipelines: dict = {}

    def for_language(lang: str):
        if lang not in pipelines:
            try:
                pipelines[lang] = load_pipeline(lang)
            except ModelNotFoundError as error:
                pipelines[lang] = error
        if isinstance(pipelines[lang], Exception):
            pytest.skip(f"no Stanza model for {lang}: {pipelines[lang]}")
        pipeline = pipelines[lang]

        def parse(text: str, date: str | None) -> Document:
            parsed = parse_text(text, lang, pipeline=pipeline)
            return Document(id="example", sentences=to_sentences(parsed), date=date, lang=lang)

        return parse

    return for_language
