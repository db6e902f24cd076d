"""The Coder facade: one compiled codebook (and, for raw text, one Stanza pipeline), reused.

Documents are coded sentence by sentence in order, so that a pronoun can point back to an
actor named in an earlier sentence of the same document (and never of another document).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcode.codebook import load_codebook
from eventcode.codebook.compiled import CompiledCodebook, Discard, fold_form
from eventcode.coding.actors import MentionMemory
from eventcode.coding.match import SentenceMatcher, trigger_frames
from eventcode.model import Document, Event, Sentence

if TYPE_CHECKING:
    from eventcode.explain import Explanation
    from eventcode.inputs import RawDocument

logger = logging.getLogger(__name__)


def code_document(codebook: CompiledCodebook, document: Document) -> list[Event]:
    """Every event of a parsed document, in sentence and trigger order; none from a sentence
    that a ``sentence`` discard rule matches, none at all when a ``document`` rule matches."""
    memory = MentionMemory(codebook, document.date)
    events: list[Event] = []
    found = {sentence.index: discard_in(codebook, sentence) for sentence in document.sentences} if codebook.discards else {}
    if any(d is not None and d.scope == "document" for d in found.values()):
        return []
    for sentence in document.sentences:
        frames = [trigger_frames(codebook, word) for word in sentence.words]
        if found.get(sentence.index) is not None or not any(frames):
            memory.add_sentence(sentence)  # nothing to match; pronouns may still point here
            continue
        matcher = SentenceMatcher(codebook, sentence, doc_id=document.id, date=document.date, memory=memory, frames=frames)
        events.extend(matcher.events())
    return events


def discard_in(codebook: CompiledCodebook, sentence: Sentence) -> Discard | None:
    """The first discard rule whose phrase occurs in ``sentence`` (consecutive words, each equal
    to a word's form or lemma, case- and accent-insensitively), a document rule before a sentence one."""
    forms = [{fold_form(w.form), fold_form(w.lemma)} for w in sentence.words]
    hit: Discard | None = None
    for start, here in enumerate(forms):
        for first in here:
            for discard in codebook.discards.get(first, ()):
                rest = discard.words[1:]
                if len(rest) <= len(forms) - start - 1 and all(w in forms[start + 1 + k] for k, w in enumerate(rest)):
                    if discard.scope == "document":
                        return discard
                    hit = hit or discard
    return hit


class Coder:
    """Codes documents with a compiled codebook; parses raw text with a Stanza pipeline.

    Build it once with :meth:`load` and reuse it: the codebook is compiled once and the
    pipeline is loaded on first use of raw text only, so CoNLL-U input never needs a model.
    """

    def __init__(self, codebook: CompiledCodebook, lang: str | None = None, models_dir: str | Path | None = None):
        self.codebook = codebook
        self.lang = lang
        self.models_dir = models_dir
        self._pipeline: Any = None

    @classmethod
    def load(cls, lang: str, codebooks: Sequence[str | Path] = (), models_dir: str | Path | None = None) -> Coder:
        """A coder for ``lang`` with the shipped codebooks, or with ``codebooks`` (paths) instead."""
        return cls(load_codebook(*codebooks, language=lang), lang=lang, models_dir=models_dir)

    # -- parsed input ---------------------------------------------------------------------------

    def code_document(self, document: Document) -> list[Event]:
        """Every event of a parsed document, in sentence and trigger order (pronouns resolved across its sentences)."""
        return code_document(self.codebook, document)

    def code_conllu(self, conllu: str, date: str | None = None, source: str = "<string>") -> list[Event]:
        """Code CoNLL-U text (one or more ``# newdoc`` documents); ``date`` applies to documents without one."""
        from eventcode.parsing.conllu import read_conllu

        events: list[Event] = []
        for document in read_conllu(conllu, source=source):
            if date is not None and document.date is None:
                document = Document(id=document.id, sentences=document.sentences, date=date, lang=document.lang)
            events.extend(self.code_document(document))
        return events

    # -- raw text ------------------------------------------------------------------------------

    def _stanza(self) -> Any:
        from eventcode.parsing.pipeline import load_pipeline

        if self.lang is None:
            raise ValueError("this coder has no language: build it with Coder.load(lang) to parse raw text")
        if self._pipeline is None:
            self._pipeline = load_pipeline(self.lang, models_dir=self.models_dir)
        return self._pipeline

    def parse(self, text: str, date: str | None = None, doc_id: str = "doc-1") -> Document:
        """Parse raw text with the Stanza pipeline of this coder's language."""
        from eventcode.parsing.pipeline import parse_text
        from eventcode.parsing.stanza_doc import to_sentences

        pipeline = self._stanza()
        parsed = parse_text(text, self.lang, pipeline=pipeline)  # type: ignore[arg-type]
        return Document(id=doc_id, sentences=to_sentences(parsed), date=date, lang=self.lang, text=text)

    def parse_many(self, texts: Sequence[str], doc_ids: Sequence[str], dates: Sequence[str | None]) -> list[Document]:
        """Parse several raw texts in one Stanza call (Stanza batches their sentences together)."""
        from eventcode.parsing.pipeline import parse_texts
        from eventcode.parsing.stanza_doc import to_sentences

        pipeline = self._stanza()
        parsed = parse_texts(list(texts), self.lang, pipeline=pipeline)  # type: ignore[arg-type]
        return [
            Document(id=doc_id, sentences=to_sentences(p), date=date, lang=self.lang, text=text)
            for p, text, doc_id, date in zip(parsed, texts, doc_ids, dates)
        ]

    def code_text(self, text: str, date: str | None = None, doc_id: str = "doc-1") -> list[Event]:
        """Parse and code one document of raw text."""
        return self.code_document(self.parse(text, date=date, doc_id=doc_id))

    def code_many(self, documents: Iterable[Document | RawDocument | str], batch_size: int = 32) -> Iterator[list[Event]]:
        """Code documents lazily, one list of events per document, in input order.

        Parsed :class:`Document` objects are coded as they come; raw text (a ``str``, id
        ``doc-N`` by position, or an :class:`eventcode.inputs.RawDocument`) is parsed by Stanza
        ``batch_size`` documents at a time, so memory holds one batch whatever the input size.

        Raises:
            ValueError: a document that cannot be coded (it names the document); use
                :func:`eventcode.batch.code_records` to get rejections as values instead.
        """
        from eventcode.batch import code_records
        from eventcode.inputs import RawDocument

        def records() -> Iterator[Document | RawDocument]:
            for position, document in enumerate(documents, start=1):
                yield RawDocument(f"doc-{position}", document) if isinstance(document, str) else document

        for outcome in code_records(self, records(), batch_size=batch_size):
            if outcome.rejected is not None:
                raise ValueError(f"cannot code {outcome.rejected}")
            yield list(outcome.events)

    def explain(self, sentence: Sentence, date: str | None = None) -> Explanation:
        """Events of one sentence and every frame tried, with bindings and failures, for debugging rules."""
        from eventcode.explain import explain_sentence as explain

        return explain(self.codebook, sentence, date=date)

    def explain_document(self, document: Document) -> list[Explanation]:
        """One explanation per sentence, with the pronoun memory shared as in coding: what ``eventcode explain`` prints."""
        from eventcode.explain import explain_document

        return explain_document(self.codebook, document)

    def explain_text(self, text: str, date: str | None = None, doc_id: str = "explain") -> list[Explanation]:
        """Parse raw text (needs the Stanza model) and explain each sentence: ``eventcode explain "..."`` as data."""
        return self.explain_document(self.parse(text, date=date, doc_id=doc_id))
