"""Events as flat rows and as a pandas DataFrame (the ``pandas`` extra: ``pip install eventcode[pandas]``).

pandas is imported only by :func:`to_dataframe`, so eventcode never needs it otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from eventcode.model import Event

if TYPE_CHECKING:
    import pandas

__all__ = ["EVENT_COLUMNS", "flat_event", "to_dataframe"]

#: The columns of :func:`flat_event` and :func:`to_dataframe`: the CSV output's, then the rest.
EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "sentence_index", "date", "code", "root",
    "source_code", "source_text", "target_code", "target_text",
    "trigger", "negated", "plover_event", "plover_mode",
    "goldstein", "quad_class", "rule", "rule_location",
    "name", "plover_context", "plover_swap", "tags", "sentence",
)  # fmt: skip

#: pandas dtypes: nullable where the value may be missing; text is pandas' "string" (missing: <NA>).
DTYPES: dict[str, str] = {
    column: "string" for column in EVENT_COLUMNS
} | {
    "sentence_index": "int64",
    "negated": "bool",
    "plover_swap": "bool",
    "goldstein": "float64",
    "quad_class": "Int64",
}


def flat_event(event: Event | Mapping[str, Any]) -> dict[str, Any]:
    """One event (an :class:`Event` or its ``to_dict()``) as a flat row of :data:`EVENT_COLUMNS`.

    A missing actor gives ``None`` code and text; ``tags`` are joined with ``;``.
    """
    data = event.to_dict() if isinstance(event, Event) else event
    source = data.get("source") or {}
    target = data.get("target") or {}
    trigger = data.get("trigger") or {}
    plover = data.get("plover") or {}
    return {
        "doc_id": data["doc_id"],
        "sentence_index": data["sentence_index"],
        "date": data.get("date"),
        "code": data["code"],
        "root": data.get("root"),
        "source_code": source.get("code"),
        "source_text": source.get("text"),
        "target_code": target.get("code"),
        "target_text": target.get("text"),
        "trigger": trigger.get("text") if isinstance(trigger, Mapping) else trigger,
        "negated": bool(data.get("negated")),
        "plover_event": plover.get("event"),
        "plover_mode": plover.get("mode"),
        "goldstein": data.get("goldstein"),
        "quad_class": data.get("quad_class"),
        "rule": data.get("rule"),
        "rule_location": data.get("rule_location"),
        "name": data.get("name"),
        "plover_context": plover.get("context"),
        "plover_swap": bool(plover.get("swap")),
        "tags": ";".join(data.get("tags") or ()),
        "sentence": data.get("sentence"),
    }


def empty_frame() -> pandas.DataFrame:
    """A DataFrame with no rows and the columns and dtypes of :func:`to_dataframe` (Dask's ``meta``)."""
    import pandas

    return pandas.DataFrame({column: pandas.Series([], dtype=DTYPES[column]) for column in EVENT_COLUMNS})


def to_dataframe(events: Iterable[Event | Mapping[str, Any]]) -> pandas.DataFrame:
    """A pandas DataFrame with one row per event, columns :data:`EVENT_COLUMNS`.

    Takes :class:`Event` objects or their dicts (``to_dict()``, the JSONL lines, Dask output).

    Raises:
        ImportError: pandas is not installed (``pip install 'eventcode[pandas]'``).
    """
    try:
        import pandas
    except ImportError as error:
        raise ImportError("eventcode.to_dataframe needs pandas: pip install 'eventcode[pandas]'") from error

    rows = [flat_event(event) for event in events]
    if not rows:
        return empty_frame()
    frame = pandas.DataFrame.from_records(rows, columns=list(EVENT_COLUMNS))
    return frame.astype(DTYPES)
