"""NGEC actor cases: ``eventcode eval ngec-actors``.

The cases (../shared/devsets/ngec-actors/ngec_actor_resolution_cases.jsonl, MIT, taken from the
NGEC actor-resolution unit tests) are short English actor strings ("Armenian Prime Minister
Nikol Pashinyan", "cyber police", "IMF") with expectations on NGEC's output fields: ``country``,
``code_1`` / ``code_2`` (sectors), ``wiki`` / ``title`` (the Wikipedia article the string names)
and some NGEC internals (``pattern``, ``source``, ``actor_wiki_job``, ``text``), which are
counted but not scored.

Each string is parsed with our Stanza English pipeline as a one-phrase document and the root of
its first sentence is resolved with :class:`eventcode.coding.actors.ActorResolver`, the resolver
that fills event roles, on ``--date`` (default undated, i.e. current roles: see
:meth:`eventcode.codebook.compiled.ActorEntry.code_on`).

A resolved code is compared in NGEC's notation (:func:`split_code`): its first 3-letter chunk is
the ``country`` unless it is a role code (an agent alone: ``GOV``), and ``code_1`` / ``code_2``
are the next chunks that are role codes; organisation identifiers (``NAT`` in ``IGONAT``) are
not sectors. Three prefixes are rewritten to NGEC's spelling, which differs from CAMEO's only in
notation: ``IGOUNO`` -> ``UNO`` (the UN system), ``IGOEEC`` -> ``EUR`` (the EU), ``KSV`` ->
``XKX`` (Kosovo). An unresolved string has every field empty; ``UNK`` and ``JNK`` (NGEC: no
sector, junk) match an empty sector.

Metrics:

* **coverage**: resolved / cases that expect an actor (some ``==`` names a country, a sector
  or an article); its complement is the no-resolution rate. Cases that expect none ("he", "two
  men", "a demand": ``UNK``/``JNK`` sector or NGEC's empty field) count **false resolutions**;
* **country accuracy**: right / ``country`` expectations (``==`` and ``!=``);
* **sector accuracy**: right / ``code_1`` expectations, ``code_2`` the same way;
* **identity accuracy**: a ``wiki``/``title`` expectation holds when the input and the expected
  article title, parsed and resolved the same way, name the same codebook entry (an empty title,
  NGEC's "no article", holds unless the input names a person or organisation entry). Where the
  title is the input itself, this only tests that the name is known; the *alias* figure counts
  the titles that differ from the input ("G. W. Bush" -> "George W. Bush");
* **case accuracy**: cases whose every scored expectation holds, over the cases with one.

``context`` (NGEC's country of the document) has no equivalent here: the string is resolved
alone, and those cases are counted apart. A malformed record is counted and logged, never fatal.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

NAME = "ngec-actors"
RECORDS = "devsets/ngec-actors/ngec_actor_resolution_cases.jsonl"
#: role (sector) codes: CAMEO 1.1b3's domestic roles, its main religions, NGO (a non-governmental
#: organisation, as NGEC's code_1 also has it), and NGEC's own (PRE partially recognised state,
#: PRM paramilitary, JRN journalist, SOC civil society, REL)
ROLE_CODES = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF "
    "NGO MOD RAD PTY BUD CHR HIN JEW MOS REL PRE PRM JRN SOC".split()
)
NO_SECTOR = frozenset({"", "UNK", "JNK"})
#: CAMEO prefix -> NGEC's spelling of the same actor
NGEC_NOTATION = (("IGOUNO", "UNO"), ("IGOEEC", "EUR"), ("KSV", "XKX"))
ACTOR_FIELDS = frozenset({"country", "code_1", "code_2", "wiki", "title"})
log = logging.getLogger(__name__)


@attrs.frozen(slots=True)
class Expectation:
    field: str
    op: str  # "==" or "!="
    value: str | None


@attrs.frozen(slots=True)
class Case:
    id: str
    method: str
    text: str
    expectations: tuple[Expectation, ...]
    context: str | None = None
    test: str = ""

    @property
    def expects_actor(self) -> bool:
        """Some expectation names an actor: a country, a sector or an article."""
        return any(e.op == "==" and e.field in ACTOR_FIELDS and (e.value or "") not in NO_SECTOR for e in self.expectations)

    @property
    def expects_no_actor(self) -> bool:
        """NGEC says outright that the string is no actor ("a demand", "two men": sector UNK)."""
        says_none = any(
            e.op == "==" and (e.field == "" or (e.field in ("code_1", "code_2") and e.value in ("UNK", "JNK")))
            for e in self.expectations
        )
        return says_none and not self.expects_actor

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(e.value for e in self.expectations if e.field in ("wiki", "title") and e.value)


def _case(row: Any, number: int) -> Case:
    """One record as a Case; raises ValueError (or KeyError, TypeError) when it is malformed."""
    text = row["input"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"input is {text!r}, not a non-empty string")
    expectations = []
    for e in row["all_expectations"]:
        if e["op"] not in ("==", "!=") or not isinstance(e["field"], str):
            raise ValueError(f"expectation {e!r}: a string field and == or != expected")
        value = e.get("value")
        expectations.append(Expectation(e["field"], e["op"], None if value is None else str(value)))
    if not expectations:
        raise ValueError("no expectation")
    context = row.get("context")
    return Case(
        id=f"line-{number}",
        method=str(row.get("method") or ""),
        text=text,
        expectations=tuple(expectations),
        context=str(context) if context else None,
        test=str(row.get("test") or ""),
    )


def load_cases(path: str | Path) -> tuple[list[Case], int]:
    """The cases and the number of malformed lines (logged and skipped)."""
    cases, bad = [], 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                cases.append(_case(json.loads(line), number))
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                bad += 1
                log.warning("%s:%d: malformed record (%s)", path, number, error)
    return cases, bad


@attrs.frozen(slots=True)
class Resolution:
    """What the engine made of one string: the actor code and entry, or nothing."""

    code: str | None = None
    actor_id: str | None = None
    how: str | None = None
    text: str | None = None
    entry_type: str | None = None  # country, person, organization; None: an agent or nothing
    sentences: int = 1  # how many sentences the tokenizer made of the string

    @property
    def named_entry(self) -> str | None:
        """The codebook entry the string names (a name or demonym match; an agent is not one)."""
        return self.actor_id if self.how in ("name", "demonym") else None


def to_ngec(code: str) -> str:
    """``code`` with NGEC's spelling of the UN system, the EU and Kosovo."""
    for cameo, ngec in NGEC_NOTATION:
        if code.startswith(cameo):
            return ngec + code[len(cameo) :]
    return code


def split_code(code: str | None) -> dict[str, str]:
    """NGEC's ``country``, ``code_1``, ``code_2`` of an actor code ("PRKGOVMIL" -> PRK, GOV, MIL)."""
    chunks = _chunks(to_ngec(code or ""))
    country = chunks.pop(0) if chunks and chunks[0] not in ROLE_CODES else ""
    roles = [c for c in chunks if c in ROLE_CODES] + ["", ""]
    return {"country": country, "code_1": roles[0], "code_2": roles[1]}


def _chunks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def check(expectation: Expectation, got: dict[str, str], resolution: Resolution, titles: dict[str, Resolution]) -> bool | None:
    """Whether one expectation holds (None: an NGEC internal, not scored)."""
    want = expectation.value or ""
    if expectation.field == "country":
        same = got["country"] == want
    elif expectation.field in ("code_1", "code_2"):
        value = got[expectation.field]
        same = value in NO_SECTOR if want in NO_SECTOR else value == want
    elif expectation.field in ("wiki", "title"):
        mine = resolution.named_entry
        if not want:
            # NGEC finds no article for a country or a generic agent either
            same = mine is None or resolution.entry_type == "country"
        else:
            same = mine is not None and mine == titles.get(want, Resolution()).named_entry
    elif expectation.field == "" and expectation.value is None:
        same = resolution.code is None  # NGEC: no actor at all ("a demand")
    else:
        return None
    return same if expectation.op == "==" else not same


def _field(expectation: Expectation) -> str:
    """The figure an expectation counts in."""
    if expectation.field in ("wiki", "title"):
        return "identity"
    return expectation.field or "no actor"


@attrs.define
class Tally:
    cases: int = 0
    malformed: int = 0
    expect_actor: int = 0
    resolved: int = 0
    expect_none: int = 0
    false_resolutions: int = 0
    checks: Counter[str] = attrs.field(factory=Counter)  # figure -> expectations scored
    right: Counter[str] = attrs.field(factory=Counter)  # figure -> expectations that hold
    unscored: Counter[str] = attrs.field(factory=Counter)  # NGEC field -> expectations not scored
    scored_cases: int = 0
    cases_right: int = 0
    by_method: dict[str, list[int]] = attrs.field(factory=dict)  # method -> [scored cases, right]
    context_cases: int = 0
    context_right: int = 0
    split_strings: int = 0
    outcomes: list[dict[str, Any]] = attrs.field(factory=list)

    def add(self, case: Case, resolution: Resolution, titles: dict[str, Resolution]) -> bool:
        """Score one case against what the engine resolved; returns whether it is fully right."""
        got = split_code(resolution.code)
        self.cases += 1
        self.split_strings += resolution.sentences > 1
        if case.expects_actor:
            self.expect_actor += 1
            self.resolved += resolution.code is not None
        elif case.expects_no_actor:
            self.expect_none += 1
            self.false_resolutions += resolution.code is not None
        results = []
        for expectation in case.expectations:
            ok = check(expectation, got, resolution, titles)
            if ok is None:
                self.unscored[expectation.field] += 1
                continue
            field = _field(expectation)
            self.checks[field] += 1
            self.right[field] += ok
            if field == "identity" and expectation.value and expectation.value.casefold() != case.text.casefold():
                self.checks["alias"] += 1
                self.right["alias"] += ok
            results.append({"field": expectation.field, "op": expectation.op, "value": expectation.value, "ok": ok})
        all_right = bool(results) and all(r["ok"] for r in results)
        if results:
            self.scored_cases += 1
            self.cases_right += all_right
            method = self.by_method.setdefault(case.method, [0, 0])
            method[0] += 1
            method[1] += all_right
            if case.context:
                self.context_cases += 1
                self.context_right += all_right
        self.outcomes.append(
            {
                "id": case.id, "test": case.test, "method": case.method, "input": case.text, "context": case.context,
                "code": resolution.code, "actor_id": resolution.actor_id, "how": resolution.how,
                "matched": resolution.text, "sentences": resolution.sentences, **got, "ok": all_right,
                "expectations": results,
            }
        )
        return all_right

    def rate(self, figure: str) -> float | None:
        return _ratio(self.right[figure], self.checks[figure])

    def to_dict(self, outcomes: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "dataset": NAME,
            "cases": self.cases,
            "malformed": self.malformed,
            "expect_actor": self.expect_actor,
            "resolved": self.resolved,
            "coverage": _ratio(self.resolved, self.expect_actor),
            "expect_no_actor": self.expect_none,
            "false_resolutions": self.false_resolutions,
            "strings_split_into_sentences": self.split_strings,
            "scored_cases": self.scored_cases,
            "cases_right": self.cases_right,
            "case_accuracy": _ratio(self.cases_right, self.scored_cases),
            "by_method": {m: {"cases": n, "right": r} for m, (n, r) in sorted(self.by_method.items())},
            "context_cases": self.context_cases,
            "context_cases_right": self.context_right,
            "unscored_expectations": dict(sorted(self.unscored.items())),
        }
        for figure, key in (("country", "country"), ("code_1", "sector"), ("code_2", "code_2"), ("identity", "identity"), ("alias", "alias")):
            d[f"{key}_accuracy"] = self.rate(figure)
            d[f"{key}_checks"] = self.checks[figure]
        if outcomes:
            d["outcomes"] = self.outcomes
        return d


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} % of {whole}" if whole else "n/a (none)"


def format_tally(tally: Tally, seconds: float, failures: int = 0) -> str:
    """The report the command prints, and the first ``failures`` failing cases."""
    r, c = tally.right, tally.checks
    lines = [
        f"{NAME}: {tally.cases} cases, {tally.malformed} malformed, {seconds:.1f} s",
        f"coverage (resolved):      {_pct(tally.resolved, tally.expect_actor)} cases that expect an actor",
        f"false resolutions:        {tally.false_resolutions} of {tally.expect_none} cases that expect no actor",
        f"country accuracy:         {_pct(r['country'], c['country'])}",
        f"sector (code_1) accuracy: {_pct(r['code_1'], c['code_1'])}",
        f"code_2 accuracy:          {_pct(r['code_2'], c['code_2'])}",
        f"identity (wiki) accuracy: {_pct(r['identity'], c['identity'])} (aliases: {_pct(r['alias'], c['alias'])})",
        f"cases fully right:        {_pct(tally.cases_right, tally.scored_cases)} cases with a scored expectation",
        "by method: " + ", ".join(f"{m} {right}/{n}" for m, (n, right) in sorted(tally.by_method.items())),
        f"with an NGEC country context (not used by the engine): {tally.context_right}/{tally.context_cases} right",
        f"strings the tokenizer split into several sentences (first one resolved): {tally.split_strings}",
        "not scored (NGEC internals): " + (", ".join(f"{k} {v}" for k, v in sorted(tally.unscored.items())) or "none"),
    ]
    wrong = [o for o in tally.outcomes if not o["ok"] and o["expectations"]]
    for outcome in wrong[:failures]:
        failed = "; ".join(f"{e['field']} {e['op']} {e['value']!r}" for e in outcome["expectations"] if not e["ok"])
        lines.append(f"  FAIL {outcome['input']!r}: got {outcome['code'] or '-'} ({outcome['how'] or 'unresolved'}); want {failed}")
    return "\n".join(lines)


def resolve_strings(coder: Any, texts: Sequence[str], date: str | None, batch_size: int = 64) -> list[Resolution]:
    """Each string parsed as one document and the root of its first sentence resolved."""
    from eventcode.coding.actors import ActorResolver
    from eventcode.coding.view import SentenceView

    codebook = coder.codebook
    out: list[Resolution] = []
    for start in range(0, len(texts), batch_size):
        chunk = texts[start : start + batch_size]
        ids = [f"s{start + i}" for i in range(len(chunk))]
        for document in coder.parse_many(chunk, ids, [date] * len(chunk)):
            sentence = document.sentences[0] if document.sentences else None
            root = next((w for w in sentence.words if w.head == 0), None) if sentence else None
            if root is None:
                out.append(Resolution(sentences=len(document.sentences)))
                continue
            view = SentenceView(sentence, codebook.profile, codebook.negation_cues, codebook.object_operators)
            actor = ActorResolver(codebook, view, document.date).resolve(root.id)
            if actor is None:
                out.append(Resolution(sentences=len(document.sentences)))
                continue
            entry = codebook.actors.get(actor.actor_id) if actor.how in ("name", "demonym") and actor.actor_id else None
            out.append(Resolution(actor.code, actor.actor_id, actor.how, actor.text, entry.type if entry else None, len(document.sentences)))
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shared", metavar="PATH", help="the ../shared folder (default: beside the repository)")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="document date of the cases, which carry none (default: undated, i.e. current roles)")
    parser.add_argument("--limit", type=int, metavar="N", help="the first N cases only")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="also print the first N failing cases")
    parser.add_argument("--models-dir", help="Stanza models")
    parser.add_argument("--json", metavar="FILE", help="also write the results, with every case's outcome, as JSON")


def run(args: argparse.Namespace) -> int:
    from eventcode.evaluation import DEFAULT_SHARED
    from eventcode.parsing.pipeline import ModelNotFoundError, load_pipeline

    shared = Path(args.shared) if args.shared else DEFAULT_SHARED
    path = shared / RECORDS
    if not path.is_file():
        print(f"eventcode eval: {path} not found (give --shared PATH)", file=sys.stderr)
        return 2
    try:
        load_pipeline("en", models_dir=args.models_dir)
    except ModelNotFoundError as error:
        print(f"eventcode eval: no English Stanza model: {error}", file=sys.stderr)
        return 2
    from eventcode.coding.coder import Coder

    cases, bad = load_cases(path)
    if args.limit:
        cases = cases[: args.limit]
    coder = Coder.load("en", models_dir=args.models_dir)
    started = time.perf_counter()
    resolutions = resolve_strings(coder, [c.text for c in cases], args.date)
    titles = sorted({t for case in cases for t in case.titles})
    by_title = dict(zip(titles, resolve_strings(coder, titles, args.date)))
    tally = Tally(malformed=bad)
    for case, resolution in zip(cases, resolutions):
        tally.add(case, resolution, by_title)
    print(format_tally(tally, time.perf_counter() - started, failures=args.failures))
    if args.json:
        Path(args.json).write_text(json.dumps(tally.to_dict(), indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0
