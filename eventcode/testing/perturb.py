"""Perturbations: pure functions ``Sentence -> Sentence`` that keep the tree a valid UD v2 tree.

Each one rewrites a sentence the way a journalist could have written the same fact (or, for
:func:`negate` and :func:`embed`, a related fact whose coding is predictable), so a property can
compare the events before and after. Word ids are renumbered; French contractions are re-derived.
A perturbation that does not apply to a sentence (no object to passivise...) raises
:class:`NotApplicable` saying why, rather than producing a tree that means something else.
Every perturbation takes ``ids=``, a dict it fills with old word id -> new word id, so that
rewrites can be chained on the same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventcode.model import Sentence
from eventcode.testing._tree import FR_EXPANSIONS, Node, from_sentence, to_sentence
from eventcode.testing.lang import lang_kit

__all__ = [
    "NotApplicable",
    "passivize",
    "negate",
    "coordinate",
    "add_date",
    "add_adverb",
    "add_punctuation",
    "add_apposition",
    "add_relative_clause",
    "embed",
    "swap_name",
    "split_with_pronoun",
    "name_nodes",
]

NAME_RELATIONS = ("flat", "flat:name", "flat:foreign")


class NotApplicable(ValueError):
    """The perturbation has nothing to act on in this sentence (the message says what)."""


def _open(sentence: Sentence) -> tuple[Node, dict[int, Node]]:
    root = from_sentence(sentence)
    return root, {n.word_id: n for n in root.walk() if n.word_id is not None}


def _close(root: Node, lang: str | None, sentence: Sentence, ids: dict[int, int] | None = None) -> Sentence:
    """Linearise; when ``ids`` is given, fill it with old word id -> new word id."""
    if ids is not None:
        ids.clear()
        ids.update({n.word_id: i for i, n in enumerate(root.walk(), start=1) if n.word_id is not None})
    return to_sentence(root, lang, index=sentence.index)


def _predicate(nodes: dict[int, Node], root: Node, predicate_id: int | None) -> Node:
    if predicate_id is None:
        return root
    if predicate_id not in nodes:
        raise NotApplicable(f"no word {predicate_id}")
    return nodes[predicate_id]


def _before_punct(node: Node, child: Node) -> None:
    """Attach ``child`` on the right of ``node``, before its final punctuation."""
    position = len(node.right)
    while position and node.right[position - 1].deprel == "punct":
        position -= 1
    node.right.insert(position, child)


def _base(deprel: str) -> str:
    return deprel.split(":", 1)[0]


def passivize(
    sentence: Sentence, predicate_id: int | None = None, lang: str | None = "fr", *, ids: dict[int, int] | None = None
) -> Sentence:
    """Active to passive: object -> ``nsubj:pass``, subject -> ``obl:agent`` with *par*/*by*,
    an ``aux:pass`` and ``Voice=Pass`` on the verb. ``ids`` receives old id -> new id."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    verb = _predicate(nodes, root, predicate_id)
    if verb.upos != "VERB":
        raise NotApplicable(f"predicate {verb.form!r} is {verb.upos}, not a verb")
    objects = [c for c in verb.right if c.deprel == "obj"]
    if not objects:
        raise NotApplicable(f"{verb.form!r} has no obj dependent to make the subject")
    if any(c.deprel in ("nsubj:pass", "aux:pass") for c in verb.children):
        raise NotApplicable(f"{verb.form!r} is already passive")
    obj = objects[0]
    verb.detach(obj)
    subjects = [c for c in verb.left if c.deprel == "nsubj"]
    for subject in subjects:
        verb.detach(subject)
        subject.add_left(Node(kit.agent_case, kit.agent_case, "ADP", "case"), first=True)
        subject.deprel = "obl:agent"
    verb.add_left(obj, "nsubj:pass", first=True)
    verb.add_left(Node(kit.aux_pass, kit.aux_pass, "AUX", "aux:pass", {"VerbForm": "Fin"}))
    for subject in subjects:
        _before_punct(verb, subject)
    for key in ("Mood", "Person", "Tense"):
        verb.feats.pop(key, None)
    verb.feats.update({"Voice": "Pass", "VerbForm": "Part"})
    return _close(root, lang, sentence, ids)


def negate(sentence: Sentence, predicate_id: int | None = None, lang: str | None = "fr", variant: int = 0, *, ids: dict[int, int] | None = None) -> Sentence:
    """Add a negation cue (``advmod`` + ``Polarity=Neg``): *ne … pas*, *ne … jamais*, *not*, *never*."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    predicate = _predicate(nodes, root, predicate_id)
    words = kit.negations[variant % len(kit.negations)]
    first = Node(words[0], "ne" if words[0] == "n'" else words[0], "ADV", "advmod", {"Polarity": "Neg"})
    if words[0] == "n't":
        first.lemma = "not"
    predicate.add_left(first)
    for word in words[1:]:
        predicate.add_right(Node(word, word, "ADV", "advmod", {"Polarity": "Neg"}), last=False)
    return _close(root, lang, sentence, ids)


def name_nodes(tokens: Sequence[str], lang: str | None, upos: str = "PROPN") -> Node:
    """A name as surface tokens: the first heads the others (``flat:name``); French ``du``/``au``
    inside a name become their two words."""
    words: list[Node] = []
    for position, token in enumerate(tokens):
        folded = token.casefold()
        if lang == "fr" and folded in FR_EXPANSIONS and position > 0:
            prep, article = FR_EXPANSIONS[folded]
            words.append(Node(prep, prep, "ADP", "flat:name"))
            words.append(Node(article, article, "DET", "flat:name"))
        else:
            words.append(Node(token, token, upos, "flat:name"))
    head = words[0]
    for word in words[1:]:
        head.add_right(word)
    return head


def coordinate(
    sentence: Sentence,
    filler_id: int,
    tokens: Sequence[str],
    lang: str | None = "fr",
    repeat_case: bool = False,
    *,
    ids: dict[int, int] | None = None,
) -> Sentence:
    """``X`` -> ``X et Y`` (``X and Y``): the name ``tokens`` as a ``conj`` of the filler.
    ``ids`` receives old id -> new id."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    if filler_id not in nodes:
        raise NotApplicable(f"no word {filler_id}")
    filler = nodes[filler_id]
    conjunct = name_nodes(tokens, lang)
    conjunct.add_left(Node(kit.cc, kit.cc, "CCONJ", "cc"), first=True)
    if repeat_case:
        for case in [c for c in filler.left if _base(c.deprel) == "case"]:
            conjunct.add_left(_copy_case(case))
    _append_outside_clauses(filler, conjunct, "conj")
    return _close(root, lang, sentence, ids)


def _copy_case(case: Node) -> Node:
    """A fresh copy of a case marker with its ``fixed`` words: a repeated *à l'encontre de*
    is the whole multiword case, not its first word."""
    copy = Node(case.form, case.lemma, case.upos, "case")
    for part in case.right:
        if part.deprel == "fixed":
            copy.add_right(Node(part.form, part.lemma, part.upos, "fixed"))
    return copy


def _append_outside_clauses(filler: Node, node: Node, deprel: str) -> None:
    """A conjunct goes last; anything else before the filler's trailing clauses and punctuation."""
    node.deprel = deprel
    position = len(filler.right)
    if deprel != "conj":
        while position and filler.right[position - 1].deprel in ("punct", "acl:relcl", "conj", "appos"):
            position -= 1
    filler.right.insert(position, node)


def add_date(sentence: Sentence, lang: str | None = "fr", variant: int = 0, predicate_id: int | None = None, *, ids: dict[int, int] | None = None) -> Sentence:
    """A date modifier on the predicate: *lundi* / *Monday* (``obl:mod``/``obl:tmod``), or
    *en 2024* / *in 2024* (``obl`` with a case)."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    predicate = _predicate(nodes, root, predicate_id)
    if variant % 2 == 0:
        day = kit.date_words[variant // 2 % len(kit.date_words)]
        relation = "obl:mod" if kit.code == "fr" else "obl:tmod"
        node = Node(day, day, "NOUN" if kit.code == "fr" else "PROPN", relation)
    else:
        node = Node("2024", "2024", "NUM", "obl")
        node.add_left(Node(kit.year_case, kit.year_case, "ADP", "case"))
    _before_punct(predicate, node)
    return _close(root, lang, sentence, ids)


def add_adverb(
    sentence: Sentence, lang: str | None = "fr", variant: int = 0, predicate_id: int | None = None, adverb: str | None = None, *, ids: dict[int, int] | None = None) -> Sentence:
    """A neutral ``advmod`` (*également*, *also*, or ``adverb``) on the predicate."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    predicate = _predicate(nodes, root, predicate_id)
    adverb = adverb or kit.neutral_adverbs[variant % len(kit.neutral_adverbs)]
    predicate.add_right(Node(adverb, adverb, "ADV", "advmod"), last=False)
    return _close(root, lang, sentence, ids)


def add_punctuation(sentence: Sentence, lang: str | None = "fr", variant: int = 0, predicate_id: int | None = None, *, ids: dict[int, int] | None = None) -> Sentence:
    """Extra punctuation on the predicate: a comma, a dash, or a second final mark."""
    root, nodes = _open(sentence)
    predicate = _predicate(nodes, root, predicate_id)
    mark = (",", "-", "!")[variant % 3]
    if mark == "!":
        predicate.add_right(Node(mark, mark, "PUNCT", "punct"))
    else:
        predicate.add_right(Node(mark, mark, "PUNCT", "punct"), last=False)
    return _close(root, lang, sentence, ids)


def add_apposition(
    sentence: Sentence, filler_id: int, lang: str | None = "fr", noun: str | None = None, adjective: str | None = None, *, ids: dict[int, int] | None = None) -> Sentence:
    """A parenthetical apposition on a filler: *X, texte important,* / *X (a large document)*."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    if filler_id not in nodes:
        raise NotApplicable(f"no word {filler_id}")
    filler = nodes[filler_id]
    noun = noun or kit.neutral_nouns[0]
    adjective = adjective or kit.neutral_adjectives[0]
    appos = Node(noun, noun, "NOUN", "appos")
    adj = Node(adjective, adjective, "ADJ", "amod")
    (appos.add_right if kit.adjective_after else appos.add_left)(adj)
    open_mark, close_mark = (",", ",") if kit.code == "fr" else ("(", ")")
    appos.add_left(Node(open_mark, open_mark, "PUNCT", "punct"), first=True)
    appos.add_right(Node(close_mark, close_mark, "PUNCT", "punct"))
    _append_outside_clauses(filler, appos, "appos")
    return _close(root, lang, sentence, ids)


def add_relative_clause(
    sentence: Sentence, filler_id: int, lang: str | None = "fr", verb: str | None = None, noun: str | None = None, *, ids: dict[int, int] | None = None) -> Sentence:
    """A relative clause on a filler: *X, qui publie un texte,* / *X, which publishes a text,*."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    if filler_id not in nodes:
        raise NotApplicable(f"no word {filler_id}")
    filler = nodes[filler_id]
    verb = verb or kit.neutral_verbs[0]
    noun = noun or kit.neutral_nouns[0]
    clause = Node(verb, verb, "VERB", "acl:relcl", {"VerbForm": "Fin", "Mood": "Ind"})
    clause.add_left(Node(",", ",", "PUNCT", "punct"))
    clause.add_left(Node(kit.relative, kit.relative, "PRON", "nsubj", {"PronType": "Rel"}))
    obj = Node(noun, noun, "NOUN", "obj")
    obj.add_left(Node(kit.det, kit.det, "DET", "det", {"Definite": "Def", "PronType": "Art"}))
    clause.add_right(obj)
    clause.add_right(Node(",", ",", "PUNCT", "punct"))
    filler.right.append(clause)
    clause.deprel = "acl:relcl"
    return _close(root, lang, sentence, ids)


def embed(sentence: Sentence, operator: str, lang: str | None = "fr", predicate_id: int | None = None, *, ids: dict[int, int] | None = None) -> Sentence:
    """Embed the clause under an operator verb through ``xcomp`` with *de*/*to*: the subject
    moves up to the operator (subject control)."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    if predicate_id is not None and predicate_id in nodes and nodes[predicate_id] is not root:
        raise NotApplicable("only the root clause is embedded")
    predicate = root
    top = Node(operator, operator, "VERB", "root", {"Mood": "Ind", "VerbForm": "Fin"})
    for subject in [c for c in predicate.left if _base(c.deprel) in ("nsubj", "csubj")]:
        predicate.detach(subject)
        top.add_left(subject)
    for punct in [c for c in predicate.right if c.deprel == "punct" and c is predicate.right[-1]]:
        predicate.detach(punct)
        top.add_right(punct)
    predicate.add_left(Node(kit.mark, kit.mark, kit.mark_upos, "mark"), first=True)
    for key in ("Mood", "Person", "Tense"):
        predicate.feats.pop(key, None)
    if predicate.upos == "VERB" and predicate.feats.get("Voice") != "Pass":
        predicate.feats["VerbForm"] = "Inf"
    top.right.insert(0, predicate)
    predicate.deprel = "xcomp"
    return _close(top, lang, sentence, ids)


def swap_name(sentence: Sentence, filler_id: int, tokens: Sequence[str], lang: str | None = "fr", *, ids: dict[int, int] | None = None) -> Sentence:
    """Replace the name heading a filler (the head and its ``flat`` words) by another name."""
    root, nodes = _open(sentence)
    if filler_id not in nodes:
        raise NotApplicable(f"no word {filler_id}")
    filler = nodes[filler_id]
    for child in [c for c in filler.right if c.deprel in NAME_RELATIONS]:
        filler.detach(child)
    replacement = name_nodes(tokens, lang, filler.upos)
    filler.form, filler.lemma = replacement.form, replacement.lemma
    filler.right[0:0] = replacement.right
    return _close(root, lang, sentence, ids)


def split_with_pronoun(
    sentence: Sentence, filler_id: int, lang: str | None = "fr", verb: str | None = None
) -> tuple[Sentence, Sentence]:
    """*X fait Y.* -> *X parle. Il fait Y.*: the subject filler is named in a sentence of its own
    and replaced by a third-person pronoun (``PronType=Prs``) in the original one."""
    kit = lang_kit(lang)
    root, nodes = _open(sentence)
    if filler_id not in nodes:
        raise NotApplicable(f"no word {filler_id}")
    filler = nodes[filler_id]
    if filler.deprel != "nsubj":
        raise NotApplicable(f"filler {filler.form!r} is {filler.deprel}, not a subject")
    parent = root.parent_of(filler)
    assert parent is not None
    verb = verb or kit.neutral_verbs[0]
    first = Node(verb, verb, "VERB", "root", {"Mood": "Ind", "VerbForm": "Fin"})
    parent.detach(filler)
    for child in [c for c in filler.right if c.deprel in ("acl:relcl", "conj", "punct")]:
        filler.detach(child)
    first.add_left(filler, "nsubj")
    first.add_right(Node(".", ".", "PUNCT", "punct"))
    pronoun = Node(kit.pronoun, kit.pronoun, "PRON", "nsubj", {"Number": "Sing", "Person": "3", "PronType": "Prs"})
    parent.add_left(pronoun, first=True)
    one = to_sentence(first, lang, index=sentence.index)
    two = to_sentence(root, lang, index=sentence.index + 1)
    return one, two
