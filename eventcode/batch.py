"""Batch coding: records in, one :class:`Outcome` per record out, in input order.

This is the engine shared by :meth:`eventcode.Coder.code_many`, ``eventcode code`` (one process
or ``--workers N``) and :mod:`eventcode.dask`:

* records are the readers' output (:mod:`eventcode.inputs`): raw text, CoNLL-U chunks, already
  parsed :class:`~eventcode.model.Document` objects, or :class:`~eventcode.inputs.Rejected`;
* raw-text documents are parsed by Stanza ``batch_size`` documents at a time (Stanza batches
  their sentences together); everything else is coded as it comes, so memory holds at most one
  batch whatever the input size;
* a record that cannot be read, parsed or coded becomes an outcome carrying a ``Rejected``;
  a missing model or parser (:func:`is_setup_error`) is raised instead, since it would fail
  every document alike.

:func:`code_parallel` runs the same in worker processes, each building its coder once.
"""

from __future__ import annotations

import collections
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import attrs

from eventcode.inputs import RawDocument, Rejected
from eventcode.model import Document, Event
from eventcode.parsing.conllu import ConllChunk, ConllReadError, parse_chunk

if TYPE_CHECKING:
    from eventcode.coding.coder import Coder

__all__ = ["Outcome", "BatchItem", "is_setup_error", "code_records", "code_parallel", "DEFAULT_BATCH_SIZE"]

log = logging.getLogger(__name__)

#: Raw-text documents per Stanza call.
DEFAULT_BATCH_SIZE = 32

#: Anything :func:`code_records` takes.
BatchItem = Union[Document, RawDocument, ConllChunk, Rejected]


@attrs.frozen(slots=True)
class Outcome:
    """What became of one input record: its events, or why it was rejected."""

    source: str
    doc_id: str | None
    events: tuple[Event, ...] = ()
    rejected: Rejected | None = None


def is_setup_error(error: BaseException) -> bool:
    """A missing model or parser module fails every document alike: stop, don't reject each."""
    return isinstance(error, (ImportError, LookupError)) and not isinstance(error, (KeyError, IndexError))


def _with_date(document: Document, date: str | None) -> Document:
    if document.date is None and date is not None:
        return attrs.evolve(document, date=date)
    return document


def _code(coder: Coder, document: Document, source: str, line: int | None) -> Outcome:
    try:
        events = coder.code_document(document)
    except Exception as error:  # noqa: BLE001 - one document must not stop the batch
        if is_setup_error(error):
            raise
        log.debug("coding failed for %s", document.id, exc_info=True)
        return Outcome(source, document.id, rejected=Rejected(source, line, document.id, f"coding failed: {type(error).__name__}: {error}"))
    return Outcome(source, document.id, tuple(events))


def _outcome(coder: Coder, item: BatchItem, date: str | None, lang: str | None) -> Outcome:
    """The outcome of one record that needs no Stanza parse."""
    if isinstance(item, Rejected):
        return Outcome(item.source, item.doc_id, rejected=item)
    if isinstance(item, ConllChunk):
        try:
            document = parse_chunk(item, lang)
        except ConllReadError as error:
            return Outcome(item.source, item.doc_id, rejected=Rejected(error.source, error.line, error.doc_id, error.message))
        return _code(coder, _with_date(document, date), item.source, None)
    if isinstance(item, Document):
        return _code(coder, _with_date(item, date), "", None)
    raise TypeError(f"cannot code a {type(item).__name__}: expected a Document, RawDocument, ConllChunk or Rejected")


def _parse_batch(coder: Coder, raws: Sequence[RawDocument], date: str | None) -> list[Document | Rejected]:
    """Parse raw documents in one Stanza call; if it fails, one by one, to blame the right one."""
    try:
        return list(coder.parse_many([r.text for r in raws], [r.id for r in raws], [r.date or date for r in raws]))
    except Exception as error:  # noqa: BLE001 - find which document it was
        if is_setup_error(error):
            raise
        if len(raws) == 1:
            raw = raws[0]
            log.debug("parsing failed for %s", raw.id, exc_info=True)
            return [Rejected(raw.source, raw.line, raw.id, f"coding failed: {type(error).__name__}: {error}")]
    return [result for raw in raws for result in _parse_batch(coder, [raw], date)]


def code_records(
    coder: Coder,
    records: Iterable[BatchItem],
    *,
    date: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Outcome]:
    """One :class:`Outcome` per record, in input order, lazily.

    ``date`` applies to documents that carry none. Raw-text records wait until ``batch_size``
    of them are there (or the input ends), then are parsed in one Stanza call; the records read
    meanwhile wait with them, so the order holds and at most one batch is in memory.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    lang = getattr(coder, "lang", None)
    waiting: list[BatchItem] = []
    raws: list[RawDocument] = []

    def flush() -> Iterator[Outcome]:
        parsed = iter(_parse_batch(coder, raws, date)) if raws else iter(())
        for item in waiting:
            if isinstance(item, RawDocument):
                result = next(parsed)
                if isinstance(result, Rejected):
                    yield Outcome(item.source, item.id, rejected=result)
                else:
                    yield _code(coder, result, item.source, item.line)
            else:
                yield _outcome(coder, item, date, lang)
        waiting.clear()
        raws.clear()

    for item in records:
        if isinstance(item, RawDocument):
            waiting.append(item)
            raws.append(item)
            if len(raws) >= batch_size:
                yield from flush()
        elif waiting:
            waiting.append(item)
        else:
            yield _outcome(coder, item, date, lang)
    if waiting:
        yield from flush()


# -- worker processes ---------------------------------------------------------------------------

_WORKER_CODER: Any = None


def _init_worker(factory: Callable[[], Coder]) -> None:
    """Process initializer: build the coder (compiled codebook; pipeline on first raw text) once."""
    global _WORKER_CODER
    _WORKER_CODER = factory()


def _work(chunk: list[BatchItem], date: str | None, batch_size: int) -> list[Outcome]:
    return list(code_records(_WORKER_CODER, chunk, date=date, batch_size=batch_size))


def _chunks(records: Iterable[BatchItem], size: int) -> Iterator[list[BatchItem]]:
    chunk: list[BatchItem] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@attrs.frozen
class CoderFactory:
    """A picklable recipe for a coder (``Coder.load`` arguments), run once in each worker."""

    lang: str
    codebooks: tuple[str, ...] = ()
    models_dir: str | None = None
    main_only: bool = False

    def __call__(self) -> Coder:
        from eventcode.coding.coder import Coder

        return Coder.load(self.lang, [Path(p) for p in self.codebooks], models_dir=self.models_dir, main_only=self.main_only)


def code_parallel(
    factory: Callable[[], Coder],
    records: Iterable[BatchItem],
    *,
    workers: int,
    date: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    chunk_size: int | None = None,
) -> Iterator[Outcome]:
    """:func:`code_records` in ``workers`` processes; outcomes in input order.

    Records are sent ``chunk_size`` at a time (default ``batch_size``); at most ``2 × workers``
    chunks are in flight, so memory stays bounded however long the input. ``factory`` (picklable,
    e.g. :class:`CoderFactory`) builds each worker's coder once, in the process initializer.
    A setup error in a worker (no model) is raised here, like with one process.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    size = chunk_size or max(batch_size, 1)
    in_flight: collections.deque[Future[list[Outcome]]] = collections.deque()
    # fork is the fastest start where it exists; the parent has no threads running at this point.
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and os.name == "posix" else None
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(factory,)) as pool:
        try:
            for chunk in _chunks(records, size):
                in_flight.append(pool.submit(_work, chunk, date, batch_size))
                while len(in_flight) >= 2 * workers:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()
