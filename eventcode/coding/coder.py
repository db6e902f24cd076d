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
from eventcode.codebook.compiled import CompiledCodebook, Discard, fold_form, fold_lemma
from eventcode.coding.actors import MentionMemory
from eventcode.coding.match import SentenceMatcher, trigger_frames
from eventcode.model import Document, Event, Sentence

if TYPE_CHECKING:
    from eventcode.explain import Explanation
    from eventcode.inputs import RawDocument

logger = logging.getLogger(__name__)


def code_document(codebook: CompiledCodebook, document: Document, *, main_only: bool = False) -> list[Event]:
    """Every event of a parsed document, in sentence and trigger order; none from a sentence
    that a ``sentence`` discard rule matches, none at all when a ``document`` rule matches.
    With ``main_only``, each sentence keeps only its main events (:func:`main_events`)."""
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
        found_events = matcher.events()
        events.extend(main_events(codebook, matcher.sentence, found_events) if main_only else found_events)
    return events


def main_events(codebook: CompiledCodebook, sentence: Sentence, events: list[Event]) -> list[Event]:
    """The events of ``sentence`` whose trigger is nearest the root of its tree (all of them at
    that depth, and their paired codes): the main predicate's events, without those of clauses
    below it ("X condemned the attack **that killed** 20": 111 only). A step up to an operator
    (*promised to send*) is not counted: the event it recodes is the operator's clause's.

    Why: datasets annotated with one event per sentence (the CAMEO manual's examples, ConfliBERT)
    code the main predicate; a coder that also reports subordinate events is right about them
    and still scored as wrong. ``sentence`` is the tree the matcher read (parse slips repaired)."""
    if len(events) < 2:
        return events
    words = {w.id: w for w in sentence.words}

    def depth(word_id: int) -> int:
        steps = hops = 0
        while word_id in words and words[word_id].head in words and hops <= len(words):
            word_id, hops = words[word_id].head, hops + 1
            steps += fold_lemma(words[word_id].lemma) not in codebook.operators
        return steps

    depths = [depth(event.trigger_ids[0]) for event in events]
    top = min(depths)
    return [event for event, d in zip(events, depths) if d == top]


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

    def __init__(
        self, codebook: CompiledCodebook, lang: str | None = None, models_dir: str | Path | None = None, *, main_only: bool = False
    ):
        self.codebook = codebook
        self.lang = lang
        self.models_dir = models_dir
        #: keep only each sentence's main events (:func:`main_events`), as one-event-per-sentence datasets annotate
        self.main_only = main_only
        self._pipeline: Any = None

    @classmethod
    def load(
        cls, lang: str, codebooks: Sequence[str | Path] = (), models_dir: str | Path | None = None, *, main_only: bool = False
    ) -> Coder:
        """A coder for ``lang`` with the shipped codebooks, or with ``codebooks`` (paths) instead;
        ``main_only`` keeps each sentence's main events only."""
        return cls(load_codebook(*codebooks, language=lang), lang=lang, models_dir=models_dir, main_only=main_only)

    # -- parsed input ---------------------------------------------------------------------------

    def code_document(self, document: Document) -> list[Event]:
        """Every event of a parsed document, in sentence and trigger order (pronouns resolved across its sentences)."""
        return code_document(self.codebook, document, main_only=self.main_only)

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
