"""ConfliBERT CAMEO sentences: ``eventcode eval conflibert``.

The records (../shared/devsets/cameo-manual/conflibert_cameo_merged.jsonl, 1,800 English news
sentences, ConfliBERT's train and test splits) carry a *pentaclass* label, the Phoenix five-way
grouping of CAMEO roots, and, for most of them, the source, target or reciprocal actor spans as
annotated text. Each sentence is parsed with our Stanza English pipeline and coded with the
shipped codebooks; the labels are never seen by the coder.

Metrics:

* **pentaclass** precision / recall / F1, per sentence: the classes of the events coded in the
  sentence against its one gold class (recall: sentences whose gold class is among the coded
  classes; precision: coded classes that are the gold class / distinct coded classes), in all
  and per class;
* **coverage**: sentences with at least one event;
* **span accuracy**: over the events of the right class, for each gold source (target) span, right
  when the coded source (target) actor's words lie inside the span (casefolded text); for a
  sentence with reciprocal spans, source and target must both lie inside one of them;
* **no-event false-alarm rate**: not applicable, every sentence of the set is labelled with an event
  class (there are no no-event rows).

A malformed record is counted and logged, never fatal.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from eventcode.evaluation.cameo_manual import PRF, score_codes

NAME = "conflibert"
RECORDS = "devsets/cameo-manual/conflibert_cameo_merged.jsonl"
CLASS_NAMES = ("Make a Statement", "Verbal Cooperation", "Material Cooperation", "Verbal Conflict", "Material Conflict")
#: CAMEO root -> Phoenix pentaclass, the grouping ConfliBERT's labels use (it differs from the
#: ICEWS quad class of the taxonomy: 01-02 are a class of their own, 16 is verbal conflict)
PENTACLASS_OF_ROOT: dict[str, int] = {
    **{root: 0 for root in ("01", "02")},
    **{root: 1 for root in ("03", "04", "05")},
    **{root: 2 for root in ("06", "07", "08")},
    **{root: 3 for root in ("09", "10", "11", "12", "13", "16")},
    **{root: 4 for root in ("14", "15", "17", "18", "19", "20")},
}
log = logging.getLogger(__name__)


@attrs.frozen(slots=True)
class Gold:
    id: str
    text: str
    pentaclass: int
    split: str | None = None
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    reciprocals: tuple[str, ...] = ()


def _spans(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(span, str) for span in value):
        raise TypeError(f"spans must be a list of strings, not {value!r}")
    return tuple(value)


def load_records(path: str | Path) -> tuple[list[Gold], int]:
    """The records and the number of malformed lines (logged and skipped)."""
    golds, bad = [], 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                pentaclass = row["pentaclass"]
                if not isinstance(pentaclass, int) or not 0 <= pentaclass < len(CLASS_NAMES):
                    raise ValueError(f"pentaclass {pentaclass!r} is not 0-4")
                golds.append(
                    Gold(
                        id=f"line-{number}",
                        text=str(row["text"]),
                        pentaclass=pentaclass,
                        split=row.get("split"),
                        sources=_spans(row.get("source_spans")),
                        targets=_spans(row.get("target_spans")),
                        reciprocals=_spans(row.get("reciprocal_spans")),
                    )
                )
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                bad += 1
                log.warning("%s:%d: malformed record (%s)", path, number, error)
    return golds, bad


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def inside(actor_text: str | None, spans: Sequence[str]) -> bool:
    """Whether an actor's words lie inside one of the gold spans (casefolded, spaces collapsed)."""
    words = _fold(actor_text or "")
    return bool(words) and any(words in _fold(span) for span in spans)


@attrs.define
class Tally:
    overall: PRF = PRF()
    per_class: dict[int, PRF] = attrs.Factory(lambda: {c: PRF() for c in range(len(CLASS_NAMES))})
    sentences: int = 0
    covered: int = 0
    span_slots: int = 0
    span_right: int = 0
    malformed: int = 0

    def add(self, gold: Gold, events: Sequence) -> None:
        """Score one sentence's events (real :class:`eventcode.model.Event` objects)."""
        self.sentences += 1
        classes = [PENTACLASS_OF_ROOT[e.root] for e in events if e.root in PENTACLASS_OF_ROOT]
        self.covered += bool(classes)
        labels = [str(c) for c in classes]
        self.overall += score_codes(labels, [str(gold.pentaclass)], None)
        for c in range(len(CLASS_NAMES)):
            # per class: a sentence counts as gold of its class, a coded class as coded of its class
            gold_here = [str(c)] if gold.pentaclass == c else []
            mine = {label for label in labels if label == str(c)}
            self.per_class[c] += PRF(int(bool(gold_here and mine)), len(gold_here), int(bool(gold_here and mine)), len(mine))
        right = [e for e in events if PENTACLASS_OF_ROOT.get(e.root) == gold.pentaclass]
        if not right:
            return
        event = right[0]
        source = event.source.text if event.source else None
        target = event.target.text if event.target else None
        if gold.reciprocals:
            self.span_slots += 1
            self.span_right += inside(source, gold.reciprocals) and inside(target, gold.reciprocals)
        for actor, spans in ((source, gold.sources), (target, gold.targets)):
            if spans:
                self.span_slots += 1
                self.span_right += inside(actor, spans)

    def to_dict(self) -> dict:
        return {
            "dataset": NAME,
            "sentences": self.sentences,
            "malformed": self.malformed,
            "coverage": round(self.covered / self.sentences, 4) if self.sentences else None,
            "pentaclass": self.overall.to_dict(),
            "per_class": {CLASS_NAMES[c]: prf.to_dict() for c, prf in self.per_class.items()},
            "span_accuracy": round(self.span_right / self.span_slots, 4) if self.span_slots else None,
            "span_slots": self.span_slots,
            "no_event_false_alarm_rate": None,
            "no_event_rows": 0,
        }


def format_tally(tally: Tally, seconds: float) -> str:
    d = tally.to_dict()
    lines = [
        f"{NAME}: {tally.sentences} sentences, {tally.malformed} malformed, {seconds:.1f} s",
        "coverage (sentences with an event): " + (f"{100 * d['coverage']:.1f} %" if d["coverage"] is not None else "n/a"),
        f"{'pentaclass':<22} {'gold':>5} {'coded':>6} {'P':>7} {'R':>7} {'F1':>7}",
    ]
    rows = [("all", tally.overall)] + [(f"{c} {CLASS_NAMES[c]}", tally.per_class[c]) for c in range(len(CLASS_NAMES))]
    for name, prf in rows:
        lines.append(f"{name:<22} {prf.gold:>5} {prf.coded:>6} {100 * prf.precision:>6.1f}% {100 * prf.recall:>6.1f}% {100 * prf.f1:>6.1f}%")
    value = d["span_accuracy"]
    lines.append("actor span accuracy (right-class events): " + (f"{100 * value:.1f} % of {d['span_slots']}" if value is not None else "n/a (no span)"))
    lines.append("no-event false-alarm rate: n/a (the set has no no-event rows)")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shared", metavar="PATH", help="the ../shared folder (default: beside the repository)")
    parser.add_argument("--split", choices=("train", "test", "all"), default="all", help="ConfliBERT split of the rows")
    parser.add_argument("--limit", type=int, metavar="N", help="the first N sentences only")
    parser.add_argument("--models-dir", help="Stanza models")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--main-events", action="store_true", help="score each sentence's main events only (eventcode code --main-events)")


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
    from eventcode.inputs import RawDocument

    golds, bad = load_records(path)
    golds = [g for g in golds if args.split == "all" or g.split == args.split]
    if args.limit:
        golds = golds[: args.limit]
    tally = Tally(malformed=bad)
    coder = Coder.load("en", models_dir=args.models_dir, main_only=args.main_events)
    started = time.perf_counter()
    for gold, events in zip(golds, coder.code_many(RawDocument(id=g.id, text=g.text) for g in golds)):
        tally.add(gold, events)
    print(format_tally(tally, time.perf_counter() - started))
    if args.json:
        Path(args.json).write_text(json.dumps(tally.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0
