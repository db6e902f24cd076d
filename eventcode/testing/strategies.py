"""Hypothesis strategies: valid UD v2 sentences, and trees that realise a codebook's frames.

:func:`sentences` draws well-formed trees (one root, ids ``1..n``, French contractions as
multi-word tokens) in French or English word order. :func:`frame_instances` reads one *compiled*
frame and draws a clause that realises it: a trigger lemma with the right UPOS, each required
role in one of its slot alternatives (light verbs, copulas and ``when:`` constraints included),
fillers from the codebook's actor names in any language, agents with demonyms, and ``in:`` set
members, on a document date inside or outside the actors' dated roles. The expected event is
computed by :mod:`eventcode.testing._oracle` from the documented rules, not by the engine.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from eventcode.codebook.compiled import NO_EVENT, CompiledCodebook, CompiledFrame, RoleSpec, SlotAlternative, fold_form, fold_lemma
from eventcode.model import Document, Sentence, Word
from eventcode.testing import perturb
from eventcode.testing._oracle import ActorOracle, Expected, Recipe, Slotted, TriggerFacts, bind, events_of, frame_order, recode, slots_of
from eventcode.testing._tree import Node, to_conllu, to_sentence
from eventcode.testing.lang import Lang, lang_kit

__all__ = [
    "NotRealisable",
    "Filler",
    "FrameInstance",
    "sentences",
    "frame_instances",
    "frame_plan",
    "documents_dates",
    "guess_lang",
    "expectation",
    "recipe_of",
    "surface_name",
    "around_date",
]

#: Slots a drawn tree can realise with a noun phrase.
REALISABLE = frozenset({"subject", "object", "iobj", "obl", "nmod", "poss", "prt"})
#: Slots realised by a clause: an infinitive (``VerbForm=Inf``) with the language's infinitive
#: marker as its ``mark`` child ("appelle la Russie *à négocier*", "urges Russia *to negotiate*").
#: Other clausal slots (``ccomp``, ``advcl``) are not drawn.
CLAUSE_SLOTS = frozenset({"xcomp"})
#: The UD relation drawn first for a slot, when the profile lists it.
PREFERRED_RELATION = {
    "subject": ("nsubj",),
    "object": ("obj",),
    "iobj": ("iobj",),
    "obl": ("obl", "obl:arg", "obl:mod"),
    "nmod": ("nmod",),
    "poss": ("nmod:poss",),
    "xcomp": ("xcomp",),
    "prt": ("compound:prt",),
}
CORE = frozenset({"flat", "flat:name", "flat:foreign", "compound", "appos", "fixed"})
CLAUSAL = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "cc", "punct", "dislocated", "reparandum"})


class NotRealisable(Exception):
    """A frame the strategies cannot build a tree for; ``str()`` says which constraint."""


@attrs.frozen(slots=True)
class Filler:
    """A role filler of a drawn instance: where it is and what it should resolve to."""

    role: str
    word_id: int
    relation: str
    case: str | None
    kind: str  # "name", "agent", "member", "neutral", "clause"
    code: str | None
    name: tuple[str, ...] = ()
    actor_id: str | None = None
    on_head: bool = False


@attrs.frozen(slots=True)
class FrameInstance:
    """A drawn tree realising ``frame_id``, with the event the codebook must produce for it.

    ``winner_id`` is the frame that should win on this tree (a more specific frame of the same
    trigger may bind first: then it wins, and ``expected`` is its event). ``expected_events``
    are every event of the winning match (distribution and paired codes included).
    """

    codebook_name: str
    frame_id: str
    winner_id: str
    lang: str
    document: Document
    expected: Expected
    expected_events: frozenset[Expected]
    trigger_id: int
    predicate_id: int
    fillers: tuple[Filler, ...]

    @property
    def sentence(self) -> Sentence:
        return self.document.sentences[0]

    @property
    def tree(self) -> Sentence:
        return self.sentence

    @property
    def date(self) -> str | None:
        return self.document.date

    def conllu(self) -> str:
        """The instance as readable CoNLL-U (what failure messages show)."""
        return to_conllu(self.document.sentences, self.document.id, self.document.date)

    def filler(self, role: str) -> Filler | None:
        return next((f for f in self.fillers if f.role == role), None)


# -- random valid sentences ---------------------------------------------------------------------

_FR_WORDS = ("pays", "armée", "accord", "ville", "ministre", "Russie", "France", "Kenya", "port", "aide")
_EN_WORDS = ("country", "army", "agreement", "city", "minister", "Russia", "France", "Kenya", "port", "aid")
_DEPRELS = (
    "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "nmod:poss", "amod", "advmod",
    "det", "case", "cop", "aux", "aux:pass", "conj", "cc", "appos", "flat:name", "compound", "fixed", "xcomp", "ccomp",
    "advcl", "acl:relcl", "mark", "parataxis", "punct",
)


@st.composite
def _random_node(draw, lang: Lang, words: Sequence[str], depth: int) -> Node:
    lemma = draw(st.sampled_from(words))
    upos = draw(st.sampled_from(("NOUN", "PROPN", "VERB", "ADJ", "PRON")))
    feats = draw(st.sampled_from(({}, {"Number": "Sing"}, {"Number": "Plur"}, {"Polarity": "Neg"}, {"Voice": "Pass"}, {"VerbForm": "Inf"})))
    if upos == "PRON":
        lemma = lang.pronoun
        feats = {**feats, "PronType": "Prs", "Person": "3"}
    node = Node(lemma, lemma, upos, feats=feats)
    if depth > 0:
        for _ in range(draw(st.integers(0, 3))):
            child = draw(_random_node(lang, words, depth - 1))
            relation = draw(st.sampled_from(_DEPRELS))
            if draw(st.booleans()):
                node.add_left(child, relation)
            else:
                node.add_right(child, relation)
    if upos in ("NOUN", "PROPN") and draw(st.booleans()):
        node.add_left(Node(lang.det, lang.det, "DET", "det"), first=True)
        if lang.code == "fr" and draw(st.booleans()):
            case = draw(st.sampled_from(("à", "de", "en", "avec")))
            node.add_left(Node(case, case, "ADP", "case"), first=True)
        elif lang.code == "en" and draw(st.booleans()):
            case = draw(st.sampled_from(("to", "with", "in", "by")))
            node.add_left(Node(case, case, "ADP", "case"), first=True)
    return node


def sentences(lang: str = "fr", lemmas: Sequence[str] = (), max_depth: int = 2) -> st.SearchStrategy[Sentence]:
    """Random well-formed UD v2 sentences (ids 1..n, one root, consistent multi-word tokens).

    ``lemmas`` are mixed into the vocabulary, e.g. a codebook's trigger lemmas and names, so
    that random trees hit its frames (the differential matcher test uses this).
    """
    kit = lang_kit(lang)
    words = tuple(dict.fromkeys([*(_FR_WORDS if kit.code == "fr" else _EN_WORDS), *lemmas]))

    @st.composite
    def build(draw) -> Sentence:
        root = draw(_random_node(kit, words, max_depth))
        root.upos = draw(st.sampled_from(("VERB", "NOUN")))
        root.add_right(Node(".", ".", "PUNCT", "punct"))
        return to_sentence(root, kit.code)

    return build()


# -- frame plans ----------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Plan:
    """What a frame needs, read once from the compiled codebook."""

    frame: CompiledFrame
    lang: Lang
    lemmas: tuple[str, ...]
    trigger_upos: tuple[str, ...]
    head_lemmas: tuple[str, ...]
    head_relation: str
    alternatives: dict[str, tuple[SlotAlternative, ...]]
    relations: dict[str, tuple[str, ...]]
    kinds: dict[str, tuple[str, ...]]
    members: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    #: per role with a clause slot: the verbs (with an object lemma or none) its clause is drawn from
    clauses: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = attrs.Factory(dict)


class _Pools:
    """The actor names, agents, demonyms, dates and neutral words of one codebook."""

    def __init__(self, codebook: CompiledCodebook, lang: Lang) -> None:
        self.oracle = ActorOracle(codebook)
        self.names = tuple(sorted(self.oracle.names))
        dated = {a for a, entry in codebook.actors.items() if entry.windows}
        #: names of actors with dated roles, drawn half of the time so that date windows get tested
        self.dated_names = tuple(t for t in self.names if any(e.actor_id in dated for e in self.oracle.names[t]))
        self.agents = tuple(sorted(codebook.agents))
        self.demonyms = tuple(sorted(codebook.demonyms))
        dates: set[str] = set()
        for actor in codebook.actors.values():
            for window in actor.windows:
                for day in (window.start, window.end):
                    if day is not None:
                        dates.update(around_date(day))
        for entries in self.oracle.names.values():
            for entry in entries:
                for day in (entry.start, entry.end):
                    if day is not None:
                        dates.update(around_date(day))
        dates.update({"2000-01-01", "2024-06-15", "2025-10-27"})
        self.dates: tuple[str | None, ...] = (None, *sorted(dates))
        used = set(codebook.triggers) | set(codebook.operators) | set(codebook.agents) | set(codebook.demonyms)
        used |= {token for tokens in self.oracle.names for token in tokens}
        for members in codebook.sets.values():
            used |= members
        for frame in codebook.frames.values():  # a frame's own `in:` list is no named set
            for role in frame.roles:
                used |= role.lemmas or frozenset()
                used |= {word for phrase in role.phrases for word in (phrase.head, *phrase.dependents)}
        self.neutral_nouns = tuple(w for w in lang.neutral_nouns if fold_form(w) not in used and fold_lemma(w) not in used)
        self.neutral_verbs = tuple(w for w in lang.neutral_verbs if fold_lemma(w) not in used)
        self.neutral_adverbs = tuple(w for w in lang.neutral_adverbs if fold_form(w) not in used)
        self.neutral_adjectives = tuple(w for w in lang.neutral_adjectives if fold_form(w) not in used)


def around_date(day: str) -> list[str]:
    """A boundary date and the days either side of it (a date that cannot move is kept as is)."""

    try:
        parsed = datetime.date.fromisoformat(day)
    except ValueError:
        return [day]
    out = [day]
    for delta in (-1, 1):
        try:
            out.append((parsed + datetime.timedelta(days=delta)).isoformat())
        except OverflowError:
            pass
    return out


_CACHE: dict[tuple[int, str, str], tuple[CompiledCodebook, _Plan | NotRealisable]] = {}
_POOLS: dict[tuple[int, str], tuple[CompiledCodebook, _Pools]] = {}


def pools(codebook: CompiledCodebook, lang: str) -> _Pools:
    key = (id(codebook), lang)
    if key not in _POOLS or _POOLS[key][0] is not codebook:
        _POOLS[key] = (codebook, _Pools(codebook, lang_kit(lang)))
    return _POOLS[key][1]


def guess_lang(codebook: CompiledCodebook, frame_id: str | None = None) -> str:
    """The language a frame's trees are drawn in: from its file name or folder, else French."""
    frames = codebook.frames
    files = [frames[frame_id].location.file] if frame_id in frames else [f.location.file for f in frames.values()]
    for file in files:
        lowered = file.replace("\\", "/").lower()
        if "/en/" in lowered or lowered.split("/")[-1].startswith("en"):
            return "en"
    return "fr"


def frame_plan(codebook: CompiledCodebook, frame_id: str, lang: str | None = None) -> _Plan:
    """Read what ``frame_id`` needs; raises :class:`NotRealisable` saying why a tree cannot be drawn."""
    lang = lang or guess_lang(codebook, frame_id)
    key = (id(codebook), frame_id, lang)
    if key not in _CACHE or _CACHE[key][0] is not codebook:
        try:
            _CACHE[key] = (codebook, _make_plan(codebook, frame_id, lang))
        except NotRealisable as error:
            _CACHE[key] = (codebook, error)
    plan = _CACHE[key][1]
    if isinstance(plan, NotRealisable):
        raise plan
    return plan


def _make_plan(codebook: CompiledCodebook, frame_id: str, lang: str) -> _Plan:
    frames = codebook.frames
    if frame_id not in frames:
        raise NotRealisable(f"no frame {frame_id!r} in codebook {codebook.name!r}")
    frame = frames[frame_id]
    if frame.code == NO_EVENT:
        # an instance is a tree with the event it must produce; a blocking frame produces none
        raise NotRealisable("a blocking frame (code: none) codes nothing: its examples show what it blocks")
    kit = lang_kit(lang)
    pool = pools(codebook, lang)
    lemmas = tuple(sorted(lemma for lemma, fs in codebook.triggers.items() if any(f.id == frame_id for f in fs)))
    lemmas = tuple(lemma for lemma in lemmas if lemma and " " not in lemma)
    if not lemmas:
        raise NotRealisable("no single-word trigger lemma")
    when = frame.when
    allowed = set(frame.trigger_upos or {"VERB", "NOUN"})
    if when.upos is not None:
        allowed &= set(when.upos)
    if when.voice == "passive" or (frame.trigger_upos is None and when.upos is None and not when.cop and when.head is None):
        allowed &= {"VERB"} if when.voice == "passive" or "VERB" in allowed else allowed
    if when.cop or when.head is not None:
        allowed = (allowed & {"NOUN"}) or allowed
    if not allowed:
        raise NotRealisable("trigger UPOS constraints exclude each other")
    trigger_upos = tuple(sorted(allowed))
    if when.voice == "passive" and "VERB" not in trigger_upos:
        raise NotRealisable("passive voice required on a trigger that cannot be a verb")
    head_lemmas: tuple[str, ...] = ()
    head_relation = "obj"
    if when.head is not None:
        head_lemmas = tuple(sorted(when.head.lemmas)) if when.head.lemmas is not None else (kit.light_verb,)
        non_operators = tuple(h for h in head_lemmas if h not in codebook.operators)
        head_lemmas = non_operators or head_lemmas
        if when.head.rel is not None:
            choices = [r for r in PREFERRED_RELATION.get(when.head.rel, ()) if r in codebook.profile.slots.get(when.head.rel, ())]
            choices = choices or sorted(codebook.profile.slots.get(when.head.rel, ()))
            if not choices:
                raise NotRealisable(f"head relation {when.head.rel!r} is not a slot of profile {codebook.profile.name!r}")
            head_relation = choices[0]
    alternatives: dict[str, tuple[SlotAlternative, ...]] = {}
    relations: dict[str, tuple[str, ...]] = {}
    kinds: dict[str, tuple[str, ...]] = {}
    members: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    clauses: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    for role in frame.roles:
        # a slot path (``xcomp/object``) walks through a word the plan does not build: not drawn
        direct = [a for a in role.alternatives if not a.path]
        usable = [
            a
            for a in direct
            if a.name in REALISABLE and a.name in codebook.profile.slots and (not a.on_head or when.head is not None)
        ]
        clausal = [a for a in direct if a.name in CLAUSE_SLOTS and a.name in codebook.profile.slots and not a.on_head and a.case is None]
        verbs = _clause_verbs(role, pool) if clausal else ()
        if verbs:
            clauses[role.role] = verbs
            usable += clausal
        if not usable:
            if role.required:
                raise NotRealisable(f"role {role.role!r}: none of its slots can be drawn ({_slot_text(role)})")
            continue
        verbal = "VERB" in trigger_upos and not when.cop and when.head is None
        preferred = [a for a in usable if a.on_head or (a.name not in (("nmod", "poss") if verbal else ("obl",)))]
        alternatives[role.role] = tuple(preferred or usable)
        for alt in alternatives[role.role]:
            listed = codebook.profile.slots[alt.name]
            relations[alt.name] = tuple(r for r in PREFERRED_RELATION.get(alt.name, ()) if r in listed) or tuple(
                sorted(r for r in listed if r not in codebook.profile.passive_object | codebook.profile.passive_subject)
            )
            if not relations[alt.name]:
                raise NotRealisable(f"slot {alt.name!r} has no active relation in profile {codebook.profile.name!r}")
        kinds[role.role], members[role.role] = _role_kinds(role, pool, codebook)
        if not kinds[role.role]:
            # no noun phrase fits the role: only its clause slots (if any) can be drawn
            alternatives[role.role] = tuple(a for a in alternatives[role.role] if a.name in CLAUSE_SLOTS)
        elif role.role in clauses and not any(a.name in CLAUSE_SLOTS for a in alternatives[role.role]):
            del clauses[role.role]  # the clause slot was dropped in favour of preferred noun slots
        if not alternatives[role.role]:
            if role.required:
                raise NotRealisable(f"role {role.role!r}: no filler satisfies its constraints (actor, in:, upos)")
            del alternatives[role.role]
    return _Plan(frame, kit, lemmas, trigger_upos, head_lemmas, head_relation, alternatives, relations, kinds, members, clauses)


def _slot_text(role: RoleSpec) -> str:
    return " | ".join(
        ("head." if a.on_head else "") + "/".join((*a.path, a.name + (f":{a.case}" if a.case else ""))) for a in role.alternatives
    )


def _clause_verbs(role: RoleSpec, pool: _Pools) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The infinitives a clause filler of ``role`` is drawn from, each with the object lemmas its
    clause must have: the role's ``in:`` verbs and phrases (one dependent at most, drawn as the
    verb's object), else the neutral verbs, which trigger nothing in the codebook so that the drawn
    tree yields exactly the frame's event. An actor role or a role whose ``upos`` excludes VERB
    has none (a clause names no actor)."""
    if role.actor or (role.upos is not None and "VERB" not in role.upos):
        return ()
    if role.lemmas is not None or role.phrases:
        verbs = [(m, ()) for m in sorted(role.lemmas or ())]
        verbs += [(p.head, tuple(sorted(p.dependents))) for p in role.phrases if len(p.dependents) <= 1]
        return tuple(sorted({v for v in verbs if v[0] and " " not in v[0] and all(" " not in d for d in v[1])}))
    return tuple((verb, ()) for verb in pool.neutral_verbs)


def _role_kinds(role: RoleSpec, pool: _Pools, codebook: CompiledCodebook) -> tuple[tuple[str, ...], tuple]:
    """Which kinds of filler can fill a role, and its set members ((head, dependents), ...)."""
    upos_ok = (lambda u: role.upos is None or u in role.upos)
    if role.lemmas is not None or role.phrases:
        members = [(m, ()) for m in sorted(role.lemmas or ())]
        members += [(p.head, tuple(sorted(p.dependents))) for p in sorted(role.phrases, key=lambda p: (p.head, sorted(p.dependents)))]
        members = [m for m in members if m[0] and " " not in m[0]]
        if role.actor:
            members = [m for m in members if m[0] in codebook.agents]
        return (("member",) if members and upos_ok("NOUN") else ()), tuple(members)
    if role.actor:
        kinds = []
        if pool.names and upos_ok("PROPN"):
            kinds.append("name")
        if pool.agents and upos_ok("NOUN"):
            kinds.append("agent")
        return tuple(kinds), ()
    if pool.neutral_nouns and upos_ok("NOUN"):
        return ("neutral",), ()
    # a role for proper nouns only ("X released <a name>"): a name, whoever it names
    return (("name",) if pool.names and upos_ok("PROPN") else ()), ()


# -- drawing one instance ---------------------------------------------------------------------------


def documents_dates(codebook: CompiledCodebook, lang: str = "fr") -> st.SearchStrategy[str | None]:
    """Document dates worth testing: none, and every dated role's and name's boundaries ± 1 day."""
    return st.sampled_from(pools(codebook, lang).dates)


def frame_instances(
    codebook: CompiledCodebook, frame_id: str, lang: str | None = None, *, date: st.SearchStrategy[str | None] | None = None
) -> st.SearchStrategy[FrameInstance]:
    """Trees that realise ``frame_id``, with the event they must produce.

    Raises :class:`NotRealisable` at once (not when drawing) for a frame whose slots or
    constraints cannot be realised by a drawn tree.
    """
    lang = lang or guess_lang(codebook, frame_id)
    plan = frame_plan(codebook, frame_id, lang)
    dates = date if date is not None else documents_dates(codebook, lang)

    @st.composite
    def instances(draw) -> FrameInstance:
        return _draw_instance(draw, codebook, plan, lang, dates)

    return instances()


def _draw_instance(draw, codebook: CompiledCodebook, plan: _Plan, lang: str, dates: st.SearchStrategy) -> FrameInstance:
    kit = plan.lang
    pool = pools(codebook, lang)
    frame = plan.frame
    when = frame.when
    date = draw(dates, label="date")
    lemma = draw(st.sampled_from(plan.lemmas), label="trigger lemma")
    upos = draw(st.sampled_from(plan.trigger_upos), label="trigger upos")
    trigger = Node(lemma, lemma, upos, "root", dict(when.feats))
    if upos == "VERB":
        trigger.feats.setdefault("VerbForm", "Fin")
    head: Node | None = None
    root = trigger
    if when.head is not None:
        head_lemma = draw(st.sampled_from(plan.head_lemmas), label="head lemma")
        head = Node(head_lemma, head_lemma, "VERB", "root", {"VerbForm": "Fin"})
        governed = trigger
        if when.head.through is not None:  # "donner le coup d'envoi de <trigger>": a support noun between
            support = draw(st.sampled_from(sorted(when.head.through)), label="support noun")
            governed = Node(support, support, "NOUN")
            governed.add_left(Node(kit.det, kit.det, "DET", "det"))
            governed.add_right(trigger, "nmod")
        head.add_right(governed, plan.head_relation)
        root = head
    if when.cop:
        trigger.add_left(Node(kit.cop, kit.cop, "AUX", "cop", {"VerbForm": "Fin"}))
    if when.case is not None:
        parts = when.case.split("_")
        case = Node(parts[0], parts[0], "ADP", "case")
        for part in parts[1:]:
            case.add_right(Node(part, part, "ADP", "fixed"))
        trigger.add_left(case)
    if upos == "NOUN" and not when.cop and draw(st.booleans(), label="trigger determiner"):
        trigger.add_left(Node(kit.det, kit.det, "DET", "det"), first=True)
    placed: list[tuple[RoleSpec, SlotAlternative, str, str, Node]] = []
    clauses: list[tuple[Node, Node]] = []  # (base, clause): attached last, after the noun phrases
    for role in frame.roles:
        if role.role not in plan.alternatives:
            continue
        if not role.required and not draw(st.booleans(), label=f"realise optional {role.role}"):
            continue
        alt = draw(st.sampled_from(plan.alternatives[role.role]), label=f"{role.role} slot")
        relation = draw(st.sampled_from(plan.relations[alt.name]), label=f"{role.role} relation")
        base = head if alt.on_head else trigger
        assert base is not None
        if alt.name in CLAUSE_SLOTS:
            node = _draw_clause(draw, role, plan, pool, kit)
            node.deprel = relation
            clauses.append((base, node))
            placed.append((role, alt, relation, "clause", node))
            continue
        kind = draw(st.sampled_from(plan.kinds[role.role]), label=f"{role.role} filler kind")
        node = _draw_filler(draw, kind, role, plan, pool, kit, lang)
        if alt.case is not None:
            parts = alt.case.split("_")
            case = Node(parts[0], parts[0], "ADP", "case")
            for part in parts[1:]:
                case.add_right(Node(part, part, "ADP", "fixed"))
            node.add_left(case, first=True)
        if alt.name in ("subject", "poss"):
            base.add_left(node, relation, first=True)
        else:
            base.add_right(node, relation)
        placed.append((role, alt, relation, kind, node))
        if role.distribute == "pairwise":
            # a pairwise role pairs its actors with each other: draw a second, conjoined ("X et Y")
            other_kind = draw(st.sampled_from(plan.kinds[role.role]), label=f"{role.role} second filler kind")
            other = _draw_filler(draw, other_kind, role, plan, pool, kit, lang)
            other.add_left(Node(kit.cc, kit.cc, "CCONJ", "cc"), first=True)
            node.add_right(other, "conj")
            placed.append((role, alt, "conj", other_kind, other))
    for base, clause in clauses:
        base.add_right(clause)
    root.add_right(Node(".", ".", "PUNCT", "punct"))
    sentence = to_sentence(root, lang)
    ids = {n.key: i for i, n in enumerate(root.walk(), start=1)}
    trigger_id, predicate_id = ids[trigger.key], ids[root.key]
    if when.voice == "passive":
        moved: dict[int, int] = {}
        try:
            sentence = perturb.passivize(sentence, predicate_id, lang, ids=moved)
        except perturb.NotApplicable:
            assume(False)
        ids = {key: moved[i] for key, i in ids.items()}
        trigger_id, predicate_id = ids[trigger.key], ids[root.key]
    document = Document(id="instance", sentences=(sentence,), date=date, lang=lang)
    drafts = tuple(
        Filler(role.role, ids[node.key], "", alt.case, kind, None, on_head=alt.on_head) for role, alt, _, kind, node in placed
    )
    found = expectation(codebook, sentence, trigger_id, drafts, date)
    assume(found is not None)
    assert found is not None
    winner, expected_events, fillers = found
    assume(bool(expected_events))
    return FrameInstance(
        codebook_name=codebook.name,
        frame_id=frame.id,
        winner_id=winner.id,
        lang=lang,
        document=document,
        expected=expected_events[0],
        expected_events=frozenset(expected_events),
        trigger_id=trigger_id,
        predicate_id=predicate_id,
        fillers=fillers,
    )


def expectation(
    codebook: CompiledCodebook, sentence: Sentence, trigger_id: int, fillers: Sequence[Filler], date: str | None
) -> tuple[CompiledFrame, list[Expected], tuple[Filler, ...]] | None:
    """The frame that must win on a drawn sentence and its events on ``date``, by the oracle.

    ``fillers`` say where each drawn role filler is; their codes are (re)computed for ``date``.
    None when no frame of the trigger binds (e.g. an actor has no code on that date).
    """
    oracle = pools(codebook, guess_lang(codebook)).oracle
    by_id = {w.id: w for w in sentence.words}
    resolved: list[Filler] = []
    slotted: list[Slotted] = []
    hows: list[str] = []
    for index, filler in enumerate(fillers):
        word = by_id[filler.word_id]
        recipe = recipe_of(sentence, filler.word_id, frozenset(codebook.agents))
        code, how = oracle.resolve(recipe, date)
        hows.append(how)
        name = recipe.core if filler.kind == "name" else ()
        actor_id = oracle.name_actor(name, date) if name else None
        first, case = word, case_of(sentence, filler.word_id)
        while first.deprel == "conj" and first.head in by_id:  # a conjunct fills its first conjunct's slot
            first = by_id[first.head]
            case = case if case is not None else case_of(sentence, first.id)
        resolved.append(attrs.evolve(filler, relation=first.deprel, code=code, name=name, actor_id=actor_id))
        dependents = frozenset(fold_lemma(w.lemma) for w in sentence.words if w.head == filler.word_id)
        slotted.append(
            Slotted(index, "H" if filler.on_head else "T", first.deprel, case, fold_lemma(word.lemma), word.upos, dependents, code)
        )
    slotted = _shared_countries(codebook, sentence, fillers, slotted, hows)
    slotted = [
        attrs.evolve(f, sector_only=True)
        if how == "agent" and (agent := codebook.agents.get(f.lemma)) is not None and f.code == agent.sector
        else f
        for f, how in zip(slotted, hows)
    ]
    trigger_word = by_id[trigger_id]
    head = by_id.get(trigger_word.head)
    facts = TriggerFacts(
        upos=trigger_word.upos,
        feats=trigger_word.feats,
        cop=any(w.head == trigger_id and w.deprel.split(":")[0] == "cop" for w in sentence.words),
        case=case_of(sentence, trigger_id),
        passive=_passive(sentence, trigger_id, codebook),
        head_lemma=head.lemma if head is not None else None,
        head_relation=trigger_word.deprel if head is not None else None,
        ancestors=_ancestors(by_id, trigger_word),
    )
    lemma = fold_lemma(trigger_word.lemma)
    for lemmas, candidate in frame_order(codebook):
        if lemma not in lemmas:
            continue
        bound = bind(candidate, facts, slotted, codebook.profile)
        if bound is None:
            continue
        code = candidate.code
        operator = codebook.operators.get(fold_lemma(head.lemma)) if head is not None else None
        if operator is not None:
            via = set(operator.via)
            if set(slots_of(trigger_word.deprel, codebook.profile)) & via or trigger_word.deprel in via:
                code = recode(codebook, operator.recode, code) or code
        return candidate, events_of(candidate, bound, code), tuple(resolved)
    return None


def _ancestors(by_id: dict[int, Word], word: Word) -> tuple[tuple[str, str], ...]:
    """(relation, head lemma) from ``word`` up to the root, for ``when.head.through``."""
    steps = []
    while word.head in by_id and len(steps) < len(by_id):
        head = by_id[word.head]
        steps.append((word.deprel, head.lemma))
        word = head
    return tuple(steps)


def _shared_countries(
    codebook: CompiledCodebook, sentence: Sentence, fillers: Sequence[Filler], slotted: list[Slotted], hows: Sequence[str]
) -> list[Slotted]:
    """docs/engine.md §4: an agent conjoined to a composed agent of the same role, and found
    without a country, composes with the countries of the role's composed agents. ``hows`` say
    how each filler resolved: a filler drawn as an agent may resolve as a name ("douma" is the
    Duma), and only actors found through an agent take part."""
    sectors = {agent.sector for agent in codebook.agents.values()}
    out: list[Slotted] = []
    for filler, item, how in zip(fillers, slotted, hows):
        word = sentence.word(filler.word_id)
        first = next((i for i, f in enumerate(fillers) if f.word_id == word.head and f.role == filler.role), None)
        first_code = slotted[first].code if first is not None else None
        bare_conjunct = word.deprel == "conj" and how == "agent" and item.code in sectors
        composed_first = first is not None and hows[first] == "agent" and first_code is not None and len(first_code) > 3
        if not (bare_conjunct and composed_first):
            out.append(item)
            continue
        countries = dict.fromkeys(
            _country_of(codebook, sentence.word(f.word_id), s.code)
            for f, s, other_how in zip(fillers, slotted, hows)
            if f.role == filler.role and f is not filler and other_how == "agent" and s.code and len(s.code) > 3
        )
        agent = codebook.agents.get(fold_lemma(word.lemma))
        out += [attrs.evolve(item, code=agent.compose(country) if agent else country + item.code) for country in countries]
    return out


def _country_of(codebook: CompiledCodebook, word: Word, code: str) -> str:
    """The country in the code of an agent named by ``word`` (:meth:`Agent.country_in`)."""
    agent = codebook.agents.get(fold_lemma(word.lemma))
    return agent.country_in(code) if agent is not None else code[:3]


def _passive(sentence: Sentence, word_id: int, codebook: CompiledCodebook) -> bool:
    word = sentence.word(word_id)
    if word.feat("Voice") == "Pass":
        return True
    renamed = codebook.profile.passive_object | codebook.profile.passive_subject | {"aux:pass"}
    return any(w.head == word_id and w.deprel in renamed for w in sentence.words)


def _draw_filler(draw, kind: str, role: RoleSpec, plan: _Plan, pool: _Pools, kit: Lang, lang: str) -> Node:
    """One filler phrase: a name, an agent with an optional demonym, a set member, a neutral noun."""
    if kind == "name":
        names = pool.dated_names if pool.dated_names and draw(st.booleans(), label="dated actor") else pool.names
        tokens = draw(st.sampled_from(names), label=f"{role.role} name")
        node = perturb.name_nodes(surface_name(tokens), lang)
        if kit.code == "fr" and draw(st.booleans(), label="article"):
            node.add_left(Node(kit.det, kit.det, "DET", "det"), first=True)
        return node
    if kind == "agent":
        lemma = draw(st.sampled_from(pool.agents), label=f"{role.role} agent")
        node = Node(lemma, lemma, "NOUN")
        if pool.demonyms and draw(st.booleans(), label="demonym"):
            words = draw(st.sampled_from(pool.demonyms), label="demonym text").split()
            adjective = Node(words[-1], words[-1], "ADJ", "amod")
            for word in reversed(words[:-1]):
                adjective.add_left(Node(word, word, "ADJ", "compound"), first=True)
            (node.add_right if kit.adjective_after else node.add_left)(adjective)
        node.add_left(Node(kit.det, kit.det, "DET", "det"), first=True)
        return node
    if kind == "member":
        head, dependents = draw(st.sampled_from(plan.members[role.role]), label=f"{role.role} member")
        upos = "NOUN" if role.upos is None or "NOUN" in role.upos else sorted(role.upos)[0]
        node = Node(head, head, upos)
        for dependent in dependents:
            (node.add_right if kit.adjective_after else node.add_left)(Node(dependent, dependent, "ADJ", "amod"))
        node.add_left(Node(kit.det, kit.det, "DET", "det"), first=True)
        return node
    noun = draw(st.sampled_from(pool.neutral_nouns), label=f"{role.role} noun")
    node = Node(noun, noun, "NOUN")
    node.add_left(Node(kit.det, kit.det, "DET", "det"), first=True)
    return node


def _draw_clause(draw, role: RoleSpec, plan: _Plan, pool: _Pools, kit: Lang) -> Node:
    """A clause filler: an infinitive with the language's infinitive marker (*à*/*de*, *to*) as
    its ``mark``, and an object when the role's phrase asks for one (else, half of the time, a
    neutral one: *à publier le document*)."""
    verb, objects = draw(st.sampled_from(plan.clauses[role.role]), label=f"{role.role} clause verb")
    node = Node(verb, verb, "VERB", "xcomp", {"VerbForm": "Inf"})
    marker = draw(st.sampled_from(kit.infinitive_marks), label=f"{role.role} infinitive marker")
    form = "d'" if marker == "de" and verb[:1].casefold() in "aeiouyhéèêâîôû" else marker
    node.add_left(Node(form, marker, kit.mark_upos, "mark"))
    if not objects and pool.neutral_nouns and draw(st.booleans(), label=f"{role.role} clause object"):
        objects = (draw(st.sampled_from(pool.neutral_nouns), label=f"{role.role} clause object noun"),)
    for lemma in objects:
        obj = Node(lemma, lemma, "NOUN", "obj")
        obj.add_left(Node(kit.det, kit.det, "DET", "det"))
        node.add_right(obj)
    return node


def surface_name(tokens: Sequence[str]) -> list[str]:
    """Folded name tokens written as a journalist would: capitalised, small words left alone."""
    small = {"de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", "and", "et", "al", "el", "y"}
    return [t if (t in small and i) else t[:1].upper() + t[1:] for i, t in enumerate(tokens)]


# -- reading a drawn sentence back (docs/engine.md §4, written again) ---------------------------------


def case_of(sentence: Sentence, word_id: int) -> str | None:
    """The folded lemma of a word's ``case`` dependent, ``fixed`` parts joined by ``_``."""
    for word in sentence.words:
        if word.head == word_id and word.deprel.split(":")[0] == "case":
            parts = [fold_lemma(word.lemma)] + [fold_lemma(w.lemma) for w in sentence.words if w.head == word.id and w.deprel == "fixed"]
            return "_".join(parts)
    return None


def _children(sentence: Sentence, word_id: int) -> list:
    return [w for w in sentence.words if w.head == word_id]


def _subtree(sentence: Sentence, word_id: int, keep) -> list[int]:
    ids, stack = [], [word_id]
    while stack:
        current = stack.pop()
        ids.append(current)
        stack.extend(w.id for w in _children(sentence, current) if keep(w))
    return sorted(ids)


def _phrase(sentence: Sentence, word_id: int) -> list[int]:
    return _subtree(sentence, word_id, lambda w: w.deprel not in CLAUSAL)


def _core_ids(sentence: Sentence, word_id: int) -> list[int]:
    """The phrase core: the word, its flat/compound/fixed words, and its appositions' phrases."""
    ids: set[int] = set()
    stack = [word_id]
    while stack:
        current = stack.pop()
        ids.add(current)
        for child in _children(sentence, current):
            if child.deprel in CORE:
                stack.extend(_phrase(sentence, child.id) if child.deprel == "appos" else [child.id])
    return sorted(ids)


def _tokens(sentence: Sentence, word_ids: list[int]) -> tuple[str, ...]:
    indices = sorted({sentence.word(i).token_index for i in word_ids})
    return tuple(sentence.tokens[i].text for i in indices)


def _runs(sentence: Sentence, word_ids: list[int]) -> tuple[tuple[str, ...], ...]:
    runs: list[list[int]] = []
    for index in sorted({sentence.word(i).token_index for i in word_ids if sentence.word(i).token_index >= 0}):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return tuple(tuple(sentence.tokens[i].text for i in run) for run in runs)


def _run_position(sentence: Sentence, word_ids: list[int], word_id: int) -> tuple[int, int] | None:
    """Where ``word_id``'s token is in ``_runs(sentence, word_ids)``: (run, offset)."""
    target = sentence.word(word_id).token_index
    position, previous = (-1, -1), None
    for index in sorted({sentence.word(i).token_index for i in word_ids if sentence.word(i).token_index >= 0}):
        run, offset = position
        position = (run, offset + 1) if previous == index - 1 else (run + 1, 0)
        previous = index
        if index == target:
            return position
    return None


def recipe_of(sentence: Sentence, word_id: int, agents=frozenset()) -> Recipe:
    """The :class:`Recipe` of the phrase a filler heads, read from the tree (``agents``: the
    codebook's agent lemmas, for composition)."""
    word = sentence.word(word_id)
    core = _core_ids(sentence, word_id)
    composition = None
    agent_at = None
    for candidate in [word_id, *(i for i in core if i != word_id)]:
        lemma = fold_lemma(sentence.word(candidate).lemma)
        if lemma in agents:
            composition = (lemma, _runs(sentence, [i for i in core if i != candidate]))
            agent_at = _run_position(sentence, core, candidate)
            break
    own = [i for i in _phrase(sentence, word_id) if i == word_id or sentence.word(i).deprel in CORE]
    self_demonyms = (" ".join(_tokens(sentence, own)), " ".join(_tokens(sentence, [word_id])))
    modifiers = []
    nmods = []
    for child in _children(sentence, word_id):
        if child.deprel in ("amod", "nmod", "compound") or child.deprel.startswith("amod"):
            ids = [i for i in _phrase(sentence, child.id) if i == child.id or sentence.word(i).deprel in CORE]
            modifiers.extend([" ".join(_tokens(sentence, ids)), " ".join(_tokens(sentence, [child.id]))])
        if child.deprel in ("nmod", "nmod:poss"):
            nmods.append(_runs(sentence, _phrase(sentence, child.id)))
    return Recipe(
        core=_tokens(sentence, _subtree(sentence, word_id, lambda w: w.deprel in CORE - {"appos"})),
        lemma=word.lemma,
        upos=word.upos,
        core_runs=_runs(sentence, core),
        composition=composition,
        agent_at=agent_at,
        self_demonyms=self_demonyms,
        modifiers=tuple(modifiers),
        nmod_runs=tuple(nmods),
        phrase_runs=_runs(sentence, _phrase(sentence, word_id)),
    )


def name_token_tuples(codebook: CompiledCodebook) -> tuple[tuple[str, ...], ...]:
    """Every actor name of a codebook as folded surface tokens (as :func:`split_name` gives)."""
    return pools(codebook, guess_lang(codebook)).names

