"""SentenceView: a sentence's tree normalised once, so frames match in a few dict lookups.

What is normalised (codebook-language design §8.3-8.5):

- slots: each dependent is filed under the profile's slot names for its relation, with the
  lemma of its ``case`` child (``fixed`` parts joined by ``_``: ``à_côté_de``), so ``obl:à``
  is one lookup; French ``au`` is already ``à`` + ``le`` after MWT expansion;
- passive: in a passive clause ``nsubj:pass`` is filed as ``object`` and ``obl:agent`` (or an
  ``obl`` with case *par*/*by*) as ``subject``, so frames are written in the active voice; a
  clause is passive when it has an ``obl:agent``, ``Voice=Pass`` on the verb or an ``aux:pass``
  child, and is not pronominal (``expl:pv``); a ``nsubj:pass`` without such evidence is a
  parser's mislabelled subject and is filed as ``subject``;
- conjuncts: a filler's ``conj`` dependents fill the same slot (``X et Y signent``); a verb
  conjoined to another without a subject shares its subject (``a signé et ratifié``);
- control: an ``xcomp`` or ``conj`` verb, or a non-finite ``advcl`` ("en lui fournissant",
  "pour repousser"), without a subject takes its governor's subject, as ``object`` when the
  controlled clause is passive ("elle doit être reçue par ...");
- negation: a word is negated when a cue (``advmod`` + ``Polarity=Neg`` by default) hangs on
  it or on its ``aux``/``cop``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from eventcode.codebook.compiled import NegationCue, Profile, fold_form, fold_lemma
from eventcode.model import Sentence, Word

#: Relations whose dependents never belong to a filler's own phrase when naming it.
CLAUSAL_RELATIONS = frozenset(
    {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "cc", "punct", "dislocated", "reparandum"}
)
NONFINITE = frozenset({"Inf", "Part", "Ger"})
SUBJECT = "subject"
OBJECT = "object"


def _base(deprel: str) -> str:
    return deprel.split(":", 1)[0]


class SentenceView:
    """Read-only, precomputed access to one sentence for matching.

    ``fillers(word_id, slot, case)`` returns the word ids filling a slot of a word, conjuncts
    included, in sentence order; ``case=None`` accepts any case (or none).
    """

    __slots__ = (
        "sentence",
        "words",
        "children",
        "_slots",
        "_surfaces_without_possessive",
        "_case",
        "_profile",
        "_cues",
        "_passive",
        "_negated",
        "_conjuncts",
        "_rel_slot",
        "_tokens",
    )

    def __init__(self, sentence: Sentence, profile: Profile, negation_cues: Sequence[NegationCue] = ()) -> None:
        self.sentence = sentence
        self.words: dict[int, Word] = {w.id: w for w in sentence.words}
        self.children: dict[int, list[Word]] = {w.id: [] for w in sentence.words}
        self.children[0] = []
        for word in sentence.words:
            self.children.setdefault(word.head, []).append(word)
        self._tokens = tuple(fold_form(token.text) for token in sentence.tokens)
        self._surfaces_without_possessive = tuple(_without_possessive(sentence, token) for token in sentence.tokens)
        slot_of_rel = _invert(profile)
        self._profile = profile
        self._cues = tuple(negation_cues)
        self._case: dict[int, str | None] = {w.id: self._case_lemma(w) for w in sentence.words}
        # passivity and negation are asked of a few words only (triggers, heads of passive-able
        # relations): computed on first use, not for every word of every sentence
        self._passive: dict[int, bool] = {}
        self._negated: dict[int, bool] = {}
        self._conjuncts: dict[int, tuple[int, ...]] = {w.id: self._conjunct_closure(w.id) for w in sentence.words}
        # (word id, slot name) -> [(filler id, case lemma)], conjuncts already expanded
        self._slots: dict[tuple[int, str], list[tuple[int, str | None]]] = {}
        # word id -> slot names of its own relation to its head ("object" for nsubj:pass)
        self._rel_slot: dict[int, tuple[str, ...]] = {}
        for word in sentence.words:
            slots = self._slots_for(word, profile, slot_of_rel)
            self._rel_slot[word.id] = slots
            if word.deprel == "conj":
                continue  # filed through its first conjunct below
            for slot in slots:
                bucket = self._slots.setdefault((word.head, slot), [])
                for member in self._conjuncts[word.id]:
                    bucket.append((member, self._case[member] or self._case[word.id]))
        self._inherit_subjects(profile)

    # -- construction helpers ------------------------------------------------------------

    def _case_lemma(self, word: Word) -> str | None:
        for child in self.children[word.id]:
            if _base(child.deprel) == "case":
                parts = [fold_lemma(child.lemma)]
                parts += [fold_lemma(c.lemma) for c in self.children[child.id] if c.deprel == "fixed"]
                return "_".join(parts)
        return None

    def _is_passive(self, word: Word, profile: Profile) -> bool:
        """Passive evidence: an agent, a passive auxiliary, or ``Voice=Pass`` on a participle
        without a tense auxiliary — but a pronominal verb (``expl:pv``: "s'est rendu", "s'est
        entretenu") is active whatever its auxiliary.

        ``nsubj:pass`` alone is not evidence: weak parsers put it on active subjects ("La France a
        expulsé..."), and it is exactly the relation whose meaning is being decided.
        """
        children = self.children[word.id]
        if any(c.deprel in profile.passive_subject for c in children):
            return True
        if any(c.deprel == "expl:pv" for c in children):
            return False
        if any(c.deprel == "aux:pass" for c in children):
            return True
        # Voice=Pass counts on a bare participle ("le pont construit par..."), not on a compound
        # tense whose auxiliary is not passive ("a téléphoné": avoir + a participle tagged Pass)
        return word.feat("Voice") == "Pass" and not any(_base(c.deprel) == "aux" for c in children)

    def _conjunct_closure(self, word_id: int) -> tuple[int, ...]:
        members = [word_id]
        stack = [word_id]
        while stack:
            for child in self.children[stack.pop()]:
                if child.deprel == "conj":
                    members.append(child.id)
                    stack.append(child.id)
        return tuple(sorted(members))

    def _slots_for(self, word: Word, profile: Profile, slot_of_rel: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
        rel = word.deprel
        if rel == "conj":
            # a conjunct fills whatever its first conjunct fills
            first = self.words.get(word.head)
            while first is not None and first.deprel == "conj":
                first = self.words.get(first.head)
            rel = first.deprel if first is not None else rel
        if rel in profile.passive_object:
            return (OBJECT,) if self.is_passive(word.head) else (SUBJECT,)
        if rel in profile.passive_subject:
            return (SUBJECT,)
        if _base(rel) == "obl" and self._case[word.id] in profile.agent_cases and self.is_passive(word.head):
            return (SUBJECT,)
        return slot_of_rel.get(rel) or slot_of_rel.get(_base(rel), ())

    def _inherit_subjects(self, profile: Profile) -> None:
        """Give subject-less ``xcomp``/``conj`` predicates their governor's grammatical subject.

        Subject control ("Paris promet de fournir") and shared subjects ("a signé et ratifié").
        The inherited subject is filed as ``object`` when the receiving clause is passive.
        """
        controlled = profile.slots.get("xcomp", frozenset({"xcomp"})) | {"conj"}
        surface: dict[int, list[tuple[int, str | None]]] = {}
        for word in self.sentence.words:
            if _base(word.deprel) in ("nsubj", "csubj") and word.head:
                surface.setdefault(word.head, []).extend((m, self._case[m]) for m in self._conjuncts[word.id])
        receivers = [
            word
            for word in self.sentence.words
            if (word.deprel in controlled or (_base(word.deprel) == "advcl" and word.feat("VerbForm") in NONFINITE))
            and self._is_predicate(word)
        ]
        for word in sorted(receivers, key=self._depth):  # governors first: control chains down
            if word.id in surface:
                continue
            inherited = surface.get(word.head)
            if inherited:
                surface[word.id] = list(inherited)
                slot = OBJECT if self.is_passive(word.id) else SUBJECT
                self._slots.setdefault((word.id, slot), []).extend(inherited)

    def _is_predicate(self, word: Word) -> bool:
        return word.upos in ("VERB", "AUX") or self.has_child(word.id, "cop")

    def _depth(self, word: Word) -> int:
        depth, head, seen = 0, word.head, set()
        while head and head not in seen:
            seen.add(head)
            depth += 1
            head = self.words[head].head if head in self.words else 0
        return depth

    def _has_cue(self, word: Word, cues: Sequence[NegationCue]) -> bool:
        hosts = [word] + [c for c in self.children[word.id] if _base(c.deprel) in ("aux", "cop")]
        for host in hosts:
            for child in self.children[host.id]:
                if any(not cue.on and cue_matches(cue, child) for cue in cues):
                    return True
        return False

    # -- queries ---------------------------------------------------------------------------

    def fillers(self, word_id: int, slot: str, case: str | None = None) -> list[int]:
        """Ids of the words filling ``slot`` of ``word_id`` with the given case lemma (None = any)."""
        return [filler for filler, filler_case in self._slots.get((word_id, slot), ()) if case is None or filler_case == case]

    def has_slot(self, word_id: int, slot: str) -> bool:
        return (word_id, slot) in self._slots

    def relation_slots(self, word_id: int) -> tuple[str, ...]:
        """The slot names of the relation from ``word_id`` to its head (``object`` for ``nsubj:pass``)."""
        return self._rel_slot.get(word_id, ())

    def case_of(self, word_id: int) -> str | None:
        return self._case.get(word_id)

    def is_passive(self, word_id: int) -> bool:
        if word_id not in self._passive:
            word = self.words.get(word_id)
            self._passive[word_id] = word is not None and self._is_passive(word, self._profile)
        return self._passive[word_id]

    def is_negated(self, word_id: int) -> bool:
        if word_id not in self._negated:
            word = self.words.get(word_id)
            self._negated[word_id] = word is not None and self._has_cue(word, self._cues)
        return self._negated[word_id]

    def has_child(self, word_id: int, deprel_base: str) -> bool:
        return any(_base(c.deprel) == deprel_base for c in self.children.get(word_id, ()))

    def conjuncts(self, word_id: int) -> tuple[int, ...]:
        return self._conjuncts.get(word_id, (word_id,))

    def folded_tokens(self) -> tuple[str, ...]:
        return self._tokens

    def surfaces_without_possessive(self) -> tuple[str, ...]:
        """Token texts with an English possessive ending cut off ("Iran's" -> "Iran"): the
        tokeniser keeps "Iran's" one multiword token (Iran + 's), so names are also sought there."""
        return self._surfaces_without_possessive

    def phrase_ids(self, word_id: int, exclude: Iterable[str] = CLAUSAL_RELATIONS) -> list[int]:
        """The word ids of the phrase headed by ``word_id``, without clauses and conjuncts."""
        excluded = frozenset(exclude)
        ids, stack = [], [word_id]
        while stack:
            current = stack.pop()
            ids.append(current)
            stack.extend(c.id for c in self.children.get(current, ()) if c.deprel not in excluded)
        return sorted(ids)


POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def _without_possessive(sentence: Sentence, token) -> str:
    """The token's text without its last word when that word is a possessive ending."""
    if len(token.word_ids) > 1:
        last = sentence.word(token.word_ids[-1]).form
        if last in POSSESSIVE_ENDINGS and token.text.endswith(last) and len(token.text) > len(last):
            return token.text[: -len(last)]
    return token.text


def cue_matches(cue: NegationCue, word: Word) -> bool:
    """Whether ``word`` is a negation cue of this kind (relation, features and lemma)."""
    if word.deprel != cue.rel and _base(word.deprel) != cue.rel:
        return False
    if any(word.feat(key) != value for key, value in cue.feats):
        return False
    return cue.lemmas is None or fold_lemma(word.lemma) in cue.lemmas


def _invert(profile: Profile) -> dict[str, tuple[str, ...]]:
    """UD relation -> slot names (a relation may fill several slots, e.g. ``obl:arg`` in ``obl``)."""
    inverted: dict[str, list[str]] = {}
    for slot, relations in sorted(profile.slots.items()):
        for relation in relations:
            inverted.setdefault(relation, []).append(slot)
    return {relation: tuple(slots) for relation, slots in inverted.items()}
