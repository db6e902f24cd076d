"""Read YAML into a small tree of strings, lists and mappings that remember where they were written.

Every scalar stays a string (the CAMEO code ``042`` must never become 34): the tree is built from
PyYAML's ``compose()`` with the base resolver, never from its constructors. Each value keeps its
:class:`Location`, so every later error can point at ``file:line:col``. A plain scalar also
remembers what YAML 1.1 would have made of it (int, bool...), for the "quote CAMEO codes" checks.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Union

import attrs
import yaml
from yaml.resolver import Resolver

from eventcode.codebook.compiled import Location
from eventcode.codebook.errors import CodebookError

_LOADER = yaml.CBaseLoader if getattr(yaml, "__with_libyaml__", False) else yaml.BaseLoader
_YAML11 = Resolver()  # only asked what YAML 1.1 *would* do; never used to convert
_STR_TAG = "tag:yaml.org,2002:str"
# First characters of the plain scalars YAML 1.1 may read as something else than a string
# (numbers, booleans, null, timestamps): others need not be asked.
_TRAP_STARTS = frozenset("0123456789+-.~nNyYtTfFoO")


@attrs.frozen(slots=True)
class MStr:
    """A scalar, always a string. ``yaml11`` is the type YAML 1.1 gives the plain scalar
    (``"int"``, ``"bool"``, ``"float"``, ``"null"``...), None when it is a string anyway or quoted."""

    value: str
    loc: Location
    plain: bool = True
    yaml11: str | None = None


@attrs.frozen(slots=True)
class MList:
    """A sequence of marked values."""

    items: tuple[MNode, ...]
    loc: Location

    def __iter__(self) -> Iterator[MNode]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@attrs.frozen(slots=True)
class MMap:
    """A mapping with string keys, in file order; duplicate keys were reported and dropped."""

    entries: tuple[tuple[MStr, MNode], ...]
    loc: Location

    def get(self, key: str) -> MNode | None:
        for name, value in self.entries:
            if name.value == key:
                return value
        return None

    def key_loc(self, key: str) -> Location:
        for name, _ in self.entries:
            if name.value == key:
                return name.loc
        return self.loc

    def keys(self) -> list[str]:
        return [name.value for name, _ in self.entries]

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def with_entries(self, entries: list[tuple[MStr, MNode]]) -> MMap:
        return MMap(tuple(entries), self.loc)


MNode = Union[MStr, MList, MMap]


def kind(node: MNode | None) -> str:
    """How a node is described in messages: 'a string', 'a list', 'a mapping'."""
    if isinstance(node, MMap):
        return "a mapping"
    if isinstance(node, MList):
        return "a list"
    if node is None:
        return "nothing"
    return f"the string {node.value!r}" if node.value else "an empty value"


def _loc(path: str, mark: yaml.Mark | None) -> Location:
    if mark is None:
        return Location(path, 0, 0)
    return Location(path, mark.line + 1, mark.column + 1)


def parse_text(text: str, path: str, errors: list[CodebookError]) -> MNode | None:
    """The marked tree of one YAML document, or None (after adding E010) when it is not valid YAML."""
    # Building hundreds of thousands of small objects makes the cyclic GC rescan the growing tree
    # again and again (4x slower on a 5,000-actor file); nothing here creates cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, path, errors)
    finally:
        if enabled:
            gc.enable()


def _parse(text: str, path: str, errors: list[CodebookError]) -> MNode | None:
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        errors.append(CodebookError(_loc(path, mark), "E010", f"YAML syntax error: {problem}{context}"))
        return None
    except yaml.YAMLError as exc:  # reader errors (bad characters) carry no problem_mark
        errors.append(CodebookError(Location(path, 1, 1), "E010", f"YAML error: {exc}"))
        return None
    if root is None:
        return None
    return _walk(root, path, errors, {})


def _walk(node: yaml.Node, path: str, errors: list[CodebookError], seen: dict[int, MNode]) -> MNode:
    # Aliases compose to the same node object: convert it once (also protects against cycles).
    if id(node) in seen:
        return seen[id(node)]
    mark = node.start_mark
    loc = Location(path, mark.line + 1, mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        plain = node.style in (None, "")
        yaml11 = None
        if plain and node.value[:1] in _TRAP_STARTS:
            tag = _YAML11.resolve(yaml.ScalarNode, node.value, (True, False))
            if tag != _STR_TAG:
                yaml11 = tag.rsplit(":", 1)[-1]
        result: MNode = MStr(node.value, loc, plain, yaml11)
    elif isinstance(node, yaml.SequenceNode):
        placeholder = MList((), loc)
        seen[id(node)] = placeholder
        result = MList(tuple(_walk(item, path, errors, seen) for item in node.value), loc)
    else:
        seen[id(node)] = MMap((), loc)
        entries: list[tuple[MStr, MNode]] = []
        first: dict[str, Location] = {}
        for key_node, value_node in node.value:
            key = _walk(key_node, path, errors, seen)
            if not isinstance(key, MStr):
                errors.append(CodebookError(key.loc, "E003", "a mapping key must be a string"))
                continue
            if key.value in first:
                errors.append(
                    CodebookError(
                        key.loc, "E011", f"duplicate key {key.value!r} (first written at {first[key.value]})"
                    )
                )
                continue
            first[key.value] = key.loc
            entries.append((key, _walk(value_node, path, errors, seen)))
        result = MMap(tuple(entries), loc)
    seen[id(node)] = result
    return result
