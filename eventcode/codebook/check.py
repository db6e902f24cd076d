"""Semantic checks on merged codebook entries (design §8.6): does every reference resolve, are the
dates coherent, can every frame be reached?

The schema already checked the *shape* of each file; these checks need all files at once: the
taxonomy, the sets, the profile, the actors. Ambiguous and shadowed frames are warnings.

Shadowing, exactly: frame A *covers* frame B (same trigger lemma) when every sentence B matches
is also matched by A, judged only from what is written, conservatively:

- A's trigger UPOS is unconstrained or a superset of B's; every ``when`` constraint of A is
  absent or equal in B (``feats``: A's features are a subset of B's);
- every *required* role of A has a required role of the same name in B such that every slot
  alternative of B's role is an alternative of A's role with the same name and ``head.``,
  and A's case is absent or equal to B's; A's ``in:`` is absent or a superset of B's lemmas
  and phrases; A's ``actor``/``upos`` are absent or no stricter than B's. Optional roles of A
  never stop A from matching, so they are ignored;
- a ``pairwise`` source of A (which fails with one actor and no target) is one of B too.

If A covers B, A is tried first (see ``compile_triggers``) and the first frame that binds
wins, B is never used: W103 if A is strictly more general or has a higher priority, W102
(ambiguous) when A and B cover each other with the same priority. The check is sound (it
never reports a frame that can be reached under first-match semantics) but not complete: two
frames that overlap only partly, or through different role names, are not reported.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from eventcode.codebook.compile import compile_triggers, parse_slot, selected_profile
from eventcode.codebook.compiled import COMPOSING_TYPES, NO_EVENT, CompiledFrame, Location, Profile, RoleSpec
from eventcode.codebook.errors import CodebookError
from eventcode.codebook.load import Merged, Sources
from eventcode.codebook.schema import ActorDef, Reader

_UNDATED = object()


def check_sources(sources: Sources) -> list[CodebookError]:
    """Every semantic error and warning of loaded sources (not the load errors themselves)."""
    r = Reader()
    merged = sources.merged
    _check_taxonomy(merged, r)
    _check_codes(sources, r)
    _check_sets(merged, r)
    _check_slots(sources, r)
    _check_frame_ids(merged, r)
    for actor in merged.actors.values():
        check_roles(actor, r)
    _check_examples(merged, r)
    _check_frame_order(sources, r)
    return r.errors


def _hint(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --- taxonomy and codes ------------------------------------------------------------------------


def _check_taxonomy(merged: Merged, r: Reader) -> None:
    rows = merged.taxonomy
    for code, row in rows.items():
        if row.parent is None:
            if len(code) != 2:  # a root: CAMEO's, or an extension's own ("34" for a dictionary's "345")
                r.error(row.loc, "E043", f"taxonomy code {code!r} has no parent: only two-digit root codes may")
            continue
        if row.parent not in rows:
            r.error(row.parent_loc, "E040", f"taxonomy code {code!r}: unknown parent {row.parent!r}")
            continue
        seen = {code}
        parent: str | None = row.parent
        while parent is not None and parent in rows:
            if parent in seen:
                r.error(row.loc, "E043", f"taxonomy code {code!r} is its own ancestor (parent cycle)")
                break
            seen.add(parent)
            parent = rows[parent].parent


def _code_ok(code: str | None, loc: Location | None, where: str, taxonomy: Mapping[str, object], r: Reader) -> None:
    if code is not None and code != "*" and code not in taxonomy:
        r.error(loc, "E040", f"{where}: unknown CAMEO code {code!r} (not in the taxonomy){_hint(code, taxonomy)}")


def _policy_code(policy: str | None) -> str | None:
    return policy.split(":", 1)[1] if policy and policy.startswith("recode:") else None


def _check_codes(sources: Sources, r: Reader) -> None:
    merged, taxonomy = sources.merged, sources.merged.taxonomy
    for pred in merged.predicates.values():
        for entry in pred.frames.values():
            f = entry.frame
            where = f"frame {f.id!r}"
            if f.code != NO_EVENT:
                _code_ok(f.code, f.code_loc, where, taxonomy, r)
            for also in f.also:
                _code_ok(also.code, also.loc, f"{where} also", taxonomy, r)
            _code_ok(_policy_code(f.on_negated), f.on_negated_loc, f"{where} on_negated", taxonomy, r)
            for example in f.examples:
                for key in ("code", "root"):
                    if example.expect and key in example.expect:
                        _code_ok(example.expect[key], example.expect_locs[key], f"{where} example", taxonomy, r)
    for entry in merged.operators.values():
        for src, dst, src_loc, dst_loc in entry.operator.recode:
            _code_ok(src, src_loc, f"operator {entry.operator.id!r} recode", taxonomy, r)
            if dst != NO_EVENT:
                _code_ok(dst, dst_loc, f"operator {entry.operator.id!r} recode", taxonomy, r)
    for cb in sources.files:
        if cb.negation is not None:
            _code_ok(_policy_code(cb.negation.default), cb.negation.default_loc, "negation.default", taxonomy, r)


# --- sets, slots, ids -------------------------------------------------------------------------


def _check_sets(merged: Merged, r: Reader) -> None:
    for pred in merged.predicates.values():
        for entry in pred.frames.values():
            for role in entry.frame.roles:
                if role.in_set is not None and role.in_set not in merged.sets:
                    r.error(
                        role.in_loc,
                        "E030",
                        f"role {role.name!r} of frame {entry.frame.id!r}: unknown set "
                        f"${role.in_set}{_hint(role.in_set, merged.sets)}",
                    )


def _slot_names(text: str, loc: Location | None, where: str, profile: Profile, r: Reader, *, paths: bool = False) -> None:
    try:
        alternatives = parse_slot(text, paths=paths)
    except ValueError as exc:
        r.error(loc, "E004", f"{where}: {exc}")
        return
    for alt in alternatives:
        for name in (*(step.partition(":")[0] for step in alt.path), alt.name):
            if name not in profile.slots:
                declared = ", ".join(sorted(profile.slots))
                r.error(
                    loc,
                    "E041",
                    f"{where}: unknown slot {name!r}{_hint(name, profile.slots)}; "
                    f"profile {profile.name!r} declares {declared}",
                )


def _check_slots(sources: Sources, r: Reader) -> None:
    merged = sources.merged
    for cb in sources.files:
        if cb.header.profile and cb.header.profile not in merged.profiles:
            r.error(
                cb.header.profile_loc,
                "E042",
                f"unknown profile {cb.header.profile!r}{_hint(cb.header.profile, merged.profiles)}",
            )
    profiles: dict[str | None, Profile] = {}

    def profile_for(language: str | None) -> Profile:
        if language not in profiles:
            profiles[language] = selected_profile(sources, language)[0]
        return profiles[language]

    for pred in merged.predicates.values():
        profile = profile_for(pred.language)
        for entry in pred.frames.values():
            f = entry.frame
            for role in f.roles:
                _slot_names(role.slot, role.slot_loc, f"role {role.name!r} of frame {f.id!r}", profile, r, paths=True)
                if role.fallback is not None:
                    where = f"role {role.name!r} of frame {f.id!r} fallback"
                    _slot_names(role.fallback, role.fallback_loc, where, profile, r, paths=True)
            head = f.when.head
            if head is not None and head.rel is not None:
                _slot_names(head.rel, head.rel_loc, f"frame {f.id!r} when.head.rel", profile, r)
    for entry in merged.operators.values():
        op = entry.operator
        for via in op.via:
            _slot_names(via, op.via_loc or op.loc, f"operator {op.id!r} via", profile_for(entry.language), r)
    for agent in merged.agents.values():
        for source in agent.country_from or ():
            if source != "demonym":
                _slot_names(source, agent.loc, f"agent {agent.id!r} country_from", profile_for(None), r)


def _check_frame_ids(merged: Merged, r: Reader) -> None:
    first: dict[str, tuple[str, Location]] = {}
    for pid, pred in merged.predicates.items():
        for fid, entry in pred.frames.items():
            if fid in first and first[fid][0] != pid:
                r.error(
                    entry.loc,
                    "E053",
                    f"frame id {fid!r} is also used in predicate {first[fid][0]!r} at {first[fid][1]}: "
                    "frame ids are global",
                )
            else:
                first.setdefault(fid, (pid, entry.loc))


# --- actors ----------------------------------------------------------------------------------


def check_roles(actor: ActorDef, r: Reader) -> None:
    """Reversed windows, overlapping windows, an undated role that is not the last one."""
    dated = []
    for k, role in enumerate(actor.roles):
        if role.start is None and role.end is None:
            if k != len(actor.roles) - 1:
                r.error(
                    role.loc,
                    "E052",
                    f"actor {actor.id!r}: the undated role {role.code!r} must be the last role (it is the default)",
                )
            continue
        if role.start is not None and role.end is not None and role.end < role.start:
            message = f"actor {actor.id!r}: role {role.code!r} ends ({role.end}) before it starts ({role.start})"
            r.error(role.loc, "E051", message)
            continue
        dated.append(role)
    dated.sort(key=lambda role: role.start or "")
    for before, after in zip(dated, dated[1:]):
        if before.end is None or (after.start is not None and before.end >= after.start) or after.start is None:
            r.error(
                after.loc,
                "E050",
                f"actor {actor.id!r}: role {after.code!r} ({after.start or '…'} to {after.end or '…'}) overlaps "
                f"role {before.code!r} ({before.start or '…'} to {before.end or '…'}, line {before.loc.line})",
            )
    for name in actor.names:
        if name.start is not None and name.end is not None and name.end < name.start:
            message = f"actor {actor.id!r}: name {name.text!r} ends ({name.end}) before it starts ({name.start})"
            r.error(name.loc, "E051", message)


def known_actor_codes(merged: Merged) -> set[str]:
    """Actor ids and codes, role codes, agent sectors alone (no country found: ``CVL``) and every
    country code composed with every agent sector (``FRAMIL``)."""
    codes: set[str] = set()
    countries: set[str] = set()
    for actor in merged.actors.values():
        codes.add(actor.id)
        if actor.code:
            codes.add(actor.code)
            if actor.type in COMPOSING_TYPES:
                countries.add(actor.code)
        codes.update(role.code for role in actor.roles)
    sectors = {agent.code.lstrip("~") for agent in merged.agents.values()}
    codes.update(sectors)
    codes.update(country + sector for country in countries for sector in sectors)
    return codes


def _check_examples(merged: Merged, r: Reader) -> None:
    known: set[str] | None = None
    for pred in merged.predicates.values():
        for entry in pred.frames.values():
            for example in entry.frame.examples:
                for key in ("source", "target"):
                    value = (example.expect or {}).get(key)
                    if value is None or value == "none":
                        continue
                    known = known if known is not None else known_actor_codes(merged)
                    if value not in known:
                        r.warn(
                            example.expect_locs[key],
                            "W104",
                            f"frame {entry.frame.id!r} example expects {key} {value!r}, "
                            "which no actor or agent produces",
                        )


# --- frame order: ambiguity and shadowing ---------------------------------------------------------


def _alt_covers(a: RoleSpec, b: RoleSpec) -> bool:
    return all(
        any(
            x.name == y.name and x.path == y.path and x.on_head == y.on_head and (x.case is None or x.case == y.case)
            for x in a.alternatives
        )
        for y in b.alternatives
    )


def _role_covers(a: RoleSpec, b: RoleSpec) -> bool:
    if not b.required or not _alt_covers(a, b):
        return False
    if b.fallback and not set(b.fallback) <= set(a.alternatives) | set(a.fallback):
        return False  # b also binds through its fallback, where a may not
    if a.lemmas is not None and (b.lemmas is None or not b.lemmas <= a.lemmas or not b.phrases <= a.phrases):
        return False
    if a.actor and not b.actor:
        return False
    return a.upos is None or (b.upos is not None and b.upos <= a.upos)


def covers(a: CompiledFrame, b: CompiledFrame) -> bool:
    """True when every sentence matched by ``b`` is matched by ``a`` (see the module docstring)."""
    if a.trigger_upos is not None and (b.trigger_upos is None or not b.trigger_upos <= a.trigger_upos):
        return False
    wa, wb = a.when, b.when
    if (wa.cop is not None and wa.cop != wb.cop) or (wa.case is not None and wa.case != wb.case):
        return False
    if (wa.voice != "any" and wa.voice != wb.voice) or (wa.upos is not None and wa.upos != wb.upos):
        return False
    if not set(wa.feats) <= set(wb.feats) or (wa.head is not None and wa.head != wb.head):
        return False
    b_roles = {role.role: role for role in b.roles}
    a_source, b_source = next((r for r in a.roles if r.role == "source"), None), b_roles.get("source")
    if a_source is not None and a_source.distribute == "pairwise" and (b_source is None or b_source.distribute != "pairwise"):
        return False  # a pairwise source fails with one actor and no target, where b still binds
    return all(
        role.role in b_roles and _role_covers(role, b_roles[role.role]) for role in a.roles if role.required
    )


def _never_matches(frame: CompiledFrame) -> bool:
    """A role whose ``in:`` is empty (an unknown or empty set) or whose slot did not parse can
    never bind: such a frame is reported elsewhere (E030, E004) and left out of the order checks."""
    return any(
        not role.alternatives or (role.required and role.lemmas == frozenset() and not role.phrases)
        for role in frame.roles
    )


def _check_frame_order(sources: Sources, r: Reader) -> None:
    reported: set[tuple[str, str]] = set()
    languages = sorted({pred.language for pred in sources.merged.predicates.values()}, key=lambda x: x or "")
    for language in languages or [None]:
        triggers = compile_triggers(sources.merged, language, "flag")
        for lemma, all_frames in triggers.items():
            frames = [f for f in all_frames if not _never_matches(f)]
            for j, later in enumerate(frames):
                for earlier in frames[:j]:
                    if earlier.id == later.id or (earlier.id, later.id) in reported or not covers(earlier, later):
                        continue
                    reported.add((earlier.id, later.id))
                    if earlier.priority == later.priority and covers(later, earlier):
                        r.warn(
                            later.location,
                            "W102",
                            f"frames {earlier.id!r} ({earlier.location}) and {later.id!r} of trigger {lemma!r} have "
                            f"the same constraints and priority: {later.id!r} is never used; "
                            "add a constraint or a priority",
                        )
                    else:
                        r.warn(
                            later.location,
                            "W103",
                            f"frame {later.id!r} of trigger {lemma!r} is shadowed by {earlier.id!r} "
                            f"({earlier.location}), tried first (priority {earlier.priority}, specificity "
                            f"{earlier.specificity}) and at least as general: {later.id!r} is never used",
                        )
                    break
