"""Code documents on a Dask cluster (the ``dask`` extra: ``pip install 'eventcode[dask]'``).

Any scheduler works: a ``distributed.LocalCluster``, dask-jobqueue on SLURM, Kubernetes. Each
worker process builds its coder (compiled codebook; Stanza pipeline on first raw text) once,
through :func:`get_coder`'s per-process cache; :class:`CoderPlugin` builds it when the worker
starts instead of on its first task. See docs/scaling.md.

Inputs are dask bags of JSONL-style records (``{"id", "text", "date"?, "lang"?}``) or of
CoNLL-U strings (one or more ``# newdoc`` documents each), or a dask DataFrame with columns
``id``, ``text`` and optionally ``date``. The output is a bag of event dicts (the JSONL contract,
``Event.to_dict()``), in partition order; :func:`events_dataframe` turns it into a dask
DataFrame. A record that cannot be coded is, with ``errors="keep"`` (the default), one dict
``{"rejected": {"source", "line", "doc_id", "reason"}}`` in the output, so nothing is lost
silently; ``errors="raise"`` fails the task instead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcode.batch import DEFAULT_BATCH_SIZE, BatchItem, CoderFactory, code_records
from eventcode.inputs import MAX_CHARS, document_from_dict
from eventcode.parsing.conllu import split_conllu

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

    from eventcode.coding.coder import Coder

__all__ = ["code_bag", "code_dataframe", "events_dataframe", "get_coder", "CoderPlugin", "ERRORS"]

log = logging.getLogger(__name__)

ERRORS = ("keep", "raise")

_CODERS: dict[CoderFactory, Coder] = {}
_LOCK = threading.Lock()


def get_coder(factory: CoderFactory) -> Coder:
    """The coder ``factory`` describes, built once per process (threads of a worker share it)."""
    with _LOCK:
        coder = _CODERS.get(factory)
        if coder is None:
            log.info("building the coder for %s in this worker", factory)
            coder = _CODERS[factory] = factory()
    return coder


def _factory(lang: str, codebooks: Sequence[str | Path], models_dir: str | Path | None) -> CoderFactory:
    return CoderFactory(lang, tuple(str(p) for p in codebooks), None if models_dir is None else str(models_dir))


def _records(items: Iterable[Any], lang: str, source: str, max_chars: int) -> Iterator[BatchItem]:
    for item in items:
        if isinstance(item, str):
            yield from split_conllu(item, source)
        else:
            yield document_from_dict(item, source, None, lang, max_chars)


def _code_partition(
    items: Iterable[Any], factory: CoderFactory, date: str | None, batch_size: int, errors: str, source: str, max_chars: int
) -> list[dict[str, Any]]:
    coder = get_coder(factory)
    out: list[dict[str, Any]] = []
    for outcome in code_records(coder, _records(items, factory.lang, source, max_chars), date=date, batch_size=batch_size):
        if outcome.rejected is not None:
            if errors == "raise":
                raise ValueError(f"cannot code {outcome.rejected}")
            log.warning("rejected %s", outcome.rejected)
            out.append({"rejected": outcome.rejected.to_dict()})
        else:
            out.extend(event.to_dict() for event in outcome.events)
    return out


def code_bag(
    bag: dask.bag.Bag,
    lang: str,
    *,
    codebooks: Sequence[str | Path] = (),
    models_dir: str | Path | None = None,
    date: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    errors: str = "keep",
    source: str = "<dask>",
    max_chars: int = MAX_CHARS,
) -> dask.bag.Bag:
    """A bag of event dicts from a bag of documents (JSONL-style dicts or CoNLL-U strings), lazily.

    ``codebooks`` replace the shipped ones (paths the workers can read); ``date`` applies to
    documents without one; raw text is parsed ``batch_size`` documents per Stanza call.
    """
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, not {errors!r}")
    factory = _factory(lang, codebooks, models_dir)
    return bag.map_partitions(
        _code_partition, factory=factory, date=date, batch_size=batch_size, errors=errors, source=source, max_chars=max_chars
    )


def code_dataframe(frame: dask.dataframe.DataFrame, lang: str, **options: Any) -> dask.bag.Bag:
    """A bag of event dicts from a dask DataFrame with columns ``id``, ``text`` and optionally ``date``, ``lang``.

    ``options`` are those of :func:`code_bag`. A missing ``date`` (NaN/None) means undated.
    """
    missing = {"id", "text"} - set(frame.columns)
    if missing:
        raise ValueError(f"the DataFrame needs the columns id and text; missing: {', '.join(sorted(missing))}")
    columns = [c for c in ("id", "text", "date", "lang") if c in frame.columns]
    records = frame[columns].to_bag(format="dict").map(_clean_record)
    return code_bag(records, lang, **options)


def _clean_record(record: dict[str, Any]) -> dict[str, Any]:
    """pandas gives NaN/None/NA for a missing cell: leave those keys out so they read as absent."""
    clean: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, str):
            clean[key] = value
        elif key == "id" and value is not None and value == value:  # a numeric id; NaN != NaN
            clean[key] = str(value)
    return clean


def events_dataframe(events: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """The events of :func:`code_bag` as a dask DataFrame (columns of :func:`eventcode.to_dataframe`).

    Rejected records are left out: filter them from the bag first to keep them.
    """
    from eventcode.frames import empty_frame, to_dataframe

    def partition(items: Iterable[dict[str, Any]]) -> Any:
        return to_dataframe(item for item in items if "rejected" not in item)

    import dask.dataframe as dd

    return dd.from_delayed([d for d in events.map_partitions(partition).to_delayed()], meta=empty_frame())


def _plugin_base() -> type:
    try:
        from distributed.diagnostics.plugin import WorkerPlugin
    except ImportError:  # pragma: no cover - dask without distributed
        return object
    return WorkerPlugin


class CoderPlugin(_plugin_base()):  # type: ignore[misc]
    """A ``distributed`` worker plugin that builds the coder when each worker starts.

    ``client.register_plugin(CoderPlugin("fr"))``: tasks of :func:`code_bag` with the same
    ``lang``, ``codebooks`` and ``models_dir`` then find it ready.
    """

    name = "eventcode-coder"

    def __init__(self, lang: str, codebooks: Sequence[str | Path] = (), models_dir: str | Path | None = None) -> None:
        self.factory = _factory(lang, codebooks, models_dir)

    def setup(self, worker: Any) -> None:
        get_coder(self.factory)
