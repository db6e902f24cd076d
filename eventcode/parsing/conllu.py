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
from typing import NoReturn, TextIO

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


def _newdoc(line: str) -> tuple[bool, str | None]:
    """(is it a ``# newdoc`` line, its id or None for a bare ``# newdoc``)."""
    stripped = line.strip()
    if re.fullmatch(r"#\s*newdoc\s*", stripped):
        return True, None
    key, value = _comment_key(stripped)
    if key == "newdoc id":
        return True, value or None
    return False, None


def is_document_comment(line: str) -> bool:
    """Whether ``line`` is one of the comments that carry document metadata (newdoc, date)."""
    if not line.startswith("#"):
        return False
    return _newdoc(line)[0] or _comment_key(line.strip())[0] == "date"


def _lines(source: str | Iterable[str]) -> Iterator[str]:
    if isinstance(source, str):
        return iter(io.StringIO(source))
    return iter(source)


def split_conllu(text: str | Iterable[str] | TextIO, source: str = "<string>") -> Iterator[ConllChunk]:
    """Cut a CoNLL-U stream into documents at ``# newdoc`` lines, lazily.

    ``text`` is a whole string or any iterable of lines (an open file). Nothing is parsed here:
    only the comment lines that start a document are looked at, so that a malformed token line
    is reported by :func:`parse_chunk` against its own document. A document is handed over as
    soon as the next one's ``# newdoc`` line is read. A chunk's lines are a contiguous run of
    the source, so ``first_line + offset`` is always the true line number.
    """
    ordinal = 0
    doc_lines: list[str] = []
    doc_start = 1
    doc_id: str | None = None
    doc_has_words = False
    block_at: int | None = None  # index in doc_lines where the current sentence block starts
    words_before_block = False
    for line_number, raw in enumerate(_lines(text), start=1):
        line = raw.rstrip("\r\n")
        if not doc_lines:
            doc_start = line_number
        if not line.strip():
            block_at = None
            doc_lines.append(line)
            continue
        if block_at is None:
            block_at = len(doc_lines)
            words_before_block = doc_has_words
        if line.lstrip().startswith("#"):
            is_newdoc, newdoc_id = _newdoc(line)
            if is_newdoc:
                if words_before_block:
                    # The lines before this sentence block are the previous document.
                    ordinal += 1
                    yield ConllChunk(doc_id or f"doc-{ordinal}", tuple(doc_lines[:block_at]), doc_start, ordinal, source)
                    doc_lines = doc_lines[block_at:]
                    doc_start += block_at
                    block_at = 0
                    words_before_block = doc_has_words = False
                doc_id = newdoc_id
        else:
            doc_has_words = True
        doc_lines.append(line)
    if doc_has_words:
        ordinal += 1
        yield ConllChunk(doc_id or f"doc-{ordinal}", tuple(doc_lines), doc_start, ordinal, source)


def _check_lines(chunk: ConllChunk) -> None:
    """Check what Stanza's reader would crash on, skip or misread, so the error names the line.

    Per line: UTF-8, column count, ID syntax, HEAD an integer. Per sentence: word ids run
    1..n and every head is in 0..n (Stanza fails on these without saying where). Roots and
    cycles are checked after conversion, by :func:`eventcode.parsing.stanza_doc.to_sentences`.
    """

    def fail(message: str, line_number: int) -> NoReturn:
        raise ConllReadError(message, source=chunk.source, doc_id=chunk.doc_id, line=line_number)

    sentence: list[tuple[int, int | None, int]] = []  # (word id, head, line) of basic-tree words

    def check_sentence() -> None:
        count = len(sentence)
        for position, (word_id, head, line_number) in enumerate(sentence, start=1):
            if word_id != position:
                fail(f"word ids must run 1..{count} in order; found {word_id} where {position} belongs", line_number)
            if head is not None and head > count:
                fail(f"word {word_id} has HEAD {head}, outside 0..{count}", line_number)
        sentence.clear()

    for offset, line in enumerate(chunk.lines):
        line_number = chunk.first_line + offset
        bad_byte = _SURROGATE_RE.search(line)
        if bad_byte is not None:
            # Text decoded with errors="surrogateescape" keeps a bad byte as a lone surrogate.
            fail(f"invalid UTF-8: byte 0x{ord(bad_byte.group()) - 0xDC00:02x} at column {bad_byte.start() + 1}", line_number)
        stripped = line.strip()
        if not stripped:
            check_sentence()
            continue
        if stripped.startswith("#"):
            continue
        columns = line.lstrip().rstrip(" \t").split("\t")
        if len(columns) != FIELD_COUNT:
            fail(f"expected {FIELD_COUNT} tab-separated columns, found {len(columns)}: {stripped[:80]!r}", line_number)
        word_id, form, head = columns[0], columns[1], columns[6]
        match = _ID_RE.match(word_id)
        if match is None:
            fail(f"ID {word_id!r} is not an integer, a range (3-4) or an empty node (8.1)", line_number)
        if not form:
            fail(f"word {word_id} has an empty FORM", line_number)
        if match.group(2) is not None:
            if int(match.group(2)) <= int(match.group(1)):
                fail(f"multi-word token range {word_id!r} must span at least two words", line_number)
            continue
        if match.group(3) is not None:
            continue  # empty node: not part of the basic tree
        if not _HEAD_RE.match(head):
            fail(f"word {word_id} ({form!r}) has HEAD {head!r}; expected an integer", line_number)
        sentence.append((int(word_id), None if head == "_" else int(head), line_number))
    check_sentence()


def _document_date(chunk: ConllChunk) -> tuple[str | None, int | None]:
    for offset, line in enumerate(chunk.lines):
        stripped = line.strip()
        if stripped.startswith("#"):
            key, value = _comment_key(stripped)
            if key == "date":
                return value, chunk.first_line + offset
    return None, None


def is_iso_date(value: str) -> bool:
    """YYYY-MM-DD and a real calendar day (fromisoformat alone also takes 20251027)."""
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def parse_chunk(chunk: ConllChunk, lang: str | None = None) -> Document:
    """Read one document's lines with Stanza and convert them to a checked :class:`Document`.

    Raises:
        ConllReadError: naming ``chunk.source``, ``chunk.doc_id`` and the offending line.
    """
    # Imported here so that importing eventcode (e.g. for codebook checks) does not load torch.
    from stanza.utils.conll import CoNLL, CoNLLError

    _check_lines(chunk)
    date, date_line = _document_date(chunk)
    if date is not None and not is_iso_date(date):
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
