"""CoNLL-U in → :class:`eventcode.model.Document` out, one document at a time.

The CoNLL-U fields are read by Stanza's own reader (``stanza.utils.conll.CoNLL.conll2doc``), so
eventcode parses CoNLL-U exactly as Stanza writes it. This module adds what a batch coder needs
and Stanza does not do:

* documents are split at ``# newdoc`` lines *before* Stanza sees them, so a large file is
  read lazily, one document in memory at a time, and one bad document does not stop the rest;
* ``# newdoc id = X`` names the document; a bare ``# newdoc`` (or a file with none) gets
  ``doc-N``, N being the document's 1-based position in the stream;
* ``# date = YYYY-MM-DD`` in a document's comments is our convention for the document date
  (it selects actors' dated roles);
* every error names the source, the document id and the 1-based line number, and checks that
  Stanza leaves out (column count, ids, heads in range, one root, no cycle) are made here.
"""

from __future__ import annotations

import datetime
import io
import logging
import re
import warnings
from collections.abc import Iterable, Iterator
from typing import TextIO

import attrs

from eventcode.model import Document
from eventcode.parsing.stanza_doc import TreeError, to_sentences

__all__ = ["ConllReadError", "ConllChunk", "split_conllu", "parse_chunk", "iter_conllu", "read_conllu"]

log = logging.getLogger(__name__)

FIELD_COUNT = 10
_ID_RE = re.compile(r"^(\d+)(?:-(\d+)|\.(\d+))?$")
_HEAD_RE = re.compile(r"^(?:\d+|_)$")
_SURROGATE_RE = re.compile("[\udc80-\udcff]")
_COMMENT_RE = re.compile(r"^#\s*([^=]+?)\s*=\s*(.*?)\s*$")


class ConllReadError(ValueError):
    """A CoNLL-U document that cannot be read; it names where, so the record can be fixed.

    ``str()`` is ``source:line: document 'id': message``. The fields are kept too, so a batch
    driver can write them into an error stream.
    """

    def __init__(self, message: str, *, source: str, doc_id: str, line: int | None) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: document {doc_id!r}: {message}")
        self.message = message
        self.source = source
        self.doc_id = doc_id
        self.line = line


@attrs.frozen(slots=True)
class ConllChunk:
    """The raw lines of one CoNLL-U document, with where they came from.

    ``first_line`` is the 1-based line number of ``lines[0]`` in the source; ``ordinal`` the
    1-based position of the document in the stream.
    """

    doc_id: str
    lines: tuple[str, ...]
    first_line: int
    ordinal: int
    source: str


def _comment_key(line: str) -> tuple[str | None, str | None]:
    match = _COMMENT_RE.match(line)
    if match is None:
        return None, None
    return match.group(1), match.group(2)


def _newdoc_id(line: str) -> str | None | bool:
    """The id of a ``# newdoc`` line, None for a bare ``# newdoc``, False if not a newdoc line."""
    stripped = line.strip()
    if re.fullmatch(r"#\s*newdoc\s*", stripped):
        return None
    key, value = _comment_key(stripped)
    if key == "newdoc id":
        return value or None
    return False


def _lines(source: str | Iterable[str]) -> Iterator[str]:
    if isinstance(source, str):
        return iter(io.StringIO(source))
    return iter(source)


def split_conllu(text: str | Iterable[str] | TextIO, source: str = "<string>") -> Iterator[ConllChunk]:
    """Cut a CoNLL-U stream into documents at ``# newdoc`` lines, lazily.

    ``text`` is a whole string or any iterable of lines (an open file). Nothing is parsed here:
    only the comment lines that start a document are looked at, so that a malformed token line
    is reported by :func:`parse_chunk` against its own document. A chunk's lines are a
    contiguous run of the source, so ``first_line + offset`` is always the true line number.
    """
    ordinal = 0
    doc_lines: list[str] = []
    doc_start = 1
    doc_id: str | None = None
    doc_has_words = False
    block: list[str] = []
    block_start = 1
    block_newdoc: str | None | bool = False
    block_has_words = False
    line_number = 0
    lines = _lines(text)
    while True:
        raw = next(lines, None)
        if raw is not None:
            line_number += 1
            line = raw.rstrip("\r\n")
            if line.strip():
                if not block:
                    block_start = line_number
                block.append(line)
                if line.lstrip().startswith("#"):
                    newdoc = _newdoc_id(line)
                    if newdoc is not False and block_newdoc is False:
                        block_newdoc = newdoc
                else:
                    block_has_words = True
                continue
        # A blank line or the end of the stream closes the sentence block.
        if block:
            if block_newdoc is not False:
                if doc_has_words:
                    ordinal += 1
                    yield ConllChunk(doc_id or f"doc-{ordinal}", tuple(doc_lines), doc_start, ordinal, source)
                    doc_lines = []
                    doc_has_words = False
                doc_id = block_newdoc
            if not doc_lines:
                doc_start = block_start
            doc_lines.extend(block)
            doc_has_words = doc_has_words or block_has_words
            block, block_newdoc, block_has_words = [], False, False
        if raw is None:
            break
        if not doc_lines:
            doc_start = line_number
        doc_lines.append("")
    if doc_has_words:
        ordinal += 1
        yield ConllChunk(doc_id or f"doc-{ordinal}", tuple(doc_lines), doc_start, ordinal, source)


def _check_lines(chunk: ConllChunk) -> None:
    """Check what Stanza's reader would crash on or skip, so the error names the line."""
    for offset, line in enumerate(chunk.lines):
        bad_byte = _SURROGATE_RE.search(line)
        if bad_byte is not None:
            # Text decoded with errors="surrogateescape" keeps a bad byte as a lone surrogate.
            raise ConllReadError(
                f"invalid UTF-8: byte 0x{ord(bad_byte.group()) - 0xDC00:02x} at column {bad_byte.start() + 1}",
                source=chunk.source,
                doc_id=chunk.doc_id,
                line=chunk.first_line + offset,
            )
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        line_number = chunk.first_line + offset
        columns = line.lstrip().rstrip(" \t").split("\t")

        def fail(message: str) -> None:
            raise ConllReadError(message, source=chunk.source, doc_id=chunk.doc_id, line=line_number)

        if len(columns) != FIELD_COUNT:
            fail(f"expected {FIELD_COUNT} tab-separated columns, found {len(columns)}: {stripped[:80]!r}")
        word_id, form = columns[0], columns[1]
        match = _ID_RE.match(word_id)
        if match is None:
            fail(f"ID {word_id!r} is not an integer, a range (3-4) or an empty node (8.1)")
        if match.group(2) is not None and int(match.group(2)) <= int(match.group(1)):
            fail(f"multi-word token range {word_id!r} must span at least two words")
        if not form:
            fail(f"word {word_id} has an empty FORM")
        if match.group(2) is None and match.group(3) is None and not _HEAD_RE.match(columns[6]):
            fail(f"word {word_id} ({form!r}) has HEAD {columns[6]!r}; expected an integer")


def _document_date(chunk: ConllChunk) -> tuple[str | None, int | None]:
    for offset, line in enumerate(chunk.lines):
        stripped = line.strip()
        if stripped.startswith("#"):
            key, value = _comment_key(stripped)
            if key == "date":
                return value, chunk.first_line + offset
    return None, None


def parse_chunk(chunk: ConllChunk, lang: str | None = None) -> Document:
    """Read one document's lines with Stanza and convert them to a checked :class:`Document`.

    Raises:
        ConllReadError: naming ``chunk.source``, ``chunk.doc_id`` and the offending line.
    """
    # Imported here so that importing eventcode (e.g. for codebook checks) does not load torch.
    from stanza.utils.conll import CoNLL, CoNLLError

    _check_lines(chunk)
    date, date_line = _document_date(chunk)
    if date is not None:
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise ConllReadError(
                f"'# date = {date}' is not an ISO date (YYYY-MM-DD)",
                source=chunk.source,
                doc_id=chunk.doc_id,
                line=date_line,
            ) from None
        if len(date) != 10:
            raise ConllReadError(
                f"'# date = {date}' is not an ISO date (YYYY-MM-DD)",
                source=chunk.source,
                doc_id=chunk.doc_id,
                line=date_line,
            )
    text = "\n".join(chunk.lines) + "\n"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stanza_document = CoNLL.conll2doc(input_str=text, keep_line_numbers=True)
        sentences = to_sentences(stanza_document)
    except TreeError as error:
        line = None if error.line is None else chunk.first_line + error.line
        raise ConllReadError(
            f"sentence {error.sentence_index + 1}: {error.message}",
            source=chunk.source,
            doc_id=chunk.doc_id,
            line=line,
        ) from None
    except (CoNLLError, ValueError, KeyError, IndexError) as error:
        # Stanza found something _check_lines did not; its message says where within the document.
        raise ConllReadError(
            f"stanza could not read this document: {error}",
            source=chunk.source,
            doc_id=chunk.doc_id,
            line=chunk.first_line,
        ) from error
    sentences = tuple(
        attrs.evolve(sentence, line=None if sentence.line is None else chunk.first_line + sentence.line)
        for sentence in sentences
    )
    return Document(id=chunk.doc_id, sentences=sentences, date=date, lang=lang)


def iter_conllu(
    text: str | Iterable[str] | TextIO, source: str = "<string>", lang: str | None = None
) -> Iterator[Document | ConllReadError]:
    """Every document of a CoNLL-U stream, in order; a bad one is yielded as its error.

    This is the batch API: the caller counts documents read, coded and rejected, and a bad
    document costs only itself.
    """
    for chunk in split_conllu(text, source):
        try:
            yield parse_chunk(chunk, lang)
        except ConllReadError as error:
            log.debug("rejected %s", error)
            yield error


def read_conllu(
    text: str | Iterable[str] | TextIO, source: str = "<string>", lang: str | None = None
) -> Iterator[Document]:
    """The documents of a CoNLL-U string or file, lazily; raises at the first bad document.

    Raises:
        ConllReadError: names the source, the document id and the line.
    """
    for item in iter_conllu(text, source, lang):
        if isinstance(item, ConllReadError):
            raise item
        yield item
