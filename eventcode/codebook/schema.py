"""The strict codebook schema: marked YAML trees -> attrs classes, one class per YAML object kind.

Everything the schema can say about one file is said here, and all of it at once: unknown keys
(with the closest known key), missing keys (by name), wrong kinds of values (expected vs got),
booleans (true/false/yes/no), ISO dates, integers and CAMEO codes, which must be quoted strings.
Whether a code, a set or a slot *exists* is a question for :mod:`eventcode.codebook.check`.

Templates (``use:``/``with:``) are expanded here, on the marked tree, before a frame is read, so
a substituted argument keeps the location where the user wrote it.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable, Iterable, Mapping

import attrs

from eventcode.codebook.compiled import NO_EVENT, Location
from eventcode.codebook.errors import CodebookError
from eventcode.codebook.yamlload import MList, MMap, MNode, MStr, kind

_CODE = re.compile(r"^[0-9]{2,4}(\.[A-Za-z0-9_]+)?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_TRUE = frozenset({"true", "yes"})
_FALSE = frozenset({"false", "no"})
_CODE_TRAP_TYPES = frozenset({"int", "bool", "float"})
PARAM_TYPES = ("any", "string", "code", "lemmas", "slot", "list")

# ---------------------------------------------------------------------------------------------
# Reading helpers: each one reports what it expected and what it got, then returns None.
# ---------------------------------------------------------------------------------------------


@attrs.define
class Reader:
    """Collects the errors of one or many files; the ``read_*`` helpers never raise."""

    errors: list[CodebookError] = attrs.Factory(list)

    def error(self, loc: Location | None, code: str, message: str) -> None:
        self.errors.append(CodebookError(loc, code, message))

    def warn(self, loc: Location | None, code: str, message: str) -> None:
        self.errors.append(CodebookError.warning(loc, code, message))

    def mapping(
        self, node: MNode | None, where: str, allowed: Iterable[str] | None, required: Iterable[str] = ()
    ) -> MMap | None:
        """``node`` as a mapping; ``allowed=None`` means the keys are names chosen by the user."""
        if not isinstance(node, MMap):
            if node is not None:
                self.error(node.loc, "E003", f"{where}: expected a mapping, got {kind(node)}")
            return None
        allowed = tuple(allowed) if allowed is not None else None
        for key, _ in node.entries if allowed is not None else ():
            if key.value not in allowed:
                close = difflib.get_close_matches(key.value, allowed, n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]!r}?)" if close else f" (expected one of: {', '.join(allowed)})"
                self.error(key.loc, "E001", f"unknown key {key.value!r} in {where}{hint}")
        missing = [name for name in required if name not in node]
        if missing:
            names = ", ".join(repr(name) for name in missing)
            plural = "s" if len(missing) > 1 else ""
            self.error(node.loc, "E002", f"{where} is missing required key{plural} {names}")
        return node

    def items(self, node: MNode | None, where: str) -> tuple[MNode, ...]:
        if node is None:
            return ()
        if not isinstance(node, MList):
            self.error(node.loc, "E003", f"{where}: expected a list, got {kind(node)}")
            return ()
        return node.items

    def text(self, node: MNode | None, where: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, MStr) or (node.plain and not node.value):
            self.error(node.loc, "E003", f"{where}: expected a string, got {kind(node)}")
            return None
        return node.value

    def texts(self, node: MNode | None, where: str) -> tuple[str, ...]:
        """A string or a list of strings (``lemma: visiter`` or ``lemma: [signer, conclure]``)."""
        if node is None:
            return ()
        if isinstance(node, MStr):
            value = self.text(node, where)
            return (value,) if value is not None else ()
        if not isinstance(node, MList):
            self.error(node.loc, "E003", f"{where}: expected a string or a list of strings, got {kind(node)}")
            return ()
        values = (self.text(item, f"{where}[{i}]") for i, item in enumerate(node.items))
        return tuple(v for v in values if v is not None)

    def code(self, node: MNode | None, where: str, *, wildcard: bool = False) -> str | None:
        """A CAMEO code: a quoted string of 2 to 4 digits, or an extension ``061.infrastructure``."""
        if isinstance(node, MStr) and node.plain and node.yaml11 in _CODE_TRAP_TYPES:
            self.error(
                node.loc,
                "E005",
                f"quote CAMEO codes: '{node.value}' ({where}: YAML 1.1 reads {node.value} as {node.yaml11})",
            )
            return None
        value = self.text(node, where)
        if value is None or (wildcard and value == "*"):
            return value
        if not _CODE.match(value):
            self.error(
                _at(node),
                "E004",
                f"{where}: invalid CAMEO code {value!r}: expected 2 to 4 digits or an extension 'parent.name'",
            )
            return None
        return value

    def boolean(self, node: MNode | None, where: str) -> bool | None:
        value = self.text(node, where)
        if value is None:
            return None
        if value.casefold() in _TRUE:
            return True
        if value.casefold() in _FALSE:
            return False
        self.error(_at(node), "E004", f"{where}: expected true/false/yes/no, got {value!r}")
        return None

    def integer(self, node: MNode | None, where: str) -> int | None:
        value = self.text(node, where)
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            self.error(_at(node), "E004", f"{where}: expected an integer, got {value!r}")
            return None

    def number(self, node: MNode | None, where: str) -> float | None:
        value = self.text(node, where)
        if value is None:
            return None
        try:
            return float(value)
        except ValueError:
            self.error(_at(node), "E004", f"{where}: expected a number, got {value!r}")
            return None

    def date(self, node: MNode | None, where: str) -> str | None:
        value = self.text(node, where)
        if value is None:
            return None
        try:
            if not _DATE.match(value):
                raise ValueError(value)
            datetime.date.fromisoformat(value)
        except ValueError:
            self.error(_at(node), "E006", f"{where}: expected an ISO date YYYY-MM-DD, got {value!r}")
            return None
        return value

    def choice(self, node: MNode | None, where: str, options: tuple[str, ...]) -> str | None:
        value = self.text(node, where)
        if value is None:
            return None
        if value not in options:
            close = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.error(_at(node), "E004", f"{where}: expected one of {', '.join(options)}, got {value!r}{hint}")
            return None
        return value

    def actor_code(self, node: MNode | None, where: str) -> str | None:
        """An actor code (``RUS``, ``FRAGOV``): any string, with a warning for YAML 1.1 traps (``NO``)."""
        if isinstance(node, MStr) and node.plain and node.yaml11 in _CODE_TRAP_TYPES:
            self.warn(node.loc, "W101", f"{where}: quote {node.value!r}: YAML 1.1 tools read it as {node.yaml11}")
        return self.text(node, where)


def _at(node: MNode | None) -> Location | None:
    return node.loc if node is not None else None


def _loc(node: MNode | None, fallback: Location) -> Location:
    return node.loc if node is not None else fallback


def _where(node: MNode, id_key: str, kind: str, position: str) -> str:
    """How messages name a list entry: by its id ("actor 'RUS'"), else by its place ("actors[3]")."""
    value = _str_value(node.get(id_key)) if isinstance(node, MMap) else None
    return f"{kind} {value!r}" if value else position


def _entry(node: MNode, where: str, keys: Iterable[str], required: tuple[str, ...], r: Reader) -> MMap | None:
    """A list entry as a mapping of ``keys`` with ``required`` ones; a disabled entry
    (``disable: true``, switching off an entry of an extended codebook) needs only its id, the
    first required key."""
    return r.mapping(node, where, keys, required[:1] if _disabled(node) else required)


def _disabled(node: MNode) -> bool:
    return isinstance(node, MMap) and _str_value(node.get("disable")) in ("true", "yes")


def _str_value(node: MNode | None) -> str | None:
    return node.value if isinstance(node, MStr) else None


# ---------------------------------------------------------------------------------------------
# The schema: one attrs class per YAML object kind.
# ---------------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class MergeFlags:
    """``replace: true`` redefines an entry of an extended codebook, ``disable: true`` removes it."""

    replace: bool = False
    disable: bool = False


@attrs.frozen(slots=True)
class Plover:
    event: str | None = None
    mode: str | None = None
    context: str | None = None
    swap: bool = False


@attrs.frozen(slots=True)
class CodeRow:
    """One taxonomy row: ``{code: "043", name, parent: "04", goldstein: "2.8", quad_class: "1", plover}``."""

    code: str
    name: str
    parent: str | None
    goldstein: float | None
    goldstein_inherited: bool
    quad_class: int | None
    plover: Plover | None
    extension: bool
    loc: Location
    flags: MergeFlags = MergeFlags()
    parent_loc: Location | None = None


@attrs.frozen(slots=True)
class Taxonomy:
    conventions: Mapping[str, str]
    codes: tuple[CodeRow, ...]
    loc: Location


@attrs.frozen(slots=True)
class ProfileDef:
    """``profiles: {NAME: {subject: [nsubj], ..., passive: {object: [...], subject: [...]}}}``."""

    name: str
    slots: Mapping[str, tuple[str, ...]]
    passive_object: tuple[str, ...] | None
    passive_subject: tuple[str, ...] | None
    loc: Location
    flags: MergeFlags = MergeFlags()


@attrs.frozen(slots=True)
class PhraseDef:
    head: str
    dependents: tuple[str, ...]
    loc: Location


@attrs.frozen(slots=True)
class SetDef:
    """``sets: {ARMES: {lemmas: [...], phrases: [...]}}``; an extension may ``add``/``remove``."""

    name: str
    lemmas: tuple[str, ...] | None
    phrases: tuple[PhraseDef, ...]
    add: tuple[str, ...]
    remove: tuple[str, ...]
    loc: Location
    flags: MergeFlags = MergeFlags()

    @property
    def is_edit(self) -> bool:
        return self.lemmas is None and not self.phrases and bool(self.add or self.remove)


@attrs.frozen(slots=True)
class Cue:
    rel: str
    feats: tuple[tuple[str, str], ...]
    lemmas: tuple[str, ...] | None
    on: tuple[str, ...]
    loc: Location


@attrs.frozen(slots=True)
class NegationDef:
    cues: tuple[Cue, ...]
    default: str | None
    loc: Location
    default_loc: Location | None = None


@attrs.frozen(slots=True)
class Template:
    """``templates: {NAME: {params: [themes, code] | {themes: lemmas, code: code}, frame: {...}}}``."""

    name: str
    params: Mapping[str, str]
    body: MMap
    loc: Location
    flags: MergeFlags = MergeFlags()


@attrs.frozen(slots=True)
class Role:
    """``source: subject`` or ``target: {slot: "obl:à | iobj", actor: true, in: $SET}``."""

    name: str
    slot: str
    slot_loc: Location
    in_set: str | None
    in_lemmas: tuple[str, ...] | None
    actor: bool | None
    required: bool
    distribute: str
    upos: tuple[str, ...] | None
    loc: Location
    in_loc: Location | None = None
    fallback: str | None = None  # a slot string tried only when ``slot`` binds nothing
    fallback_loc: Location | None = None
    first: bool = False  # only the first filler in word order binds


@attrs.frozen(slots=True)
class HeadDef:
    lemmas: tuple[str, ...] | None
    rel: str | None
    rel_loc: Location | None
    through: tuple[str, ...] | None = None


@attrs.frozen(slots=True)
class When:
    cop: bool | None = None
    case: str | None = None
    voice: str = "any"
    upos: tuple[str, ...] | None = None
    feats: tuple[tuple[str, str], ...] = ()
    head: HeadDef | None = None


@attrs.frozen(slots=True)
class Also:
    code: str
    swap: bool
    loc: Location


@attrs.frozen(slots=True)
class Example:
    text: str | None
    conllu: str | None
    expect: Mapping[str, str] | None
    expect_locs: Mapping[str, Location]
    todo: bool
    date: str | None
    loc: Location


@attrs.frozen(slots=True)
class Frame:
    id: str
    roles: tuple[Role, ...]
    when: When
    code: str | None
    also: tuple[Also, ...]
    on_negated: str | None
    tags: tuple[str, ...]
    priority: int
    examples: tuple[Example, ...]
    loc: Location
    flags: MergeFlags = MergeFlags()
    code_loc: Location | None = None
    on_negated_loc: Location | None = None


@attrs.frozen(slots=True)
class Predicate:
    """``predicates: [{id, lemma | trigger: {lemma, upos}, frames: [...]}]``."""

    id: str
    lemmas: tuple[str, ...]
    upos: tuple[str, ...] | None
    frames: tuple[Frame, ...]
    loc: Location
    flags: MergeFlags = MergeFlags()
    #: word forms that trigger the predicate before any lemma look-up (``trigger: {form: [...]}``)
    forms: tuple[str, ...] = ()

    @property
    def redefines(self) -> bool:
        """True when the entry says what triggers it (a merge entry gives only frames)."""
        return bool(self.lemmas) or self.upos is not None or bool(self.forms)


@attrs.frozen(slots=True)
class OperatorDef:
    id: str
    lemmas: tuple[str, ...]
    via: tuple[str, ...]
    via_loc: Location | None
    recode: tuple[tuple[str, str, Location, Location], ...]  # (from, to, from's location, to's)
    loc: Location
    flags: MergeFlags = MergeFlags()
    marks: tuple[str, ...] = ()  # the trigger's mark or case must be one of these (empty: any)


@attrs.frozen(slots=True)
class NameDef:
    """One actor name, per language and optionally dated (``{fr: ministère des Armées, from: ...}``)."""

    text: str
    lang: str | None
    start: str | None
    end: str | None
    loc: Location


@attrs.frozen(slots=True)
class RoleDef:
    """A dated actor role: ``{code: FRAGOV, from: 2017-05-14, to: ...}`` (ISO dates, inclusive)."""

    code: str
    start: str | None
    end: str | None
    loc: Location


@attrs.frozen(slots=True)
class ActorDef:
    id: str
    type: str | None
    code: str | None
    names: tuple[NameDef, ...]
    demonyms: tuple[NameDef, ...]
    roles: tuple[RoleDef, ...]
    loc: Location
    flags: MergeFlags = MergeFlags()


@attrs.frozen(slots=True)
class AgentDef:
    id: str
    code: str
    lemmas: tuple[tuple[str | None, str], ...]  # (language or None, lemma)
    country_from: tuple[str, ...] | None
    loc: Location
    flags: MergeFlags = MergeFlags()


@attrs.frozen(slots=True)
class DiscardDef:
    """A discard rule: a sentence (or, with ``scope: document``, a whole document) that contains
    one of the phrases is not coded (PETRARCH's discards: sports results, historical dates)."""

    id: str
    phrases: tuple[tuple[str | None, str], ...]  # (language or None, phrase)
    scope: str  # sentence | document
    loc: Location
    flags: MergeFlags = MergeFlags()


@attrs.frozen(slots=True)
class Header:
    """What must be known about a file before the others are read: its name, what it extends,
    its language and its templates."""

    path: str
    name: str | None
    name_loc: Location
    version: str | None
    language: str | None
    extends: tuple[MStr, ...]
    profile: str | None
    profile_loc: Location | None
    templates: tuple[Template, ...]
    has_taxonomy: bool


@attrs.frozen(slots=True)
class CodebookFile:
    """One YAML file, fully read. ``order`` is its rank in the deterministic load order."""

    header: Header
    text: str
    taxonomy: Taxonomy | None
    profiles: tuple[ProfileDef, ...]
    sets: tuple[SetDef, ...]
    negation: NegationDef | None
    predicates: tuple[Predicate, ...]
    operators: tuple[OperatorDef, ...]
    actors: tuple[ActorDef, ...]
    agents: tuple[AgentDef, ...]
    discards: tuple[DiscardDef, ...] = ()
    unresolved_actors: str | None = None
    agent_codes: str | None = None

    @property
    def path(self) -> str:
        return self.header.path

    @property
    def name(self) -> str | None:
        return self.header.name

    @property
    def language(self) -> str | None:
        return self.header.language


# ---------------------------------------------------------------------------------------------
# Readers, top-down.
# ---------------------------------------------------------------------------------------------

TOP_KEYS = (
    "codebook", "version", "language", "description", "extends", "profile", "profiles", "sets",
    "negation", "templates", "predicates", "operators", "actors", "agents", "discards", "taxonomy",
    "unresolved_actors", "agent_codes",
)  # fmt: skip
#: What a required actor role does with a filler that names no known actor: ``none`` fails the
#: frame (PETRARCH's *require_dyad*); ``names`` keeps a proper name as an unresolved actor.
UNRESOLVED_ACTORS = ("none", "names")
#: How an agent's code joins the actor it belongs to: ``country`` appends one agent to the
#: country's first three letters (ARNGOV); ``stacked`` appends every agent of the phrase, in word
#: order, to the actor's whole code, each once (PETRARCH's: *West German world government* ->
#: GMWGOV + WGO).
AGENT_CODES = ("country", "stacked")
MERGE_KEYS = ("replace", "disable")


def _flags(r: Reader, node: MMap, where: str) -> MergeFlags:
    replace = r.boolean(node.get("replace"), f"{where}.replace") or False
    disable = r.boolean(node.get("disable"), f"{where}.disable") or False
    return MergeFlags(replace, disable)


def empty_header(path: str) -> Header:
    """The header of a file that could not be read: no name, nothing extended."""
    return Header(path, None, Location(path, 1, 1), None, None, (), None, None, (), False)


def read_header(root: MNode | None, path: str, text: str, r: Reader) -> Header:
    """The file's name, extends, language, profile and templates (read before any frame)."""
    file_loc = Location(path, 1, 1)
    top = r.mapping(root, "codebook file", TOP_KEYS, ("codebook",)) if root is not None else None
    if top is None:
        if root is None:
            r.error(file_loc, "E012", "empty file: a codebook starts with 'codebook: NAME'")
        return empty_header(path)
    name = r.text(top.get("codebook"), "codebook")
    extends_node = top.get("extends")
    if isinstance(extends_node, MStr):
        extends: tuple[MStr, ...] = (extends_node,) if r.text(extends_node, "extends") else ()
    else:
        items = r.items(extends_node, "extends")
        extends = tuple(
            item for i, item in enumerate(items) if isinstance(item, MStr) and r.text(item, f"extends[{i}]")
        )
        for i, item in enumerate(items):
            if not isinstance(item, MStr):
                r.text(item, f"extends[{i}]")
    templates = _read_templates(top.get("templates"), r)
    return Header(
        path=path,
        name=name,
        name_loc=_loc(top.get("codebook"), top.loc),
        version=r.text(top.get("version"), "version"),
        language=r.text(top.get("language"), "language"),
        extends=extends,
        profile=r.text(top.get("profile"), "profile"),
        profile_loc=_loc(top.get("profile"), top.loc),
        templates=templates,
        has_taxonomy=top.get("taxonomy") is not None,
    )


Expander = Callable[[MMap, str], "MMap | None"]


def read_file(root: MNode | None, header: Header, text: str, r: Reader, expand: Expander) -> CodebookFile:
    """The whole file; ``expand`` turns a frame with ``use:`` into the template's frame."""
    top = root if isinstance(root, MMap) else MMap((), Location(header.path, 1, 1))
    return CodebookFile(
        header=header,
        text=text,
        taxonomy=_read_taxonomy(top.get("taxonomy"), r),
        profiles=_read_profiles(top.get("profiles"), r),
        sets=_read_sets(top.get("sets"), r),
        negation=_read_negation(top.get("negation"), r),
        predicates=tuple(
            p for i, item in enumerate(r.items(top.get("predicates"), "predicates"))
            if (p := _read_predicate(item, i, r, expand)) is not None
        ),  # fmt: skip
        operators=tuple(
            o for i, item in enumerate(r.items(top.get("operators"), "operators"))
            if (o := _read_operator(item, i, r)) is not None
        ),  # fmt: skip
        actors=tuple(
            a for i, item in enumerate(r.items(top.get("actors"), "actors"))
            if (a := _read_actor(item, i, r)) is not None
        ),  # fmt: skip
        agents=tuple(
            a for i, item in enumerate(r.items(top.get("agents"), "agents"))
            if (a := _read_agent(item, i, r)) is not None
        ),  # fmt: skip
        discards=tuple(
            d for i, item in enumerate(r.items(top.get("discards"), "discards"))
            if (d := _read_discard(item, i, r)) is not None
        ),  # fmt: skip
        unresolved_actors=r.choice(top.get("unresolved_actors"), "unresolved_actors", UNRESOLVED_ACTORS),
        agent_codes=r.choice(top.get("agent_codes"), "agent_codes", AGENT_CODES),
    )


# --- taxonomy ----------------------------------------------------------------------------------

CODE_KEYS = (
    "code", "name", "parent", "goldstein", "goldstein_inherited", "quad_class", "plover",
    "extension", "description", *MERGE_KEYS,
)  # fmt: skip


def _read_taxonomy(node: MNode | None, r: Reader) -> Taxonomy | None:
    top = r.mapping(node, "taxonomy", ("conventions", "codes"), ("codes",))
    if top is None:
        return None
    conventions: dict[str, str] = {}
    conv = r.mapping(top.get("conventions"), "taxonomy.conventions", None)
    if conv is not None:
        for key, value in conv.entries:
            text = r.text(value, f"taxonomy.conventions.{key.value}")
            if text is not None:
                conventions[key.value] = text
    rows = []
    for i, item in enumerate(r.items(top.get("codes"), "taxonomy.codes")):
        row = _read_code_row(item, i, r)
        if row is not None:
            rows.append(row)
    return Taxonomy(conventions, tuple(rows), top.loc)


def _read_code_row(node: MNode, i: int, r: Reader) -> CodeRow | None:
    where = _where(node, "code", "taxonomy code", f"taxonomy.codes[{i}]")
    m = _entry(node, where, CODE_KEYS, ("code", "name"), r)
    if m is None:
        return None
    code = r.code(m.get("code"), f"{where}.code")
    if code is None:
        return None
    plover = None
    pm = r.mapping(m.get("plover"), f"{where}.plover", ("event", "mode", "context", "swap"))
    if pm is not None:
        plover = Plover(
            event=r.text(pm.get("event"), f"{where}.plover.event"),
            mode=r.text(pm.get("mode"), f"{where}.plover.mode"),
            context=r.text(pm.get("context"), f"{where}.plover.context"),
            swap=r.boolean(pm.get("swap"), f"{where}.plover.swap") or False,
        )
    r.text(m.get("description"), f"{where}.description")
    return CodeRow(
        code=code,
        name=r.text(m.get("name"), f"{where}.name") or "",
        parent=r.code(m.get("parent"), f"{where}.parent"),
        goldstein=r.number(m.get("goldstein"), f"{where}.goldstein"),
        goldstein_inherited=r.boolean(m.get("goldstein_inherited"), f"{where}.goldstein_inherited") or False,
        quad_class=r.integer(m.get("quad_class"), f"{where}.quad_class"),
        plover=plover,
        extension=r.boolean(m.get("extension"), f"{where}.extension") or False,
        loc=_loc(m.get("code"), m.loc),
        flags=_flags(r, m, where),
        parent_loc=_loc(m.get("parent"), m.loc) if m.get("parent") is not None else None,
    )


# --- profiles, sets, negation, templates ----------------------------------------------------------


def _read_profiles(node: MNode | None, r: Reader) -> tuple[ProfileDef, ...]:
    top = r.mapping(node, "profiles", None)
    if top is None:
        return ()
    result = []
    for key, value in top.entries:
        where = f"profile {key.value!r}"
        m = r.mapping(value, where, None)
        if m is None:
            continue
        slots: dict[str, tuple[str, ...]] = {}
        passive_object = passive_subject = None
        flags = MergeFlags()
        for slot_key, slot_value in m.entries:
            name = slot_key.value
            if name in MERGE_KEYS:
                continue
            if name == "passive":
                pm = r.mapping(slot_value, f"{where}.passive", ("object", "subject", "marker"))
                if pm is not None:
                    if "object" in pm:
                        passive_object = r.texts(pm.get("object"), f"{where}.passive.object")
                    if "subject" in pm:
                        passive_subject = r.texts(pm.get("subject"), f"{where}.passive.subject")
                    r.texts(pm.get("marker"), f"{where}.passive.marker")
                continue
            slots[name] = r.texts(slot_value, f"{where}.{name}")
        flags = _flags(r, m, where)
        result.append(ProfileDef(key.value, slots, passive_object, passive_subject, key.loc, flags))
    return tuple(result)


SET_KEYS = ("lemmas", "phrases", "add", "remove", "description", *MERGE_KEYS)


def _read_sets(node: MNode | None, r: Reader) -> tuple[SetDef, ...]:
    top = r.mapping(node, "sets", None)
    if top is None:
        return ()
    result = []
    for key, value in top.entries:
        where = f"set {key.value!r}"
        if isinstance(value, MList):  # shorthand: ARMES: [arme, missile]
            result.append(SetDef(key.value, r.texts(value, where), (), (), (), key.loc))
            continue
        m = r.mapping(value, where, SET_KEYS)
        if m is None:
            continue
        phrases = []
        for i, item in enumerate(r.items(m.get("phrases"), f"{where}.phrases")):
            if isinstance(item, MStr):
                r.error(
                    item.loc,
                    "E044",
                    f"{where}.phrases[{i}]: string phrases such as {item.value!r} are not parsed yet; "
                    "write {head: LEMMA, dependents: [LEMMA, ...]}",
                )
                continue
            pm = r.mapping(item, f"{where}.phrases[{i}]", ("head", "dependents"), ("head", "dependents"))
            if pm is None:
                continue
            head = r.text(pm.get("head"), f"{where}.phrases[{i}].head")
            dependents = r.texts(pm.get("dependents"), f"{where}.phrases[{i}].dependents")
            if head is not None and dependents:
                phrases.append(PhraseDef(head, dependents, pm.loc))
        lemmas = r.texts(m.get("lemmas"), f"{where}.lemmas") if "lemmas" in m else None
        result.append(
            SetDef(
                key.value,
                lemmas,
                tuple(phrases),
                r.texts(m.get("add"), f"{where}.add"),
                r.texts(m.get("remove"), f"{where}.remove"),
                key.loc,
                _flags(r, m, where),
            )
        )
        r.text(m.get("description"), f"{where}.description")
    return tuple(result)


POLICIES = ("flag", "drop")


def read_policy(node: MNode | None, where: str, r: Reader) -> str | None:
    """``flag`` | ``drop`` | ``{recode: CODE}`` -> ``"flag"``, ``"drop"``, ``"recode:CODE"``."""
    if node is None:
        return None
    if isinstance(node, MMap):
        m = r.mapping(node, where, ("recode",), ("recode",))
        code = r.code(m.get("recode"), f"{where}.recode") if m is not None else None
        return f"recode:{code}" if code else None
    return r.choice(node, where, POLICIES)


def policy_loc(node: MNode | None, fallback: Location) -> Location:
    """Where a policy's code is written (``{recode: CODE}``), else where the policy is."""
    if isinstance(node, MMap):
        return _loc(node.get("recode"), node.loc)
    return _loc(node, fallback)


def _read_negation(node: MNode | None, r: Reader) -> NegationDef | None:
    m = r.mapping(node, "negation", ("cues", "default"))
    if m is None:
        return None
    cues = []
    for i, item in enumerate(r.items(m.get("cues"), "negation.cues")):
        where = f"negation.cues[{i}]"
        cm = r.mapping(item, where, ("rel", "feats", "lemma", "on"), ("rel",))
        if cm is None:
            continue
        rel = r.text(cm.get("rel"), f"{where}.rel")
        if rel is None:
            continue
        cues.append(
            Cue(
                rel=rel,
                feats=_read_feats(cm.get("feats"), f"{where}.feats", r),
                lemmas=r.texts(cm.get("lemma"), f"{where}.lemma") if "lemma" in cm else None,
                on=r.texts(cm.get("on"), f"{where}.on"),
                loc=cm.loc,
            )
        )
    default = read_policy(m.get("default"), "negation.default", r)
    return NegationDef(tuple(cues), default, m.loc, policy_loc(m.get("default"), m.loc))


def _read_feats(node: MNode | None, where: str, r: Reader) -> tuple[tuple[str, str], ...]:
    m = r.mapping(node, where, None)
    if m is None:
        return ()
    feats = []
    for key, value in m.entries:
        text = r.text(value, f"{where}.{key.value}")
        if text is not None:
            feats.append((key.value, text))
    return tuple(sorted(feats))


def _read_templates(node: MNode | None, r: Reader) -> tuple[Template, ...]:
    top = r.mapping(node, "templates", None)
    if top is None:
        return ()
    result = []
    for key, value in top.entries:
        where = f"template {key.value!r}"
        m = r.mapping(value, where, ("params", "frame", "description", *MERGE_KEYS), ("frame",))
        if m is None:
            continue
        params: dict[str, str] = {}
        pnode = m.get("params")
        if isinstance(pnode, MMap):
            for pkey, pvalue in pnode.entries:
                ptype = r.choice(pvalue, f"{where}.params.{pkey.value}", PARAM_TYPES)
                params[pkey.value] = ptype or "any"
        else:
            for name in r.texts(pnode, f"{where}.params"):
                params[name] = "any"
        body = m.get("frame")
        if not isinstance(body, MMap):
            r.mapping(body, f"{where}.frame", ())
            continue
        for placeholder, loc in _placeholders(body):
            if placeholder not in params:
                declared = ", ".join(params) or "none declared"
                r.error(loc, "E032", f"{where}: '{{{placeholder}}}' is not a declared parameter ({declared})")
        result.append(Template(key.value, params, body, key.loc, _flags(r, m, where)))
    return tuple(result)


def _placeholders(node: MNode) -> Iterable[tuple[str, Location]]:
    if isinstance(node, MStr):
        for match in _PLACEHOLDER.finditer(node.value):
            yield match.group(1), node.loc
    elif isinstance(node, MList):
        for item in node.items:
            yield from _placeholders(item)
    elif isinstance(node, MMap):
        for _, value in node.entries:
            yield from _placeholders(value)


def expand_template(use_site: MMap, template: Template, where: str, r: Reader) -> MMap | None:
    """The template's frame with its parameters replaced by the use site's ``with:`` arguments.

    A scalar that is exactly ``"{param}"`` becomes the argument node itself (a string, a list
    or a ``$SET``, keeping the location where the user wrote it); ``{param}`` inside a longer
    string is replaced by the argument's string value. The use site's other keys (``id``,
    ``examples``, ``priority``...) are added to the template's frame, overriding it.
    """
    with_node = use_site.get("with")
    args = r.mapping(with_node, f"{where}.with", None) if with_node is not None else None
    arguments: dict[str, MNode] = dict((k.value, v) for k, v in args.entries) if args is not None else {}
    known = {k: v for k, v in arguments.items() if k in template.params}
    ok = len(known) == len(arguments)
    for key, _ in args.entries if args is not None else ():
        if key.value not in template.params:
            close = difflib.get_close_matches(key.value, tuple(template.params), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (it takes {', '.join(template.params) or 'none'})"
            r.error(key.loc, "E032", f"{where}: template {template.name!r} has no parameter {key.value!r}{hint}")
    missing = [p for p in template.params if p not in arguments]
    if missing:
        names = ", ".join(repr(p) for p in missing)
        r.error(
            _loc(with_node, use_site.loc), "E032", f"{where}: template {template.name!r} needs parameter(s) {names}"
        )
        ok = False
    for name, value in known.items():
        ok = _check_param_type(value, template.params[name], f"{where}.with.{name}", r) and ok
    if not ok:
        return None
    body = _substitute(template.body, known, where, r)
    if not isinstance(body, MMap):
        return None
    entries = [(k, v) for k, v in body.entries if k.value not in use_site]
    entries += [(k, v) for k, v in use_site.entries if k.value not in ("use", "with")]
    return MMap(tuple(entries), use_site.loc)


def _check_param_type(node: MNode, ptype: str, where: str, r: Reader) -> bool:
    if ptype == "any":
        return True
    if ptype in ("string", "code", "slot"):
        if not isinstance(node, MStr):
            r.error(node.loc, "E032", f"{where}: expected a {ptype} (a string), got {kind(node)}")
            return False
        return True
    if ptype == "list":
        if not isinstance(node, MList):
            r.error(node.loc, "E032", f"{where}: expected a list, got {kind(node)}")
            return False
        return True
    # lemmas: a $SET or a list of lemmas
    if isinstance(node, MList) or (isinstance(node, MStr) and node.value.startswith("$")):
        return True
    r.error(node.loc, "E032", f"{where}: expected lemmas ($SET or a list), got {kind(node)}")
    return False


def _substitute(node: MNode, args: Mapping[str, MNode], where: str, r: Reader) -> MNode:
    if isinstance(node, MStr):
        whole = _PLACEHOLDER.fullmatch(node.value)
        if whole and whole.group(1) in args:
            return args[whole.group(1)]
        if "{" not in node.value:
            return node

        def value_of(match: re.Match[str]) -> str:
            arg = args.get(match.group(1))
            if arg is None:
                return match.group(0)
            if not isinstance(arg, MStr):
                r.error(arg.loc, "E032", f"{where}: '{match.group(0)}' inside a string needs a string, got {kind(arg)}")
                return match.group(0)
            return arg.value

        return MStr(_PLACEHOLDER.sub(value_of, node.value), node.loc, plain=False)
    if isinstance(node, MList):
        return MList(tuple(_substitute(item, args, where, r) for item in node.items), node.loc)
    return MMap(tuple((k, _substitute(v, args, where, r)) for k, v in node.entries), node.loc)


# --- predicates and frames -------------------------------------------------------------------------

PREDICATE_KEYS = ("id", "lemma", "trigger", "frames", "description", *MERGE_KEYS)
FRAME_KEYS = (
    "id", "args", "when", "code", "also", "on_negated", "tags", "priority", "examples",
    "description", "use", "with", *MERGE_KEYS,
)  # fmt: skip
ROLE_KEYS = ("slot", "in", "actor", "required", "distribute", "upos", "fallback", "first")
WHEN_KEYS = ("cop", "case", "voice", "upos", "feats", "head")
DISTRIBUTE = ("each", "pairwise", "group")
VOICES = ("active", "passive", "any")
ACTOR_ROLES = frozenset({"source", "target"})


def _read_predicate(node: MNode, i: int, r: Reader, expand: Expander) -> Predicate | None:
    where = _where(node, "id", "predicate", f"predicates[{i}]")
    m = r.mapping(node, where, PREDICATE_KEYS, ("id",))
    if m is None:
        return None
    pid = r.text(m.get("id"), f"{where}.id")
    lemmas = r.texts(m.get("lemma"), f"{where}.lemma")
    upos = None
    forms: tuple[str, ...] = ()
    tm = r.mapping(m.get("trigger"), f"{where}.trigger", ("lemma", "upos", "form"), ("lemma",))
    if tm is not None:
        if "lemma" in m:
            r.error(tm.loc, "E004", f"{where}: give the lemma either in 'lemma' or in 'trigger', not both")
        lemmas = lemmas + r.texts(tm.get("lemma"), f"{where}.trigger.lemma")
        upos = r.texts(tm.get("upos"), f"{where}.trigger.upos") if "upos" in tm else None
        forms = r.texts(tm.get("form"), f"{where}.trigger.form") if "form" in tm else ()
    r.text(m.get("description"), f"{where}.description")
    frames = tuple(
        f for j, item in enumerate(r.items(m.get("frames"), f"{where}.frames"))
        if (f := _read_frame(item, j, where, r, expand)) is not None
    )  # fmt: skip
    if pid is None:
        return None
    return Predicate(pid, lemmas, upos, frames, _loc(m.get("id"), m.loc), _flags(r, m, where), forms)


def _frame_code(m: MMap, where: str, also: list[Also], r: Reader) -> str | None:
    """The frame's code, or ``none``: a frame that blocks the trigger's other frames and codes
    nothing (it can have no paired code)."""
    node = m.get("code")
    if _str_value(node) != NO_EVENT:
        return r.code(node, f"{where}.code")
    if also:
        r.error(_at(node), "E004", f"{where}: a frame with code none emits no event: 'also' has nothing to pair with")
    return NO_EVENT


def _read_frame(node: MNode, j: int, owner: str, r: Reader, expand: Expander) -> Frame | None:
    where = _where(node, "id", "frame", f"{owner}.frames[{j}]")
    if isinstance(node, MMap) and "use" in node:
        r.mapping(node, where, FRAME_KEYS)
        expanded = expand(node, where)
        if expanded is None:
            return None
        node = expanded
    m = _entry(node, where, FRAME_KEYS, ("id", "code"), r)
    if m is None:
        return None
    fid = r.text(m.get("id"), f"{where}.id")
    flags = _flags(r, m, where)
    roles = []
    args = r.mapping(m.get("args"), f"{where}.args", None)
    if args is not None:
        for key, value in args.entries:
            role = _read_role(key, value, f"role {key.value!r} of {where}", r)
            if role is not None:
                roles.append(role)
    also_node = m.get("also")
    also_items = also_node.items if isinstance(also_node, MList) else ((also_node,) if also_node is not None else ())
    also = []
    for k, item in enumerate(also_items):
        am = r.mapping(item, f"{where}.also", ("code", "swap"), ("code",))
        if am is not None:
            code_node = am.get("code")
            code = r.code(code_node, f"{where}.also.code")
            if code is not None and code_node is not None:
                swap = r.boolean(am.get("swap"), f"{where}.also.swap") or False
                also.append(Also(code, swap, code_node.loc))
    examples = tuple(
        e for k, item in enumerate(r.items(m.get("examples"), f"{where}.examples"))
        if (e := _read_example(item, f"{where}.examples[{k}]", r)) is not None
    )  # fmt: skip
    r.text(m.get("description"), f"{where}.description")
    if fid is None:
        return None
    return Frame(
        id=fid,
        roles=tuple(roles),
        when=_read_when(m.get("when"), f"{where}.when", r),
        code=_frame_code(m, where, also, r),
        also=tuple(also),
        on_negated=read_policy(m.get("on_negated"), f"{where}.on_negated", r),
        tags=r.texts(m.get("tags"), f"{where}.tags"),
        priority=r.integer(m.get("priority"), f"{where}.priority") or 0,
        examples=examples,
        loc=_loc(m.get("id"), m.loc),
        flags=flags,
        code_loc=_loc(m.get("code"), m.loc),
        on_negated_loc=policy_loc(m.get("on_negated"), m.loc),
    )


def _read_role(key: MStr, node: MNode, where: str, r: Reader) -> Role | None:
    default_actor = True if key.value in ACTOR_ROLES else None
    if isinstance(node, MStr):
        slot = r.text(node, f"{where}")
        if slot is None:
            return None
        return Role(key.value, slot, node.loc, None, None, default_actor, True, "each", None, key.loc)
    m = r.mapping(node, where, ROLE_KEYS, ("slot",))
    if m is None:
        return None
    slot = r.text(m.get("slot"), f"{where}.slot")
    in_node = m.get("in")
    in_set = in_lemmas = None
    if isinstance(in_node, MStr):
        value = r.text(in_node, f"{where}.in")
        if value is not None and value.startswith("$"):
            in_set = value[1:]
        elif value is not None:
            in_lemmas = (value,)
    elif in_node is not None:
        in_lemmas = r.texts(in_node, f"{where}.in")
        for item in in_node.items if isinstance(in_node, MList) else ():
            if isinstance(item, MStr) and item.value[:1] == "$" and item.value[1:2].isalpha():  # "$" alone is a lemma (dollars)
                r.error(
                    item.loc, "E004",
                    f"{where}.in: {item.value!r} in a list would be read as a lemma: write `in: {item.value}` alone, "
                    "or define a set that lists its lemmas and yours",
                )
    actor = r.boolean(m.get("actor"), f"{where}.actor") if "actor" in m else default_actor
    required = r.boolean(m.get("required"), f"{where}.required")
    distribute = r.choice(m.get("distribute"), f"{where}.distribute", DISTRIBUTE) or "each"
    upos = r.texts(m.get("upos"), f"{where}.upos") if "upos" in m else None
    fallback = r.text(m.get("fallback"), f"{where}.fallback")
    first = r.boolean(m.get("first"), f"{where}.first") or False
    if slot is None:
        return None
    return Role(
        name=key.value,
        slot=slot,
        slot_loc=_loc(m.get("slot"), m.loc),
        in_set=in_set,
        in_lemmas=in_lemmas,
        actor=actor,
        required=True if required is None else required,
        distribute=distribute,
        upos=upos,
        loc=key.loc,
        in_loc=_loc(in_node, m.loc) if in_node is not None else None,
        fallback=fallback,
        fallback_loc=_loc(m.get("fallback"), m.loc) if "fallback" in m else None,
        first=first,
    )


def _read_when(node: MNode | None, where: str, r: Reader) -> When:
    m = r.mapping(node, where, WHEN_KEYS)
    if m is None:
        return When()
    head = None
    hm = r.mapping(m.get("head"), f"{where}.head", ("lemma", "rel", "through"))
    if hm is not None:
        head = HeadDef(
            lemmas=r.texts(hm.get("lemma"), f"{where}.head.lemma") if "lemma" in hm else None,
            rel=r.text(hm.get("rel"), f"{where}.head.rel"),
            rel_loc=_loc(hm.get("rel"), hm.loc) if "rel" in hm else None,
            through=r.texts(hm.get("through"), f"{where}.head.through") if "through" in hm else None,
        )
    return When(
        cop=r.boolean(m.get("cop"), f"{where}.cop"),
        case=r.text(m.get("case"), f"{where}.case"),
        voice=r.choice(m.get("voice"), f"{where}.voice", VOICES) or "any",
        upos=r.texts(m.get("upos"), f"{where}.upos") if "upos" in m else None,
        feats=_read_feats(m.get("feats"), f"{where}.feats", r),
        head=head,
    )


EXAMPLE_KEYS = ("text", "conllu", "expect", "todo", "date", "description")
EXPECT_KEYS = ("code", "source", "target", "negated", "root")


def _read_example(node: MNode, where: str, r: Reader) -> Example | None:
    m = r.mapping(node, where, EXAMPLE_KEYS, ("expect",))
    if m is None:
        return None
    if ("text" in m) == ("conllu" in m):
        r.error(m.loc, "E002", f"{where} needs exactly one of 'text' or 'conllu'")
    expect_node = m.get("expect")
    expect: dict[str, str] | None = None
    locs: dict[str, Location] = {}
    if isinstance(expect_node, MStr):
        r.choice(expect_node, f"{where}.expect", ("none",))
    else:
        em = r.mapping(expect_node, f"{where}.expect", EXPECT_KEYS)
        if em is not None:
            expect = {}
            for key, value in em.entries:
                if key.value not in EXPECT_KEYS:
                    continue
                text = (
                    r.code(value, f"{where}.expect.{key.value}")
                    if key.value in ("code", "root")
                    else r.text(value, f"{where}.expect.{key.value}")
                )
                if key.value == "negated":
                    flag = r.boolean(value, f"{where}.expect.negated")
                    text = None if flag is None else str(flag).lower()
                if text is not None:
                    expect[key.value] = text
                    locs[key.value] = value.loc
    todo_node = m.get("todo")
    todo = False
    if todo_node is not None:  # todo: true, or todo: "reason why it fails"
        value = r.text(todo_node, f"{where}.todo")
        todo = value is not None and value.casefold() not in _FALSE
    r.text(m.get("description"), f"{where}.description")
    return Example(
        text=r.text(m.get("text"), f"{where}.text"),
        conllu=r.text(m.get("conllu"), f"{where}.conllu"),
        expect=expect,
        expect_locs=locs,
        todo=todo,
        date=r.date(m.get("date"), f"{where}.date"),
        loc=m.loc,
    )


# --- operators, actors, agents -------------------------------------------------------------------

OPERATOR_KEYS = ("id", "lemma", "via", "mark", "recode", "description", *MERGE_KEYS)


def _read_operator(node: MNode, i: int, r: Reader) -> OperatorDef | None:
    where = _where(node, "id", "operator", f"operators[{i}]")
    m = _entry(node, where, OPERATOR_KEYS, ("id", "lemma", "recode"), r)
    if m is None:
        return None
    recode = []
    rm = r.mapping(m.get("recode"), f"{where}.recode", None)
    if rm is not None:
        for key, value in rm.entries:
            src = r.code(key, f"{where}.recode key", wildcard=True)
            # ``none``: what the operator embeds is not an event of its own ("arrested for collaborating")
            dst = NO_EVENT if _str_value(value) == NO_EVENT else r.code(value, f"{where}.recode[{key.value!r}]")
            if src is not None and dst is not None:
                recode.append((src, dst, key.loc, value.loc))
    oid = r.text(m.get("id"), f"{where}.id")
    r.text(m.get("description"), f"{where}.description")
    if oid is None:
        return None
    return OperatorDef(
        id=oid,
        lemmas=r.texts(m.get("lemma"), f"{where}.lemma"),
        via=r.texts(m.get("via"), f"{where}.via") if "via" in m else ("xcomp",),
        via_loc=_loc(m.get("via"), m.loc) if "via" in m else None,
        recode=tuple(recode),
        loc=_loc(m.get("id"), m.loc),
        flags=_flags(r, m, where),
        marks=r.texts(m.get("mark"), f"{where}.mark") if "mark" in m else (),
    )


ACTOR_KEYS = ("id", "type", "code", "names", "demonyms", "roles", "description", *MERGE_KEYS)
#: The actor types the engine knows: a country's and a region's code compose with agents
#: (compiled.COMPOSING_TYPES); "actor" is what ``eventcode import petrarch`` writes for the rest.
KNOWN_ACTOR_TYPES = ("country", "region", "person", "organization", "actor")
ROLE_DEF_KEYS = ("code", "from", "to", "description")


def _read_actor(node: MNode, i: int, r: Reader) -> ActorDef | None:
    where = _where(node, "id", "actor", f"actors[{i}]")
    m = _entry(node, where, ACTOR_KEYS, ("id", "type"), r)
    if m is None:
        return None
    aid = r.actor_code(m.get("id"), f"{where}.id")
    roles = []
    for k, item in enumerate(r.items(m.get("roles"), f"{where}.roles")):
        rw = f"{where}.roles[{k}]"
        rm = r.mapping(item, rw, ROLE_DEF_KEYS, ("code",))
        if rm is None:
            continue
        code = r.actor_code(rm.get("code"), f"{rw}.code")
        start, end = r.date(rm.get("from"), f"{rw}.from"), r.date(rm.get("to"), f"{rw}.to")
        r.text(rm.get("description"), f"{rw}.description")
        bad_date = (start is None and "from" in rm) or (end is None and "to" in rm)
        if code is not None and not bad_date:  # a role with a bad date is left out: no cascade
            roles.append(RoleDef(code, start, end, rm.loc))
    r.text(m.get("description"), f"{where}.description")
    if aid is None:
        return None
    actor_type = r.text(m.get("type"), f"{where}.type")
    if actor_type is not None and actor_type not in KNOWN_ACTOR_TYPES:
        close = difflib.get_close_matches(actor_type, KNOWN_ACTOR_TYPES, n=1)
        r.warn(
            _loc(m.get("type"), m.loc), "W106",
            f"{where}.type: {actor_type!r} is none of {', '.join(KNOWN_ACTOR_TYPES)}; only a country or a region "
            "composes with agents (\"Gondor police\")" + (f": did you mean {close[0]!r}?" if close else ""),
        )
    return ActorDef(
        id=aid,
        type=actor_type,
        code=r.actor_code(m.get("code"), f"{where}.code"),
        names=_read_names(m.get("names"), f"{where}.names", r, dated=True),
        demonyms=_read_names(m.get("demonyms"), f"{where}.demonyms", r, dated=False),
        roles=tuple(roles),
        loc=_loc(m.get("id"), m.loc),
        flags=_flags(r, m, where),
    )


def _read_names(node: MNode | None, where: str, r: Reader, *, dated: bool) -> tuple[NameDef, ...]:
    """``{fr: [..], en: [..]}``, a plain list, or (names only) dated items ``{fr: X, from, to}``."""
    if node is None:
        return ()
    names: list[NameDef] = []
    if isinstance(node, MMap):
        for key, value in node.entries:
            names += _names_of(value, key.value, None, None, f"{where}.{key.value}", r)
        return tuple(names)
    for k, item in enumerate(r.items(node, where)):
        iw = f"{where}[{k}]"
        if isinstance(item, MStr):
            names += _names_of(item, None, None, None, iw, r)
            continue
        if not dated:
            r.mapping(item, iw, ())
            continue
        im = r.mapping(item, iw, None)
        if im is None:
            continue
        start, end = r.date(im.get("from"), f"{iw}.from"), r.date(im.get("to"), f"{iw}.to")
        langs = [(k2, v) for k2, v in im.entries if k2.value not in ("from", "to")]
        if not langs:
            r.error(im.loc, "E002", f"{iw} is missing a name: write {{LANG: NAME, from: ..., to: ...}}")
        for key, value in langs:
            names += _names_of(value, key.value, start, end, f"{iw}.{key.value}", r)
    return tuple(names)


def _names_of(
    node: MNode, lang: str | None, start: str | None, end: str | None, where: str, r: Reader
) -> list[NameDef]:
    nodes = node.items if isinstance(node, MList) else (node,)
    result = []
    for k, item in enumerate(nodes):
        text = r.text(item, where if len(nodes) == 1 else f"{where}[{k}]")
        if text is not None:
            result.append(NameDef(text, lang, start, end, item.loc))
    return result


AGENT_KEYS = ("id", "code", "lemmas", "country_from", "description", *MERGE_KEYS)
_AGENT_CODE = re.compile(r"^(~[A-Z0-9]{2,}|[A-Z0-9]{2,}~)$")


def _read_agent(node: MNode, i: int, r: Reader) -> AgentDef | None:
    where = _where(node, "id", "agent", f"agents[{i}]")
    m = _entry(node, where, AGENT_KEYS, ("id", "code", "lemmas"), r)
    if m is None:
        return None
    gid = r.text(m.get("id"), f"{where}.id")
    code = r.text(m.get("code"), f"{where}.code")
    if code is not None and not _AGENT_CODE.match(code):
        message = f"{where}.code: expected '~' and a sector code such as '~MIL' (or 'NGO~', a prefix), got {code!r}"
        r.error(_at(m.get("code")), "E004", message)
        code = None
    lemmas = tuple((n.lang, n.text) for n in _read_names(m.get("lemmas"), f"{where}.lemmas", r, dated=False))
    country_from = r.texts(m.get("country_from"), f"{where}.country_from") if "country_from" in m else None
    r.text(m.get("description"), f"{where}.description")
    if gid is None or (code is None and not _disabled(m)):
        return None
    return AgentDef(gid, code or "", lemmas, country_from, _loc(m.get("id"), m.loc), _flags(r, m, where))


DISCARD_KEYS = ("id", "phrases", "scope", "description", *MERGE_KEYS)
DISCARD_SCOPES = ("sentence", "document")


def _read_discard(node: MNode, i: int, r: Reader) -> DiscardDef | None:
    where = _where(node, "id", "discard", f"discards[{i}]")
    m = _entry(node, where, DISCARD_KEYS, ("id", "phrases"), r)
    if m is None:
        return None
    did = r.text(m.get("id"), f"{where}.id")
    phrases = tuple((n.lang, n.text) for n in _read_names(m.get("phrases"), f"{where}.phrases", r, dated=False))
    for lang, text in phrases:
        if not text.split():
            r.error(_at(m.get("phrases")), "E004", f"{where}.phrases: an empty phrase would discard every sentence")
    scope = r.text(m.get("scope"), f"{where}.scope") or "sentence"
    if scope not in DISCARD_SCOPES:
        r.error(_at(m.get("scope")), "E004", f"{where}.scope: expected 'sentence' or 'document', got {scope!r}")
        return None
    r.text(m.get("description"), f"{where}.description")
    if did is None:
        return None
    return DiscardDef(did, phrases, scope, _loc(m.get("id"), m.loc), _flags(r, m, where))
