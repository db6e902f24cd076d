"""Importers: other event coders' dictionaries -> eventcode YAML codebooks.

Each importer writes plain codebook files that ``eventcode check`` accepts, plus a report of
what it could not express (entry, file:line, reason): nothing is dropped silently.
"""

from __future__ import annotations

__all__ = ["petrarch"]
