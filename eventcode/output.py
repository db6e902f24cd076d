"""Writers: coded events → JSONL, CSV, Phoenix-style TSV, PLOVER JSON lines.

Writers never touch trees; they read :class:`eventcode.model.Event` only. Each writer streams
(it writes as events arrive, holding nothing but a small counter) and is deterministic: the same
events in the same order give byte-identical output. Formats that cannot say what an event
carries do not guess: the Phoenix TSV and PLOVER formats have no negation field, so a negated
event is *skipped and counted*, as is an event whose CAMEO code has no PLOVER equivalent in
PLOVER output. :attr:`EventWriter.skipped` says how many and why, so nothing is lost silently.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from collections.abc import Iterable
from typing import Any, ClassVar, TextIO

from eventcode.model import Actor, Event

__all__ = [
    "FORMATS",
    "CSV_COLUMNS",
    "PHOENIX_COLUMNS",
    "EventWriter",
    "JsonlWriter",
    "CsvWriter",
    "PhoenixWriter",
    "PloverWriter",
    "open_writer",
    "write_events",
    "to_plover",
    "split_actor_code",
    "one_a_day_key",
]

log = logging.getLogger(__name__)

SKIP_NEGATED = "negated (the format has no negation field)"
SKIP_NO_PLOVER = "no PLOVER equivalent (CAMEO 01/02 and codes the crosswalk predates)"
SKIP_DUPLICATE = "duplicate (one a day: same date, source, target and code as an earlier event)"

CSV_COLUMNS: tuple[str, ...] = (
    "doc_id", "sentence_index", "date", "code", "root",
    "source_code", "source_text", "target_code", "target_text",
    "trigger", "negated", "plover_event", "plover_mode",
    "goldstein", "quad_class", "rule", "rule_location",
)  # fmt: skip

# The columns of the Phoenix daily files (phoenix_pipeline's one-a-day output), in order. The
# geolocation columns stay empty (eventcode does not geocode); ``aid`` holds the document id.
PHOENIX_COLUMNS: tuple[str, ...] = (
    "id", "date", "year", "month", "day",
    "source", "src_actor", "src_agent", "src_other_agent",
    "target", "tgt_actor", "tgt_agent", "tgt_other_agent",
    "code", "root_code", "quad_class", "goldstein", "joined_issues",
    "lat", "lon", "placename", "statename", "countryname", "aid",
)  # fmt: skip


def _number(value: float | int | None) -> str:
    """Numbers as text, the same way every run (``-2.0``, ``4``), empty when unknown."""
    return "" if value is None else repr(value)


def split_actor_code(code: str) -> tuple[str, str, str]:
    """``"RUSGOVMIL"`` → ``("RUS", "GOV", "MIL")``: root, agent, other agents (``;``-joined).

    CAMEO actor codes are strings of 3-letter parts; Phoenix users load the first part (country,
    IGO, NGO...), the second (the primary agent) and the rest as separate columns.
    """
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    root = parts[0] if parts else ""
    agent = parts[1] if len(parts) > 1 else ""
    return root, agent, ";".join(parts[2:])


def _actor_dicts(actor: Actor | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    return [{"code": actor.code, "text": actor.text}]


def to_plover(event: Event) -> dict[str, Any]:
    """One event as a PLOVER record (actor, recipient, event, mode, context).

    For codes the crosswalk marks with a swap (CAMEO 043 "host a visit" is PLOVER CONSULT/visit
    with the *visitor* as actor), the CAMEO source becomes the PLOVER recipient and the CAMEO
    target the PLOVER actor. ``cameo`` keeps the original code and ``swapped`` says it happened.
    """
    actor, recipient = (event.target, event.source) if event.plover_swap else (event.source, event.target)
    # Context is a list in PLOVER; the model carries at most one (the crosswalk's).
    context = event.plover_context
    return {
        "id": event_id(event),
        "date": event.date,
        "event": event.plover_event,
        "mode": event.plover_mode or "",
        "context": [context] if context else [],
        "actor": _actor_dicts(actor),
        "recipient": _actor_dicts(recipient),
        "cameo": event.code,
        "swapped": event.plover_swap,
        "text": event.sentence_text,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "rule": event.rule,
    }


def event_id(event: Event) -> str:
    """A stable id: document, sentence, trigger words and code (the same event, the same id)."""
    trigger = "+".join(str(i) for i in event.trigger_ids)
    source = event.source.code if event.source else ""
    target = event.target.code if event.target else ""
    return f"{event.doc_id}:{event.sentence_index}:{trigger}:{event.code}:{source}:{target}"


def one_a_day_key(event: Event) -> tuple[str, str, str, str]:
    """The "one a day" identity of an event: date, source code, target code, CAMEO code.

    The usual event-data filter (Phoenix, ICEWS): one report per day of the same dyad and code.
    An undated event is keyed by its document instead, so that undated documents never merge.
    """
    return (
        event.date or f"document:{event.doc_id}",
        event.source.code if event.source else "",
        event.target.code if event.target else "",
        event.code,
    )


class EventWriter:
    """Base class: subclasses write one event at a time to ``stream``.

    ``written`` counts the records written; ``skipped`` counts, per reason, the events the
    format cannot represent and, with ``one_a_day``, the duplicates left out. The one-a-day
    filter remembers every key it has written, so its memory grows with distinct keys.
    """

    name: ClassVar[str] = ""

    def __init__(self, stream: TextIO, *, one_a_day: bool = False) -> None:
        self.stream = stream
        self.written = 0
        self.skipped: Counter[str] = Counter()
        self._seen: set[tuple[str, str, str, str]] | None = set() if one_a_day else None

    def start(self) -> None:
        """Write whatever precedes the first record (a header). Called once by ``open_writer``."""

    def write(self, events: Iterable[Event]) -> None:
        """Write every event, in order."""
        for event in events:
            reason = self._skip_reason(event)
            if reason is None and self._seen is not None:
                key = one_a_day_key(event)
                if key in self._seen:
                    reason = SKIP_DUPLICATE
                else:
                    self._seen.add(key)
            if reason is not None:
                self.skipped[reason] += 1
                log.debug("%s: skipped %s (%s)", self.name, event_id(event), reason)
                continue
            self._write_one(event)
            self.written += 1

    def _skip_reason(self, event: Event) -> str | None:
        return None

    def _write_one(self, event: Event) -> None:
        raise NotImplementedError


class JsonlWriter(EventWriter):
    """The contract format of DESIGN.md: one ``Event.to_dict()`` per line, keys sorted."""

    name = "jsonl"

    def _write_one(self, event: Event) -> None:
        self.stream.write(json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")


class CsvWriter(EventWriter):
    """Flat CSV with a header row (:data:`CSV_COLUMNS`); negated events kept, flagged."""

    name = "csv"

    def __init__(self, stream: TextIO, *, one_a_day: bool = False) -> None:
        super().__init__(stream, one_a_day=one_a_day)
        self._csv = csv.writer(stream, lineterminator="\n")

    def start(self) -> None:
        self._csv.writerow(CSV_COLUMNS)

    def _write_one(self, event: Event) -> None:
        self._csv.writerow(
            [
                event.doc_id,
                event.sentence_index,
                event.date or "",
                event.code,
                event.root,
                event.source.code if event.source else "",
                event.source.text if event.source else "",
                event.target.code if event.target else "",
                event.target.text if event.target else "",
                event.trigger,
                "true" if event.negated else "false",
                event.plover_event or "",
                event.plover_mode or "",
                _number(event.goldstein),
                _number(event.quad_class),
                event.rule,
                event.rule_location,
            ]
        )


def _tsv_cell(value: str) -> str:
    # A tab or newline inside a cell would shift every later column for a Phoenix loader.
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


class PhoenixWriter(EventWriter):
    """Phoenix-style TSV (:data:`PHOENIX_COLUMNS`) with a header row.

    ``date`` is YYYYMMDD; actor codes are split by :func:`split_actor_code`; ``joined_issues``
    and the geolocation columns are empty (eventcode codes no issues and does not geocode).
    Negated events are skipped: Phoenix has no negation column and a loader would count them.
    """

    name = "tsv"

    def start(self) -> None:
        self.stream.write("\t".join(PHOENIX_COLUMNS) + "\n")

    def _skip_reason(self, event: Event) -> str | None:
        return SKIP_NEGATED if event.negated else None

    def _write_one(self, event: Event) -> None:
        date = event.date or ""
        year, month, day = (date[0:4], date[5:7], date[8:10]) if len(date) == 10 else ("", "", "")
        source = event.source.code if event.source else ""
        target = event.target.code if event.target else ""
        row = [
            event_id(event),
            date.replace("-", ""),
            year,
            month,
            day,
            source,
            *split_actor_code(source),
            target,
            *split_actor_code(target),
            event.code,
            event.root,
            _number(event.quad_class),
            _number(event.goldstein),
            "",  # joined_issues
            "",  # lat
            "",  # lon
            "",  # placename
            "",  # statename
            "",  # countryname
            event.doc_id,
        ]
        self.stream.write("\t".join(_tsv_cell(str(cell)) for cell in row) + "\n")


class PloverWriter(EventWriter):
    """PLOVER records as JSON lines (:func:`to_plover`), keys sorted.

    Events without a PLOVER event (CAMEO roots 01 and 02...) and negated events are skipped and
    counted.
    """

    name = "plover"

    def _skip_reason(self, event: Event) -> str | None:
        if event.negated:
            return SKIP_NEGATED
        if not event.plover_event:
            return SKIP_NO_PLOVER
        return None

    def _write_one(self, event: Event) -> None:
        self.stream.write(json.dumps(to_plover(event), ensure_ascii=False, sort_keys=True) + "\n")


_WRITERS: dict[str, type[EventWriter]] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "tsv": PhoenixWriter,
    "plover": PloverWriter,
}
FORMATS: tuple[str, ...] = tuple(_WRITERS)


def open_writer(fmt: str, stream: TextIO, *, one_a_day: bool = False) -> EventWriter:
    """A writer for ``fmt`` (one of :data:`FORMATS`), its header already written.

    ``one_a_day`` leaves out an event whose :func:`one_a_day_key` was already written.

    Raises:
        ValueError: ``fmt`` is not a known format.
    """
    try:
        writer_class = _WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}") from None
    writer = writer_class(stream, one_a_day=one_a_day)
    writer.start()
    return writer


def write_events(events: Iterable[Event], fmt: str, stream: TextIO, *, one_a_day: bool = False) -> EventWriter:
    """Write all ``events`` to ``stream`` in ``fmt``; returns the writer for its counts."""
    writer = open_writer(fmt, stream, one_a_day=one_a_day)
    writer.write(events)
    return writer
