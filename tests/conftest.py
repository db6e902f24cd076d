"""Shared test setup: the ``integration`` marker, the path to ../shared, hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles: `ci` (bounded, what `make test` runs) and `proptest` (`make proptest`:
# many examples). HYPOTHESIS_PROFILE picks one; tests/_cases.py counts the cases run. `ci` draws the
# same cases on every run (derandomize): a bounded run that sometimes draws too few instances of a
# frame for a property would fail by chance; `proptest` explores.
settings.register_profile(
    "ci", max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "proptest", max_examples=10000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "integration: needs the real Stanza models or ../shared data; `make test` runs these after the unit tests",
    )


def pytest_terminal_summary(terminalreporter) -> None:
    """Print how many hypothesis cases the property tests and fuzzers ran (``make proptest``)."""
    from tests._cases import CASES

    if CASES:
        terminalreporter.write_sep("-", "hypothesis cases run")
        for kind, number in sorted(CASES.items()):
            terminalreporter.write_line(f"{number:>9,}  {kind}")
        terminalreporter.write_line(f"{sum(CASES.values()):>9,}  generated cases in total")


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
