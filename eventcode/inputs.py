"""Raw input records for batch coding: JSONL lines, whole text files, CoNLL-U documents.

Readers are lazy and never raise on a bad record: each yields, in input order, either a
record to code (:class:`RawDocument` raw text, or a CoNLL-U :class:`ConllChunk` still to be
read) or a :class:`Rejected` naming the source, line, document id and reason. The command line,
:meth:`eventcode.Coder.code_many`, its worker processes and :mod:`eventcode.dask` share them.

A CoNLL-U document is handed over as its raw lines (a ``ConllChunk``), not as a parsed
:class:`~eventcode.model.Document`: reading CoNLL-U costs as much as coding it, so it is done
where the coding is done (a worker process, a Dask worker), see :mod:`eventcode.batch`.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import IO, Any, Union

import attrs

from eventcode.parsing.conllu import ConllChunk, is_iso_date, split_conllu

__all__ = [
    "MAX_CHARS",
    "INPUT_FORMATS",
    "RawDocument",
    "Rejected",
    "Record",
    "check_date",
    "read_jsonl_documents",
    "read_text_document",
    "read_conllu_chunks",
    "document_from_dict",
    "read_stream",
]

log = logging.getLogger(__name__)

#: A raw-text document longer than this is rejected, not parsed: Stanza's memory grows with the
#: document, and a multi-megabyte "document" is almost always a concatenation gone wrong.
MAX_CHARS = 1_000_000

#: The ``--input`` formats.
INPUT_FORMATS = ("text", "jsonl", "conllu")


@attrs.frozen(slots=True)
class RawDocument:
    """A document of raw text still to be parsed: from a text file or one JSONL line."""

    id: str
    text: str
    date: str | None = None
    lang: str | None = None
    source: str = ""
    line: int | None = None


@attrs.frozen(slots=True)
class Rejected:
    """An input record that cannot be coded, and why; written to the error stream."""

    source: str
    line: int | None
    doc_id: str | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "doc_id": self.doc_id, "reason": self.reason}

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        doc = f" document {self.doc_id!r}:" if self.doc_id is not None else ""
        return f"{where}:{doc} {self.reason}"


#: One input record, before coding.
Record = Union[RawDocument, ConllChunk, Rejected]


def check_date(value: str) -> str:
    """``value`` if it is an ISO calendar date (YYYY-MM-DD), else ValueError naming it."""
    if not isinstance(value, str) or not is_iso_date(value):
        raise ValueError(f"date {value!r} is not a YYYY-MM-DD calendar date")
    return value


def document_from_dict(
    record: Any, source: str, line: int | None, lang: str | None = None, max_chars: int = MAX_CHARS
) -> RawDocument | Rejected:
    """One decoded JSONL record ``{"id", "text", "date"?, "lang"?}``, checked.

    A record whose ``lang`` differs from ``lang`` is rejected: the codebook and parser are
    per language.
    """
    if not isinstance(record, dict):
        return Rejected(source, line, None, f"expected a JSON object, got {type(record).__name__}")
    doc_id = record.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id:
        shown = None if doc_id is None else str(doc_id)
        return Rejected(source, line, shown, "missing field 'id' (a non-empty string)")
    if any(ch in doc_id for ch in "\r\n\t"):
        return Rejected(source, line, doc_id, "field 'id' contains a tab or line break")
    text = record.get("text")
    if not isinstance(text, str):
        return Rejected(source, line, doc_id, "missing field 'text' (a string)")
    if not text.strip():
        return Rejected(source, line, doc_id, "empty document: 'text' has no words")
    if len(text) > max_chars:
        return Rejected(source, line, doc_id, f"document too long: {len(text)} characters, over the limit of {max_chars}")
    date = record.get("date")
    if date is not None:
        try:
            check_date(date)
        except ValueError as error:
            return Rejected(source, line, doc_id, f"field 'date': {error}")
    doc_lang = record.get("lang")
    if doc_lang is not None and lang is not None and doc_lang != lang:
        return Rejected(source, line, doc_id, f"document language {doc_lang!r} is not --lang {lang!r}")
    return RawDocument(doc_id, text, date, doc_lang, source, line)


def read_jsonl_documents(
    stream: IO[bytes], source: str, lang: str | None = None, max_chars: int = MAX_CHARS
) -> Iterator[RawDocument | Rejected]:
    """One document per JSONL line ``{"id", "text", "date"?, "lang"?}``, lazily.

    Bytes are decoded line by line, so one line of invalid UTF-8 rejects that line only. Blank
    lines are not records and are passed over.
    """
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Rejected(source, number, None, f"invalid UTF-8 at byte {error.start}: {raw[error.start:error.start + 4]!r}")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejected(source, number, None, f"bad JSON: {error.msg} at column {error.colno}")
            continue
        yield document_from_dict(record, source, number, lang, max_chars)


def read_text_document(data: bytes, source: str, max_chars: int = MAX_CHARS) -> RawDocument | Rejected:
    """A whole file as one document; its id is the path as given (``stdin`` for ``-``)."""
    doc_id = "stdin" if source == "<stdin>" else source
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return Rejected(source, line, doc_id, f"invalid UTF-8 at byte {error.start}")
    if not text.strip():
        return Rejected(source, None, doc_id, "empty document")
    if len(text) > max_chars:
        return Rejected(source, None, doc_id, f"document too long: {len(text)} characters, over the limit of {max_chars}")
    return RawDocument(doc_id, text, None, None, source, None)


def read_conllu_chunks(stream: IO[bytes], source: str) -> Iterator[ConllChunk]:
    """The documents of a binary CoNLL-U stream as raw lines, lazily; the stream is left open.

    Bytes are decoded with ``surrogateescape``, so a bad byte travels with its document and
    rejects that document only (:func:`eventcode.parsing.conllu.parse_chunk` names the line).
    """
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    try:
        yield from split_conllu(text, source)
    finally:
        text.detach()  # leave the binary stream (maybe stdin) open


def read_stream(
    stream: IO[bytes], source: str, input_format: str, lang: str | None = None, max_chars: int = MAX_CHARS
) -> Iterator[Record]:
    """Every record of one binary stream in ``input_format`` (one of :data:`INPUT_FORMATS`)."""
    if input_format == "jsonl":
        yield from read_jsonl_documents(stream, source, lang, max_chars)
    elif input_format == "text":
        yield read_text_document(stream.read(), source, max_chars)
    elif input_format == "conllu":
        yield from read_conllu_chunks(stream, source)
    else:
        raise ValueError(f"unknown input format {input_format!r}; expected one of {', '.join(INPUT_FORMATS)}")
