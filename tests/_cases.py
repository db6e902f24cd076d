"""A count of the hypothesis cases run in this pytest session (``make proptest`` prints it).

Each property test calls :func:`count` once per generated case; :func:`add` adds the examples a
``check_codebook_properties`` report ran. tests/conftest.py prints the total at the end.
"""

from __future__ import annotations

from collections import Counter

CASES: Counter[str] = Counter()


def count(kind: str, n: int = 1) -> None:
    CASES[kind] += n


def scaled(fraction: float, **kwargs):
    """Settings with ``fraction`` of the active profile's max_examples (at least 10): cheap
    fuzzers run more cases than the slow frame-instance tests, in `ci` and `proptest` alike."""
    from hypothesis import settings

    return settings(max_examples=max(10, int(settings.default.max_examples * fraction)), **kwargs)
