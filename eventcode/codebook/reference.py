"""The codebook language reference, generated from the schema itself so that it cannot drift.

Which keys each kind of YAML object accepts, and which it requires, is asked of the real schema:
:func:`schema_keys` checks two small probe codebooks that put an unknown key into every kind of
object, and reads the schema's own E001 ("expected one of: ...") and E002 ("missing required
key ...") messages back. :data:`KEY_DOCS` only adds a sentence per key; :func:`reference_markdown`
raises :class:`ReferenceDrift` when a key of the schema has no sentence or a sentence names a
key the schema no longer has. The error catalogue comes from :data:`eventcode.codebook.errors.CODES`.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import attrs

from eventcode.codebook import schema
from eventcode.codebook.errors import CODES

__all__ = ["KEY_DOCS", "KindKeys", "ReferenceDrift", "errors_markdown", "reference_markdown", "schema_keys"]

_PROBE = "zzzz"

# Every kind of object with an unknown key (and, where needed, the keys that name it).
_PROBE_NAMED = f"""\
codebook: probe
{_PROBE}: x
taxonomy:
  {_PROBE}: x
  codes:
    - {{code: "01", name: n, {_PROBE}: x, plover: {{{_PROBE}: x}}}}
profiles:
  p: {{passive: {{{_PROBE}: x}}}}
sets:
  S: {{{_PROBE}: x, phrases: [{{{_PROBE}: x}}]}}
negation:
  {_PROBE}: x
  cues: [{{{_PROBE}: x}}]
templates:
  t: {{{_PROBE}: x, frame: {{}}}}
predicates:
  - id: p
    {_PROBE}: x
    trigger: {{{_PROBE}: x}}
    frames:
      - id: f
        {_PROBE}: x
        code: "01"
        on_negated: {{{_PROBE}: x}}
        args: {{source: {{{_PROBE}: x}}}}
        when: {{{_PROBE}: x, head: {{{_PROBE}: x}}}}
        also: {{{_PROBE}: x}}
        examples: [{{{_PROBE}: x, expect: {{{_PROBE}: x}}}}]
operators:
  - {{id: o, {_PROBE}: x}}
actors:
  - {{id: A, {_PROBE}: x, roles: [{{{_PROBE}: x}}]}}
agents:
  - {{id: g, {_PROBE}: x}}
discards:
  - {{id: d, {_PROBE}: x}}
"""

# The same objects with no key at all, so that every required key is reported missing.
_PROBE_EMPTY = f"""\
{_PROBE}: x
taxonomy:
  codes: [{{{_PROBE}: x}}]
sets:
  S: {{phrases: [{{{_PROBE}: x}}]}}
negation: {{cues: [{{{_PROBE}: x}}]}}
templates:
  t: {{{_PROBE}: x}}
predicates:
  - {_PROBE}: x
    trigger: {{{_PROBE}: x}}
    frames:
      - {{{_PROBE}: x, also: {{{_PROBE}: x}}, on_negated: {{{_PROBE}: x}}, args: {{source: {{{_PROBE}: x}}}}, examples: [{{{_PROBE}: x}}]}}
operators: [{{{_PROBE}: x}}]
actors: [{{{_PROBE}: x, roles: [{{{_PROBE}: x}}]}}]
agents: [{{{_PROBE}: x}}]
discards: [{{{_PROBE}: x}}]
"""

_UNKNOWN = re.compile(rf"^unknown key '{_PROBE}' in (.*) \(expected one of: (.*)\)$")
_MISSING = re.compile(r"^(.*) is missing required keys? (.*)$")


@attrs.frozen(slots=True)
class KindKeys:
    """The keys one kind of object accepts, in schema order, and those it requires."""

    allowed: tuple[str, ...]
    required: frozenset[str]


class ReferenceDrift(ValueError):
    """The documentation table and the schema disagree: a key is undocumented or gone."""


def _kind(where: str) -> str:
    """The kind of object a schema path names: ``frame 'f'.when.head`` -> ``frame.when.head``."""
    where = re.sub(r"'[^']*'", "NAME", where)
    where = re.sub(r"\[\d+\]", "[i]", where)
    if where.startswith("role "):
        return "role"
    suffixes = (
        (".examples[i].expect", "example.expect"),
        (".examples[i]", "example"),
        (".when.head", "when.head"),
        (".when", "when"),
        (".also", "also"),
        (".on_negated", "on_negated"),
        (".trigger", "trigger"),
        (".plover", "plover"),
        (".passive", "profile.passive"),
        (".phrases[i]", "set.phrase"),
        (".roles[i]", "actor.role"),
        (".cues[i]", "negation.cue"),
        (".frames[i]", "frame"),
    )
    for suffix, kind in suffixes:
        if where.endswith(suffix):
            return kind
    prefixes = (
        ("codebook file", "codebook"),
        ("taxonomy code", "taxonomy.code"),
        ("taxonomy.codes", "taxonomy.code"),
        ("taxonomy", "taxonomy"),
        ("set ", "set"),
        ("negation", "negation"),
        ("template ", "template"),
        ("predicate", "predicate"),
        ("frame ", "frame"),
        ("operator", "operator"),
        ("actor", "actor"),
        ("agent", "agent"),
        ("discard", "discard"),
    )
    for prefix, kind in prefixes:
        if where.startswith(prefix):
            return kind
    raise ReferenceDrift(f"the schema reports a path the reference does not know: {where!r}")


def _problems(text: str) -> list[str]:
    from eventcode.codebook import check_codebook

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "probe.yaml"
        path.write_text(text, encoding="utf-8")
        return [problem.message for problem in check_codebook(path) if problem.code in ("E001", "E002")]


def schema_keys() -> dict[str, KindKeys]:
    """Every kind of codebook object, as the schema reports its allowed and required keys."""
    allowed: dict[str, tuple[str, ...]] = {}
    for message in _problems(_PROBE_NAMED):
        match = _UNKNOWN.match(message)
        if match:
            allowed[_kind(match.group(1))] = tuple(match.group(2).split(", "))
    required: dict[str, set[str]] = {kind: set() for kind in allowed}
    for message in _problems(_PROBE_EMPTY) + _problems(_PROBE_NAMED):
        match = _MISSING.match(message)
        if match:
            required.setdefault(_kind(match.group(1)), set()).update(re.findall(r"'([^']+)'", match.group(2)))
    return {kind: KindKeys(allowed[kind], frozenset(required.get(kind, ()))) for kind in allowed}


# -- what each key means (the only hand-written part) ---------------------------------------------

MERGE_DOCS = {
    "replace": "`true` redefines an entry with the same id from an extended codebook (otherwise a duplicate id is E022).",
    "disable": "`true` removes the entry with this id that an extended codebook defined.",
}
DESCRIPTION = {"description": "Free text for people; ignored by the engine."}

#: Per kind: (title, what the object is, {key: meaning}). Keys must match :func:`schema_keys`.
KEY_DOCS: dict[str, tuple[str, str, dict[str, str]]] = {
    "codebook": (
        "Codebook file",
        "The top level of every YAML file. Only `codebook` is required; a file may hold any mix of the sections below.",
        {
            "codebook": "The codebook's name, which other files use in `extends`.",
            "version": "A version string for people and provenance (quote it: `\"0.1.0\"`).",
            "language": "The language of the predicates (`fr`, `en`); predicates of another language are left out when coding.",
            **DESCRIPTION,
            "extends": "Codebook names this file builds on (a name or a list). Entries merge by `id`; the shipped CAMEO taxonomy is always there.",
            "profile": "The name of the profile (slot → UD relations) the frames of this file use.",
            "profiles": "Named profiles: `{NAME: {slot: [relations], ..., passive: {...}}}`; see *profile.passive*.",
            "sets": "Named lexicons, used in roles as `in: $NAME`.",
            "negation": "How negation is detected and what it does to events.",
            "templates": "Named frame templates, used in frames as `use: NAME` with `with: {param: value}`.",
            "predicates": "The trigger lemmas and their frames: the rules that code events.",
            "operators": "Embedding predicates (*promettre de*, *refuser de*) that recode the event below them.",
            "actors": "Countries, people, organisations: their names and (dated) actor codes.",
            "agents": "Generic agents (*soldats*, *gouvernement*) composed with a country: `FRA` + `~MIL` → `FRAMIL`.",
            "discards": "Phrases that keep a sentence (or a whole document) out of the coding: sports results, anniversaries.",
            "unresolved_actors": "What a required actor role does with a filler that names no known actor: `none` (the default) "
            "fails the frame, as PETRARCH's *require_dyad*; `names` keeps a proper name (*Zabihullah Mujahid*) as an unresolved "
            "actor coded `---`, its name as the actor's text. The last file in load order that sets it decides.",
            "agent_codes": "How agents join the actor they belong to: `country` (the default) appends one agent to the "
            "country's first three letters (*Calenardhon government* → `CALGOV`); `stacked` appends every agent of the phrase, "
            "in word order, to the actor's whole code, each once, as PETRARCH does (*West German world government activists* "
            "→ `GMWGOV` + `~WGO` → `GMWGOVWGO`; *the Danish Islamist media* → `DNKMUSMED`). `eventcode import petrarch` writes "
            "`stacked`. The last file in load order that sets it decides.",
            "taxonomy": "The event codes: CAMEO rows with their Goldstein score, quad class and PLOVER crosswalk.",
        },
    ),
    "taxonomy": (
        "taxonomy",
        "The table of event codes. The shipped CAMEO taxonomy is loaded with every codebook; extensions add rows.",
        {
            "conventions": "Free-form notes on the conventions used (e.g. which quad class numbering).",
            "codes": "The list of code rows.",
        },
    ),
    "taxonomy.code": (
        "taxonomy code row",
        "One event code.",
        {
            "code": "The code as a quoted string: 2 to 4 digits (`\"042\"`), or an extension `\"061.infrastructure\"`.",
            "name": "The code's name (`Make a visit`).",
            "parent": "The parent code (`\"04\"` for `\"042\"`); every code rolls up to a CAMEO root.",
            "goldstein": "The Goldstein conflict–cooperation score, −10 to +10.",
            "goldstein_inherited": "`true` when the score is the parent's (CAMEO gives none for this code).",
            "quad_class": "The quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).",
            "plover": "The PLOVER equivalent; see *plover*.",
            "extension": "`true` for a code that is not in CAMEO: it must have a `parent`, unless it is a new two-digit root of its own (a dictionary's `345` under an extension root `34`).",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
    "plover": (
        "plover",
        "The PLOVER crosswalk of a code row.",
        {
            "event": "The PLOVER event type (`CONSULT`, `AID`, ...).",
            "mode": "The PLOVER mode (`visit`, `host`, ...).",
            "context": "The PLOVER context, when the crosswalk gives one.",
            "swap": "`true` when PLOVER's actor is CAMEO's target (043 *host a visit*: the visitor is PLOVER's actor).",
        },
    ),
    "profile.passive": (
        "profile passive",
        "How a profile renames the relations of a passive clause, so that active frames match passives. "
        "The other keys of a profile are slot names chosen by the author (`subject: [nsubj]`, `obl: [obl, obl:arg, obl:mod]`).",
        {
            "object": "Relations filed as `object` in a passive clause (`nsubj:pass`).",
            "subject": "Relations filed as `subject` in a passive clause (`obl:agent`).",
            "marker": "Relations that mark a passive (`aux:pass`); informative, never used alone to rename.",
        },
    ),
    "set": (
        "set",
        "A named lexicon: `NAME: {lemmas: [...]}` or the shorthand `NAME: [lemma, ...]`.",
        {
            "lemmas": "Member lemmas (matched after NFC and casefolding).",
            "phrases": "Multiword members, as a head lemma with dependent lemmas; see *set phrase*.",
            "add": "In an extension: lemmas added to the set of the same name.",
            "remove": "In an extension: lemmas removed from it.",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
    "set.phrase": (
        "set phrase",
        "A multiword set member, matched on the tree: the filler's lemma is `head` and its children include every `dependents` lemma.",
        {
            "head": "The lemma of the phrase's head word (`voie`).",
            "dependents": "Lemmas that must be among the head's children (`[ferré]` for *voie ferrée*).",
        },
    ),
    "negation": (
        "negation",
        "Negation is detected once per predicate; each frame chooses what to do with it.",
        {
            "cues": "The negation cues; see *negation cue*.",
            "default": "The policy for frames without `on_negated`: `flag` (keep, `negated: true`), `drop`, or `{recode: CODE}`.",
        },
    ),
    "negation.cue": (
        "negation cue",
        "A dependent that negates its governor (or, with `on`, a role filler).",
        {
            "rel": "The relation of the cue (`advmod`, `det`).",
            "feats": "Features the cue must have (`{Polarity: Neg}`).",
            "lemma": "Lemmas the cue must have (`[aucun, nul]`).",
            "on": "Roles (or slots) whose filler the cue negates (`[theme]` for *aucun accord*); without it the cue is on the trigger.",
        },
    ),
    "template": (
        "template",
        "A frame written once and used by many predicates (`use: NAME`, `with: {PARAM: value}`).",
        {
            "params": "Parameter names (`[themes, code]`), or names with types (`{themes: lemmas, code: code}`; types: "
            + ", ".join(f"`{t}`" for t in schema.PARAM_TYPES)
            + ").",
            "frame": "The frame, with `{param}` placeholders in its values.",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
    "predicate": (
        "predicate",
        "A trigger (one or more lemmas) and its frames, tried most specific first.",
        {
            "id": "Unique id; an extension that gives the same id and only `frames` adds frames to it.",
            "lemma": "The trigger lemma or lemmas (`visiter`, `[signer, conclure]`).",
            "trigger": "Instead of `lemma`: `{lemma, upos}` to restrict the trigger's part of speech (`visite` as a NOUN).",
            "frames": "The frames; see *frame*.",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
    "trigger": (
        "predicate trigger",
        "A trigger lemma with a part of speech.",
        {
            "lemma": "The lemma or lemmas.",
            "upos": "The UD part(s) of speech the trigger word must have (`NOUN`, `[VERB, NOUN]`).",
            "form": "Word forms that trigger the predicate whatever their lemma, looked up before any lemma "
            "(a dictionary of forms: PETRARCH's *left* is the verb LEFT, not a form of LEAVE).",
        },
    ),
    "frame": (
        "frame",
        "One syntactic frame of a predicate: roles to bind and the code to emit. Frames are tried by `priority`, "
        "then specificity (more constraints first), then file order; the first whose required roles all bind wins.",
        {
            "id": "Unique id; it is the event's `rule` in the output.",
            "args": "The roles: `{ROLE: SLOT}` or `{ROLE: {slot, in, actor, required, distribute, upos}}`; `source` and `target` are actor roles.",
            "when": "Constraints on the trigger word itself; see *when*.",
            "code": "The CAMEO code to emit, quoted (`\"042\"`); or `none`: when this frame matches, the trigger codes nothing and its later frames are not tried (*marked the anniversary*).",
            "also": "Paired codes emitted with the main one: `{code, swap}` or a list of them (`043` with `swap: true` for a visit).",
            "on_negated": "What a negated match does: `flag`, `drop` or `{recode: CODE}` (default: the codebook's negation default).",
            "tags": "Free labels copied to every event of this frame (`[infrastructure]`).",
            "priority": "An integer; higher is tried first, before specificity.",
            "examples": "Sentences with the events they must give, run by `eventcode check` and the tests; see *example*.",
            **DESCRIPTION,
            "use": "Build this frame from a template.",
            "with": "The template's arguments.",
            **MERGE_DOCS,
        },
    ),
    "role": (
        "role",
        "One argument of a frame. The short form `source: subject` is `{slot: subject}`. "
        "A slot string is `alt | alt ...` with `alt = [head.]NAME[:CASE]` (`obl:à`, `head.subject`, `nmod:à_côté_de`); "
        "in a role, `alt` may walk through other slots first: `ccomp/subject` is the subject of the trigger's clausal complement, "
        "`object/acl/obl` an `obl` of a clause modifying the object; a step may have a case: `object/nmod:on/amod` is an adjective "
        "of the object's *on* phrase.",
        {
            "slot": "Where the filler is, as a slot string.",
            "in": "The filler's lemma must be in this set (`$ARMES`) or list of lemmas.",
            "actor": "`true`: the filler must name a known actor (default `true` for `source` and `target`).",
            "required": "`false`: the frame still matches when this role is unbound (default `true`).",
            "distribute": "With conjoined fillers: "
            + ", ".join(f"`{d}`" for d in schema.DISTRIBUTE)
            + " (one event per filler; both directions between co-fillers; one event for the group).",
            "upos": "The filler's UD part(s) of speech.",
            "fallback": "A slot string tried only when `slot` binds nothing; of its fillers, the first in word order that fits binds "
            "(with its conjuncts): `{slot: object, fallback: \"object/acl/obl | ccomp/subject\"}` finds *Mordor* in "
            "*cordoned off the roads leading into Mordor*. A pronoun there is skipped: the fallback looks for an actor named further away.",
            "first": "`true`: of the fillers that fit, only the first in word order binds, with its conjuncts "
            "(*restore ties with Gondor after Calenardhon crowds burned its embassy*: Gondor, not Calenardhon).",
        },
    ),
    "when": (
        "when",
        "Constraints on the trigger word, checked before any role.",
        {
            "cop": "`true`: the trigger has a `cop` child (*est en visite*); `false`: it must not.",
            "case": "The lemma of the trigger's `case` child (`en` in *est en visite*).",
            "voice": "One of " + ", ".join(f"`{v}`" for v in schema.VOICES) + " (default `any`).",
            "upos": "The trigger's UD part(s) of speech.",
            "feats": "Morphological features the trigger must have (`{VerbForm: Fin}`).",
            "head": "Constraints on the trigger's governor; see *when.head* (light verbs: *effectuer une visite*).",
        },
    ),
    "when.head": (
        "when.head",
        "The trigger's governor.",
        {
            "lemma": "The governor's lemma(s) (`[effectuer, faire, rendre]`).",
            "rel": "The slot the trigger fills under it (`object`); with `through`, the slot the last of those nouns fills.",
            "through": "Nouns between the trigger and the governor: the trigger must be the `nmod` of one of them "
            "(or of a chain of them), and `lemma`, `rel` and `head.` slots look at the word above the last "
            "(`[coup, envoi]`: *donner le coup d'envoi de la construction*).",
        },
    ),
    "also": (
        "also",
        "A paired code emitted with the frame's code.",
        {
            "code": "The paired code, quoted.",
            "swap": "`true`: source and target are swapped for it (`042` visit → `043` host).",
        },
    ),
    "on_negated": (
        "on_negated (mapping form)",
        "The recode form of a negation policy.",
        {"recode": "The code a negated match emits instead (`\"127\"` for an agreement not signed)."},
    ),
    "example": (
        "example",
        "A sentence the frame must code (or must not), checked by `eventcode check` and the tests.",
        {
            "text": "Raw text (parsed with the Stanza model when one is installed).",
            "conllu": "A CoNLL-U tree (always checked, no model needed).",
            "expect": "The event expected (see *example.expect*), or `none` for no event.",
            "todo": "`true` or a reason: a known gap, reported but not failed.",
            "date": "The document date (`YYYY-MM-DD`), which selects actor roles.",
            **DESCRIPTION,
        },
    ),
    "example.expect": (
        "example.expect",
        "The event an example must give.",
        {
            "code": "Its code, quoted.",
            "source": "Its source actor code.",
            "target": "Its target actor code.",
            "negated": "`true` or `false`.",
            "root": "Its CAMEO root, quoted.",
        },
    ),
    "operator": (
        "operator",
        "An embedding predicate: when a trigger is its `xcomp` (by default), the event's code is recoded. "
        "With `via: aux` the operator is an auxiliary of the trigger instead (*will* in \"X will send troops\").",
        {
            "id": "Unique id.",
            "lemma": "The operator's lemma(s) (`[promettre, prévoir]`).",
            "via": "The relation(s) from the operator to the trigger (default `xcomp`); `aux`: the operator is the trigger's auxiliary.",
            "mark": "The lemma(s) of the embedded trigger's `mark` or `case` dependent, one of which it must have (`for`: *arrested **for** collaborating*, not *arrested ..., sparking clashes*); default: any.",
            "recode": "`{FROM: TO}`: a code (or its nearest ancestor, or `\"*\"`) → the new code (`\"072\": \"0332\"`); `none`: the embedded event is not coded (*arrested for collaborating with*).",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
    "actor": (
        "actor",
        "A named participant. Names match on word forms, case- and accent-insensitively, longest first.",
        {
            "id": "Unique id (a country's is its code: `FRA`).",
            "type": "`country`, `region` (a CAMEO region, `EUR`: composed with agents as a country is), `person`, `organization`, ...",
            "code": "The actor code when it does not depend on the date (`FRA`, `IGOUNO`).",
            "names": "Names per language (`{fr: [France, Paris], en: [...]}`), or dated items `{fr: NAME, from, to}`.",
            "demonyms": "Adjectives that name the country (`{fr: [français], en: [French]}`), used with agents.",
            "roles": "Dated codes (see *actor role*); the document date picks one.",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
    "actor.role": (
        "actor role",
        "A code an actor holds between two dates (inclusive, ISO). An undated role is the default and comes last.",
        {
            "code": "The code held (`FRAGOV`).",
            "from": "First day (`YYYY-MM-DD`).",
            "to": "Last day (`YYYY-MM-DD`).",
            **DESCRIPTION,
        },
    ),
    "agent": (
        "agent",
        "A generic agent lemma, composed with a country found by `country_from`.",
        {
            "id": "Unique id.",
            "code": "`~` and a sector code (`\"~MIL\"`): the country's code, then the sector; or a sector code and `~` (`\"NGO~\"`): "
            "a prefix agent, written before the country's code (*MSF Arnor* → `NGOARN`, *an MSF Arnor diplomat* → `NGOARNGOV`).",
            "lemmas": "Lemmas per language (`{fr: [soldat, troupe], en: [soldier]}`).",
            "country_from": "Where the country is found: `demonym` (*soldats russes*), slots such as `\"nmod:de\"`.",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
    "discard": (
        "discard",
        "A discard rule: no event is coded from a sentence in which one of its phrases occurs "
        "(consecutive words, each equal to a word's form or lemma, case- and accent-insensitively), "
        "or, with `scope: document`, from the whole document.",
        {
            "id": "Unique id.",
            "phrases": "Phrases per language (`{en: [African Nations Cup, baseball]}`), or a plain list for every language.",
            "scope": "`sentence` (the default): that sentence is not coded; `document`: no sentence of the document is.",
            **DESCRIPTION,
            **MERGE_DOCS,
        },
    ),
}

# Kinds in reading order: the file, then what the engine reads, then actors, then the taxonomy.
ORDER = (
    "codebook", "predicate", "trigger", "frame", "role", "when", "when.head", "also", "on_negated",
    "example", "example.expect", "template", "set", "set.phrase", "negation", "negation.cue",
    "profile.passive", "operator", "actor", "actor.role", "agent", "discard", "taxonomy", "taxonomy.code", "plover",
)  # fmt: skip


def _check(keys: dict[str, KindKeys]) -> None:
    problems = []
    for kind in sorted(set(keys) | set(KEY_DOCS)):
        if kind not in keys:
            problems.append(f"{kind}: documented, but the schema has no such object")
            continue
        if kind not in KEY_DOCS:
            problems.append(f"{kind}: in the schema, not documented")
            continue
        documented = set(KEY_DOCS[kind][2])
        allowed = set(keys[kind].allowed)
        if allowed - documented:
            problems.append(f"{kind}: undocumented keys {sorted(allowed - documented)}")
        if documented - allowed:
            problems.append(f"{kind}: documented keys the schema does not accept {sorted(documented - allowed)}")
    if set(ORDER) != set(KEY_DOCS):
        problems.append(f"ORDER and KEY_DOCS differ: {sorted(set(ORDER) ^ set(KEY_DOCS))}")
    if problems:
        raise ReferenceDrift("the codebook reference is out of date:\n" + "\n".join(problems))


def _anchor(kind: str) -> str:
    return kind.replace(".", "-").replace("_", "-")


def reference_markdown() -> str:
    """The codebook language reference page (Markdown); raises :class:`ReferenceDrift`."""
    keys = schema_keys()
    _check(keys)
    out = [
        "# Codebook language reference",
        "",
        "<!-- Generated by `python docs/generate.py` from eventcode/codebook/schema.py and",
        "     eventcode/codebook/reference.py: edit those, not this page. -->",
        "",
        "Every key of every kind of object, as the schema accepts it; **bold** keys are required.",
        "An unknown key is error E001 (with the closest known key), a missing required key E002",
        "(see [Codebook errors](errors.md)). Every scalar is read as a string: quote CAMEO codes",
        "(`\"042\"`), booleans are `true`/`false`/`yes`/`no`, dates are `YYYY-MM-DD`.",
        "",
        "| object | keys |",
        "|---|---|",
    ]
    for kind in ORDER:
        title = KEY_DOCS[kind][0]
        listed = ", ".join(f"**`{k}`**" if k in keys[kind].required else f"`{k}`" for k in keys[kind].allowed)
        out.append(f"| [{title}](#{_anchor(kind)}) | {listed} |")
    out.append("")
    for kind in ORDER:
        title, intro, docs = KEY_DOCS[kind]
        out += [f"## {title} {{#{_anchor(kind)}}}", "", intro, "", "| key | required | meaning |", "|---|---|---|"]
        for key in keys[kind].allowed:
            required = "yes" if key in keys[kind].required else ""
            out.append(f"| `{key}` | {required} | {docs[key]} |")
        out.append("")
    return "\n".join(out)


def errors_markdown() -> str:
    """The catalogue of codebook error and warning codes (Markdown)."""
    out = [
        "# Codebook errors and warnings",
        "",
        "<!-- Generated by `python docs/generate.py` from eventcode/codebook/errors.py: edit that, not this page. -->",
        "",
        "`eventcode check` and `eventcode.check_codebook()` report every problem of every file at once, as",
        "`file:line:col: error[CODE]: message` (or `warning[CODE]`). Errors stop a codebook from loading",
        "(`eventcode.CodebookInvalid` lists them all); warnings do not.",
        "",
        "| code | severity | meaning |",
        "|---|---|---|",
    ]
    for code, meaning in sorted(CODES.items()):
        severity = "error" if code.startswith("E") else "warning"
        out.append(f"| `{code}` | {severity} | {meaning} |")
    return "\n".join(out) + "\n"
