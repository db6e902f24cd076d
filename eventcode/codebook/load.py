"""Load codebook files: find them, resolve ``extends``, expand templates, merge entries by id.

The result does not depend on the order of the paths: files are sorted by codebook dependency
(a codebook comes after the codebooks it extends), then by codebook name, then by path. Entries
merge by id in that order (design §8.2): a second definition of an id needs ``replace: true``,
``disable: true`` removes one, a predicate entry that gives only ``frames`` adds to (or edits the
frames of) the predicate of the same id, and a set entry with ``add:``/``remove:`` edits a set.
"""

from __future__ import annotations

import difflib
import heapq
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from eventcode.codebook.compiled import Location
from eventcode.codebook.errors import CodebookError
from eventcode.codebook.schema import (
    ActorDef,
    AgentDef,
    CodebookFile,
    CodeRow,
    DiscardDef,
    Frame,
    Header,
    MergeFlags,
    OperatorDef,
    empty_header,
    PhraseDef,
    Predicate,
    ProfileDef,
    Reader,
    SetDef,
    Template,
    expand_template,
    read_file,
    read_header,
)
from eventcode.codebook.shipped import shipped_dir
from eventcode.codebook.yamlload import MMap, MNode, parse_text

log = logging.getLogger(__name__)

TAXONOMY_CODEBOOK = "cameo"
_NAME_LINE = re.compile(r"""^codebook:\s*["']?([^"'\s#]+)""", re.MULTILINE)


@attrs.frozen(slots=True)
class MergedSet:
    """A set after every ``add``/``remove`` of the loaded extensions."""

    name: str
    lemmas: tuple[str, ...]
    phrases: tuple[PhraseDef, ...]
    loc: Location


@attrs.frozen(slots=True)
class MergedFrame:
    """A frame, its rank in file order (``seq``) and the language of its predicate's codebook."""

    frame: Frame
    seq: int
    language: str | None

    @property
    def loc(self) -> Location:
        return self.frame.loc


@attrs.define(slots=True)
class MergedPredicate:
    """A predicate and its frames by id, after every extension was applied."""

    predicate: Predicate
    language: str | None
    frames: dict[str, MergedFrame]

    @property
    def loc(self) -> Location:
        return self.predicate.loc


@attrs.frozen(slots=True)
class MergedOperator:
    operator: OperatorDef
    language: str | None

    @property
    def loc(self) -> Location:
        return self.operator.loc


@attrs.define(slots=True)
class Merged:
    """Every entry of every loaded file, merged by id (insertion order = deterministic load order)."""

    taxonomy: dict[str, CodeRow] = attrs.Factory(dict)
    conventions: dict[str, str] = attrs.Factory(dict)
    profiles: dict[str, ProfileDef] = attrs.Factory(dict)
    sets: dict[str, MergedSet] = attrs.Factory(dict)
    templates: dict[str, Template] = attrs.Factory(dict)
    predicates: dict[str, MergedPredicate] = attrs.Factory(dict)
    operators: dict[str, MergedOperator] = attrs.Factory(dict)
    actors: dict[str, ActorDef] = attrs.Factory(dict)
    agents: dict[str, AgentDef] = attrs.Factory(dict)
    discards: dict[str, DiscardDef] = attrs.Factory(dict)


@attrs.frozen(slots=True)
class Sources:
    """What :func:`load_sources` read: the files in load order, their merged entries, the errors.

    ``roots`` are the codebooks that no other loaded codebook extends (what the user asked for).
    """

    files: tuple[CodebookFile, ...]
    merged: Merged
    errors: tuple[CodebookError, ...]
    roots: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Finding and reading files
# --------------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Raw:
    path: str
    text: str
    root: MNode | None
    header: Header


def _expand_paths(paths: Iterable[str | Path], r: Reader) -> list[Path]:
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.yaml") if p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            r.error(Location(str(path), 1, 1), "E012", f"no codebook file or folder at {str(path)!r}")
    return found


def display_path(path: Path) -> str:
    """How a codebook file is named in locations: shipped files as ``codebooks/fr/events.yaml``
    wherever eventcode is installed (so provenance is the same on every machine), others as given."""
    try:
        return (Path("codebooks") / path.resolve().relative_to(shipped_dir().resolve())).as_posix()
    except ValueError:
        return str(path)


def _read(path: Path, r: Reader) -> _Raw | None:
    label = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        r.error(Location(label, 1, 1), "E012", f"cannot read the file: {exc}")
        return None
    before = len(r.errors)
    root = parse_text(text, label, r.errors)
    if root is None and len(r.errors) > before:  # a YAML error, already reported
        return _Raw(label, text, None, empty_header(label))
    return _Raw(label, text, root, read_header(root, label, text, r))


def shipped_index(folder: Path | None = None) -> dict[str, list[Path]]:
    """Shipped codebook name -> files, from each file's top-level ``codebook:`` line (no YAML parse)."""
    folder = folder or shipped_dir()
    index: dict[str, list[Path]] = {}
    for path in sorted(folder.rglob("*.yaml")) if folder.is_dir() else ():
        match = _NAME_LINE.search(path.read_text(encoding="utf-8"))
        if match:
            index.setdefault(match.group(1), []).append(path)
    return index


def _gather(paths: tuple[str | Path, ...], r: Reader) -> tuple[list[_Raw], set[str]]:
    """The given files, plus the shipped codebooks they extend, plus the taxonomy if none has one;
    and the names of the codebooks asked for."""
    shipped: dict[str, list[Path]] | None = None
    if not paths:
        shipped = shipped_index()
        paths = tuple(p for files in shipped.values() for p in files)
    raws: list[_Raw] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        if path.resolve() in seen:
            return
        seen.add(path.resolve())
        raw = _read(path, r)
        if raw is not None:
            raws.append(raw)

    for path in _expand_paths(paths, r):
        add(path)
    asked = {raw.header.name for raw in raws if raw.header.name}
    pending = True
    while pending:
        pending = False
        names = {raw.header.name for raw in raws}
        wanted = sorted({e.value for raw in raws for e in raw.header.extends} - names)
        if not any(raw.header.has_taxonomy for raw in raws) and TAXONOMY_CODEBOOK not in names:
            wanted.append(TAXONOMY_CODEBOOK)
        for name in wanted:
            if shipped is None:
                shipped = shipped_index()
            for path in shipped.get(name, ()):
                if path.resolve() not in seen:
                    add(path)
                    pending = True
    known = {raw.header.name for raw in raws} | set(shipped or ())
    for raw in raws:
        for item in raw.header.extends:
            if item.value not in known:
                close = difflib.get_close_matches(item.value, sorted(n for n in known if n), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                r.error(item.loc, "E020", f"extends unknown codebook {item.value!r}{hint}: neither given nor shipped")
    return raws, asked


def _ordered(raws: list[_Raw], r: Reader) -> list[_Raw]:
    """Dependencies first, then codebook name, then path (Kahn's algorithm with a sorted queue)."""
    by_name: dict[str, list[_Raw]] = {}
    for raw in raws:
        by_name.setdefault(raw.header.name or "", []).append(raw)
    deps = {name: {e.value for f in files for e in f.header.extends} & set(by_name) for name, files in by_name.items()}
    waiting = {name: len(d) for name, d in deps.items()}
    users: dict[str, list[str]] = {name: [] for name in by_name}
    for name, d in deps.items():
        for dep in d:
            users[dep].append(name)
    ready = [name for name, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        name = heapq.heappop(ready)
        order.append(name)
        for user in users[name]:
            waiting[user] -= 1
            if waiting[user] == 0:
                heapq.heappush(ready, user)
    for name in sorted(set(by_name) - set(order)):
        first = sorted(by_name[name], key=lambda raw: raw.path)[0]
        loc = first.header.extends[0].loc if first.header.extends else first.header.name_loc
        r.error(loc, "E021", f"codebook {name!r} is part of an extends cycle")
        order.append(name)
    return [raw for name in order for raw in sorted(by_name[name], key=lambda raw: raw.path)]


# --------------------------------------------------------------------------------------------
# Merging by id
# --------------------------------------------------------------------------------------------


def _merge(
    table: dict[str, Any],
    key: str,
    entry: Any,
    loc: Location,
    flags: MergeFlags,
    what: str,
    r: Reader,
    edit: Callable[[Any, Any], bool] | None = None,
) -> None:
    """Add ``entry`` under ``key``, following replace/disable; ``edit`` merges into an existing
    entry and returns False when the new entry is a redefinition after all."""
    old = table.get(key)
    if flags.disable:
        if old is None:
            r.error(loc, "E023", f"cannot disable {what} {key!r}: no {what} with this id was loaded before")
        else:
            del table[key]
        return
    if old is None:
        if flags.replace:
            r.warn(loc, "W105", f"replace: true, but no {what} {key!r} was loaded before")
        table[key] = entry
        return
    if flags.replace:
        del table[key]
        table[key] = entry
        return
    if edit is not None and edit(old, entry):
        return
    r.error(
        loc,
        "E022",
        f"duplicate {what} id {key!r}: already defined at {old.loc}; "
        "add replace: true to redefine it, or disable: true to remove it",
    )


def _merge_file(merged: Merged, cb: CodebookFile, r: Reader, counter: list[int]) -> None:
    if cb.taxonomy is not None:
        merged.conventions.update(cb.taxonomy.conventions)
        for row in cb.taxonomy.codes:
            _merge(merged.taxonomy, row.code, row, row.loc, row.flags, "taxonomy code", r)
    for profile in cb.profiles:
        _merge(merged.profiles, profile.name, profile, profile.loc, profile.flags, "profile", r)
    for s in cb.sets:
        _merge_set(merged, s, r)
    for pred in cb.predicates:
        _merge_predicate(merged, pred, cb.language, r, counter)
    for op in cb.operators:
        _merge(merged.operators, op.id, MergedOperator(op, cb.language), op.loc, op.flags, "operator", r)
    for actor in cb.actors:
        _merge(merged.actors, actor.id, actor, actor.loc, actor.flags, "actor", r)
    for agent in cb.agents:
        _merge(merged.agents, agent.id, agent, agent.loc, agent.flags, "agent", r)
    for discard in cb.discards:
        _merge(merged.discards, discard.id, discard, discard.loc, discard.flags, "discard", r)


def _merge_set(merged: Merged, s: SetDef, r: Reader) -> None:
    if s.is_edit and s.name not in merged.sets and not s.flags.disable:
        r.error(s.loc, "E023", f"cannot add to or remove from set {s.name!r}: no set with this name was loaded before")
        return
    lemmas = tuple(dict.fromkeys((*(s.lemmas or ()), *s.add)))
    lemmas = tuple(lemma for lemma in lemmas if lemma not in s.remove)
    entry = MergedSet(s.name, lemmas, s.phrases, s.loc)

    def edit(old: MergedSet, new: MergedSet) -> bool:
        if not s.is_edit:
            return False
        kept = tuple(dict.fromkeys((*old.lemmas, *s.add)))
        merged.sets[s.name] = attrs.evolve(old, lemmas=tuple(x for x in kept if x not in s.remove))
        return True

    _merge(merged.sets, s.name, entry, s.loc, s.flags, "set", r, edit)


def _merge_predicate(merged: Merged, pred: Predicate, language: str | None, r: Reader, counter: list[int]) -> None:
    def frames_of(target: MergedPredicate, frames: Iterable[Frame], fresh: bool) -> None:
        for frame in frames:
            counter[0] += 1
            entry = MergedFrame(frame, counter[0], target.language)
            if fresh and frame.flags.disable:
                r.error(frame.loc, "E023", f"cannot disable frame {frame.id!r}: predicate {pred.id!r} is new here")
                continue
            _merge(target.frames, frame.id, entry, frame.loc, frame.flags, "frame", r)

    def edit(old: MergedPredicate, new: MergedPredicate) -> bool:
        if pred.redefines:
            return False
        frames_of(old, pred.frames, fresh=False)
        return True

    if pred.id not in merged.predicates and not pred.flags.disable and not pred.redefines:
        r.error(
            pred.loc,
            "E002",
            f"predicate {pred.id!r} has no 'lemma' or 'trigger' (and no predicate with this id was loaded before)",
        )
        return
    entry = MergedPredicate(pred, language, {})
    if pred.id not in merged.predicates or pred.flags.replace:
        frames_of(entry, pred.frames, fresh=True)
    _merge(merged.predicates, pred.id, entry, pred.loc, pred.flags, "predicate", r, edit)


# --------------------------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------------------------


def load_sources(*paths: str | Path) -> Sources:
    """Read codebooks (files, or folders of ``*.yaml``), what they extend and the taxonomy.

    With no path, every shipped codebook is loaded. Never raises for a bad codebook: every
    problem found while reading, expanding and merging is in ``Sources.errors``.
    """
    r = Reader()
    raws, asked = _gather(paths, r)
    raws = _ordered(raws, r)
    merged = Merged()
    for raw in raws:
        for template in raw.header.templates:
            _merge(merged.templates, template.name, template, template.loc, template.flags, "template", r)

    def expand(use_site: MMap, where: str) -> MMap | None:
        use = use_site.get("use")
        name = r.text(use, f"{where}.use")
        if name is None:
            return None
        template = merged.templates.get(name)
        if template is None:
            close = difflib.get_close_matches(name, sorted(merged.templates), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            loc = use.loc if use is not None else use_site.loc
            r.error(loc, "E031", f"{where}: unknown template {name!r}{hint}")
            return None
        return expand_template(use_site, template, where, r)

    files = tuple(read_file(raw.root, raw.header, raw.text, r, expand) for raw in raws)
    counter = [0]
    for cb in files:
        _merge_file(merged, cb, r, counter)
    extended = {e.value for cb in files for e in cb.header.extends}
    roots = tuple(sorted(name for name in asked if name not in extended))
    log.debug("loaded %d codebook files: %s", len(files), ", ".join(cb.path for cb in files))
    return Sources(files, merged, tuple(r.errors), roots)

