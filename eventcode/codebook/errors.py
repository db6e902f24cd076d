"""Located, coded codebook errors: every problem of every file is collected, then reported at once.

All codes live in :data:`CODES` (one table, spaCy-style), so a user can look a code up and a test
can check that every code raised is documented. ``E`` codes are errors (the codebook cannot be
compiled), ``W`` codes are warnings (it compiles, but probably not as the author meant).
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import Literal

import attrs

from eventcode.codebook.compiled import Location

Severity = Literal["error", "warning"]

#: Every error and warning code with a one-line description (the catalogue for docs/).
CODES = MappingProxyType(
    {
        # YAML and schema (one file at a time)
        "E001": "unknown key (the message suggests the closest known key)",
        "E002": "a required key is missing",
        "E003": "wrong kind of value: expected a mapping, a list or a string and got something else",
        "E004": "invalid value: not one of the allowed words, not a number, a malformed code or slot",
        "E005": "an unquoted CAMEO code that YAML 1.1 reads as a number or boolean: quote it ('042')",
        "E006": "invalid date: expected an ISO date YYYY-MM-DD",
        "E010": "YAML syntax error",
        "E011": "duplicate key in a YAML mapping",
        "E012": "the file cannot be read or is not a codebook (no top-level mapping)",
        # loading: extends, merge by id, templates, sets
        "E020": "extends names a codebook that is neither given nor shipped",
        "E021": "codebooks extend each other in a cycle",
        "E022": "duplicate id: an entry with this id already exists (use replace: true or disable: true)",
        "E023": "replace, disable, add or remove refers to an entry that does not exist",
        "E030": "unknown $SET",
        "E031": "unknown template",
        "E032": "template parameters: missing, unknown or of the wrong type at the use site",
        # semantic checks
        "E040": "unknown CAMEO code: not in the taxonomy",
        "E041": "unknown slot: the slot name is not declared in the profile",
        "E042": "unknown profile",
        "E043": "taxonomy: a parent cycle or a code without a root",
        "E044": "a multiword set phrase written as a string: write {head: ..., dependents: [...]}",
        "E050": "role windows overlap",
        "E051": "a date window ends before it starts",
        "E052": "an undated role that is not the last role",
        "E053": "duplicate frame id in two predicates",
        # warnings
        "W101": "a plain scalar that YAML 1.1 tools read as a number or boolean: quote it",
        "W102": "ambiguous frames: same trigger lemma, same constraints, same priority",
        "W103": "shadowed frame: an earlier frame of the same trigger is at least as general",
        "W104": "an example expects an actor code that no actor or agent produces",
        "W105": "replace: true on an id that did not exist before",
        "W106": "an actor type none of country, region, person, organization, actor (a typo stops composition with agents)",
    }
)


@attrs.frozen(slots=True)
class CodebookError:
    """One problem found in a codebook, with where it was written.

    ``str()`` gives the editor-clickable form ``file:line:col: error[E001]: message``.
    """

    location: Location | None
    code: str = attrs.field()
    message: str
    severity: Severity = "error"

    @code.validator
    def _known(self, attribute: attrs.Attribute, value: str) -> None:
        if value not in CODES:
            raise ValueError(f"'code' must be one of eventcode.codebook.errors.CODES (got {value!r})")

    @classmethod
    def warning(cls, location: Location | None, code: str, message: str) -> CodebookError:
        """A problem reported without failing the check (exit status 0): the codebook still loads."""
        return cls(location, code, message, "warning")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """File, line, column, then code: the order in which ``check`` reports."""
        if self.location is None:
            return ("", 0, 0, self.code, self.message)
        return (self.location.file, self.location.line, self.location.column, self.code, self.message)

    def __str__(self) -> str:
        where = str(self.location) if self.location is not None else "<codebook>"
        return f"{where}: {self.severity}[{self.code}]: {self.message}"


def sorted_errors(errors: Iterable[CodebookError]) -> list[CodebookError]:
    """Errors and warnings in file/line/column order, duplicates removed."""
    return sorted(set(errors), key=CodebookError.sort_key)


class CodebookInvalid(ValueError):
    """A codebook has errors; ``errors`` lists every one of them (warnings excluded).

    Raised once by :func:`eventcode.load_codebook` after all files were read and checked.
    """

    def __init__(self, errors: Iterable[CodebookError]) -> None:
        self.errors: tuple[CodebookError, ...] = tuple(sorted_errors(errors))
        count = len(self.errors)
        lines = "\n".join(str(error) for error in self.errors)
        super().__init__(f"the codebook has {count} error{'s' if count != 1 else ''}:\n{lines}")
