"""Stanza documents → eventcode's frozen model types.

Both parsing paths end here: a CoNLL-U file read by Stanza's own CoNLL utilities
(:mod:`eventcode.parsing.conllu`) and raw text run through the Stanza pipeline
(:mod:`eventcode.parsing.pipeline`). Converting in one place means the matcher sees exactly the
same trees whichever way they came, and every tree is checked once (ids, heads, one root, no
cycle) before any rule looks at it.
"""

from __future__ import annotations

from typing import Any

from eventcode.model import Sentence, Token, Word

__all__ = ["TreeError", "to_sentences", "to_sentence", "parse_feats"]

# CoNLL-U writes "_" for an unspecified field; stanza reads it as None. We keep "_" so that a
# tree written back out is the tree that came in, and so that no rule matches a missing lemma.
UNSPECIFIED = "_"


class TreeError(ValueError):
    """A stanza sentence that is not a well-formed UD tree.

    ``sentence_index`` is 0-based in its document; ``line`` is the 0-based line number stanza
    recorded for the offending word when the sentence was read with line numbers, else None.
    """

    def __init__(self, message: str, sentence_index: int, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.sentence_index = sentence_index
        self.line = line


def parse_feats(feats: str | None) -> tuple[tuple[str, str], ...]:
    """``"Number=Sing|Gender=Masc"`` → ``(("Gender", "Masc"), ("Number", "Sing"))``.

    Sorted by key so that two parses with the same features compare equal whatever order the
    parser wrote them in. Raises ValueError on a feature without ``=``.
    """
    if not feats or feats == UNSPECIFIED:
        return ()
    pairs = []
    for piece in feats.split("|"):
        key, sep, value = piece.partition("=")
        if not sep or not key or not value:
            raise ValueError(f"feature {piece!r} in FEATS {feats!r} is not Name=Value")
        pairs.append((key, value))
    return tuple(sorted(pairs))


def _line(word: Any) -> int | None:
    return getattr(word, "line_number", None)


def _sentence_text(stanza_sentence: Any) -> str:
    """The ``# text`` of the sentence, or the tokens joined by their recorded spacing."""
    if stanza_sentence.text:
        return str(stanza_sentence.text)
    pieces = []
    tokens = stanza_sentence.tokens
    for position, token in enumerate(tokens):
        pieces.append(token.text)
        if position < len(tokens) - 1:
            after = token.spaces_after
            pieces.append(" " if after is None else after)
    return "".join(pieces)


def _check_tree(words: list[Word], lines: list[int | None], index: int) -> None:
    """Raise TreeError unless ``words`` form one rooted tree with ids 1..n."""
    count = len(words)
    for position, word in enumerate(words):
        if word.id != position + 1:
            raise TreeError(
                f"word ids must run 1..{count} in order; found id {word.id} at position {position + 1}",
                index,
                lines[position],
            )
        if not 0 <= word.head <= count:
            raise TreeError(
                f"word {word.id} ({word.form!r}) has head {word.head}, outside 0..{count}",
                index,
                lines[position],
            )
        if word.head == word.id:
            raise TreeError(f"word {word.id} ({word.form!r}) is its own head", index, lines[position])
    roots = [w for w in words if w.head == 0]
    if len(roots) != 1:
        found = ", ".join(str(w.id) for w in roots) or "none"
        line = lines[roots[1].id - 1] if len(roots) > 1 else (lines[0] if lines else None)
        raise TreeError(f"a UD tree has exactly one root (head 0); found {found}", index, line)
    # Every word must reach the root; a walk longer than the sentence is a cycle.
    for position, word in enumerate(words):
        seen = 0
        current = word
        while current.head != 0:
            seen += 1
            if seen > count:
                raise TreeError(
                    f"word {word.id} ({word.form!r}) is on a head cycle that never reaches the root",
                    index,
                    lines[position],
                )
            current = words[current.head - 1]


def to_sentence(stanza_sentence: Any, index: int) -> Sentence:
    """Convert one ``stanza.models.common.doc.Sentence`` (already parsed) to a checked Sentence.

    Multi-word tokens keep their surface text on :class:`Token` (``word_ids`` lists the words
    they expand to) and every word records ``token_index``, the position of its token.
    Empty nodes (enhanced UD, ids like 8.1) are not part of the basic tree and are ignored.
    """
    words: list[Word] = []
    lines: list[int | None] = []
    tokens: list[Token] = []
    first_line: int | None = None
    for token_index, stanza_token in enumerate(stanza_sentence.tokens):
        word_ids = []
        for stanza_word in stanza_token.words:
            line = _line(stanza_word)
            if first_line is None:
                first_line = _line(stanza_token) if _line(stanza_token) is not None else line
            if stanza_word.head is None:
                raise TreeError(
                    f"word {stanza_word.id} ({stanza_word.text!r}) has no head: the input is not parsed",
                    index,
                    line,
                )
            try:
                feats = parse_feats(stanza_word.feats)
            except ValueError as error:
                raise TreeError(f"word {stanza_word.id}: {error}", index, line) from None
            words.append(
                Word(
                    id=int(stanza_word.id),
                    form=stanza_word.text if stanza_word.text is not None else UNSPECIFIED,
                    lemma=stanza_word.lemma if stanza_word.lemma is not None else UNSPECIFIED,
                    upos=stanza_word.upos if stanza_word.upos is not None else UNSPECIFIED,
                    head=int(stanza_word.head),
                    deprel=stanza_word.deprel if stanza_word.deprel is not None else UNSPECIFIED,
                    feats=feats,
                    token_index=token_index,
                    start_char=stanza_word.start_char,
                    end_char=stanza_word.end_char,
                )
            )
            lines.append(line)
            word_ids.append(int(stanza_word.id))
        tokens.append(Token(text=stanza_token.text, word_ids=tuple(word_ids)))
    if not words:
        raise TreeError("sentence has no words", index, None)
    _check_tree(words, lines, index)
    return Sentence(
        words=tuple(words),
        tokens=tuple(tokens),
        text=_sentence_text(stanza_sentence),
        index=index,
        line=None if first_line is None else first_line,
    )


def to_sentences(stanza_document: Any) -> tuple[Sentence, ...]:
    """Convert every sentence of a parsed ``stanza.Document`` (from CoNLL-U or the pipeline).

    ``Sentence.index`` is the 0-based position in the document. ``Sentence.line`` carries
    stanza's 0-based line number of the sentence's first token when the document was read with
    line numbers (the CoNLL-U reader turns it into a 1-based file line), else None.

    Raises:
        TreeError: a sentence is not a single rooted tree with ids 1..n and in-range heads.
    """
    return tuple(to_sentence(sentence, index) for index, sentence in enumerate(stanza_document.sentences))
