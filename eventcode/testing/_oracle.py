"""What the engine *should* do, written again from the documented rules (docs/engine.md).

The strategies compute the expected event of a drawn tree with this module, never with the
engine's own code, so a property compares two independent readings of the same rules. Only the
compiled codebook's *data* is shared (name entries, windows, demonyms, agents, taxonomy).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import attrs

from eventcode.codebook.compiled import (
    ActorEntry,
    CompiledCodebook,
    CompiledFrame,
    NameEntry,
    NO_EVENT,
    NameIndex,
    Profile,
    RoleSpec,
    fold_form,
    fold_lemma,
)


@attrs.frozen(slots=True)
class Expected:
    """An event as a property compares it: code, source code, target code, negation flag."""

    code: str
    source: str | None
    target: str | None
    negated: bool = False

    def __str__(self) -> str:
        flag = " negated" if self.negated else ""
        return f"{self.code} {self.source or '-'} -> {self.target or '-'}{flag}"


def triple(event) -> Expected:
    """The :class:`Expected` form of an engine :class:`~eventcode.model.Event`."""
    return Expected(
        event.code,
        event.source.code if event.source is not None else None,
        event.target.code if event.target is not None else None,
        event.negated,
    )


# -- actors ------------------------------------------------------------------------------------


def code_on(entry: ActorEntry, date: str | None) -> str | None:
    """The code of an actor on a date: the covering window that starts last (ties: ends last),
    else the undated default. Without a date: the window still open (no end) that starts last,
    else the default (an undated document is current news)."""
    if date is None:
        open_ended = [w for w in entry.windows if w.end is None]
        if open_ended:
            return max(open_ended, key=lambda w: w.start or "").code
    if date is not None:
        covering = [
            w for w in entry.windows if (w.start is None or w.start <= date) and (w.end is None or date <= w.end)
        ]
        if covering:
            return max(covering, key=lambda w: (w.start or "", w.end or "9999-99-99")).code
    return entry.default


def name_entries(index: NameIndex) -> dict[tuple[str, ...], tuple[NameEntry, ...]]:
    """Every name of the trie, keyed by its folded tokens.

    Acronyms (``exact`` entries: "UN", "OTAN") are left out: they match only their own surface
    case, and drawn names are written capitalised ("Otan"), so they never name anyone here.
    """
    found: dict[tuple[str, ...], tuple[NameEntry, ...]] = {}
    stack: list[tuple[tuple[str, ...], Mapping]] = [((), index.root)]
    while stack:
        prefix, node = stack.pop()
        for token, (entries, children) in node.items():
            tokens = (*prefix, token)
            entries = tuple(e for e in entries if e.exact is None)
            if entries:
                found[tokens] = entries
            stack.append((tokens, children))
    return found


Runs = tuple[tuple[str, ...], ...]  # contiguous runs of surface tokens


@attrs.frozen(slots=True)
class Recipe:
    """How a filler phrase is written, enough to resolve it on any date (docs/engine.md §4).

    ``core``: the tokens of the head and its flat/compound/fixed words (the name it is written
    with); ``core_runs``: the tokens of its phrase core (appositions included), in contiguous
    runs; ``composition``: the first agent lemma of the core and the runs of the other core words;
    ``agent_at``: where that agent's token is in ``core_runs`` (run, offset);
    ``self_demonyms``: the texts looked up as a demonym on the filler itself; ``modifiers``: the
    demonym texts of its amod/nmod/compound dependents; ``nmod_runs``: the runs of each ``nmod``
    dependent's phrase; ``phrase_runs``: the runs of the whole phrase (clauses excluded).
    """

    core: tuple[str, ...]
    lemma: str
    upos: str
    core_runs: Runs = ()
    composition: tuple[str, Runs] | None = None
    agent_at: tuple[int, int] | None = None
    self_demonyms: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    nmod_runs: tuple[Runs, ...] = ()
    phrase_runs: Runs = ()


class ActorOracle:
    """Resolves :class:`Recipe` fillers to actor codes following docs/engine.md §4."""

    def __init__(self, codebook: CompiledCodebook) -> None:
        self.codebook = codebook
        self.names = name_entries(codebook.names)
        self.max_name = max((len(t) for t in self.names), default=0)

    def name_actor(self, tokens: Sequence[str], date: str | None) -> str | None:
        """The actor a whole name denotes on ``date``; several actors: a name of the codebook's
        language (or of none) first, then the smallest id."""
        entries = [e for e in self.names.get(tuple(fold_form(t) for t in tokens), ()) if e.valid_on(date)]
        language = getattr(self.codebook, "language", None)
        return min(entries, key=lambda e: (e.lang not in (language, None), e.actor_id)).actor_id if entries else None

    def longest_name(self, runs: Runs, date: str | None) -> str | None:
        """The actor of the longest name inside one run of tokens (the first of equal lengths)."""
        found = self.longest_name_at(runs, date)
        return found[0] if found is not None else None

    def longest_name_at(self, runs: Runs, date: str | None) -> tuple[str, int, range] | None:
        """The longest name's actor, run index and token offsets (the first of equal lengths)."""
        folded = [[fold_form(t) for t in run] for run in runs]
        for length in range(min(self.max_name, max((len(r) for r in folded), default=0)), 0, -1):
            for index, run in enumerate(folded):
                for start in range(len(run) - length + 1):
                    actor = self.name_actor(run[start : start + length], date)
                    if actor is not None:
                        return actor, index, range(start, start + length)
        return None

    def actor_code(self, actor_id: str | None, date: str | None) -> str | None:
        entry = self.codebook.actors.get(actor_id) if actor_id is not None else None
        return code_on(entry, date) if entry is not None else None

    def _demonym(self, text: str, date: str | None) -> str | None:
        return self.actor_code(self.codebook.demonyms.get(fold_form(text)), date)

    def resolve(self, recipe: Recipe, date: str | None) -> tuple[str | None, str]:
        """The actor code of a filler phrase (or None) and how it was found ("agent", "name",
        "demonym"), trying in order: a country name and an agent composed in the core, a name in
        the core, a demonym, an agent (with the country of a modifier or an nmod), the longest
        name anywhere in the phrase. The engine composes conjoined agents only with actors found
        through an agent, so the oracle must know how, not only what was drawn."""
        whole = self.longest_name_at(recipe.core_runs, date)
        agent_in_a_name = (
            whole is not None and recipe.agent_at is not None and recipe.agent_at[0] == whole[1] and recipe.agent_at[1] in whole[2]
        )  # "Republic of the Union of Myanmar": the agent noun is a word of the name
        if recipe.composition is not None and not agent_in_a_name:
            agent_lemma, others = recipe.composition
            country = self.longest_name(others, date)
            entry = self.codebook.actors.get(country) if country is not None else None
            code = self.actor_code(country, date)
            if entry is not None and entry.type == "country" and code is not None:
                return self.codebook.agents[agent_lemma].compose(code), "agent"
        code = self.actor_code(self.longest_name(recipe.core_runs, date), date)
        if code is not None:
            return code, "name"
        for text in recipe.self_demonyms:
            code = self._demonym(text, date)
            if code is not None:
                return code, "demonym"
        agent = self.codebook.agents.get(fold_lemma(recipe.lemma))
        if agent is not None:
            country = None
            if "demonym" in agent.country_from:
                country = next((c for c in (self._demonym(t, date) for t in recipe.modifiers) if c is not None), None)
            if country is None and any(source.startswith("nmod") for source in agent.country_from):
                for run in recipe.nmod_runs:
                    actor_id = self.longest_name(run, date)
                    code = self.actor_code(actor_id, date)
                    if code is None:
                        continue
                    entry = self.codebook.actors.get(actor_id) if actor_id is not None else None
                    if entry is not None and entry.type == "organization" and len(code) > 3:
                        return code, "agent"  # an agent of a state body is that body ("président de la Douma")
                    country = code
                    break
            return (agent.compose(country) if country is not None else agent.sector), "agent"
        return self.actor_code(self.longest_name(recipe.phrase_runs, date), date), "name"


# -- frames ------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Slotted:
    """A drawn filler as the frame binder sees it. ``base`` is "T" (the trigger) or "H" (its head)."""

    index: int
    base: str
    relation: str
    case: str | None
    lemma: str
    upos: str
    dependents: frozenset[str]
    code: str | None
    #: an agent named without a country (``CVL``): two such fillers are two actors, even with one code
    sector_only: bool = False


@attrs.frozen(slots=True)
class TriggerFacts:
    """What ``when:`` constraints look at on the drawn trigger."""

    upos: str
    feats: tuple[tuple[str, str], ...]
    cop: bool
    case: str | None
    passive: bool
    head_lemma: str | None
    head_relation: str | None
    head_passive: bool = False
    #: (relation, head lemma) from the trigger up to the root (``when.head.through``)
    ancestors: tuple[tuple[str, str], ...] = ()


def slots_of(relation: str, profile: Profile) -> tuple[str, ...]:
    """The slot names a relation is filed under (passive relations renamed)."""
    if relation in profile.passive_object:
        return ("object",)
    if relation in profile.passive_subject:
        return ("subject",)
    direct = tuple(sorted(s for s, rels in profile.slots.items() if relation in rels))
    if direct:
        return direct
    base = relation.split(":", 1)[0]
    return tuple(sorted(s for s, rels in profile.slots.items() if base in rels))


#: How many support nouns ``when.head.through`` climbs, as the engine does.
MAX_THROUGH = 3


def when_holds(frame: CompiledFrame, facts: TriggerFacts, profile: Profile) -> bool:
    when = frame.when
    if frame.trigger_upos is not None and facts.upos not in frame.trigger_upos:
        return False
    if when.upos is not None and facts.upos not in when.upos:
        return False
    if any(dict(facts.feats).get(k) != v for k, v in when.feats):
        return False
    if when.cop is not None and facts.cop != when.cop:
        return False
    if when.case is not None and facts.case != when.case:
        return False
    if when.voice != "any" and facts.passive != (when.voice == "passive"):
        return False
    if when.head is not None:
        head_lemma, head_relation = facts.head_lemma, facts.head_relation
        if when.head.through is not None:
            # climb nmod links to the support nouns; the governor is the word above the last
            steps, climbed = facts.ancestors, 0
            while climbed < min(len(steps), MAX_THROUGH):
                relation, lemma = steps[climbed]
                if relation.split(":")[0] != "nmod" or fold_lemma(lemma) not in when.head.through:
                    break
                climbed += 1
            if climbed == 0 or climbed >= len(steps):
                return False
            head_relation, head_lemma = steps[climbed][0], steps[climbed][1]
        if head_lemma is None:
            return False
        if when.head.lemmas is not None and fold_lemma(head_lemma) not in when.head.lemmas:
            return False
        if when.head.rel is not None and (head_relation is None or when.head.rel not in slots_of(head_relation, profile)):
            return False
    return True


def candidates(role: RoleSpec, fillers: Sequence[Slotted], profile: Profile) -> list[Slotted]:
    """Fillers in one of the role's slot alternatives (before the role's own constraints)."""
    found = []
    for alt in role.alternatives:
        for filler in fillers:
            if filler in found or filler.base != ("H" if alt.on_head else "T"):
                continue
            if alt.name in slots_of(filler.relation, profile) and (alt.case is None or alt.case == filler.case):
                found.append(filler)
    return found


def bind(frame: CompiledFrame, facts: TriggerFacts, fillers: Sequence[Slotted], profile: Profile) -> dict[str, list[Slotted]] | None:
    """Role -> bound fillers, or None when the frame does not match (docs/engine.md §3)."""
    if not when_holds(frame, facts, profile):
        return None
    bound: dict[str, list[Slotted]] = {}
    for role in frame.roles:
        found = candidates(role, fillers, profile)
        if role.upos is not None:
            found = [f for f in found if f.upos in role.upos]
        if role.lemmas is not None or role.phrases:
            found = [
                f
                for f in found
                if (role.lemmas is not None and f.lemma in role.lemmas)
                or any(p.head == f.lemma and p.dependents <= f.dependents for p in role.phrases)
            ]
        if role.actor:
            found = [f for f in found if f.code is not None]
        if not found:
            if role.required:
                return None
            continue
        bound[role.role] = found
    source = next((r for r in frame.roles if r.role == "source"), None)
    if source is not None and source.distribute == "pairwise" and "source" in bound and "target" not in bound:
        if len({f.code for f in bound["source"]}) < 2:
            return None  # one actor has no one to pair with (docs/engine.md §5)
    return bound


def events_of(frame: CompiledFrame, bound: Mapping[str, list[Slotted]], code: str, negated: bool = False) -> list[Expected]:
    """The events a bound frame emits: distribution, same-actor pairs dropped, paired codes; none
    from a blocking frame (``code: none``)."""
    if frame.code == NO_EVENT:
        return []
    specs = {r.role: r for r in frame.roles}

    def actors(role: str) -> list[Slotted]:
        found = [f for f in bound.get(role, []) if f.code is not None] if role in specs and specs[role].actor else []
        if role in specs and specs[role].distribute == "group" and len(found) > 1:
            return [attrs.evolve(found[0], code=";".join(dict.fromkeys(str(f.code) for f in found)), sector_only=False)]
        return found

    def same(first: Slotted, second: Slotted) -> bool:
        # one code on both sides is one actor, except two agents named without a country
        return first.code == second.code and not (first.sector_only and first.index != second.index)

    sources, targets = actors("source"), actors("target")
    pairs: list[tuple[Slotted | None, Slotted | None]]
    if "source" in specs and specs["source"].distribute == "pairwise" and len(sources) > 1:
        pairs = [(a, b) for a, b in itertools.permutations(sources, 2) if not same(a, b)]
    else:
        pairs = list(itertools.product(sources or [None], targets or [None]))
    out: list[Expected] = []
    target_optional = "target" in specs and not specs["target"].required
    for first_actor, second_actor in pairs:
        if first_actor is not None and second_actor is not None and same(first_actor, second_actor):
            if not target_optional or len(targets) > 1:
                continue
            second_actor = None  # an optional target that is the source itself is left out, the event kept
        source = first_actor.code if first_actor is not None else None
        target = second_actor.code if second_actor is not None else None
        out.append(Expected(code, source, target, negated))
        for paired in frame.also:
            first, second = (target, source) if paired.swap else (source, target)
            out.append(Expected(code if paired.code == frame.code else paired.code, first, second, negated))
    return list(dict.fromkeys(out))


def recode(codebook: CompiledCodebook, table: Mapping[str, str], code: str) -> str | None:
    """An operator's recoding of ``code``: exact, then the nearest ancestor, then ``*``."""
    current: str | None = code
    seen: set[str] = set()
    while current is not None and current not in seen:
        seen.add(current)
        if current in table:
            return table[current]
        info = codebook.taxonomy.get(current)
        current = info.parent if info is not None else None
    return table.get("*")


def negated_code(frame: CompiledFrame, code: str) -> str | None:
    """The code under negation per ``on_negated``: same (flag), None (drop), or the recode."""
    if frame.on_negated == "drop":
        return None
    if frame.on_negated.startswith("recode:"):
        return frame.on_negated.split(":", 1)[1]
    return code


_ORDER: dict[int, tuple[CompiledCodebook, list[tuple[frozenset[str], CompiledFrame]]]] = {}


def frame_order(codebook: CompiledCodebook) -> list[tuple[frozenset[str], CompiledFrame]]:
    """Every frame with its trigger lemmas, in the documented order: priority, specificity, then
    file order (position of the frame's file among the codebook's sources, line, column)."""
    cached = _ORDER.get(id(codebook))
    if cached is None or cached[0] is not codebook:
        cached = _ORDER[id(codebook)] = (codebook, _frame_order(codebook))
    return cached[1]


def _frame_order(codebook: CompiledCodebook) -> list[tuple[frozenset[str], CompiledFrame]]:
    lemmas: dict[str, set[str]] = {}
    frames: dict[str, CompiledFrame] = {}
    for lemma, entries in codebook.triggers.items():
        for frame in entries:
            lemmas.setdefault(frame.id, set()).add(lemma)
            frames[frame.id] = frame
    files = {path: i for i, path in enumerate(codebook.sources)}

    def key(frame: CompiledFrame) -> tuple:
        loc = frame.location
        return (-frame.priority, -frame.specificity, files.get(loc.file, len(files)), loc.file, loc.line, loc.column)

    return [(frozenset(lemmas[f.id]), f) for f in sorted(frames.values(), key=key)]
