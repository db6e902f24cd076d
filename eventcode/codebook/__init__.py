"""Codebooks: YAML files -> load (marks, extends, templates) -> check -> CompiledCodebook.

Two entry points: :func:`load_codebook` (raises :class:`CodebookInvalid` listing every error)
and :func:`check_codebook` (returns every error and warning, never raises for a bad codebook).
"""

from __future__ import annotations

import logging
from pathlib import Path

from eventcode.codebook import cache
from eventcode.codebook.check import check_sources
from eventcode.codebook.compile import compile_codebook
from eventcode.codebook.compiled import CompiledCodebook
from eventcode.codebook.errors import CodebookError, CodebookInvalid, sorted_errors
from eventcode.codebook.load import Sources, load_sources

log = logging.getLogger(__name__)

__all__ = ["CodebookError", "CodebookInvalid", "CompiledCodebook", "check_codebook", "load_codebook"]


def _load_and_check(paths: tuple[str | Path, ...]) -> tuple[Sources, list[CodebookError]]:
    sources = load_sources(*paths)
    return sources, sorted_errors([*sources.errors, *check_sources(sources)])


def check_codebook(*paths: str | Path) -> list[CodebookError]:
    """Every error and warning of the codebooks at ``paths`` (files or folders), sorted by
    file, line and column. No path checks the shipped codebooks.
    """
    return _load_and_check(paths)[1]


def load_codebook(*paths: str | Path, language: str | None = None) -> CompiledCodebook:
    """Load, check and compile codebooks.

    Args:
        paths: codebook files or folders of ``*.yaml``; what they ``extends`` is found among them
            and the shipped codebooks, and the CAMEO taxonomy is added when none of them has a
            taxonomy. No path loads every shipped codebook.
        language: keep only the predicates, operators, names and agent lemmas of this language
            (and those without one); None keeps everything.

    A codebook without errors is kept compiled in an on-disk cache keyed by the contents of its
    files (:mod:`eventcode.codebook.cache`; ``EVENTCODE_CACHE=off`` turns it off), so later
    processes skip the YAML.

    Raises:
        CodebookInvalid: listing every error of every file (warnings are only logged).
    """
    key = cache.cache_key(paths, language) if cache.cache_dir() is not None else None
    hit = cache.read(key) if key is not None else None
    if hit is not None:
        compiled, warnings = hit
        for warning in warnings:
            log.warning("%s", warning)
        return compiled
    sources, problems = _load_and_check(paths)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise CodebookInvalid(errors)
    for warning in problems:
        log.warning("%s", warning)
    compiled = compile_codebook(sources, language)
    if key is not None:
        cache.write(key, compiled, problems)
    return compiled
