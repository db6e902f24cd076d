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
