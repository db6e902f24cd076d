"""The compiled codebook: immutable indexes the matcher reads, built once from the YAML.

This module is the contract between the codebook stage (load, check, compile) and the coding
stage (SentenceView, matching, actors). The coding stage never sees YAML; the codebook stage
never sees a tree. Lemmas are keyed by :func:`fold_lemma`, names and demonyms by
:func:`fold_form`, so both stages normalise text the same way.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Literal

import attrs

Distribute = Literal["each", "pairwise", "group"]
#: a frame's code that emits nothing: when the frame matches, the trigger's other frames are not
#: tried (PETRARCH's null-coded ``[---]`` patterns: "marked the anniversary" is no event)
NO_EVENT = "none"
Voice = Literal["active", "passive", "any"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'"})


# Folding is pure and the same few thousand lemmas and forms recur in every sentence: cached, it
# costs a dictionary lookup (it was a third of the coding time on UD treebanks, see docs/benchmarks.md).
@functools.lru_cache(maxsize=1 << 16)
def fold_lemma(text: str) -> str:
    """Lemmas compare after NFC and casefolding (accents kept: they are reliable on lemmas)."""
    return unicodedata.normalize("NFC", text.translate(_APOSTROPHES)).casefold()


@functools.lru_cache(maxsize=1 << 16)
def fold_form(text: str) -> str:
    """Names compare on word forms, case- and accent-insensitively (Moscou = MOSCOU = Moscóu)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def acronym_tokens(name: str) -> tuple[str, ...] | None:
    """The surface tokens of a name written as an acronym ("UN", "E.U.", "OTAN"), else None.

    Acronyms collide with ordinary words once casefolded (French *un*, English *who*), so they
    match only tokens written the same way.
    """
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) <= 6:
        return tuple(unicodedata.normalize("NFC", part) for part in name.split())
    return None


def split_name(name: str) -> tuple[str, ...]:
    """Split an actor name into folded surface tokens the way UD tokenisers do.

    Whitespace separates tokens and a French elision keeps its apostrophe on the first part:
    "Côte d'Ivoire" -> ("cote", "d'", "ivoire"). Hyphenated words stay whole ("nord-coréen"),
    and so does an English possessive, one surface token for UD tokenisers (a multiword token
    "People's" = People + 's): "People's Liberation Army" -> ("people's", "liberation", "army").
    """
    tokens: list[str] = []
    for chunk in fold_form(name).split():
        while "'" in chunk[:-1] and not chunk.endswith("'s"):
            head, _, chunk = chunk.partition("'")
            tokens.append(head + "'")
        if chunk:
            tokens.append(chunk)
    return tuple(tokens)


@attrs.frozen(slots=True)
class Location:
    """Where a codebook entry was written: ``file:line:col`` (1-based, as editors count)."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@attrs.frozen(slots=True)
class SlotAlternative:
    """One alternative of a slot string: ``head.obl:à`` -> on_head=True, name="obl", case="à".

    ``name`` is a slot declared in the profile (``subject``, ``object``, ``obl``, ``nmod``,
    ``iobj``, ``xcomp``...). ``case`` is the folded lemma of the filler's ``case`` child,
    multiword prepositions joined by ``_`` (``à_côté_de``), or None for "any or no case".
    """

    name: str
    case: str | None = None
    on_head: bool = False
    #: slots walked before ``name``: ``ccomp/subject`` -> path ("ccomp",), name "subject"; a step
    #: with a case is ``"NAME:case"`` (``object/nmod:on/amod`` -> ("object", "nmod:on"))
    path: tuple[str, ...] = ()


@attrs.frozen(slots=True)
class Phrase:
    """A multiword set member (``voie ferrée``): a head lemma and the lemmas that must depend on it."""

    head: str
    dependents: frozenset[str]


@attrs.frozen(slots=True)
class RoleSpec:
    """How one role (``source``, ``target``, ``theme``...) of a frame is filled.

    ``lemmas``/``phrases``: the filler's lemma must be in the set (``in:``), None = any.
    ``actor``: the filler must resolve to an actor (for ``source``/``target`` this is the default).
    """

    role: str
    alternatives: tuple[SlotAlternative, ...]
    lemmas: frozenset[str] | None = None
    phrases: frozenset[Phrase] = frozenset()
    actor: bool = False
    required: bool = True
    distribute: Distribute = "each"
    upos: frozenset[str] | None = None
    #: alternatives tried only when ``alternatives`` bind nothing: the first filler in word order that fits
    fallback: tuple[SlotAlternative, ...] = ()
    #: only the first filler in word order that fits binds (with its conjuncts)
    first: bool = False


@attrs.frozen(slots=True)
class HeadConstraint:
    """``when: {head: {lemma: [...], rel: object}}``: the trigger's governor and how it attaches.

    ``through``: nouns between the trigger and that governor ("donner *le coup d'envoi de* la
    construction"): the trigger must be the ``nmod`` of one of them (or of a chain of them), and
    the governor is the word above the last; None means the governor is the trigger's own head.
    """

    lemmas: frozenset[str] | None = None
    rel: str | None = None
    through: frozenset[str] | None = None


@attrs.frozen(slots=True)
class When:
    """Constraints on the trigger itself (not on a role). None means "no constraint"."""

    cop: bool | None = None
    case: str | None = None
    voice: Voice = "any"
    upos: frozenset[str] | None = None
    feats: tuple[tuple[str, str], ...] = ()
    head: HeadConstraint | None = None


@attrs.frozen(slots=True)
class PairedCode:
    """``also: {code: "043", swap: true}``: a second event emitted with the same match."""

    code: str
    swap: bool = False


NegationPolicy = str  # "flag" | "drop" | "recode:<CODE>"


@attrs.frozen(slots=True)
class Example:
    """An executable example of a frame: ``expect`` is None for ``expect: none``."""

    text: str | None
    conllu: str | None
    expect: Mapping[str, str] | None
    todo: bool
    date: str | None
    location: Location


@attrs.frozen(slots=True)
class CompiledFrame:
    """A frame ready to match: roles to bind, constraints, and the code(s) it emits.

    Frames of one trigger lemma are stored most specific first (``priority`` descending, then
    ``specificity`` descending, then file order), so the matcher takes the first that binds.
    """

    id: str
    predicate_id: str
    trigger_upos: frozenset[str] | None
    roles: tuple[RoleSpec, ...]
    when: When
    code: str
    also: tuple[PairedCode, ...] = ()
    on_negated: NegationPolicy = "flag"
    tags: tuple[str, ...] = ()
    priority: int = 0
    specificity: int = 0
    location: Location = Location("<memory>", 0, 0)
    examples: tuple[Example, ...] = ()


@attrs.frozen(slots=True)
class Operator:
    """An embedding predicate (``promettre de``) that recodes the event below it via ``via``."""

    id: str
    lemmas: frozenset[str]
    via: tuple[str, ...]
    recode: Mapping[str, str]
    location: Location
    marks: frozenset[str] = frozenset()  # folded lemmas; the embedded trigger's mark or case must be one (empty: any)


@attrs.frozen(slots=True)
class NegationCue:
    """A negation cue: a dependent with ``rel`` (and ``feats``/``lemmas``) on the trigger,
    its aux/cop, or (when ``on`` names roles) on a role filler ("aucun accord")."""

    rel: str
    feats: tuple[tuple[str, str], ...] = ()
    lemmas: frozenset[str] | None = None
    on: tuple[str, ...] = ()


@attrs.frozen(slots=True)
class Profile:
    """Maps abstract slot names to the UD relations one parser emits.

    ``slots["obl"] == frozenset({"obl", "obl:arg", "obl:mod"})``; ``passive_object`` are the
    relations renamed to ``object`` in a passive clause (``nsubj:pass``), ``passive_subject`` those
    renamed to ``subject`` (``obl:agent``).
    """

    name: str
    slots: Mapping[str, frozenset[str]]
    passive_object: frozenset[str] = frozenset({"nsubj:pass", "csubj:pass"})
    passive_subject: frozenset[str] = frozenset({"obl:agent"})
    #: in a passive clause, an ``obl`` with one of these case lemmas is the agent even when the
    #: parser did not label it ``obl:agent`` ("visitée par Kim" parsed as ``obl:arg``)
    agent_cases: frozenset[str] = frozenset({"par", "by"})
    #: an ``advcl`` marked by one of these is a gerund (French *en fournissant*), whose subject
    #: is its governor's, even when the tagger calls the participle finite
    gerund_marks: frozenset[str] = frozenset({"en"})
    #: subordinators of a condition: an adverbial clause marked by one states what would
    #: happen, not what did ("X threatened to strike **unless** Y withdrew"), so nothing in it is
    #: coded; see ``coding.view.SentenceView.in_condition``
    condition_marks: frozenset[str] = frozenset({"if", "unless", "si"})
    #: words that only ever say when (weekdays, "today"): a parser that labels one a subject or
    #: an object ("X claimed Friday that", "X yesterday gave") is wrong, so it fills neither
    time_words: frozenset[str] = frozenset({
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tomorrow", "tonight",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "aujourd'hui", "hier", "demain",
    })
    #: nouns that name a country only through their owner ("his country", *son pays*): see
    #: ``coding.match.SentenceMatcher._owned_by_pronoun``
    country_nouns: frozenset[str] = frozenset({"country", "nation", "pays"})
    #: nouns of a text someone issues: a present participle on one says what its author does
    #: ("X issued a statement **condemning** Y": X condemned Y); see
    #: ``coding.view.SentenceView.document_authors``
    document_nouns: frozenset[str] = frozenset({
        "statement", "report", "resolution", "letter", "declaration", "communique", "communiqué", "message",
        "note", "motion", "decree", "memo", "memorandum", "petition", "editorial", "ruling", "verdict",
        "bill", "law", "legislation", "order", "directive", "amendment",
        "déclaration", "rapport", "résolution", "lettre", "décret", "arrêt", "pétition", "loi", "ordonnance",
    })
    #: nouns of what their holder means to do: an infinitive on one says what the holder does
    #: ("Israel announced **plans to build** ...": Israel builds; *sa volonté de négocier*), as
    #: for a text's author (``coding.view.SentenceView.holders``)
    intention_nouns: frozenset[str] = frozenset({
        "plan", "decision", "intention", "commitment", "pledge", "promise", "offer", "bid", "vow", "readiness",
        "willingness", "determination", "effort", "attempt", "move", "step",
        "projet", "décision", "engagement", "promesse", "offre", "volonté", "disposition", "tentative",
    })
    #: UD relation -> slot names, the inverse of ``slots`` (a relation may fill several slots,
    #: e.g. ``obl:arg`` in ``obl``); derived once here, read for every word the matcher files
    slots_of_relation: Mapping[str, tuple[str, ...]] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        inverted: dict[str, list[str]] = {}
        for slot, relations in sorted(self.slots.items()):
            for relation in relations:
                inverted.setdefault(relation, []).append(slot)
        object.__setattr__(self, "slots_of_relation", {relation: tuple(slots) for relation, slots in inverted.items()})


@attrs.frozen(slots=True)
class RoleWindow:
    """A dated role: ``code`` holds from ``start`` to ``end`` inclusive (ISO dates, None = open)."""

    code: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


#: Actor types whose code an agent's sector follows: a country ("Gondor police" -> GONCOP) and a
#: CAMEO region, which fills the same slot ("European leaders" -> EURGOV).
COMPOSING_TYPES = frozenset({"country", "region"})


@attrs.frozen(slots=True)
class ActorEntry:
    """A named actor (country, person, organisation) with dated roles.

    ``windows`` are the dated roles sorted by start; ``default`` is the undated role (or the
    country code), used when no date is known or no window covers it.
    """

    id: str
    type: str
    default: str | None
    windows: tuple[RoleWindow, ...] = ()
    location: Location = Location("<memory>", 0, 0)

    def code_on(self, date: str | None) -> str | None:
        """The actor code in force on ``date`` (ISO ``YYYY-MM-DD``), falling back to the default.

        A document without a date is taken to be current news: the role still open today (a
        window without an end) wins, else the default.
        """
        if date is None:
            current = [w for w in self.windows if w.end is None]
            return current[-1].code if current else self.default
        if self.windows:
            starts = [w.start or "" for w in self.windows]
            for window in reversed(self.windows[: bisect.bisect_right(starts, date)]):
                if window.covers(date):
                    return window.code
        return self.default


@attrs.frozen(slots=True)
class NameEntry:
    """One way of naming an actor, optionally dated (a ministry renamed) and per language."""

    actor_id: str
    tokens: tuple[str, ...]
    lang: str | None = None
    start: str | None = None
    end: str | None = None
    #: an acronym ("UN", "UE") must match its surface case exactly: French "un" is not the UN
    exact: tuple[str, ...] | None = None

    def valid_on(self, date: str | None) -> bool:
        return date is None or ((self.start is None or self.start <= date) and (self.end is None or date <= self.end))


@attrs.frozen(slots=True)
class NameIndex:
    """A trie over folded surface tokens: ``trie[token] -> (entries ending here, children)``.

    Built once at compile time; :meth:`longest_at` walks it from one position of a token list.
    """

    root: Mapping[str, tuple[tuple[NameEntry, ...], Mapping]]

    @classmethod
    def build(cls, entries: Sequence[NameEntry]) -> NameIndex:
        root: dict = {}
        for entry in entries:
            node = root
            for depth, token in enumerate(entry.tokens):
                found, children = node.get(token, ((), {}))
                if depth == len(entry.tokens) - 1:
                    found = (*found, entry)
                node[token] = (found, children)
                node = children
        return cls(root)

    def longest_at(self, tokens: Sequence[str], start: int, date: str | None) -> tuple[int, tuple[NameEntry, ...]]:
        """The longest name starting at ``tokens[start]`` valid on ``date``: (length, entries)."""
        best: tuple[int, tuple[NameEntry, ...]] = (0, ())
        node = self.root
        for position in range(start, len(tokens)):
            step = node.get(tokens[position])
            if step is None:
                break
            found, node = step
            valid = tuple(e for e in found if e.valid_on(date))
            if valid:
                best = (position - start + 1, valid)
        return best


@attrs.frozen(slots=True)
class Discard:
    """One discard phrase: folded words that must follow each other in a sentence (each matching
    a word's form or lemma); ``scope`` says what is not coded, the sentence or the document."""

    id: str
    words: tuple[str, ...]
    scope: str
    location: Location | None = None


@attrs.frozen(slots=True)
class Agent:
    """A generic agent (``soldat`` -> ``~MIL``) composed with a country found near it; a prefix
    agent (``NGO~``) goes before the country's code (*MSF Arnor* -> ``NGOARN``)."""

    id: str
    sector: str
    lemmas: frozenset[str]
    country_from: tuple[str, ...] = ("demonym", "nmod:de")
    location: Location = Location("<memory>", 0, 0)
    prefix: bool = False

    def compose(self, country: str) -> str:
        """The code of this agent of ``country`` (its first three letters)."""
        return self.sector + country[:3] if self.prefix else country[:3] + self.sector

    def _country_start(self, code: str) -> int:
        """Where the country starts in a ``code`` this agent composed: after a prefix agent's own code."""
        return len(self.sector) if self.prefix and code.startswith(self.sector) else 0

    def country_in(self, code: str) -> str:
        """The country in a ``code`` this agent composed (``NGOARN`` -> ``ARN``, ``ARNGOV`` -> ``ARN``)."""
        start = self._country_start(code)
        return code[start:start + 3]

    def with_country(self, code: str, country: str) -> str:
        """A ``code`` this agent composed with ``country`` (its first three letters) in place of
        the one it has (``ARNGOV`` -> ``GONGOV``, ``NGOARN`` -> ``NGOGON``)."""
        start = self._country_start(code)
        return code[:start] + country[:3] + code[start + 3:]


@attrs.frozen(slots=True)
class CodeInfo:
    """A taxonomy row: a CAMEO code (or an extension) and what it rolls up to."""

    code: str
    name: str
    parent: str | None
    root: str
    goldstein: float | None = None
    quad_class: int | None = None
    plover_event: str | None = None
    plover_mode: str | None = None
    plover_swap: bool = False
    extension: bool = False
    plover_context: str | None = None


@attrs.frozen(slots=True)
class CompiledCodebook:
    """Everything the matcher needs, as immutable lookups. Built by ``codebook.compile``."""

    name: str
    taxonomy: Mapping[str, CodeInfo]
    profile: Profile
    triggers: Mapping[str, tuple[CompiledFrame, ...]]
    operators: Mapping[str, Operator]
    sets: Mapping[str, frozenset[str]]
    negation_cues: tuple[NegationCue, ...]
    negation_default: NegationPolicy
    names: NameIndex
    demonyms: Mapping[str, str]
    actors: Mapping[str, ActorEntry]
    agents: Mapping[str, Agent]
    digest: str
    sources: tuple[str, ...] = ()
    language: str | None = None
    #: multiword agents ("main opposition group"): each word -> (the other words, agent), most words first
    agent_phrases: Mapping[str, tuple[tuple[frozenset[str], Agent], ...]] = attrs.field(factory=dict)
    #: every agent by its id (an agent actor's ``actor_id``), one- and multiword
    agents_by_id: Mapping[str, Agent] = attrs.field(factory=dict)
    #: folded word form -> frames, looked up before the lemma (``trigger: {form: [...]}``)
    form_triggers: Mapping[str, tuple[CompiledFrame, ...]] = attrs.field(factory=dict)
    #: memo of the trigger look-up by raw (lemma, form, upos): every word of every sentence is looked up,
    #: and the same words recur (filled by ``coding.match.trigger_frames``; not part of equality)
    trigger_memo: dict[tuple[str, str, str], tuple[CompiledFrame, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    #: discard rules by the first folded word of their phrase: a sentence or document containing
    #: one of the phrases is not coded
    discards: Mapping[str, tuple[Discard, ...]] = attrs.field(factory=dict)
    #: what a required actor role does with a filler naming no known actor: ``none`` fails the
    #: frame, ``names`` keeps a proper name as an unresolved actor (code ``UNRESOLVED_CODE``)
    unresolved_actors: str = "none"
    #: how agents join their actor's code: ``country`` (the country's first three letters and one
    #: agent) or ``stacked`` (the actor's whole code and every agent of the phrase, PETRARCH's)
    agent_codes: str = "country"
    #: folded lemmas of the operators that apply through their verb's object (``via: object``):
    #: an infinitive on such an object is what the verb refuses (``SentenceView``); derived once here
    object_operators: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        derived = frozenset(lemma for lemma, operator in self.operators.items() if "object" in operator.via)
        object.__setattr__(self, "object_operators", derived)

    @property
    def frames(self) -> dict[str, CompiledFrame]:
        """Every frame by id (each frame once, whatever the number of trigger lemmas)."""
        return {frame.id: frame for frames in self.triggers.values() for frame in frames}
