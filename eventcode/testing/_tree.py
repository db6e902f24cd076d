"""An editable, ordered dependency tree, the common ground of strategies and perturbations.

A :class:`Node` keeps its dependents on its left and right in surface order, so every tree
built or edited here linearises to a projective sentence with ids ``1..n`` and one root, and
French contractions (``à le`` -> ``au``) are re-derived from the words each time, so multi-word
tokens stay consistent whatever was inserted or moved.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from eventcode.model import Sentence, Token, Word

#: French contractions: (preposition, article) -> the surface token of both words.
FR_CONTRACTIONS = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}
#: The reverse, for names split into surface tokens ("Corée du Nord" has the token "du").
FR_EXPANSIONS = {text: pair for pair, text in FR_CONTRACTIONS.items()}

_NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", ")", "!", "?"})
_keys = itertools.count(1)


class Node:
    """One syntactic word with its dependents in order (``left`` before it, ``right`` after)."""

    __slots__ = ("form", "lemma", "upos", "deprel", "feats", "left", "right", "word_id", "key", "group")

    def __init__(
        self,
        form: str,
        lemma: str | None = None,
        upos: str = "NOUN",
        deprel: str = "dep",
        feats: dict[str, str] | None = None,
        *,
        word_id: int | None = None,
        group: tuple[int, str] | None = None,
    ) -> None:
        self.form = form
        self.lemma = lemma if lemma is not None else form
        self.upos = upos
        self.deprel = deprel
        self.feats: dict[str, str] = dict(feats or {})
        self.left: list[Node] = []
        self.right: list[Node] = []
        self.word_id = word_id  # the id this word had in the sentence it was read from
        self.key = next(_keys)
        self.group = group  # (token number, text) shared by the words of one read multi-word token

    def add_left(self, node: Node, deprel: str | None = None, *, first: bool = False) -> Node:
        """Attach ``node`` before this word (closest to it unless ``first``)."""
        if deprel is not None:
            node.deprel = deprel
        if first:
            self.left.insert(0, node)
        else:
            self.left.append(node)
        return node

    def add_right(self, node: Node, deprel: str | None = None, *, last: bool = True) -> Node:
        """Attach ``node`` after this word (furthest from it unless ``last`` is False)."""
        if deprel is not None:
            node.deprel = deprel
        if last:
            self.right.append(node)
        else:
            self.right.insert(0, node)
        return node

    @property
    def children(self) -> list[Node]:
        return [*self.left, *self.right]

    def walk(self) -> Iterator[Node]:
        """The subtree in surface order."""
        for child in self.left:
            yield from child.walk()
        yield self
        for child in self.right:
            yield from child.walk()

    def detach(self, child: Node) -> None:
        if child in self.left:
            self.left.remove(child)
        else:
            self.right.remove(child)

    def find(self, predicate) -> Node | None:
        return next((n for n in self.walk() if predicate(n)), None)

    def parent_of(self, node: Node) -> Node | None:
        for candidate in self.walk():
            if node in candidate.left or node in candidate.right:
                return candidate
        return None


def from_sentence(sentence: Sentence) -> Node:
    """The sentence as a node tree (dependents ordered by id; a non-projective input is made
    projective). Raises ValueError for a sentence without exactly one root."""
    nodes = {
        w.id: Node(w.form, w.lemma, w.upos, w.deprel, dict(w.feats), word_id=w.id) for w in sentence.words
    }
    for index, token in enumerate(sentence.tokens):
        if len(token.word_ids) > 1:
            for word_id in token.word_ids:
                nodes[word_id].group = (index, token.text)
    roots = [w for w in sentence.words if w.head == 0]
    if len(roots) != 1:
        raise ValueError(f"expected one root, found {len(roots)}")
    for word in sentence.words:
        if word.head == 0:
            continue
        parent = nodes[word.head]
        (parent.left if word.id < word.head else parent.right).append(nodes[word.id])
    return nodes[roots[0].id]


def to_sentence(root: Node, lang: str | None, index: int = 0) -> Sentence:
    """Linearise: ids 1..n in surface order, heads, tokens (French contractions fused), text."""
    order = list(root.walk())
    ids = {node.key: position for position, node in enumerate(order, start=1)}
    heads: dict[int, int] = {root.key: 0}
    for node in order:
        for child in node.children:
            heads[child.key] = ids[node.key]
    groups = _token_groups(order, lang)
    words: list[Word] = []
    tokens: list[Token] = []
    for token_index, (text, members) in enumerate(groups):
        tokens.append(Token(text, tuple(ids[n.key] for n in members)))
        for node in members:
            words.append(
                Word(
                    id=ids[node.key],
                    form=node.form,
                    lemma=node.lemma,
                    upos=node.upos,
                    head=heads[node.key],
                    deprel="root" if node is root else node.deprel,
                    feats=tuple(sorted(node.feats.items())),
                    token_index=token_index,
                )
            )
    return Sentence(words=tuple(words), tokens=tuple(tokens), text=_text(t.text for t in tokens), index=index)


def _token_groups(order: list[Node], lang: str | None) -> list[tuple[str, list[Node]]]:
    groups: list[tuple[str, list[Node]]] = []
    position = 0
    while position < len(order):
        node = order[position]
        following = order[position + 1] if position + 1 < len(order) else None
        if node.group is not None:
            members = [node]
            while position + len(members) < len(order) and order[position + len(members)].group == node.group:
                members.append(order[position + len(members)])
            if len(members) > 1:
                groups.append((node.group[1], members))
                position += len(members)
                continue
        if lang == "fr" and following is not None and _contracts(node, following):
            groups.append((_cased(FR_CONTRACTIONS[(node.lemma.casefold(), following.form.casefold())], node.form), [node, following]))
            position += 2
            continue
        groups.append((node.form, [node]))
        position += 1
    return groups


def _contracts(first: Node, second: Node) -> bool:
    """French ``à``/``de`` (a preposition) before the article ``le``/``les`` are one token."""
    return (
        first.upos == "ADP"
        and first.form.casefold() in ("à", "de")
        and second.upos == "DET"
        and (first.form.casefold(), second.form.casefold()) in FR_CONTRACTIONS
    )


def _cased(text: str, like: str) -> str:
    return text.capitalize() if like[:1].isupper() else text


def _text(tokens) -> str:
    out = ""
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and not out.endswith(("'", "(")):
            out += " "
        out += token
    return out


def to_conllu(sentences: list[Sentence] | tuple[Sentence, ...], doc_id: str = "example", date: str | None = None) -> str:
    """CoNLL-U text of sentences (what a failing property shows, and what ``read_conllu`` reads)."""
    lines = [f"# newdoc id = {doc_id}"]
    if date:
        lines.append(f"# date = {date}")
    for sentence in sentences:
        lines.append(f"# text = {sentence.text}")
        by_id = {w.id: w for w in sentence.words}
        for token in sentence.tokens:
            if len(token.word_ids) > 1:
                lines.append(f"{token.word_ids[0]}-{token.word_ids[-1]}\t{token.text}\t_\t_\t_\t_\t_\t_\t_\t_")
            for word_id in token.word_ids:
                w = by_id[word_id]
                feats = "|".join(f"{k}={v}" for k, v in w.feats) or "_"
                lines.append(f"{w.id}\t{w.form}\t{w.lemma}\t{w.upos}\t_\t{feats}\t{w.head}\t{w.deprel}\t_\t_")
        lines.append("")
    return "\n".join(lines) + "\n"


def tree_problems(sentence: Sentence) -> list[str]:
    """Why a sentence is not a well-formed UD v2 basic tree (empty list: it is one).

    Ids run 1..n, heads are in 0..n, exactly one word has head 0 and deprel ``root``, every
    word reaches the root without a cycle, tokens cover the words in order (each word once,
    ``token_index`` consistent), and a French contraction token spells its two words.
    """
    problems: list[str] = []
    count = len(sentence.words)
    for position, word in enumerate(sentence.words, start=1):
        if word.id != position:
            problems.append(f"word {position} has id {word.id}")
        if not 0 <= word.head <= count or word.head == word.id:
            problems.append(f"word {word.id} has head {word.head}")
        if (word.head == 0) != (word.deprel == "root"):
            problems.append(f"word {word.id}: head {word.head} with deprel {word.deprel}")
        if not word.form or any(ch.isspace() for ch in word.form):
            problems.append(f"word {word.id} has form {word.form!r}")
    roots = [w.id for w in sentence.words if w.head == 0]
    if len(roots) != 1:
        problems.append(f"{len(roots)} roots")
    if problems:
        return problems
    for word in sentence.words:
        seen, head = {word.id}, word.head
        while head:
            if head in seen:
                problems.append(f"cycle through word {word.id}")
                break
            seen.add(head)
            head = sentence.word(head).head
    covered = [i for token in sentence.tokens for i in token.word_ids]
    if covered != list(range(1, count + 1)):
        problems.append(f"tokens cover words {covered}")
    for index, token in enumerate(sentence.tokens):
        for word_id in token.word_ids:
            if 1 <= word_id <= count and sentence.word(word_id).token_index != index:
                problems.append(f"word {word_id} says token {sentence.word(word_id).token_index}, is in token {index}")
        if len(token.word_ids) == 2:
            pair = tuple(sentence.word(i).form.casefold() for i in token.word_ids)
            if pair in FR_CONTRACTIONS and FR_CONTRACTIONS[pair] != token.text.casefold():
                problems.append(f"token {token.text!r} does not spell {pair}")
        if not token.text or any(ch.isspace() for ch in token.text):
            problems.append(f"token {index} has text {token.text!r}")
    return problems
