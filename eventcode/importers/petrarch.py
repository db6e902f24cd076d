"""PETRARCH-2 (and PETRARCH-1/TABARI, where the format is the same) dictionaries -> YAML codebooks.

Four inputs, four outputs (all into one folder, with ``report.md`` and ``report.json``):

* **verbs** (CAMEO.2.0-style): synsets ``&NAME`` + ``+member`` lines become ``sets``; each verb
  block ``--- NAME [CODE] ---`` becomes predicates (one per verb with its own code or a multiword
  verb, one shared by the plain verbs of the block) whose frames are the block's patterns plus
  the block's default frame. Pattern syntax handled: ``*`` the verb, words / ``{NOUN PHRASE}`` /
  ``&SYNSET`` after the verb (the object) or before it (in the subject),
  ``(PREP ...)`` prepositional phrases, ``$`` source, ``+`` target, ``%`` compound subject
  (events between the conjuncts), ``^`` skip (nothing to do on a tree), codes ``[A]`` and
  ``[A:B]`` (B: the reverse event, target -> source), ``[:B]`` (only the reverse event) and
  ``[---]`` (a frame with ``code: none`` that blocks the verb). A code outside CAMEO is declared
  as a taxonomy extension. Each verb also gets PETRARCH's default targets (the first actor
  after the verb, ``fallback`` into the object's clause) and its passive convention.
* **actors**: ``NAME [CODE]`` with ``+SYNONYM`` lines and date restrictions ``[CODE <DATE]``,
  ``[CODE >DATE]``, ``[CODE DATE-DATE]`` (YYMMDD or YYYYMMDD; bounds inclusive). Restrictions
  are applied *before* the default and, where they overlap, the one written first wins: later
  ones are cut so that the windows do not overlap (ISO dates in the YAML).
* **agents**: ``NAME {PLURALS} [~CODE]`` with ``!MARKER! = A, B`` substitutions.
* **discards**: ``PHRASE`` (sentence) and ``+PHRASE`` (story) become ``discards:`` rules of the
  verbs codebook (``scope: document`` for a story).
* **ontology** (optional, PETRARCH's internal coding ontology, PICO): its negation rule gives
  frames ``on_negated: {recode}`` (a negated X is the code whose PICO value is X's - 0xFFFF).

What the frame language cannot express is listed in the report with file:line and reason.
"""

from __future__ import annotations

import datetime
import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import attrs

__all__ = [
    "ImportResult",
    "Skipped",
    "convert",
    "negation_table",
    "parse_actors",
    "parse_agents",
    "parse_discards",
    "parse_ontology",
    "parse_verbs",
    "petrarch_date",
]

#: Words that open a prepositional phrase in a pattern's ``( ... )``.
PREPOSITIONS = frozenset(
    """about above across after against along amid among around as at before behind below beneath
    beside besides between beyond by despite down during except for from in inside into like near
    of off on onto out outside over past per since than through throughout till to toward towards
    under underneath unlike until unto up upon via with within without""".split()
)
#: Prepositions that also stand alone as verb particles (``BURN (DOWN)``, ``BREAK (OFF)``).
PARTICLES = frozenset({"up", "down", "off", "out", "away", "back", "over", "in", "on", "through", "about"})
#: The profile the converted verbs use: UD v2 slots plus the particle, auxiliary and adverb slots
#: that PETRARCH patterns refer to.
PROFILE = {
    "subject": ["nsubj"],
    "object": ["obj"],
    "iobj": ["iobj"],
    "obl": ["obl", "obl:arg", "obl:mod", "obl:tmod", "obl:npmod", "obl:agent"],
    "nmod": ["nmod", "nmod:poss"],
    "poss": ["nmod:poss"],
    "xcomp": ["xcomp"],
    "ccomp": ["ccomp"],
    "advcl": ["advcl"],
    "acl": ["acl", "acl:relcl"],
    "appos": ["appos"],
    "conj": ["conj"],
    "prt": ["compound:prt"],
    "aux": ["aux", "aux:pass"],
    "advmod": ["advmod"],
    "compound": ["compound"],
    "amod": ["amod"],
    "case": ["case"],
}
#: Where a pattern's words after the verb (its theme) are: the object, or the object of an
#: infinitival complement ("vowed to wage war on the Rohans" matches VOW's "- * WAR", as PETRARCH
#: matches the words after the verb in its whole verb phrase).
THEME_SLOT = "object | xcomp/object | advcl/object"
#: Where else a theme is looked for when none of those holds the pattern's words: a noun the
#: parser made a prepositional phrase ("received by courier money from Osgiliath" for RECEIVE's
#: "- + * MONEY $", *money* an ``obl``), as PETRARCH matches the words after the verb whatever
#: their phrase.
THEME_FALLBACK = "obl"
#: Where the target is looked for when the object is the pattern's theme: a prepositional phrase,
#: or a name inside the object's phrase ("fired shells at Seoul", the PP attached to the noun),
#: also in that infinitival complement.
TARGET_WITH_THEME = "iobj | obl | object | xcomp/obl | advcl/obl"
#: Where a target is looked for when none of those names an actor, as PETRARCH takes the first
#: actor after the verb: in a participle on the object, on a prepositional phrase or on the
#: object's prepositional phrase ("cordoned off the roads leading into Mordor", "memos sent by
#: Bree", "assurances on cultural issues sent from Bree"), or the subject of a clausal
#: complement ("allowed that Mordor isn't a pleasant place"), or the object of a purpose clause
#: ("signed an accord on Thursday to supply Gondor"). The first one in word order (with its
#: conjuncts).
TARGET_FALLBACK = "object/acl/obl | object/acl/object | obl/acl/obl | object/nmod/acl/obl | ccomp/subject | advcl/object"
#: Where PETRARCH looks for the source of a passive verb without a "by" phrase: a "from" or "in"
#: phrase, else the first actor named inside the verb's prepositional phrases ("was criticized
#: over its dispute with Eriador"), as PETRARCH takes the first actor after the verb.
PASSIVE_SOURCE_FALLBACK = "obl:from | obl:in | obl/nmod"
NULL_CODES = frozenset({"---", "+++", "###"})  # verb codes that code nothing
NO_EVENT = "none"  # the codebook language's code of a frame that blocks coding
#: a dictionary's event code: CAMEO-like digits, optionally with a letter suffix (``174L``, ``102b``)
_DICT_CODE_RE = re.compile(r"^([0-9]{2,4})([A-Za-z][A-Za-z0-9]*)?$")
_BRACKET_RE = re.compile(r"\[([^\]]*)\]")


@attrs.frozen(slots=True)
class Skipped:
    """One dictionary entry (or part of one) that was not converted, and why."""

    kind: str  # verbs | actors | agents | discards
    entry: str
    file: str
    line: int
    reason: str

    def to_dict(self) -> dict[str, object]:
        return attrs.asdict(self)


@attrs.define
class Report:
    converted: Counter = attrs.Factory(Counter)  # kind -> entries converted
    skipped: list[Skipped] = attrs.Factory(list)
    notes: list[str] = attrs.Factory(list)
    #: codes outside CAMEO declared as taxonomy extensions: code, id, parent, file, line
    declared: list[dict[str, object]] = attrs.Factory(list)

    def skip(self, kind: str, entry: str, file: str, line: int, reason: str) -> None:
        self.skipped.append(Skipped(kind, entry.strip(), file, line, reason))

    def by_reason(self) -> dict[str, dict[str, int]]:
        table: dict[str, Counter] = {}
        for item in self.skipped:
            table.setdefault(item.kind, Counter())[item.reason] += 1
        return {kind: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for kind, c in sorted(table.items())}


@attrs.frozen(slots=True)
class ImportResult:
    files: tuple[Path, ...]
    report: Report
    seconds: float


# ---------------------------------------------------------------------------------------------
# Reading: comments, lines
# ---------------------------------------------------------------------------------------------


def iter_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(1-based line number, text without comments), ``<!-- -->`` (multi-line), ``#`` and ``;``
    comments removed; leading whitespace kept (actor date restrictions start with a tab)."""
    in_comment = False
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        out = ""
        while line:
            if in_comment:
                end = line.find("-->")
                if end < 0:
                    line = ""
                else:
                    line, in_comment = line[end + 3 :], False
                continue
            start = line.find("<!")
            if start < 0:
                out += line
                break
            out += line[:start]
            line, in_comment = line[start + 2 :], True
        for mark in ("#", ";"):
            cut = out.find(mark)
            if cut >= 0:
                out = out[:cut]
        yield number, out.rstrip()


def _words(phrase: str) -> list[str]:
    """A PETRARCH phrase (``GOLDEN_GOBLIN_GALLEONS_``) -> lower-case words."""
    return [w for w in phrase.replace("_", " ").lower().split() if w]


def lemma_variants(word: str) -> list[str]:
    """The word and, for a regular English plural, its singular: PETRARCH matches forms (and
    generates regular plurals), the engine matches lemmas."""
    word = word.lower().strip("_")
    out = [word]
    if len(word) > 3 and word.endswith("ies"):
        out += [word[:-3] + "y", word[:-1]]  # countries -> country, ties -> tie
    elif len(word) > 3 and word.endswith(("sses", "shes", "ches", "xes")):
        out.append(word[:-2])
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.append(word[:-1])
    return out


def petrarch_date(text: str) -> datetime.date:
    """``YYMMDD`` or ``YYYYMMDD`` -> a date. Two-digit years below 30 are 20YY, else 19YY
    (the Phoenix files use e.g. 070723 for 2007 and 450703 for 1945)."""
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 2000 if year < 30 else 1900
        return datetime.date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8 and text.isdigit():
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"not a YYMMDD or YYYYMMDD date: {text!r}")


# ---------------------------------------------------------------------------------------------
# Verbs
# ---------------------------------------------------------------------------------------------


@attrs.define
class Synset:
    name: str
    members: list[str]
    line: int


@attrs.define
class VerbLine:
    words: list[str]  # the verb, then the words of a multiword verb (TAKE_NOTE)
    code: str | None
    line: int
    text: str
    forms: list[str] = attrs.Factory(list)  # irregular forms of the verb ({SAID SAYING})


@attrs.define
class Pattern:
    text: str
    code: str
    line: int


@attrs.define
class VerbGroup:
    name: str
    code: str
    line: int
    verbs: list[VerbLine] = attrs.Factory(list)
    patterns: list[Pattern] = attrs.Factory(list)


@attrs.define
class VerbDictionary:
    path: str
    synsets: dict[str, Synset]
    groups: list[VerbGroup]


def _split_code(text: str) -> tuple[str, str | None]:
    """``"- * EFFORT  [080]"`` -> (``"- * EFFORT"``, ``"080"``)."""
    match = None
    for match in _BRACKET_RE.finditer(text):
        pass
    if match is None:
        return text.strip(), None
    return (text[: match.start()] + text[match.end() :]).strip(), match.group(1).strip()


def parse_verbs(path: str | Path, report: Report | None = None) -> VerbDictionary:
    report = report if report is not None else Report()
    name = str(path)
    synsets: dict[str, Synset] = {}
    groups: list[VerbGroup] = []
    current_set: Synset | None = None
    group: VerbGroup | None = None
    for number, line in iter_lines(path):
        stripped = line.strip()
        if not stripped:  # blank or comment-only: a synset goes on until the next label
            continue
        if stripped.startswith("---"):
            current_set = None
            body = stripped.strip("-").strip()
            body, code = _split_code(body)
            group = VerbGroup(body.strip() or f"line{number}", (code or "---").strip(), number)
            groups.append(group)
            continue
        if stripped.startswith("&") and group is None:
            label = stripped.split()[0][1:]
            current_set = Synset(label, [], number)
            if label in synsets:
                report.notes.append(f"{name}:{number}: synset &{label} defined again: members merged")
                current_set = synsets[label]
            else:
                synsets[label] = current_set
            continue
        if current_set is not None and stripped.startswith("+"):
            current_set.members.append(stripped[1:].strip())
            continue
        if group is None:
            report.skip("verbs", stripped, name, number, "line outside any synset or verb block")
            continue
        if stripped.startswith("-") or "*" in stripped:
            text, code = _split_code(stripped.lstrip("-").strip())
            if code is None:
                report.skip("verbs", stripped, name, number, "pattern without a [code]")
                continue
            group.patterns.append(Pattern(text, code, number))
            continue
        text, code = _split_code(stripped)
        forms = [f for brace in re.findall(r"\{([^}]*)\}", text) for f in brace.split()]
        text = re.sub(r"\{[^}]*\}", " ", text).strip()
        words = _words(text.lstrip("+"))
        if not words:
            report.skip("verbs", stripped, name, number, "verb line without a verb")
            continue
        forms = [w[0] for w in (_words(f.lstrip("+")) for f in forms) if w]
        group.verbs.append(VerbLine(words, code, number, stripped, forms))
    return VerbDictionary(name, synsets, groups)


# --- pattern tokens -----------------------------------------------------------------------------


class Unsupported(Exception):
    """A pattern the frame language cannot express; the message is the report's reason."""


@attrs.frozen(slots=True)
class Content:
    """A constraint on one filler: single lemmas and/or phrases (head lemma + dependent lemmas)."""

    lemmas: tuple[str, ...] = ()
    phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    set_name: str | None = None  # a whole synset, used as is


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    for raw in re.findall(r"\{|\}|\(|\)|[^\s{}()]+", text):
        tokens.append(raw)
    return tokens


def _group(tokens: list[str]) -> list[object]:
    """Nest ``( ... )`` and ``{ ... }``: ("pp", [...]) / ("np", [...]) / plain tokens."""
    out: list[object] = []
    stack: list[tuple[str, list[object]]] = []
    current = out
    for token in tokens:
        if token in ("(", "{"):
            stack.append((token, current))
            new: list[object] = []
            current.append(("pp" if token == "(" else "np", new))
            current = new
        elif token in (")", "}"):
            if not stack:
                raise Unsupported("unbalanced brackets")
            _, current = stack.pop()
        else:
            current.append(token)
    if stack:
        raise Unsupported("unbalanced brackets")
    return out


class PatternConverter:
    """Turns one verb pattern into a frame (a dict ready for YAML)."""

    def __init__(self, synsets: dict[str, Synset], taxonomy: frozenset[str]) -> None:
        self.synsets = synsets
        self.taxonomy = taxonomy
        self.extra_sets: dict[str, dict] = {}
        #: taxonomy rows declared for the dictionary's own codes, by codebook id
        self.extensions: dict[str, dict] = {}
        self.extension_lines: dict[str, tuple[str, int]] = {}  # id -> (dictionary code, first line)

    # -- codes --------------------------------------------------------------------------------

    def codes(self, text: str, line: int = 0, *, pattern: bool = False) -> tuple[str, str | None]:
        """``"043:042"`` -> ("043", "042"). For a pattern, ``[---]`` is ``none`` (a frame that
        blocks the verb's other frames) and ``[:042]`` is ("", "042"): only the reverse event.
        Raises Unsupported for other null codes and strings that are not codes. A code outside
        the taxonomy is declared as an extension (:meth:`event_code`)."""
        main, _, paired = text.partition(":")
        main, paired = main.strip(), paired.strip() or None
        if paired in NULL_CODES:
            paired = None
        if pattern and main == "---" and paired is None:
            return NO_EVENT, None
        if pattern and not main and paired is not None:
            return "", self.event_code(paired, line)
        if main in NULL_CODES or not main:
            raise Unsupported(f"null code [{text.strip()}]")
        return self.event_code(main, line), (self.event_code(paired, line) if paired else None)

    def event_code(self, code: str, line: int = 0) -> str:
        """The codebook's id for a dictionary code. A CAMEO code is itself; a code the dictionary
        defines for itself (``345``, ``903``, ``174L``) is declared as a taxonomy extension
        (:data:`extensions`): its parent is the longest prefix that is a CAMEO code (``1033`` ->
        ``103``), else a two-digit root of its own (``345`` -> ``34``, itself an extension)."""
        if code in self.taxonomy:
            return code
        if not _DICT_CODE_RE.match(code):
            raise Unsupported("not an event code")
        ident = extension_id(code)
        if ident in self.extensions:
            return ident
        digits, suffix = _DICT_CODE_RE.match(code).groups()
        if suffix:
            parent: str | None = self.event_code(digits, line)
        else:
            parent = next((digits[:n] for n in range(len(digits) - 1, 1, -1) if digits[:n] in self.taxonomy), None)
            if parent is None and len(digits) > 2:
                parent = self.event_code(digits[:2], line)
        row: dict[str, object] = {"code": ident, "name": f"PETRARCH code {code} (not in CAMEO; declared by the import)"}
        if parent is not None:
            row["parent"] = parent
        row["extension"] = True
        self.extensions[ident] = row
        self.extension_lines[ident] = (code, line)
        return ident

    # -- contents -----------------------------------------------------------------------------

    def synset_content(self, label: str, depth: int = 0) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
        synset = self.synsets.get(label.lstrip("&").rstrip())
        if synset is None:
            raise Unsupported("undefined synset")
        if depth > 3:
            raise Unsupported("synsets nested too deep")
        lemmas: list[str] = []
        phrases: list[tuple[str, tuple[str, ...]]] = []
        for member in synset.members:
            member = member.strip().strip("()").strip()
            if member.startswith("&"):
                sub_l, sub_p = self.synset_content(member, depth + 1)
                lemmas += sub_l
                phrases += sub_p
                continue
            words = _words(member)
            if len(words) == 1:
                lemmas += lemma_variants(words[0])
            elif words:
                for head in lemma_variants(words[-1]):
                    phrases.append((head, tuple(words[:-1])))
        return lemmas, phrases

    def content(self, items: Sequence[object]) -> Content:
        """Words, ``_``-joined words, a ``{noun phrase}`` or a ``&SYNSET`` -> Content."""
        words: list[list[str]] = []  # each position: alternatives (a synset gives several)
        single_set: str | None = None
        flat: list[object] = []
        for item in items:  # {NOUN PHRASE} brackets only group words
            if isinstance(item, tuple) and item[0] == "np":
                flat.extend(item[1])
            else:
                flat.append(item)
        items = flat
        for item in items:
            if isinstance(item, tuple):
                raise Unsupported("prepositional phrase inside a noun phrase")
            token = str(item)
            if token.startswith("&"):
                lemmas, phrases = self.synset_content(token)
                if len(items) == 1:
                    single_set = token[1:]
                    return Content(tuple(dict.fromkeys(lemmas)), tuple(dict.fromkeys(phrases)), single_set)
                if phrases:
                    raise Unsupported("multiword synset member inside a noun phrase")
                words.append(lemmas)
                continue
            if token in ("$", "+", "%", "^", "*"):
                raise Unsupported(f"'{token}' inside a noun phrase")
            for word in _words(token):
                words.append([word])
        if not words:
            raise Unsupported("empty noun phrase")
        if len(words) == 1:
            lemmas = [v for w in words[0] for v in lemma_variants(w)]
            return Content(tuple(dict.fromkeys(lemmas)))
        heads = [v for w in words[-1] for v in lemma_variants(w)]
        dependents = [list(dict.fromkeys(v for w in alts for v in lemma_variants(w))) for alts in words[:-1]]
        combos = 1
        for alternatives in dependents:
            combos *= len(alternatives)
        if combos * len(heads) > 200:
            raise Unsupported("noun phrase expands to too many phrases")
        phrases = []
        for head in dict.fromkeys(heads):
            for combo in _product(dependents):
                phrases.append((head, tuple(combo)))
        return Content((), tuple(dict.fromkeys(phrases)))

    def in_value(self, content: Content, frame_id: str, role: str) -> object:
        """The ``in:`` value: ``$SYNSET``, a lemma list, or a generated set for phrases."""
        if content.set_name is not None:
            return "$" + content.set_name
        if not content.phrases:
            return list(content.lemmas)
        name = f"{frame_id}.{role}".replace(".", "_").upper()
        self.extra_sets[name] = _set_body(list(content.lemmas), list(content.phrases))
        return "$" + name

    # -- the pattern ----------------------------------------------------------------------------

    def frame(self, pattern: Pattern, frame_id: str) -> list[dict]:
        """One pattern -> one frame (two when a lone particle may also be a preposition)."""
        code, paired = self.codes(pattern.code, pattern.line, pattern=True)
        items = _group(_tokenize(pattern.text))
        if "*" not in items:
            raise Unsupported("no '*' (verb position) at the top level")
        star = items.index("*")
        if items.count("*") > 1:
            raise Unsupported("more than one '*'")
        pre, post = items[:star], items[star + 1 :]
        roles: dict[str, object] = {}
        source_slot: str | None = None
        target_slot: str | None = None
        compound = False
        variants: list[dict[str, object]] = [{}]  # alternative extra roles (particle vs. preposition)
        pre_words: list[object] = []
        for item in pre:
            if item == "%":
                compound = True
            elif item == "$":
                source_slot = "subject"
            elif item == "+":
                target_slot = "subject"
            elif item == "^":
                continue
            elif isinstance(item, tuple) and item[0] == "pp":
                raise Unsupported("prepositional phrase before the verb")
            else:
                pre_words.append(item)
        if pre_words:
            if len(pre_words) > 1 and not all(isinstance(w, str) and not w.startswith("&") for w in pre_words):
                raise Unsupported("several words before the verb")
            if len(pre_words) > 1:
                raise Unsupported("several words before the verb")
            # PETRARCH looks for the words before the verb in the subject's phrase (the source
            # noun phrase), not among the verb's adverbs: "- RECENTLY *" does not match
            # "Gollum recently allowed"
            roles["before"] = {"slot": "subject", "in": self.in_value(self.content(pre_words), frame_id, "before"), "actor": False}
        object_words: list[object] = []
        object_done = False
        pp_count = 0
        after_object_marker: str | None = None
        for item in post:
            if item == "^":
                continue
            if item == "%":
                raise Unsupported("'%' after the verb")
            if item in ("$", "+"):
                slot = "iobj | obl" if object_words or object_done else "object | iobj"
                if item == "$":
                    source_slot = slot
                else:
                    target_slot = slot
                object_done = True
                after_object_marker = item
                continue
            if isinstance(item, tuple) and item[0] == "pp":
                pp_count += 1
                if object_words:
                    object_done = True
                role_name = f"pp{pp_count}"
                inner = item[1]
                if not inner:
                    raise Unsupported("empty '( )'")
                first = inner[0]
                if isinstance(first, str) and not first.startswith("&") and first.lower().strip("_") in PREPOSITIONS:
                    prep_words = _words(first)
                    prep = prep_words[0]
                    rest = list(inner[1:])
                    markers = [x for x in rest if x in ("$", "+")]
                    rest = [x for x in rest if x not in ("$", "+", "^")]
                    slot = f"obl:{prep}"
                    if "$" in markers:
                        source_slot = slot
                    if "+" in markers:
                        target_slot = slot
                    if rest:
                        # PETRARCH's "open" match: the words of a prepositional phrase are the
                        # phrase's noun or a modifier of it ("memos on economic issues" matches
                        # MEMOS (ON &TIETYPES)), the phrase on the verb or on the object
                        open_slot = " | ".join(
                            f"{base}{end}" for base in (slot, f"object/nmod:{prep}") for end in ("", "/amod", "/compound")
                        )
                        roles[role_name] = {"slot": open_slot, "in": self.in_value(self.content(rest), frame_id, role_name), "actor": False}
                    elif not markers:
                        if prep in PARTICLES:
                            variants = [
                                {**v, role_name: {"slot": slot, "actor": False}} for v in variants
                            ] + [{**v, role_name: {"slot": "prt | advmod", "in": [prep], "actor": False}} for v in variants]
                        else:
                            roles[role_name] = {"slot": slot, "actor": False}
                    continue
                # "(NO OBSTACLE)", "(THE STAKES)": a noun phrase in parentheses
                item = ("np", inner)
            if object_done:
                raise Unsupported("several words or phrases in sequence after the verb")
            object_words.append(item)
            if isinstance(item, tuple):
                object_done = True
        if object_words:
            roles["theme"] = {
                "slot": THEME_SLOT,
                "fallback": THEME_FALLBACK,
                "in": self.in_value(self.content(object_words), frame_id, "theme"),
                "actor": False,
            }
        del after_object_marker
        args: dict[str, object] = {}
        if compound:
            args["source"] = {"slot": source_slot or "subject", "distribute": "pairwise"}
        else:
            args["source"] = source_slot or ("object | obl" if target_slot == "subject" else "subject")
        default_target = target_slot is None
        if default_target:
            target_slot = TARGET_WITH_THEME if "theme" in roles else "object | iobj | obl"
        if compound:
            args["target"] = {"slot": target_slot, "required": False}
        elif default_target:
            args["target"] = {"slot": target_slot, "fallback": TARGET_FALLBACK, "first": True}
        else:
            args["target"] = target_slot
        if not code and paired:  # [:B]: only the reverse event, target -> source
            code, paired = paired, None
            args["source"], args["target"] = args["target"], args["source"]
        if code == NO_EVENT:  # [---] blocks whenever its words are there, whoever the actors
            args = {}
        frames = []
        for k, extra in enumerate(variants):
            frame: dict[str, object] = {
                "id": frame_id if len(variants) == 1 else f"{frame_id}.v{k + 1}",
                "args": {**args, **roles, **extra},
                "code": code,
            }
            if paired:
                frame["also"] = {"code": paired, "swap": True}
            frames.append(frame)
        return frames


def _phrases_first(frames: list[dict], sets: Mapping[str, dict]) -> tuple[list[dict], dict[str, dict]]:
    """PETRARCH's longest match: where a pattern's set has phrases of several words, copies of
    the frame restricted to the phrases of each length n (a set ``NAME_n``) are tried first, at
    priority n - 1: *austrian gold florin* is &HYPERCURR's three words before it is &CURRENCY's
    *austrian florin* or *florin*. Returns the frames and the ``NAME_n`` sets they use."""
    out: list[dict] = []
    subsets: dict[str, dict] = {}
    for frame in frames:
        for name, role in frame["args"].items():
            ref = role.get("in") if isinstance(role, dict) else None
            phrases = sets.get(ref[1:], {}).get("phrases") if isinstance(ref, str) and ref.startswith("$") else None
            if not phrases:
                continue
            for length in sorted({1 + len(p["dependents"]) for p in phrases}, reverse=True):
                subset = f"{ref[1:]}_{length}"
                subsets.setdefault(subset, {"lemmas": [], "phrases": [p for p in phrases if 1 + len(p["dependents"]) == length]})
                args = {**frame["args"], name: {**role, "in": f"${subset}"}}
                out.append({**frame, "id": f"{frame['id']}.{length}", "args": args, "priority": length - 1})
            break
        out.append(frame)
    return out, subsets


def extension_id(code: str) -> str:
    """The codebook id of a dictionary code: digits stay as they are (``903``); a letter suffix
    becomes an extension name after a dot (``174L`` -> ``174.L``), as the codebook language
    writes extension codes. Applied to expected codes, it keeps them comparable."""
    match = _DICT_CODE_RE.match(code)
    if match is None or not match.group(2):
        return code
    return f"{match.group(1)}.{match.group(2)}"


def _product(lists: Sequence[Sequence[str]]) -> Iterator[list[str]]:
    if not lists:
        yield []
        return
    for head in lists[0]:
        for rest in _product(lists[1:]):
            yield [head, *rest]


def _set_body(lemmas: list[str], phrases: list[tuple[str, tuple[str, ...]]]) -> dict:
    body: dict[str, object] = {"lemmas": list(dict.fromkeys(lemmas))}
    if phrases:
        body["phrases"] = [{"head": h, "dependents": list(d)} for h, d in dict.fromkeys(phrases)]
    return body


_PICO_LINE_RE = re.compile(r"^\s*([0-9]{2,4}|---)\s*:\s*([-+0-9A-Fa-fx\s]+)")
_PICO_TERM_RE = re.compile(r"([-+]?)\s*(0[xX][0-9A-Fa-f]+|[0-9]+)")
PICO_NEGATION = 0xFFFF  # PETRARCH negates a verb by subtracting this from its PICO value


def parse_ontology(path: str | Path, report: Report) -> dict[str, int]:
    """PETRARCH's internal coding ontology (PICO): ``CODE:VALUE#comment`` lines, where VALUE is
    a sum of hex numbers (``-0xFFFF+0x0070``); the CAMEO code -> its value, in file order. A line
    of another shape is reported as not converted, with its line number."""
    values: dict[str, int] = {}
    for number, line in iter_lines(path):  # comments (#) are already cut off
        match = _PICO_LINE_RE.match(line)
        if match is None:
            if line.strip():
                report.skip("ontology", line, str(path), number, "not a CODE:VALUE line")
            continue
        if match.group(1) == "---":
            continue
        terms = _PICO_TERM_RE.findall(match.group(2))
        values[match.group(1)] = sum((-1 if sign == "-" else 1) * int(number, 0) for sign, number in terms)
    return values


def negation_table(values: Mapping[str, int]) -> dict[str, str]:
    """PETRARCH's negation rule: a negated event of code X is coded Y where
    ``PICO(Y) = PICO(X) - 0xFFFF`` (*did not give aid* 060 -> *refuse aid* 121; the suite's own
    ontology gives *did not clash* 110 -> 050). Where several codes share Y's value, the last one
    in the file wins, as in PETRARCH's reverse look-up; codes without a Y are not in the table."""
    reverse = {value: code for code, value in values.items()}
    return {code: reverse[value - PICO_NEGATION] for code, value in values.items() if value - PICO_NEGATION in reverse}


def convert_verbs(
    dictionary: VerbDictionary,
    taxonomy: frozenset[str],
    report: Report,
    *,
    language: str,
    negations: Mapping[str, str] | None = None,
) -> dict:
    """The verbs codebook as a plain dict (sets, predicates). ``negations`` (code -> code of its
    negation, :func:`negation_table`) gives frames whose code is in it ``on_negated: {recode}``."""
    converter = PatternConverter(dictionary.synsets, taxonomy)
    name = dictionary.path
    sets: dict[str, dict] = {}
    for label, synset in dictionary.synsets.items():
        lemmas, phrases = converter.synset_content(label)
        if not lemmas and not phrases:
            report.skip("verbs", f"&{label}", name, synset.line, "empty synset")
            continue
        sets[label] = _set_body(lemmas, phrases)
        report.converted["synsets"] += 1
    predicates: list[dict] = []
    used_ids: Counter = Counter()
    for group in dictionary.groups:
        gid = _slug(group.name) or f"line{group.line}"
        used_ids[gid] += 1
        if used_ids[gid] > 1:
            gid = f"{gid}{used_ids[gid]}"
        pattern_frames: list[tuple[Pattern, list[dict]]] = []
        for pattern in group.patterns:
            try:
                frames = converter.frame(pattern, f"{gid}.l{pattern.line}")
            except Unsupported as error:
                report.skip("verbs", f"- {pattern.text} [{pattern.code}]", name, pattern.line, str(error))
                continue
            pattern_frames.append((pattern, frames))
            report.converted["patterns"] += 1
            if frames[0]["code"] == NO_EVENT:
                report.converted["patterns with a null code [---] (code: none)"] += 1
            elif pattern.code.strip().startswith(":"):
                report.converted["patterns with only a reverse code [:B]"] += 1
        plain = [v for v in group.verbs if len(v.words) == 1 and v.code is None]
        own = [v for v in group.verbs if v not in plain]
        units: list[tuple[str, list[str], list[str], str | None, int]] = []
        if plain:
            units.append((gid, [f for v in plain for f in verb_forms(v)], [], group.code, group.line))
        bases = {gid: [v.words[0] for v in plain]}
        for verb in own:
            if len(verb.words) > 3:
                report.skip("verbs", verb.text, name, verb.line, "multiword verb of more than three words")
                continue
            units.append((f"{gid}.{'_'.join(verb.words)}", verb_forms(verb), verb.words[1:], verb.code or group.code, verb.line))
            bases[f"{gid}.{'_'.join(verb.words)}"] = [verb.words[0]]
        report.converted["verb lines"] += len(plain) + sum(1 for v in own if len(v.words) <= 3)
        for pid, lemmas, extra_words, code, line in units:
            frames: list[dict] = []
            extra_role: dict[str, object] = {}
            if extra_words:
                # the particle, or the preposition of the next phrase where the parse made it one
                # ("cordoned off the roads": *off* a case of *roads*)
                extra_role = {"verb_part": {"slot": "prt | object | advmod | obl | xcomp | compound | obl/case", "in": [w for x in extra_words[:1] for w in lemma_variants(x)], "actor": False}}
                if len(extra_words) > 1:
                    extra_role["verb_part2"] = {"slot": "prt | object | advmod | obl | xcomp", "in": lemma_variants(extra_words[1]), "actor": False}
            for pattern, pframes in pattern_frames:
                for pframe in pframes:
                    frame = dict(pframe)
                    frame["id"] = f"{pid}.{pframe['id'].split('.', 1)[1]}" if pid != gid else pframe["id"]
                    frame["args"] = {**pframe["args"], **extra_role}  # type: ignore[dict-item]
                    frames.append(frame)
            default_code = code.partition(":")[0].strip() if code else None
            if default_code and default_code not in NULL_CODES:
                try:
                    main, paired = converter.codes(code or "", line)
                except Unsupported as error:
                    report.skip("verbs", f"{' '.join(lemmas)} [{code}] (verb without pattern)", name, line, str(error))
                else:
                    target = {"slot": "object | iobj | obl", "fallback": TARGET_FALLBACK, "first": True}
                    frame = {"id": f"{pid}.default", "args": {"source": "subject", "target": target, **extra_role}, "code": main}
                    # PETRARCH's passive: without a "by" phrase, the source is in a "from" or "in"
                    # phrase ("was freed from Barad-dur", "was shot dead in Osgiliath") or named
                    # inside another prepositional phrase of the verb
                    passive = {
                        "id": f"{pid}.passive",
                        "args": {"source": {"slot": "subject", "fallback": PASSIVE_SOURCE_FALLBACK}, "target": "object", **extra_role},
                        "when": {"voice": "passive"},
                        "code": main,
                    }
                    for item in (passive, frame):
                        if paired:
                            item["also"] = {"code": paired, "swap": True}
                        frames.append(item)
                    report.converted["verb defaults"] += 1  # each with its passive twin
            for frame in frames:
                if negations and frame["code"] in negations:
                    frame["on_negated"] = {"recode": negations[frame["code"]]}
                    report.converted["frames recoded when negated"] += 1
            if frames:
                # PETRARCH matches word forms: the forms are looked up first ("left" is LEFT, not
                # LEAVE); the base verbs and the forms are lemmas too, for a parse whose lemma is
                # right where the generated form is not ("stopped") or wrong ("welcomed" -> "welcom")
                trigger = {"lemma": sorted(set(bases[pid]) | set(lemmas)), "form": sorted(set(lemmas)), "upos": ["VERB"]}
                predicates.append({"id": pid, "trigger": trigger, "frames": frames})
    sets.update(converter.extra_sets)
    subsets: dict[str, dict] = {}
    for predicate in predicates:
        predicate["frames"], found = _phrases_first(predicate["frames"], sets)
        subsets.update(found)
    for name, subset in subsets.items():
        sets.setdefault(name, subset)
    body: dict[str, object] = {}
    if converter.extensions:
        body["taxonomy"] = {"codes": list(converter.extensions.values())}
        report.converted["codes declared as extensions"] = len(converter.extensions)
        for ident, (code, line) in converter.extension_lines.items():
            report.declared.append({"code": code, "id": ident, "parent": converter.extensions[ident].get("parent"), "file": name, "line": line})
    return {**body, "sets": sets, "predicates": predicates}


def verb_forms(verb: VerbLine) -> list[str]:
    """The verb and its forms, as PETRARCH matches them: the irregular forms given in ``{...}``
    and the regular ones it generates (-s, -ed, -ing). The engine looks a trigger up by lemma,
    then by word form, so a parse that lemmatises "welcomed" as "welcom" still matches."""
    base = verb.words[0]
    forms = [base, *verb.forms]
    if base.endswith("ee"):
        forms += [base + "s", base + "d", base + "ing"]
    elif base.endswith("e"):
        forms += [base + "s", base + "d", base[:-1] + "ing"]
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms += [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    elif base.endswith(("s", "x", "z", "ch", "sh")):
        forms += [base + "es", base + "ed", base + "ing"]
    else:
        forms += [base + "s", base + "ed", base + "ing"]
    return list(dict.fromkeys(forms))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


# ---------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------


@attrs.define
class ActorRecord:
    names: list[str]
    code: str | None
    restrictions: list[tuple[str, str, int]]  # (code, restriction text, line)
    line: int
    file: str


_RESTRICTION_RE = re.compile(r"^\s*([^\s<>]+)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$")


def parse_actors(path: str | Path, report: Report | None = None) -> list[ActorRecord]:
    report = report if report is not None else Report()
    name = str(path)
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    for number, line in iter_lines(path):
        if not line.strip():
            continue
        stripped = line.strip()
        if line[0] in " \t" and stripped.startswith("["):
            if current is None:
                report.skip("actors", stripped, name, number, "date restriction without an actor")
                continue
            for body in _BRACKET_RE.findall(stripped):
                current.restrictions.append((body.strip(), stripped, number))
            continue
        if stripped.startswith("+"):
            if current is None:
                report.skip("actors", stripped, name, number, "synonym without an actor")
                continue
            text, brackets = _brackets(stripped[1:])
            current.restrictions += [(body, stripped, number) for body in brackets]
            current.names.append(text)
            continue
        text, brackets = _brackets(stripped)
        undated = [b for b in brackets if _RESTRICTION_RE.match(b) and not _RESTRICTION_RE.match(b).group(2) and not _RESTRICTION_RE.match(b).group(4)]
        code = undated[-1] if undated else None
        current = ActorRecord([text], code, [(b, stripped, number) for b in brackets if b not in undated], number, name)
        records.append(current)
    return records


def _brackets(text: str) -> tuple[str, list[str]]:
    """``NAME [A 950101-960101] [B]`` -> (``NAME``, [``A 950101-960101``, ``B``])."""
    return _BRACKET_RE.sub(" ", text).strip(), [b.strip() for b in _BRACKET_RE.findall(text)]


def _day(date: datetime.date, delta: int) -> datetime.date:
    return date + datetime.timedelta(days=delta)


def _subtract(
    interval: tuple[datetime.date | None, datetime.date | None], taken: list[tuple[datetime.date | None, datetime.date | None]]
) -> list[tuple[datetime.date | None, datetime.date | None]]:
    """``interval`` minus every interval of ``taken`` (inclusive bounds, None = open)."""
    pieces = [interval]
    lo_inf, hi_inf = datetime.date.min, datetime.date.max
    for t_start, t_end in taken:
        ts, te = t_start or lo_inf, t_end or hi_inf
        next_pieces = []
        for start, end in pieces:
            s, e = start or lo_inf, end or hi_inf
            if te < s or ts > e:
                next_pieces.append((start, end))
                continue
            if ts > s:
                next_pieces.append((start, _day(ts, -1)))
            if te < e:
                next_pieces.append((_day(te, 1), end))
        pieces = next_pieces
    return pieces


def _valid_actor_code(code: str) -> bool:
    """An actor code as PETRARCH writes it in its events: letters and digits, several of them
    joined by ``/`` (``FRO/BIL/SAM``, a group coded as one actor), or ``+++`` (an actor coded
    without an identity); ``---`` is no actor."""
    return bool(re.fullmatch(r"[A-Z0-9]{3,}(?:/[A-Z0-9]{3,})*|\+\+\+", code))


def convert_actors(records: Sequence[ActorRecord], report: Report) -> tuple[list[dict], dict[str, str]]:
    """Actors as plain dicts, and name -> code of country-like actors (for demonym use)."""
    actors: list[dict] = []
    ids: Counter = Counter()
    seen_names: dict[str, str] = {}
    for record in records:
        entry = f"{record.names[0]} [{record.code or ''}]"
        windows: list[dict] = []
        taken: list[tuple[datetime.date | None, datetime.date | None]] = []
        default = record.code
        problems = []
        for body, text, line in record.restrictions:
            match = _RESTRICTION_RE.match(body)
            if match is None:
                report.skip("actors", f"{record.names[0]} {text}", record.file, line, "unreadable date restriction")
                continue
            code, op, date, start, end = match.groups()
            if not _valid_actor_code(code):
                report.skip("actors", f"{record.names[0]} {text}", record.file, line, _code_reason(code))
                # a null code still takes its dates, so that the default does not apply there
            try:
                if op == "<":
                    interval = (None, petrarch_date(date))
                elif op == ">":
                    interval = (petrarch_date(date), None)
                elif start:
                    interval = (petrarch_date(start), petrarch_date(end))
                else:
                    if default is None:
                        default = code
                    continue
            except ValueError:
                report.skip("actors", f"{record.names[0]} {text}", record.file, line, "invalid date")
                continue
            if interval[0] and interval[1] and interval[1] < interval[0]:
                report.skip("actors", f"{record.names[0]} {text}", record.file, line, "restriction ends before it starts")
                continue
            pieces = _subtract(interval, taken)
            taken.append(interval)
            if _valid_actor_code(code):
                for s, e in pieces:
                    window: dict[str, str] = {"code": code}
                    if s is not None:
                        window["from"] = s.isoformat()
                    if e is not None:
                        window["to"] = e.isoformat()
                    windows.append(window)
            if len(pieces) != 1 or pieces[0] != interval:
                problems.append(line)
        if default is not None and not _valid_actor_code(default):
            report.skip("actors", entry, record.file, record.line, _code_reason(default))
            default = None
        if default is None and not windows:
            continue
        names = []
        for text in record.names:
            words = _words(text)
            if not words:
                continue
            spelled = " ".join(words)
            if spelled in seen_names and seen_names[spelled] != (default or windows[0]["code"]):
                report.notes.append(f"{record.file}:{record.line}: name {spelled!r} also names another actor")
            seen_names.setdefault(spelled, default or windows[0]["code"])
            names.append(spelled)
        if not names:
            continue
        base = _slug(record.names[0]) or f"actor_{record.line}"
        ids[base] += 1
        aid = base if ids[base] == 1 else f"{base}_{ids[base]}"
        actor: dict[str, object] = {"id": aid, "type": "country" if default and len(default) == 3 else "actor", "names": names}
        windows.sort(key=lambda w: w.get("from", ""))
        roles = windows + ([{"code": default}] if default else [])
        if windows:
            actor["roles"] = roles
        else:
            actor["code"] = default
        if default and len(default) == 3 and not windows:
            actor["demonyms"] = names  # a country name also modifies an agent ("Arnor cleric")
        actors.append(actor)
        report.converted["actors"] += 1
        report.converted["actor names"] += len(names)
        report.converted["date restrictions"] += len(record.restrictions)
        if problems:
            report.notes.append(
                f"{record.file}:{record.line}: {record.names[0]}: overlapping date restrictions; "
                "the one written first wins, later ones were cut"
            )
    return actors, seen_names


def _code_reason(code: str) -> str:
    if code in NULL_CODES:
        return f"null code [{code}]"
    return "invalid actor code"


# ---------------------------------------------------------------------------------------------
# Agents
# ---------------------------------------------------------------------------------------------


@attrs.define
class AgentRecord:
    phrase: str
    plurals: list[str] | None  # None: regular plurals; []: none
    code: str
    line: int
    file: str


def parse_agents(path: str | Path, report: Report | None = None) -> list[AgentRecord]:
    report = report if report is not None else Report()
    name = str(path)
    markers: dict[str, list[str]] = {}
    records: list[AgentRecord] = []
    for number, line in iter_lines(path):
        stripped = line.strip()
        if not stripped:
            continue
        marker = re.match(r"^!(\w+)!\s*=\s*(.*)$", stripped)
        if marker:
            markers[marker.group(1)] = [x.strip() for x in marker.group(2).split(",") if x.strip()]
            continue
        text, code = _split_code(stripped)
        if code is None:
            report.skip("agents", stripped, name, number, "agent without a [code]")
            continue
        plurals = None
        brace = re.search(r"\{([^}]*)\}", text)
        if brace:
            plurals = brace.group(1).split()
            text = (text[: brace.start()] + text[brace.end() :]).strip()
        expansions = [text]
        for key in re.findall(r"!(\w+)!", text):
            if key not in markers:
                report.skip("agents", stripped, name, number, "unknown substitution marker")
                expansions = []
                break
            expansions = [e.replace(f"!{key}!", value) for e in expansions for value in markers[key]]
        for expansion in expansions:
            records.append(AgentRecord(expansion, [] if "!" in text else plurals, code.replace(" ", ""), number, name))
    return records


def convert_agents(records: Sequence[AgentRecord], report: Report, language: str) -> list[dict]:
    """Agents keyed by lemma; a multiword agent ("MAIN_OPPOSITION_GROUP") is a phrase whose
    words must all be lemmas or forms of the filler's phrase."""
    by_code: dict[str, dict] = {}
    lemma_owner: dict[str, str] = {}
    for record in records:
        entry = f"{record.phrase} [{record.code}]"
        if not re.fullmatch(r"~[A-Z0-9]{2,}|[A-Z0-9]{2,}~", record.code):
            report.skip("agents", entry, record.file, record.line, "invalid agent code")
            continue
        words = _words(record.phrase)
        if not words:
            report.skip("agents", entry, record.file, record.line, "agent without a name")
            continue
        # a multiword agent is a phrase: its words must all be in the filler's phrase, in any order
        heads = lemma_variants(words[-1]) + [_words(p)[-1] for p in (record.plurals or []) if _words(p)]
        lemmas = [" ".join([*words[:-1], head]) for head in heads]
        fresh = [lemma for lemma in dict.fromkeys(lemmas) if lemma not in lemma_owner]
        if not fresh:
            report.skip("agents", entry, record.file, record.line, "lemma already used by an earlier agent")
            continue
        # a prefix agent (NGO~: "MSF Arnor" -> NGOARN) has an id of its own beside ~NGO's
        ident = f"agent_{record.code.strip('~').lower()}" + ("_prefix" if record.code.endswith("~") else "")
        agent = by_code.setdefault(record.code, {"id": ident, "code": record.code, "lemmas": {language: []}})
        for lemma in fresh:
            lemma_owner[lemma] = record.code
            agent["lemmas"][language].append(lemma)
        report.converted["agents"] += 1
    return [by_code[code] for code in sorted(by_code)]


# ---------------------------------------------------------------------------------------------
# Discards
# ---------------------------------------------------------------------------------------------


def parse_discards(path: str | Path, report: Report, language: str = "en") -> list[dict]:
    """Discard rules: ``PHRASE`` drops the sentence, ``+PHRASE`` the story (``scope: document``).
    Matching is on whole words (form or lemma); PETRARCH's ``_`` word-boundary mark is dropped."""
    name = str(path)
    ids: Counter = Counter()
    discards: list[dict] = []
    for number, line in iter_lines(path):
        stripped = line.strip()
        if not stripped:
            continue
        document = stripped.startswith("+")
        words = _words(stripped.lstrip("+"))
        if not words:
            report.skip("discards", stripped, name, number, "discard without a phrase")
            continue
        base = _slug(" ".join(words)) or f"line{number}"
        ids[base] += 1
        entry: dict[str, object] = {"id": base if ids[base] == 1 else f"{base}_{ids[base]}", "phrases": {language: [" ".join(words)]}}
        if document:
            entry["scope"] = "document"
        discards.append(entry)
        report.converted["discards"] += 1
    return discards


# ---------------------------------------------------------------------------------------------
# Writing YAML (every scalar quoted with JSON rules: codes stay strings)
# ---------------------------------------------------------------------------------------------


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(str(value), ensure_ascii=False)


def _flow(value: object) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_scalar(k)}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)


def _block(value: object, indent: int = 0) -> Iterator[str]:
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item and _deep(item):
                yield f"{pad}{_scalar(key)}:"
                yield from _block(item, indent + 2)
            else:
                yield f"{pad}{_scalar(key)}: {_flow(item)}"
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and _deep(item):
                lines = list(_block(item, indent + 2))
                yield f"{pad}- {lines[0].lstrip()}"
                yield from lines[1:]
            else:
                yield f"{pad}- {_flow(item)}"
    else:
        yield f"{pad}{_scalar(value)}"


def _deep(value: object) -> bool:
    """Lay out in block style when a value holds a list of mappings or is long."""
    if isinstance(value, dict):
        return len(_flow(value)) > 100 or any(isinstance(v, (dict, list)) and _deep(v) for v in value.values()) or any(
            isinstance(v, list) and v and isinstance(v[0], dict) for v in value.values()
        )
    if isinstance(value, list):
        return any(isinstance(v, dict) for v in value) or len(_flow(value)) > 100
    return False


def write_yaml(path: Path, header: str, document: dict) -> Path:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += list(_block(document))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# The entry point
# ---------------------------------------------------------------------------------------------


def cameo_codes() -> frozenset[str]:
    """Every code of the shipped CAMEO taxonomy."""
    from eventcode.codebook.load import load_sources

    return frozenset(load_sources(_shipped_taxonomy()).merged.taxonomy)


def _shipped_taxonomy() -> Path:
    from eventcode.codebook.shipped import shipped_dir

    return shipped_dir() / "cameo.yaml"


def convert(
    *,
    verbs: str | Path,
    actors: Sequence[str | Path],
    agents: str | Path,
    discards: str | Path | None = None,
    out_dir: str | Path,
    language: str = "en",
    prefix: str = "petrarch",
    ontology: str | Path | None = None,
) -> ImportResult:
    """Convert the dictionaries into ``out_dir``: ``{prefix}-actors.yaml``, ``-agents.yaml``,
    ``-verbs.yaml``, ``report.md`` and ``report.json``. ``ontology``: PETRARCH's internal coding
    ontology (PICO) file, whose negation rule recodes negated events (:func:`negation_table`)."""
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    taxonomy = cameo_codes()
    sources = [str(p) for p in [verbs, *actors, agents, *([discards] if discards else []), *([ontology] if ontology else [])]]
    note = "Converted by `eventcode import petrarch` from:\n" + "\n".join(f"  {Path(s).name}" for s in sources)

    records = [r for path in actors for r in parse_actors(path, report)]
    actor_dicts, _ = convert_actors(records, report)
    files = [
        write_yaml(out / f"{prefix}-actors.yaml", note, {"codebook": f"{prefix}-actors", "version": "1", "actors": actor_dicts})
    ]
    agent_dicts = convert_agents(parse_agents(agents, report), report, language)
    files.append(
        write_yaml(out / f"{prefix}-agents.yaml", note, {"codebook": f"{prefix}-agents", "version": "1", "agent_codes": "stacked", "agents": agent_dicts})
    )
    verb_dict = parse_verbs(verbs, report)
    negations = negation_table(parse_ontology(ontology, report)) if ontology else None
    verb_body = convert_verbs(verb_dict, taxonomy, report, language=language, negations=negations)
    if discards:
        verb_body["discards"] = parse_discards(discards, report, language)
    document = {
        "codebook": f"{prefix}-verbs",
        "version": "1",
        "language": language,
        "extends": [f"{prefix}-actors", f"{prefix}-agents", *(["cameo"] if "taxonomy" in verb_body else [])],
        "profile": "petrarch",
        "profiles": {"petrarch": PROFILE},
        "negation": {"cues": [{"rel": "advmod", "feats": {"Polarity": "Neg"}}], "default": "flag"},
        **verb_body,
    }
    files.append(write_yaml(out / f"{prefix}-verbs.yaml", note, document))
    seconds = time.perf_counter() - started
    _write_report(out, report, sources, seconds)
    return ImportResult(tuple(files), report, seconds)


def _write_report(out: Path, report: Report, sources: Iterable[str], seconds: float) -> None:
    skipped = Counter(item.kind for item in report.skipped)
    data = {
        "sources": list(sources),
        "converted": dict(sorted(report.converted.items())),
        "not_converted": dict(sorted(skipped.items())),
        "not_converted_by_reason": report.by_reason(),
        "seconds": round(seconds, 2),
        "declared_as_extension": report.declared,
        "notes": report.notes,
        "skipped": [item.to_dict() for item in report.skipped],
    }
    (out / "report.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = ["# PETRARCH import report", "", f"Converted in {seconds:.1f} s from:", ""]
    lines += [f"- `{s}`" for s in sources]
    lines += ["", "## Converted", "", "| what | count |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(report.converted.items())]
    if report.declared:
        lines += ["", "## Codes declared as taxonomy extensions", "", "Codes outside CAMEO that the dictionary defines for itself: converted, and declared in the",
                  "verbs codebook's `taxonomy` with the parent shown (a new two-digit root where no CAMEO code is a prefix).", "",
                  "| code | codebook id | parent | file:line |", "|---|---|---|---|"]
        lines += [f"| {d['code']} | {d['id']} | {d['parent'] or '(new root)'} | {Path(str(d['file'])).name}:{d['line']} |" for d in report.declared]
    lines += ["", "## Not converted, by reason", "", "| kind | reason | count |", "|---|---|---:|"]
    for kind, reasons in report.by_reason().items():
        lines += [f"| {kind} | {reason} | {count} |" for reason, count in reasons.items()]
    lines += ["", "## Every entry not converted", "", "| kind | file:line | entry | reason |", "|---|---|---|---|"]
    for item in report.skipped:
        entry = item.entry.replace("|", "\\|")
        lines.append(f"| {item.kind} | {Path(item.file).name}:{item.line} | `{entry}` | {item.reason} |")
    if report.notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in report.notes]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
