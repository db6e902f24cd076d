"""PETRARCH's 284-record validation suite: ``eventcode eval petrarch-unittest``.

The records (../shared/devsets/petrarch-unittest/petr_unittest_records_ud.en.jsonl) carry the
text, a UD parse (UD v1 relations: ``dobj``, ``nmod`` on verbs, ``nsubjpass``...), the date and
the expected events. The suite's own dictionaries (PETR.Validate.*) are imported on the fly with
:mod:`eventcode.importers.petrarch` into a temporary folder (or ``--codebook DIR`` gives a
converted copy), each record is coded, and the events are compared as sets of
(source, code, target) triples.

``--input conllu`` codes the given parse, converted to UD v2 (:func:`ud1_to_ud2`);
``--input text`` parses the text with our Stanza pipeline (skipped with a message where no
English model is installed).

Scoring: a record is *exact* when the set of coded triples equals the set of expected ones (a
record expecting no event is exact when nothing is coded). Precision, recall and F1 are over
triples, summed over the records. One normalisation: PETRARCH writes an agent found without a
country as ``---GOV``; eventcode writes ``GOV`` — both mean "a government, country unknown", so
a leading ``---`` before a sector code is dropped from expected codes. A missing actor is ``---``
on both sides. A code the dictionary defines outside CAMEO with a letter suffix (``174L``) is
declared by the import as the extension ``174.L``; expected codes are written the same way. The category of a record is the prefix of its id (``DEMO_03`` -> DEMO).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

NAME = "petrarch-unittest"
RECORDS = "devsets/petrarch-unittest/petr_unittest_records_ud.en.jsonl"
DICTIONARIES = {
    "verbs": "devsets/petrarch-unittest/PETR.Validate.verbs.2.0.txt",
    "actors": "devsets/petrarch-unittest/PETR.Validate.actors.txt",
    "agents": "devsets/petrarch-unittest/PETR.Validate.agents.txt",
    "discards": "devsets/petrarch-unittest/PETR.Validate.discards.txt",
}
#: the suite's internal coding ontology (UniversalPetrarch's validate/ folder), whose negation
#: rule codes *did not clash* 050: read from ../shared when it is there (it is not in the shared
#: copy of the suite today; `--ontology FILE` gives it), never shipped in this repository
ONTOLOGY = "devsets/petrarch-unittest/PETR_Validate_Internal_Coding_Ontology_1_01.txt"
NONE = "---"
Triple = tuple[str, str, str]  # (source, code, target)

# --------------------------------------------------------------------------------------------
# UD v1 -> UD v2
# --------------------------------------------------------------------------------------------

_RENAMED = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "name": "flat",
    "mwe": "fixed",
    "neg": "advmod",
}
_PREDICATE_UPOS = frozenset({"VERB", "ADJ", "ADV", "AUX"})


def ud1_to_ud2(conllu: str) -> str:
    """The relations of a UD v1 (English) parse renamed to UD v2.

    ``dobj`` -> ``obj``, ``nsubjpass`` -> ``nsubj:pass``, ``auxpass`` -> ``aux:pass``, ``name``
    -> ``flat``, ``mwe`` -> ``fixed``, ``neg`` -> ``advmod`` with ``Polarity=Neg``; ``nmod``
    (and ``nmod:tmod``/``nmod:npmod``) on a verb, adjective or adverb -> ``obl``, and a ``by``
    phrase on a passive verb -> ``obl:agent``. Other lines are kept as they are.
    """
    rows = [line.split("\t") for line in conllu.splitlines()]
    words = {r[0]: r for r in rows if len(r) == 10 and r[0].isdigit()}
    passive = {r[6] for r in words.values() if r[7] in ("nsubjpass", "auxpass", "csubjpass")}
    cases: dict[str, str] = {}
    for r in words.values():
        if r[7] == "case":
            cases.setdefault(r[6], r[2].lower())
    out = []
    for r in rows:
        if len(r) != 10 or not r[0].isdigit():
            out.append("\t".join(r))
            continue
        r = list(r)
        rel = r[7]
        if rel == "neg":
            feats = [] if r[5] == "_" else r[5].split("|")
            feats = sorted({*feats, "Polarity=Neg"})
            r[5] = "|".join(feats)
        rel = _RENAMED.get(rel, rel)
        base, _, sub = rel.partition(":")
        head = words.get(r[6])
        if base == "nmod" and sub != "poss" and head is not None and head[3] in _PREDICATE_UPOS:
            if cases.get(r[0]) == "by" and r[6] in passive:
                rel = "obl:agent"
            else:
                rel = "obl" + (f":{sub}" if sub else "")
        r[7] = rel
        out.append("\t".join(r))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def load_records(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def category(record_id: str) -> str:
    """``DEMO_03`` -> ``DEMO``; ``AFP0808020593-2`` -> ``AFP``."""
    match = re.match(r"[A-Za-z]+", record_id)
    return match.group(0).upper() if match else record_id


def iso_date(text: str) -> str | None:
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if re.fullmatch(r"\d{8}", text or "") else None


def record_conllu(record: dict) -> str:
    """The record's parse as one CoNLL-U document (UD v2), with its id, date and text."""
    date = iso_date(record.get("date", ""))
    header = [f"# newdoc id = {record['id']}"]
    if date:
        header.append(f"# date = {date}")
    header += [f"# sent_id = {record['id']}-1", f"# text = {' '.join(record['text'].split())}"]
    return "\n".join(header) + "\n" + ud1_to_ud2(record["conllu"]).strip() + "\n\n"


def _normal(code: str | None) -> str:
    code = (code or "").strip().strip('"')
    if not code:
        return NONE
    if code.startswith(NONE) and len(code) > 3:
        return code[3:]
    return code


def expected(record: dict) -> set[Triple]:
    """The expected triples; an event with an empty code (ERROR and DISCARD records) means none.
    A dictionary's own code is written as the import declares it (``174L`` -> ``174.L``)."""
    from eventcode.importers.petrarch import extension_id

    return {
        (_normal(e.get("sourcecode")), extension_id(e["eventcode"]), _normal(e.get("targetcode")))
        for e in record["events"]
        if e.get("eventcode")
    }


def coded(events: Iterable) -> set[Triple]:
    return {
        (_normal(e.source.code if e.source else None), e.code, _normal(e.target.code if e.target else None))
        for e in events
    }


# --------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Outcome:
    id: str
    category: str
    expected: frozenset
    coded: frozenset
    error: str | None = None

    @property
    def exact(self) -> bool:
        return self.error is None and self.expected == self.coded


@attrs.frozen(slots=True)
class Result:
    outcomes: tuple[Outcome, ...]
    input: str
    seconds: float

    @property
    def exact_rate(self) -> float:
        return sum(o.exact for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    def counts(self, outcomes: Sequence[Outcome] | None = None) -> tuple[int, int, int]:
        """(true positives, coded, expected) triples."""
        outcomes = self.outcomes if outcomes is None else outcomes
        tp = sum(len(o.expected & o.coded) for o in outcomes)
        return tp, sum(len(o.coded) for o in outcomes), sum(len(o.expected) for o in outcomes)

    def prf(self, outcomes: Sequence[Outcome] | None = None) -> tuple[float, float, float]:
        tp, n_coded, n_expected = self.counts(outcomes)
        p = tp / n_coded if n_coded else 0.0
        r = tp / n_expected if n_expected else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def by_category(self) -> dict[str, list[Outcome]]:
        table: dict[str, list[Outcome]] = {}
        for outcome in self.outcomes:
            table.setdefault(outcome.category, []).append(outcome)
        return dict(sorted(table.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def to_dict(self) -> dict:
        p, r, f = self.prf()
        return {
            "dataset": NAME,
            "input": self.input,
            "records": len(self.outcomes),
            "exact": sum(o.exact for o in self.outcomes),
            "exact_rate": round(self.exact_rate, 4),
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "categories": {
                name: {"records": len(items), "exact": sum(o.exact for o in items)}
                for name, items in self.by_category().items()
            },
            "failures": [
                {"id": o.id, "expected": sorted(o.expected), "coded": sorted(o.coded), "error": o.error}
                for o in self.outcomes
                if not o.exact
            ],
        }


def evaluate(codebook, records: Sequence[dict], *, input: str = "conllu", coder=None) -> Result:
    """Code every record and compare; ``input="text"`` needs ``coder`` (a Coder with a pipeline)."""
    from eventcode.coding.coder import code_document
    from eventcode.parsing.conllu import read_conllu

    started = time.perf_counter()
    outcomes = []
    for record in records:
        error = None
        events: list = []
        try:
            if input == "text":
                document = coder.parse(record["text"], date=iso_date(record.get("date", "")), doc_id=record["id"])
            else:
                (document,) = list(read_conllu(record_conllu(record), source=record["id"]))
            events = code_document(codebook, document)
        except Exception as exc:  # noqa: BLE001 - one bad record is reported, not fatal
            error = f"{type(exc).__name__}: {exc}"
        outcomes.append(
            Outcome(record["id"], category(record["id"]), frozenset(expected(record)), frozenset(coded(events)), error)
        )
    return Result(tuple(outcomes), input, time.perf_counter() - started)


def format_result(result: Result, *, failures: bool = False) -> str:
    p, r, f = result.prf()
    exact = sum(o.exact for o in result.outcomes)
    lines = [
        f"{NAME} ({result.input} input): {len(result.outcomes)} records, {result.seconds:.1f} s",
        f"exact records: {exact}/{len(result.outcomes)} = {100 * result.exact_rate:.1f} %",
        f"events: precision {100 * p:.1f} %, recall {100 * r:.1f} %, F1 {100 * f:.1f} %",
        "",
        f"{'category':<12} {'records':>7} {'exact':>6} {'rate':>7} {'P':>6} {'R':>6}",
    ]
    for name, items in result.by_category().items():
        cp, cr, _ = result.prf(items)
        n_exact = sum(o.exact for o in items)
        lines.append(
            f"{name:<12} {len(items):>7} {n_exact:>6} {100 * n_exact / len(items):>6.1f}% {100 * cp:>5.0f}% {100 * cr:>5.0f}%"
        )
    if failures:
        lines += ["", "failures:"]
        for o in result.outcomes:
            if not o.exact:
                missing = sorted(o.expected - o.coded)
                extra = sorted(o.coded - o.expected)
                lines.append(f"  {o.id}: missing {missing} extra {extra}" + (f" error {o.error}" if o.error else ""))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", choices=("conllu", "text"), default="conllu", help="code the given UD parse (default) or parse the text with Stanza")
    parser.add_argument("--shared", metavar="PATH", help="the ../shared folder (default: beside the repository)")
    parser.add_argument("--codebook", metavar="DIR", help="an already converted copy of the PETR.Validate dictionaries")
    parser.add_argument("--models-dir", help="Stanza models (--input text)")
    parser.add_argument("--failures", action="store_true", help="list every record that is not exact")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument(
        "--ontology", metavar="FILE",
        help="the suite's internal coding ontology (PETRARCH's PICO file) for its negation rule "
        f"(default: ../shared/{ONTOLOGY} when present)",
    )


def ontology_file(shared: Path, given: str | None) -> Path | None:
    """The PICO file to import with: the one given, else the suite's in ../shared, else none."""
    if given is not None:
        return Path(given)
    path = shared / ONTOLOGY
    return path if path.is_file() else None


def import_dictionaries(shared: Path, out_dir: Path, ontology: Path | None = None):
    from eventcode.importers.petrarch import convert

    return convert(
        verbs=shared / DICTIONARIES["verbs"],
        actors=[shared / DICTIONARIES["actors"]],
        agents=shared / DICTIONARIES["agents"],
        discards=shared / DICTIONARIES["discards"],
        out_dir=out_dir,
        language="en",
        ontology=ontology,
    )


def run(args: argparse.Namespace) -> int:
    from eventcode.codebook import load_codebook
    from eventcode.evaluation import DEFAULT_SHARED

    shared = Path(args.shared) if args.shared else DEFAULT_SHARED
    records_path = shared / RECORDS
    if not records_path.is_file():
        print(f"eventcode eval: {records_path} not found (give --shared PATH)", file=sys.stderr)
        return 2
    records = load_records(records_path)
    if args.input == "text":  # before the import: say at once when no model is installed
        from eventcode.parsing.pipeline import ModelNotFoundError, load_pipeline

        try:
            load_pipeline("en", models_dir=args.models_dir)
        except ModelNotFoundError as error:
            print(f"eventcode eval: no English Stanza model, --input text skipped: {error}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="eventcode-petrarch-") as tmp:
        folder = Path(args.codebook) if args.codebook else Path(tmp)
        if not args.codebook:
            ontology = ontology_file(shared, args.ontology)
            if ontology is not None and not ontology.is_file():
                print(f"eventcode eval: --ontology {ontology}: no such file", file=sys.stderr)
                return 2
            print(f"negation ontology: {ontology if ontology else 'none (negated events keep their code)'}", file=sys.stderr)
            import_dictionaries(shared, folder, ontology)
        quiet = logging.getLogger("eventcode.codebook")
        level = quiet.level
        quiet.setLevel(logging.ERROR)  # the converted frames' shadowing warnings are in `check`
        try:
            codebook = load_codebook(folder, language="en")
        finally:
            quiet.setLevel(level)
    coder = None
    if args.input == "text":
        from eventcode.coding.coder import Coder

        coder = Coder(codebook, lang="en", models_dir=args.models_dir)
    result = evaluate(codebook, records, input=args.input, coder=coder)
    print(format_result(result, failures=args.failures))
    if args.json:
        Path(args.json).write_text(json.dumps(result.to_dict(), indent=1) + "\n", encoding="utf-8")
    return 0
