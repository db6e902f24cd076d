"""CAMEO-manual examples: ``eventcode eval cameo-manual``.

The records (../shared/devsets/cameo-manual/cameo_manual_examples_joined.jsonl) are English
sentences with 0, 1 or 2 candidate CAMEO codes (a heuristic join: when there are two, either is
right) and, for about 320 of them, the PLOVER gold standard (category, source/target actors with
country code and sector). Each sentence is parsed with our Stanza pipeline and coded.

Which rows count: a row is scored at CAMEO level when it has candidate codes, at PLOVER level
when it has ``plover_event_v05``; rows with neither are counted as *unlabelled* and not scored.

Metrics, per sentence (gold = one event, its candidates being alternatives):

* recall = gold sentences where some coded event matches a candidate / gold sentences;
* precision = distinct coded codes that match a candidate / distinct coded codes, over the
  scored sentences (a second, different event in a one-event sentence is a false positive);
* at CAMEO root (2 digits) and at 3 digits (a 2-digit candidate matches only a 2-digit root
  event at that level); PLOVER category the same way, the coder's category from the taxonomy;
* actor country / sector accuracy: over the events whose root is right in PLOVER-gold rows, for
  each gold source (target) slot, right when the coded source (target) code starts with a gold
  country code / contains a gold sector code in one of its 3-letter chunks;
* per root (``--by-root``, and ``by_root`` in the JSON): the same root-level counts split by
  CAMEO root -- a gold row counts under each root among its candidates, a coded root under
  itself -- to show which parts of the codebook miss or over-code;
* no-event false-alarm rate: rows whose gold says "no event" -- this set has none (every row
  is an example of a code or a pentaclass), so the rate is reported as not applicable.

A malformed record is counted and logged, never fatal.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

NAME = "cameo-manual"
RECORDS = "devsets/cameo-manual/cameo_manual_examples_joined.jsonl"
log = logging.getLogger(__name__)


@attrs.frozen(slots=True)
class Gold:
    id: str
    text: str
    codes: tuple[str, ...] = ()
    plover: str | None = None
    sources: tuple[tuple[str, str], ...] = ()  # (country, sector)
    targets: tuple[tuple[str, str], ...] = ()
    split: str | None = None


def _actors(value) -> tuple[tuple[str, str], ...]:
    """The (country, sector) gold slots; a value that is not a list of actors (one row has a
    bare string) gives none."""
    if not isinstance(value, list):
        return ()
    return tuple((str(a.get("code") or ""), str(a.get("sector") or "")) for a in value if isinstance(a, dict))


def load_records(path: str | Path) -> tuple[list[Gold], int]:
    """The records and the number of malformed lines (logged and skipped)."""
    golds, bad = [], 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                golds.append(
                    Gold(
                        id=f"line-{number}",
                        text=str(row["text"]),
                        codes=tuple(str(c) for c in row.get("cameo_codes") or ()),
                        plover=row.get("plover_event_v05") or None,
                        sources=_actors(row.get("plover_source")),
                        targets=_actors(row.get("plover_target")),
                        split=row.get("conflibert_split"),
                    )
                )
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                bad += 1
                log.warning("%s:%d: malformed record (%s)", path, number, error)
    return golds, bad


@attrs.frozen(slots=True)
class PRF:
    matched_gold: int = 0
    gold: int = 0
    matched_coded: int = 0
    coded: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other))))

    @property
    def precision(self) -> float:
        return self.matched_coded / self.coded if self.coded else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {**attrs.asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def level(code: str, digits: int) -> str:
    return code[:digits]


def score_codes(coded: Iterable[str], candidates: Sequence[str], digits: int | None) -> PRF:
    """One sentence: coded codes vs the gold candidates, at ``digits`` (None: the labels as they are)."""
    cut = (lambda c: c) if digits is None else (lambda c: level(c, digits))
    gold = {cut(c) for c in candidates if digits is None or len(c) >= digits}
    if not gold:
        return PRF()
    mine = {cut(c) for c in coded if c and (digits is None or len(c) >= digits)}
    hit = mine & gold
    return PRF(int(bool(hit)), 1, len(hit), len(mine))


def actor_hits(code: str | None, gold: Sequence[tuple[str, str]]) -> tuple[bool, bool]:
    """(country right, sector right) of one coded actor code against the gold slots."""
    code = code or ""
    chunks = {code[i : i + 3] for i in range(0, len(code), 3)}
    country = any(c and code.startswith(c) for c, _ in gold)
    sector = any(s and s in chunks for _, s in gold)
    return country, sector


@attrs.define
class Tally:
    root: PRF = PRF()
    by_root: dict[str, PRF] = attrs.Factory(dict)
    three: PRF = PRF()
    plover: PRF = PRF()
    actor_slots: int = 0
    country_right: int = 0
    sector_slots: int = 0
    sector_right: int = 0
    scored: int = 0
    unlabelled: int = 0
    errors: int = 0
    malformed: int = 0

    def add(self, gold: Gold, events: Sequence) -> None:
        """Score one sentence's events (real :class:`eventcode.model.Event` objects)."""
        if not gold.codes and not gold.plover:
            self.unlabelled += 1
            return
        self.scored += 1
        codes = [e.code for e in events]
        if gold.codes:
            self.root += score_codes(codes, gold.codes, 2)
            self._add_by_root(codes, gold.codes)
            self.three += score_codes(codes, gold.codes, 3)
        if gold.plover:
            self.plover += score_codes([e.plover_event for e in events if e.plover_event], [gold.plover], None)
            roots = {c[:2] for c in gold.codes}
            right = [e for e in events if e.code[:2] in roots] if roots else [e for e in events if e.plover_event == gold.plover]
            if right:
                event = right[0]
                for actor, slots in ((event.source, gold.sources), (event.target, gold.targets)):
                    if not slots:
                        continue
                    country, sector = actor_hits(actor.code if actor else None, slots)
                    if any(c for c, _ in slots):
                        self.actor_slots += 1
                        self.country_right += country
                    if any(s for _, s in slots):
                        self.sector_slots += 1
                        self.sector_right += sector

    def _add_by_root(self, coded: Sequence[str], candidates: Sequence[str]) -> None:
        gold = {c[:2] for c in candidates if len(c) >= 2}
        mine = {c[:2] for c in coded if c and len(c) >= 2}
        for root in gold | mine:
            counts = PRF(int(root in gold and bool(gold & mine)), int(root in gold), int(root in mine and root in gold),
                         int(root in mine))
            self.by_root[root] = self.by_root.get(root, PRF()) + counts

    def to_dict(self) -> dict:
        return {
            "dataset": NAME,
            "scored": self.scored,
            "unlabelled": self.unlabelled,
            "errors": self.errors,
            "malformed": self.malformed,
            "cameo_root": self.root.to_dict(),
            "by_root": {root: prf.to_dict() for root, prf in sorted(self.by_root.items())},
            "cameo_3digit": self.three.to_dict(),
            "plover": self.plover.to_dict(),
            "actor_country_accuracy": round(self.country_right / self.actor_slots, 4) if self.actor_slots else None,
            "actor_country_slots": self.actor_slots,
            "actor_sector_accuracy": round(self.sector_right / self.sector_slots, 4) if self.sector_slots else None,
            "actor_sector_slots": self.sector_slots,
            "no_event_false_alarm_rate": None,
            "no_event_rows": 0,
        }


def format_by_root(tally: Tally) -> str:
    """The root-level counts per CAMEO root (a row with candidates of two roots counts under both)."""
    lines = [f"{'root':<5} {'gold':>5} {'found':>6} {'coded':>6} {'right':>6} {'P':>7} {'R':>7}"]
    for root, prf in sorted(tally.by_root.items()):
        lines.append(f"{root:<5} {prf.gold:>5} {prf.matched_gold:>6} {prf.coded:>6} {prf.matched_coded:>6} "
                     f"{100 * prf.precision:>6.1f}% {100 * prf.recall:>6.1f}%")
    return "\n".join(lines)


def format_tally(tally: Tally, seconds: float) -> str:
    d = tally.to_dict()
    lines = [
        f"{NAME}: {tally.scored} scored sentences, {tally.unlabelled} unlabelled, {tally.errors} errors, "
        f"{tally.malformed} malformed, {seconds:.1f} s",
        f"{'level':<14} {'gold':>5} {'coded':>6} {'P':>7} {'R':>7} {'F1':>7}",
    ]
    for name, prf in (("CAMEO root", tally.root), ("CAMEO 3-digit", tally.three), ("PLOVER", tally.plover)):
        lines.append(f"{name:<14} {prf.gold:>5} {prf.coded:>6} {100 * prf.precision:>6.1f}% {100 * prf.recall:>6.1f}% {100 * prf.f1:>6.1f}%")
    for label, key, n in (("country", "actor_country_accuracy", "actor_country_slots"), ("sector", "actor_sector_accuracy", "actor_sector_slots")):
        value = d[key]
        lines.append(f"actor {label} accuracy: " + (f"{100 * value:.1f} % of {d[n]}" if value is not None else "n/a (no slot)"))
    lines.append("no-event false-alarm rate: n/a (the set has no no-event rows)")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shared", metavar="PATH", help="the ../shared folder (default: beside the repository)")
    parser.add_argument("--split", choices=("train", "test", "all"), default="all", help="ConfliBERT split of the rows")
    parser.add_argument("--limit", type=int, metavar="N", help="the first N labelled sentences only")
    parser.add_argument("--models-dir", help="Stanza models")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--main-events", action="store_true", help="score each sentence's main events only (eventcode code --main-events)")
    parser.add_argument("--by-root", action="store_true", help="also print the root-level counts per CAMEO root")


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
    tally = Tally(malformed=bad)
    golds = [g for g in golds if args.split == "all" or g.split == args.split]
    labelled = [g for g in golds if g.codes or g.plover]
    tally.unlabelled = len(golds) - len(labelled)
    if args.limit:
        labelled = labelled[: args.limit]
    coder = Coder.load("en", models_dir=args.models_dir, main_only=args.main_events)
    started = time.perf_counter()
    docs = [RawDocument(id=g.id, text=g.text) for g in labelled]
    for gold, events in zip(labelled, coder.code_many(docs)):
        tally.add(gold, events)
    print(format_tally(tally, time.perf_counter() - started))
    if args.by_root:
        print(format_by_root(tally))
    if args.json:
        Path(args.json).write_text(json.dumps(tally.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0
