"""The values that flow between stages: parsed text in, coded events out.

Every class is a frozen attrs class with slots, so a parsed sentence or an event can be
shared between threads, cached and compared safely. ``to_dict`` gives the JSON form used by
the writers; nothing here knows about Stanza or YAML.
"""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(slots=True)
class Word:
    """One syntactic word of a UD tree (after multi-word-token expansion).

    ``id`` is the 1-based CoNLL-U index in its sentence; ``head`` is 0 for the root.
    ``token_index`` is the 0-based index of the surface token the word belongs to, so that
    French ``au`` (one token) = ``à`` + ``le`` (two words) can be matched on the surface form.
    """

    id: int
    form: str
    lemma: str
    upos: str
    head: int
    deprel: str
    feats: tuple[tuple[str, str], ...] = ()
    token_index: int = -1
    start_char: int | None = None
    end_char: int | None = None

    def feat(self, name: str) -> str | None:
        """The value of one morphological feature (``Voice``, ``Polarity``...), or None."""
        for key, value in self.feats:
            if key == name:
                return value
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the word (its UD columns), as in ``eventcode explain --output json``."""
        return {
            "id": self.id,
            "form": self.form,
            "lemma": self.lemma,
            "upos": self.upos,
            "head": self.head,
            "deprel": self.deprel,
            "feats": dict(self.feats),
        }


@attrs.frozen(slots=True)
class Token:
    """A surface token: its text and the ids of the words it expands to (one, or more for MWTs)."""

    text: str
    word_ids: tuple[int, ...]


@attrs.frozen(slots=True)
class Sentence:
    """A dependency tree: words in order (``words[i].id == i + 1``) and the surface tokens."""

    words: tuple[Word, ...]
    tokens: tuple[Token, ...]
    text: str = ""
    index: int = 0
    line: int | None = None

    def word(self, word_id: int) -> Word:
        """The word with CoNLL-U id ``word_id`` (1-based)."""
        return self.words[word_id - 1]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the sentence index, its text and its words."""
        return {"index": self.index, "text": self.text, "words": [w.to_dict() for w in self.words]}


@attrs.frozen(slots=True)
class Document:
    """A parsed document: an id, an optional ISO date that selects actor roles, its sentences."""

    id: str
    sentences: tuple[Sentence, ...]
    date: str | None = None
    lang: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the document: id, date, language and sentences."""
        return {
            "id": self.id,
            "date": self.date,
            "lang": self.lang,
            "sentences": [s.to_dict() for s in self.sentences],
        }


@attrs.frozen(slots=True)
class Actor:
    """A resolved participant: its CAMEO actor code and the words that named it.

    ``actor_id`` is the codebook entry that matched (a country, a person, an agent
    composed with a country...); ``how`` says which resolution step produced it
    (``name``, ``agent``, ``pronoun``...), for explanations.
    """

    code: str
    text: str
    actor_id: str | None = None
    word_ids: tuple[int, ...] = ()
    how: str = "name"

    def to_dict(self) -> dict[str, Any]:
        """The actor as the JSONL output writes it: code, text, actor id, word ids and how it was found."""
        return {
            "code": self.code,
            "text": self.text,
            "actor_id": self.actor_id,
            "word_ids": list(self.word_ids),
            "how": self.how,
        }


@attrs.frozen(slots=True)
class Event:
    """A coded event: who did what to whom, with the rule and the words that made it.

    ``code`` is a CAMEO code string ("042"; extensions such as "061.infrastructure" roll up
    through ``root``). ``plover_event``/``plover_mode``/``plover_context`` come from the taxonomy crosswalk.
    Provenance: ``rule`` (frame id), ``rule_location`` ("file:line"), ``trigger_ids``,
    ``sentence_index`` and ``doc_id``.
    """

    code: str
    root: str
    source: Actor | None
    target: Actor | None
    trigger: str
    rule: str
    rule_location: str
    trigger_ids: tuple[int, ...]
    sentence_index: int
    doc_id: str
    negated: bool = False
    name: str = ""
    goldstein: float | None = None
    quad_class: int | None = None
    plover_event: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    plover_swap: bool = False
    tags: tuple[str, ...] = ()
    date: str | None = None
    sentence_text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSONL contract of DESIGN.md (stable keys, JSON types only)."""
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "date": self.date,
            "code": self.code,
            "root": self.root,
            "name": self.name,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": {"text": self.trigger, "word_ids": list(self.trigger_ids)},
            "negated": self.negated,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": {
                "event": self.plover_event,
                "mode": self.plover_mode,
                "context": self.plover_context,
                "swap": self.plover_swap,
            },
            "tags": list(self.tags),
            "rule": self.rule,
            "rule_location": self.rule_location,
            "sentence": self.sentence_text,
        }
