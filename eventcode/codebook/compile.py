"""Compile merged codebook entries into the immutable indexes of :mod:`eventcode.codebook.compiled`.

Compilation trusts nothing it cannot use: an unknown set compiles to an empty set, an unknown
profile to the built-in ``ud2`` profile. ``check`` reports those problems; ``compile`` only has to
be total, deterministic and fast (one pass over each kind of entry, no search).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from eventcode.codebook.compiled import (
    acronym_tokens,
    ActorEntry,
    Agent,
    CodeInfo,
    CompiledCodebook,
    CompiledFrame,
    Discard,
    Example,
    HeadConstraint,
    NameEntry,
    NameIndex,
    NegationCue,
    Operator,
    PairedCode,
    Phrase,
    Profile,
    RoleSpec,
    RoleWindow,
    SlotAlternative,
    When,
    fold_form,
    fold_lemma,
    split_name,
)
from eventcode.codebook.load import Merged, MergedFrame, Sources
from eventcode.codebook.schema import ActorDef, AgentDef, CodebookFile, CodeRow, Role

log = logging.getLogger(__name__)

#: Part of the digest: bump it when the meaning of a compiled codebook changes.
ENGINE_VERSION = "eventcode-codebook-2"

#: The profile used when no loaded codebook declares one: UD v2 relations as Stanza emits them.
DEFAULT_PROFILE = Profile(
    name="ud2",
    slots=MappingProxyType(
        {
            "subject": frozenset({"nsubj"}),
            "object": frozenset({"obj"}),
            "iobj": frozenset({"iobj"}),
            "obl": frozenset({"obl", "obl:arg", "obl:mod", "obl:tmod", "obl:npmod"}),
            "nmod": frozenset({"nmod", "nmod:poss"}),
            "poss": frozenset({"nmod:poss"}),
            "xcomp": frozenset({"xcomp"}),
            "aux": frozenset({"aux"}),
            "prt": frozenset({"compound:prt", "advmod"}),  # particles are often parsed as advmod ("stepped down/ADV")
            "ccomp": frozenset({"ccomp"}),
            "advcl": frozenset({"advcl"}),
            "acl": frozenset({"acl", "acl:relcl"}),
            "appos": frozenset({"appos"}),
            "amod": frozenset({"amod"}),  # "made available ambulances": *available* an amod of the object
            "conj": frozenset({"conj"}),
            "expl": frozenset({"expl", "expl:pv", "expl:comp"}),
        }
    ),
    passive_object=frozenset({"nsubj:pass", "csubj:pass"}),
    passive_subject=frozenset({"obl:agent"}),
)

DEFAULT_NEGATION = "flag"


# --------------------------------------------------------------------------------------------
# Slots
# --------------------------------------------------------------------------------------------


def parse_slot(text: str, *, paths: bool = False) -> tuple[SlotAlternative, ...]:
    """``"nmod:à | obl:à | head.iobj"`` -> alternatives (design §8.3); case lemmas folded.
    With ``paths`` (role slots), an alternative may walk through other slots first:
    ``ccomp/subject`` is the subject of the trigger's clausal complement; a step may have a case
    (``object/nmod:on/amod``: an adjective on the object's *on* phrase).

    Raises ValueError with a readable reason for a malformed slot string.
    """
    alternatives = []
    for raw in text.split("|"):
        alt = raw.strip()
        if not alt:
            raise ValueError(f"empty alternative in slot {text!r}")
        on_head = alt.startswith("head.")
        if on_head:
            alt = alt[len("head.") :]
        *path, last = [part.strip() for part in alt.split("/")] if paths else [alt]
        name, _, case = last.partition(":")
        name, case = name.strip(), case.strip()
        steps = [(p.partition(":")[0].strip(), p.partition(":")[2].strip(), ":" in p) for p in path]
        if (
            any(not p_name or " " in p_name or (colon and not p_case) or " " in p_case for p_name, p_case, colon in steps)
            or not name or " " in name or (":" in last and not case) or " " in case
        ):
            shape = "[head.]NAME[:CASE][/NAME[:CASE]...]" if paths else "[head.]NAME[:CASE]"
            raise ValueError(f"malformed slot alternative {raw.strip()!r} in {text!r}: expected {shape}")
        # a step keeps its case as "NAME:case" ("object/nmod:on/amod")
        walked = tuple(p_name + (f":{fold_lemma(p_case)}" if p_case else "") for p_name, p_case, _ in steps)
        alternatives.append(SlotAlternative(name, fold_lemma(case) if case else None, on_head, walked))
    return tuple(alternatives)


def selected_profile(sources: Sources, language: str | None = None) -> tuple[Profile, str | None]:
    """The profile named by the last codebook (of ``language``) that names one, else ``ud2``.

    Returns the profile and the name that was asked for (None when no codebook names one).
    """
    wanted = None
    for cb in _matching(sources.files, language):
        if cb.header.profile:
            wanted = cb.header.profile
    if wanted is None:
        return DEFAULT_PROFILE, None
    definition = sources.merged.profiles.get(wanted)
    if definition is None:
        return DEFAULT_PROFILE, wanted
    return (
        Profile(
            name=definition.name,
            slots=MappingProxyType({k: frozenset(v) for k, v in sorted(definition.slots.items())}),
            passive_object=frozenset(definition.passive_object)
            if definition.passive_object is not None
            else DEFAULT_PROFILE.passive_object,
            passive_subject=frozenset(definition.passive_subject)
            if definition.passive_subject is not None
            else DEFAULT_PROFILE.passive_subject,
        ),
        wanted,
    )


def _matching(files: Iterable[CodebookFile], language: str | None) -> list[CodebookFile]:
    return [cb for cb in files if language is None or cb.language in (None, language)]


def _language_ok(entry_language: str | None, language: str | None) -> bool:
    return language is None or entry_language is None or entry_language == language


# --------------------------------------------------------------------------------------------
# Frames
# --------------------------------------------------------------------------------------------


def _role_spec(role: Role, merged: Merged) -> RoleSpec:
    try:
        alternatives = parse_slot(role.slot, paths=True)
        fallback = parse_slot(role.fallback, paths=True) if role.fallback else ()
    except ValueError:
        alternatives = fallback = ()
    lemmas: frozenset[str] | None = None
    phrases: frozenset[Phrase] = frozenset()
    if role.in_set is not None:
        found = merged.sets.get(role.in_set)
        lemmas = frozenset(fold_lemma(x) for x in found.lemmas) if found else frozenset()
        if found:
            phrases = frozenset(
                Phrase(fold_lemma(p.head), frozenset(fold_lemma(d) for d in p.dependents)) for p in found.phrases
            )
    elif role.in_lemmas is not None:
        lemmas = frozenset(fold_lemma(x) for x in role.in_lemmas)
    return RoleSpec(
        role=role.name,
        alternatives=alternatives,
        lemmas=lemmas,
        phrases=phrases,
        actor=bool(role.actor),
        required=role.required,
        distribute=role.distribute,  # type: ignore[arg-type]
        upos=frozenset(role.upos) if role.upos is not None else None,
        fallback=fallback,
        first=role.first,
    )


def specificity(roles: Iterable[RoleSpec], when: When, has_in: Iterable[bool]) -> int:
    """How constrained a frame is: each role +1, each ``in:`` +2, each role whose every slot
    alternative names a case +1 (more alternatives make a role more general, never more specific), and +1 for each of ``when``'s cop, case, voice (other than any), upos, each feature,
    head.lemma and head.rel. The trigger's ``upos`` does not count."""
    score = 0
    for role, constrained in zip(roles, has_in):
        cased = bool(role.alternatives) and all(alt.case is not None for alt in role.alternatives)
        score += 1 + (2 if constrained else 0) + (1 if cased else 0)
    score += sum(
        (
            when.cop is not None,
            when.case is not None,
            when.voice != "any",
            when.upos is not None,
            len(when.feats),
            when.head is not None and when.head.lemmas is not None,
            when.head is not None and when.head.rel is not None,
            when.head is not None and when.head.through is not None,
        )
    )
    return score


def _compile_frame(
    entry: MergedFrame, predicate_id: str, upos: tuple[str, ...] | None, merged: Merged, negation_default: str
) -> CompiledFrame:
    frame = entry.frame
    roles = tuple(_role_spec(role, merged) for role in frame.roles)
    w = frame.when
    when = When(
        cop=w.cop,
        case=fold_lemma(w.case) if w.case is not None else None,
        voice=w.voice,  # type: ignore[arg-type]
        upos=frozenset(w.upos) if w.upos is not None else None,
        feats=w.feats,
        head=HeadConstraint(
            lemmas=frozenset(fold_lemma(x) for x in w.head.lemmas) if w.head.lemmas is not None else None,
            rel=w.head.rel,
            through=frozenset(fold_lemma(x) for x in w.head.through) if w.head.through is not None else None,
        )
        if w.head is not None
        else None,
    )
    has_in = [role.in_set is not None or role.in_lemmas is not None for role in frame.roles]
    return CompiledFrame(
        id=frame.id,
        predicate_id=predicate_id,
        trigger_upos=frozenset(upos) if upos is not None else None,
        roles=roles,
        when=when,
        code=frame.code or "",
        also=tuple(PairedCode(a.code, a.swap) for a in frame.also),
        on_negated=frame.on_negated or negation_default,
        tags=frame.tags,
        priority=frame.priority,
        specificity=specificity(roles, when, has_in),
        location=frame.loc,
        examples=tuple(
            Example(
                text=e.text,
                conllu=e.conllu,
                expect=MappingProxyType(dict(e.expect)) if e.expect is not None else None,
                todo=e.todo,
                date=e.date,
                location=e.loc,
            )
            for e in frame.examples
        ),
    )


def compile_triggers(
    merged: Merged, language: str | None, negation_default: str, *, forms: bool = False
) -> dict[str, tuple[CompiledFrame, ...]]:
    """Folded lemma -> frames, most specific first: (priority desc, specificity desc, file order).
    With ``forms``, the index of the predicates' trigger forms instead."""
    ranked: dict[str, list[tuple[int, int, int, CompiledFrame]]] = {}
    for pid, pred in merged.predicates.items():
        if not _language_ok(pred.language, language):
            continue
        keys = pred.predicate.forms if forms else pred.predicate.lemmas
        lemmas = dict.fromkeys(fold_lemma(lemma) for lemma in keys)
        for entry in pred.frames.values():
            frame = _compile_frame(entry, pid, pred.predicate.upos, merged, negation_default)
            for lemma in lemmas:
                ranked.setdefault(lemma, []).append((-frame.priority, -frame.specificity, entry.seq, frame))
    return {lemma: tuple(f for *_, f in sorted(items, key=lambda x: x[:3])) for lemma, items in sorted(ranked.items())}


# --------------------------------------------------------------------------------------------
# Taxonomy, actors, agents
# --------------------------------------------------------------------------------------------


def compile_taxonomy(rows: Mapping[str, CodeRow]) -> dict[str, CodeInfo]:
    """Code -> CodeInfo; ``root`` is the two-digit ancestor; extensions copy what they leave out
    (goldstein, quad class, PLOVER) from their parent."""
    result: dict[str, CodeInfo] = {}

    def info(code: str, depth: int = 0) -> CodeInfo | None:
        if code in result:
            return result[code]
        row = rows.get(code)
        if row is None or depth > len(rows):
            return None
        parent = info(row.parent, depth + 1) if row.parent else None
        root = parent.root if parent is not None else (code if row.parent is None else code[:2])
        goldstein, quad = row.goldstein, row.quad_class
        event = row.plover.event if row.plover else None
        mode = row.plover.mode if row.plover else None
        swap = row.plover.swap if row.plover else False
        context = row.plover.context if row.plover else None
        if row.extension and parent is not None:
            goldstein = parent.goldstein if goldstein is None else goldstein
            quad = parent.quad_class if quad is None else quad
            if row.plover is None:
                event, mode, swap = parent.plover_event, parent.plover_mode, parent.plover_swap
                context = parent.plover_context
        result[code] = CodeInfo(
            code, row.name, row.parent, root, goldstein, quad, event, mode, swap, row.extension, context or None
        )
        return result[code]

    for code in rows:
        info(code)
    return {code: result[code] for code in rows if code in result}


def compile_actor(actor: ActorDef) -> ActorEntry:
    """Default = ``code`` (countries), else the undated role; dated windows sorted by start."""
    dated = [role for role in actor.roles if role.start is not None or role.end is not None]
    undated = [role for role in actor.roles if role.start is None and role.end is None]
    default = actor.code or (undated[-1].code if undated else None)
    windows = tuple(
        sorted((RoleWindow(r.code, r.start, r.end) for r in dated), key=lambda w: (w.start or "", w.end or "9999"))
    )
    return ActorEntry(actor.id, actor.type or "", default, windows, actor.loc)


def compile_names(actors: Mapping[str, ActorDef], language: str | None) -> tuple[NameIndex, dict[str, str]]:
    """The name trie (names in every language) and demonym -> actor id.

    Names of every language are kept, because news in one language often writes a name the way
    another does (Kyiv in French text); where one name stands for two actors in two languages
    ("Congo"), the matcher prefers the entry of the document's language (``NameEntry.lang``).
    A demonym of ``language`` wins over the same form in another language.
    """
    entries = []
    demonyms: dict[str, str] = {}
    other_demonyms: dict[str, str] = {}
    for actor in actors.values():
        for name in actor.names:
            tokens = split_name(name.text)
            if tokens:
                entries.append(
                    NameEntry(actor.id, tokens, name.lang, name.start, name.end, exact=acronym_tokens(name.text))
                )
        for demonym in actor.demonyms:
            target = demonyms if _language_ok(demonym.lang, language) else other_demonyms
            target.setdefault(fold_form(demonym.text), actor.id)
    for form, actor_id in other_demonyms.items():
        demonyms.setdefault(form, actor_id)
    return NameIndex.build(entries), demonyms


def _agent(definition: AgentDef, lemmas: frozenset[str]) -> Agent:
    """The compiled agent of a definition: the sector is the code without its ``~`` (``~MIL`` ->
    ``MIL``; a ``~`` after it, ``NGO~``, makes a prefix agent)."""
    return Agent(
        id=definition.id,
        sector=definition.code.strip("~"),
        prefix=definition.code.endswith("~"),
        lemmas=lemmas,
        country_from=definition.country_from if definition.country_from is not None else ("demonym", "nmod:de"),
        location=definition.loc,
    )


def compile_agents(merged: Merged, language: str | None) -> dict[str, Agent]:
    """Folded lemma -> Agent (its one-word lemmas; see :func:`compile_agent_phrases` for the others)."""
    agents: dict[str, Agent] = {}
    for agent in merged.agents.values():
        lemmas = frozenset(
            fold_lemma(text) for lang, text in agent.lemmas if _language_ok(lang, language) and len(text.split()) == 1
        )
        compiled = _agent(agent, lemmas)
        for lemma in sorted(lemmas):
            agents.setdefault(lemma, compiled)
    return agents


# --------------------------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------------------------


def compile_discards(merged: Merged, language: str | None) -> dict[str, tuple[Discard, ...]]:
    """First folded word -> the :class:`Discard` phrases of the language that start with it
    (words folded as names are), so that a sentence is checked with one lookup per word."""
    table: dict[str, list[Discard]] = {}
    for d in merged.discards.values():
        for lang, text in d.phrases:
            words = tuple(fold_form(w) for w in text.split())
            if words and _language_ok(lang, language):
                table.setdefault(words[0], []).append(Discard(id=d.id, words=words, scope=d.scope, location=d.loc))
    return {first: tuple(items) for first, items in table.items()}


def compile_agent_phrases(
    merged: Merged, language: str | None
) -> dict[str, tuple[tuple[frozenset[str], Agent], ...]]:
    """Multiword agent lemmas ("main opposition group", "human rights activist"): each word ->
    (the other words, the agent), the phrases with most words first. The filler's lemma must be
    one of the words and the others must be lemmas or forms in the filler's phrase."""
    table: dict[str, list[tuple[frozenset[str], Agent]]] = {}
    for agent in merged.agents.values():
        compiled = _agent(agent, frozenset())
        for lang, text in agent.lemmas:
            # a French elision is a word of its own in UD ("forces de l'ordre": l' + ordre)
            words = [fold_lemma(w) for w in text.replace("'", "' ").split()]
            if len(words) < 2 or not _language_ok(lang, language):
                continue
            for k, word in enumerate(words):
                table.setdefault(word, []).append((frozenset(words[:k] + words[k + 1 :]), compiled))
    return {word: tuple(sorted(entries, key=lambda e: (-len(e[0]), e[1].id))) for word, entries in sorted(table.items())}


def _freeze(mapping: Mapping) -> MappingProxyType:
    return MappingProxyType(dict(mapping))


def compile_codebook(sources: Sources, language: str | None = None) -> CompiledCodebook:
    """Build the :class:`CompiledCodebook` the matcher reads from loaded (and checked) sources.

    ``language`` keeps the predicates, operators, names, demonyms and agent lemmas of that
    language and those without a language; None keeps everything.
    """
    merged = sources.merged
    matching = _matching(sources.files, language)
    negation_default = DEFAULT_NEGATION
    cues: list[NegationCue] = []
    for cb in matching:
        if cb.negation is None:
            continue
        if cb.negation.default is not None:
            negation_default = cb.negation.default
        for cue in cb.negation.cues:
            compiled_cue = NegationCue(
                rel=cue.rel,
                feats=cue.feats,
                lemmas=frozenset(fold_lemma(x) for x in cue.lemmas) if cue.lemmas is not None else None,
                on=cue.on,
            )
            if compiled_cue not in cues:
                cues.append(compiled_cue)
    # the last file (in load order) that says what to do with unresolved actors decides
    unresolved_actors = next((cb.unresolved_actors for cb in reversed(matching) if cb.unresolved_actors), "none")
    agent_codes = next((cb.agent_codes for cb in reversed(matching) if cb.agent_codes), "country")
    profile, _ = selected_profile(sources, language)
    operators: dict[str, Operator] = {}
    for entry in merged.operators.values():
        if not _language_ok(entry.language, language):
            continue
        op = entry.operator
        compiled_op = Operator(
            id=op.id,
            lemmas=frozenset(fold_lemma(x) for x in op.lemmas),
            via=op.via,
            recode=_freeze({src: dst for src, dst, *_ in op.recode}),
            location=op.loc,
            marks=frozenset(fold_lemma(x) for x in op.marks),
        )
        for lemma in sorted(compiled_op.lemmas):
            operators.setdefault(lemma, compiled_op)
    names, demonyms = compile_names(merged.actors, language)
    digest = hashlib.sha256(ENGINE_VERSION.encode())
    for text in sorted(cb.text for cb in sources.files):
        digest.update(b"\0" + text.encode("utf-8"))
    triggers = compile_triggers(merged, language, negation_default)
    agents = compile_agents(merged, language)
    agent_phrases = compile_agent_phrases(merged, language)
    codebook = CompiledCodebook(
        name="+".join(sources.roots) or "+".join(sorted({cb.name for cb in sources.files if cb.name})),
        taxonomy=_freeze(compile_taxonomy(merged.taxonomy)),
        profile=profile,
        triggers=_freeze(triggers),
        form_triggers=_freeze(compile_triggers(merged, language, negation_default, forms=True)),
        operators=_freeze(operators),
        sets=_freeze({name: frozenset(fold_lemma(x) for x in s.lemmas) for name, s in merged.sets.items()}),
        negation_cues=tuple(cues),
        negation_default=negation_default,
        unresolved_actors=unresolved_actors,
        agent_codes=agent_codes,
        names=names,
        demonyms=_freeze(demonyms),
        actors=_freeze({aid: compile_actor(actor) for aid, actor in merged.actors.items()}),
        agents=_freeze(agents),
        agent_phrases=_freeze(agent_phrases),
        agents_by_id=_freeze({a.id: a for a in [*agents.values(), *(a for group in agent_phrases.values() for _, a in group)]}),
        discards=_freeze(compile_discards(merged, language)),
        digest=digest.hexdigest(),
        sources=tuple(cb.path for cb in sources.files),
        language=language,
    )
    log.debug("compiled %s: %d trigger lemmas, %d actors", codebook.name, len(triggers), len(codebook.actors))
    return codebook

