"""eventcode benchmarks: ``make bench`` (or ``python benchmarks/run.py``) writes docs/benchmarks.md.

What is measured (issue 6), each on real CoNLL-U from the UD treebanks in ``../shared/ud``
(UD_French-Sequoia, UD_English-EWT; ``EVENTCODE_UD`` points elsewhere), regrouped into documents
of 20 sentences:

* CoNLL-U reading (split + Stanza's reader + checks), sentences/s;
* the coding stage alone on pre-parsed documents with the full shipped codebooks, sentences/s;
* codebook load and compile time in a fresh interpreter, cold (cache off) and from the on-disk cache;
* memory while streaming 10k, 100k (and with ``--million`` 1M) sentences through the batch engine;
* ``eventcode code --workers 1`` and ``2`` on the same file (wall time, same output);
* coding speed with 1×, 10× and 100× the shipped predicates (synthetic copies);
* parse + code vs Stanza parse alone, where a Stanza model is installed;
* a cProfile of the coding stage: where the time goes.

Times are CPU seconds of the measuring process (``time.process_time``) unless said otherwise:
on a shared machine, CPU time is what one core does; wall time is given beside it, with the load
average, so that the two can be compared. Nothing here is asserted: the numbers are reported.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import datetime
import gc
import hashlib
import io
import json
import logging
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

log = logging.getLogger("benchmarks")

UD = Path(os.environ.get("EVENTCODE_UD", REPO.parent / "shared" / "ud"))
TREEBANKS = {
    "fr": ("UD_French-Sequoia", "fr_sequoia-ud-*.conllu"),
    "en": ("UD_English-EWT", "en_ewt-ud-*.conllu"),
}
DOC_SENTENCES = 20
RESULTS = REPO / "benchmarks" / "results.json"  # the raw figures of the last run that wrote the page


# -- data -----------------------------------------------------------------------------------------


def sentence_blocks(lang: str) -> list[str]:
    """The sentences of a language's treebank as CoNLL-U blocks, document comments removed."""
    folder, pattern = TREEBANKS[lang]
    files = sorted((UD / folder).glob(pattern))
    if not files:
        return []
    blocks: list[str] = []
    for path in files:
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            lines = [line for line in block.strip("\n").split("\n") if line and not line.startswith(("# newdoc", "# newpar"))]
            if any(not line.startswith("#") for line in lines):
                blocks.append("\n".join(lines) + "\n\n")
    return blocks


def documents_text(blocks: list[str], sentences: int, prefix: str = "d") -> Iterator[str]:
    """CoNLL-U text of ``sentences`` sentences (the treebank repeated), 20 per ``# newdoc``, lazily."""
    for start in range(0, sentences, DOC_SENTENCES):
        yield f"# newdoc id = {prefix}{start // DOC_SENTENCES}\n# date = 2025-10-27\n"
        for i in range(start, min(start + DOC_SENTENCES, sentences)):
            yield blocks[i % len(blocks)]


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": _meminfo(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
        "commit": _commit(),
    }


def _commit() -> str:
    """The checkout measured: HEAD, and whether the working tree had uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (with uncommitted changes)" if dirty else "")


def _meminfo() -> str:
    try:
        kb = int(Path("/proc/meminfo").read_text().split("\n")[0].split()[1])
        return f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        return "unknown"


class Clock:
    """CPU and wall seconds of a block."""

    def __enter__(self) -> Clock:
        self.cpu0, self.wall0 = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cpu = time.process_time() - self.cpu0
        self.wall = time.perf_counter() - self.wall0


# -- measurements ---------------------------------------------------------------------------------


def bench_reading(lang: str, blocks: list[str]) -> dict[str, Any]:
    from eventcode.parsing.conllu import iter_conllu

    text = "".join(documents_text(blocks, len(blocks)))
    list(iter_conllu(text[:20000], lang=lang))  # imports stanza's reader (torch) outside the clock
    with Clock() as clock:
        documents = [d for d in iter_conllu(text, lang=lang)]
    sentences = sum(len(d.sentences) for d in documents)
    return {"lang": lang, "sentences": sentences, "cpu": clock.cpu, "wall": clock.wall}


def bench_coding(lang: str, blocks: list[str], codebooks: tuple[str, ...] = (), passes: int = 5) -> dict[str, Any]:
    """The coding stage alone: first pass, and the best of ``passes`` passes (warm caches)."""
    from eventcode.coding.coder import Coder
    from eventcode.parsing.conllu import read_conllu

    documents = list(read_conllu("".join(documents_text(blocks, len(blocks))), lang=lang))
    sentences = sum(len(d.sentences) for d in documents)
    coder = Coder.load(lang, list(codebooks))
    # The corpus held in memory for the benchmark is frozen out of the cyclic GC: otherwise each
    # full collection walks it, which a streaming run (one document in memory) never does.
    gc.collect()
    gc.freeze()
    runs = []
    events = 0
    try:
        for _ in range(passes):
            with Clock() as clock:
                events = sum(len(coder.code_document(d)) for d in documents)
            runs.append(clock)
    finally:
        gc.unfreeze()
    best = min(runs, key=lambda c: c.cpu)
    return {
        "lang": lang, "sentences": sentences, "documents": len(documents), "events": events,
        "first_cpu": runs[0].cpu, "first_wall": runs[0].wall, "best_cpu": best.cpu, "best_wall": min(r.wall for r in runs),
    }


def profile_coding(lang: str, blocks: list[str], top: int = 14) -> list[tuple[str, int, float, float]]:
    """(function, calls, own seconds, cumulative seconds) of the coding stage, by own time."""
    from eventcode.coding.coder import Coder
    from eventcode.parsing.conllu import read_conllu

    documents = list(read_conllu("".join(documents_text(blocks, len(blocks))), lang=lang))
    coder = Coder.load(lang)
    gc.collect()
    gc.freeze()
    try:
        for document in documents:
            coder.code_document(document)
        profiler = cProfile.Profile()
        profiler.enable()
        for document in documents:
            coder.code_document(document)
        profiler.disable()
    finally:
        gc.unfreeze()
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{Path(filename).name}:{line} {name}" if filename != "~" else name
        rows.append((where, calls, own, cumulative))
    rows.sort(key=lambda r: r[2], reverse=True)
    return [(*r[:2], r[2], r[3]) for r in rows[:top]] + [("total", 0, stats.total_tt, stats.total_tt)]  # type: ignore[attr-defined]


def profile_reading(lang: str, blocks: list[str], sentences: int = 4000) -> dict[str, float]:
    """Own time of reading CoNLL-U under cProfile, summed by package (stanza, networkx, eventcode...)."""
    from eventcode.parsing.conllu import iter_conllu

    text = "".join(documents_text(blocks, min(sentences, len(blocks))))
    list(iter_conllu(text[:20000], lang=lang))
    profiler = cProfile.Profile()
    profiler.enable()
    list(iter_conllu(text, lang=lang))
    profiler.disable()
    stats = pstats.Stats(profiler)
    by_package: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        parts = Path(filename).parts
        if "site-packages" in parts:
            package = parts[parts.index("site-packages") + 1]
        elif "eventcode" in parts:
            package = "eventcode"
        else:
            package = "built-in functions (str, dict... called by all of these) and the standard library"
        by_package[package] = by_package.get(package, 0.0) + own
    return dict(sorted(by_package.items(), key=lambda kv: kv[1], reverse=True))


LOAD_SCRIPT = """
import json, sys, time
t0 = time.perf_counter()
import eventcode
from eventcode.codebook import load_codebook
t1 = time.perf_counter(); c1 = time.process_time()
load_codebook(language=sys.argv[1])
t2 = time.perf_counter(); c2 = time.process_time()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "load_cpu": c2 - c1}))
"""


def bench_load(lang: str, runs: int = 3) -> dict[str, float]:
    """Codebook load in fresh interpreters (best of ``runs``): cold (cache off: read, check and
    compile the YAML) and cached (the compiled codebook read from a warm on-disk cache)."""

    def best(cache: str) -> dict[str, float]:
        env = {**os.environ, "EVENTCODE_CACHE": cache}
        results = []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", LOAD_SCRIPT, lang], cwd=REPO, env=env, capture_output=True, text=True, check=True)
            results.append(json.loads(out.stdout))
        return {key: min(r[key] for r in results) for key in results[0]}

    with tempfile.TemporaryDirectory() as folder:
        cold = best("off")
        subprocess.run([sys.executable, "-c", LOAD_SCRIPT, lang], cwd=REPO, env={**os.environ, "EVENTCODE_CACHE": folder}, capture_output=True, check=True)
        cached = best(folder)
    return {"import": min(cold["import"], cached["import"]), "cold": cold["load"], "cold_cpu": cold["load_cpu"], "cached": cached["load"], "cached_cpu": cached["load_cpu"]}


STREAM_SCRIPT = """
import json, resource, sys
sys.path.insert(0, sys.argv[3])
from benchmarks.run import documents_text, sentence_blocks
from eventcode.batch import code_records
from eventcode.coding.coder import Coder
from eventcode.parsing.conllu import split_conllu

def rss_mib():  # resident set size now, MiB
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20

lang, total = sys.argv[1], int(sys.argv[2])
blocks = sentence_blocks(lang)
coder = Coder.load(lang)
checkpoints = {10_000, 100_000, 1_000_000, total}
done = sentences = events = 0
marks = {}
lines = (line for chunk in documents_text(blocks, total) for line in chunk.splitlines(keepends=True))
for outcome in code_records(coder, split_conllu(lines, "stream")):
    done += 1
    sentences = done * 20
    events += len(outcome.events)
    if sentences in checkpoints:
        marks[sentences] = rss_mib()
# VmHWM is this process's own peak (ru_maxrss would include the parent's before exec)
peak = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")][0] / 1024
print(json.dumps({"rss": marks, "peak": peak, "events": events}))
"""


def bench_memory(lang: str, sentences: int) -> dict[str, Any]:
    """RSS (MiB) at 10k, 100k, ... sentences streamed through the batch engine, and the peak."""
    with Clock() as clock:
        out = subprocess.run([sys.executable, "-c", STREAM_SCRIPT, lang, str(sentences), str(REPO)], cwd=REPO, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    result = json.loads(out.stdout)
    result["wall"] = clock.wall
    result["sentences"] = sentences
    return result


def bench_workers(lang: str, blocks: list[str], sentences: int, workers: tuple[int, ...] = (1, 2)) -> list[dict[str, Any]]:
    """``eventcode code --input conllu --workers N`` on one file: wall time, and the output's hash."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.conllu"
        with open(path, "w", encoding="utf-8") as handle:
            handle.writelines(documents_text(blocks, sentences))
        for n in workers:
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-m", "eventcode", "code", str(path), "--lang", lang, "--input", "conllu", "--quiet", "--workers", str(n)],
                cwd=REPO, capture_output=True,
            )
            wall = time.perf_counter() - start
            results.append({
                "workers": n, "sentences": sentences, "wall": wall, "status": out.returncode,
                "sha256": hashlib.sha256(out.stdout).hexdigest()[:12], "summary": out.stderr.decode().strip().splitlines()[-1],
            })
    return results


def synthetic_codebook(lang: str, factor: int, folder: Path, same_lemmas: bool) -> Path:
    """The shipped predicates of ``lang`` and ``factor - 1`` renamed copies of each, as one file.

    ``same_lemmas``: copies keep their lemmas (more frames to try per trigger, the worst case);
    otherwise each copy gets new lemmas (a bigger vocabulary, as a larger codebook has).
    """
    import yaml

    from eventcode.codebook.shipped import shipped_dir

    def fix_keys(value: Any) -> Any:
        # PyYAML reads the key `on:` as True (YAML 1.1); eventcode's own loader does not.
        if isinstance(value, dict):
            return {({True: "on", False: "off"}.get(k, k) if isinstance(k, bool) else k): fix_keys(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fix_keys(v) for v in value]
        return value

    data = fix_keys(yaml.safe_load((shipped_dir() / lang / "events.yaml").read_text(encoding="utf-8")))
    originals = data.get("predicates") or []
    predicates = list(originals)

    def rename_lemmas(value: Any, suffix: str) -> Any:
        if isinstance(value, str):
            return value + suffix
        if isinstance(value, list):
            return [v + suffix if isinstance(v, str) else v for v in value]
        return value

    for copy_index in range(1, factor):
        suffix = f"x{copy_index}"
        for predicate in originals:
            twin = copy.deepcopy(predicate)
            twin["id"] = f"{predicate['id']}_{suffix}"
            twin.pop("examples", None)
            if not same_lemmas:
                if "lemma" in twin:
                    twin["lemma"] = rename_lemmas(twin["lemma"], suffix)
                if isinstance(twin.get("trigger"), dict) and "lemma" in twin["trigger"]:
                    twin["trigger"]["lemma"] = rename_lemmas(twin["trigger"]["lemma"], suffix)
            for frame in twin.get("frames") or []:
                if isinstance(frame, dict):
                    if "id" in frame:
                        frame["id"] = f"{frame['id']}_{suffix}"
                    frame.pop("examples", None)
            predicates.append(twin)
    data["predicates"] = predicates
    data["codebook"] = f"{data.get('codebook', lang)}-x{factor}"
    path = folder / f"{lang}-x{factor}{'-same' if same_lemmas else ''}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def bench_codebook_size(lang: str, blocks: list[str], factors: tuple[int, ...] = (1, 10, 100)) -> list[dict[str, Any]]:
    from eventcode.codebook import load_codebook

    results = []
    logging.getLogger("eventcode.codebook").setLevel(logging.ERROR)  # W102 for every shadowed copy
    with tempfile.TemporaryDirectory() as tmp:
        for same in (False, True):
            for factor in factors:
                path = synthetic_codebook(lang, factor, Path(tmp), same)
                with Clock() as clock:
                    compiled = load_codebook(path, language=lang)
                coding = bench_coding(lang, blocks, (str(path),), passes=3)
                results.append({
                    "factor": factor, "same_lemmas": same, "load": clock.wall,
                    "triggers": len(compiled.triggers), "events": coding["events"],
                    "sentences": coding["sentences"], "best_cpu": coding["best_cpu"],
                })
    return results


def bench_parse(lang: str, blocks: list[str], sentences: int = 400, rounds: int = 3) -> dict[str, Any] | str:
    """Parse + code vs Stanza parse alone on the treebank's raw text (``# text``), if a model exists."""
    from eventcode.parsing.pipeline import ModelNotFoundError, load_pipeline, parse_texts, resolve_models

    try:
        pipeline_source = resolve_models(lang)
        pipeline = load_pipeline(lang)
    except ModelNotFoundError as error:
        return f"skipped: no Stanza model for {lang!r} is installed ({str(error).split('.')[0]})"
    from eventcode.coding.coder import Coder

    texts = []
    for block in blocks[:sentences]:
        for line in block.split("\n"):
            if line.startswith("# text = "):
                texts.append(line[len("# text = "):])
                break
    documents = [" ".join(texts[i:i + DOC_SENTENCES]) for i in range(0, len(texts), DOC_SENTENCES)]
    coder = Coder.load(lang)
    coder._pipeline = pipeline  # the same pipeline object for both runs
    parse_texts(documents, lang, pipeline=pipeline)  # warm up: Stanza's and torch's first batches are slow
    parse_runs, both_runs = [], []
    events = 0
    for _ in range(rounds):  # alternated, so that a change in the machine's load hits both alike
        with Clock() as parse_only:
            parse_texts(documents, lang, pipeline=pipeline)
        parse_runs.append(parse_only)
        with Clock() as both:
            events = sum(len(e) for e in coder.code_many(documents, batch_size=32))
        both_runs.append(both)
    return {
        "sentences": len(texts), "documents": len(documents), "events": events, "rounds": rounds,
        "parse_wall": min(c.wall for c in parse_runs), "both_wall": min(c.wall for c in both_runs),
        "parse_cpu": min(c.cpu for c in parse_runs), "both_cpu": min(c.cpu for c in both_runs),
        "model": f"{pipeline_source.kind}: {pipeline_source.origin}",
    }


# -- report ---------------------------------------------------------------------------------------


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 else "-"


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    out = io.StringIO()
    w = out.write
    w("# Benchmarks\n\n")
    w("Measured by `make bench` (`benchmarks/run.py`), which rewrites this page (and the raw figures,\n")
    w("`benchmarks/results.json`). Every figure below was\n")
    w("measured by that run; none is asserted by a test. CPU times are the measuring process's own\n")
    w("(`time.process_time`): on a shared machine that is what one core did; wall times are beside them.\n\n")
    w("| machine | |\n|---|---|\n")
    w(f"| date | {m['date']} |\n| CPU | {m['cpu']} |\n| cores | {m['cores']} |\n| memory | {m['memory']} |\n")
    w(f"| Python | {m['python']} |\n| platform | {m['platform']} |\n")
    if m.get("commit"):
        w(f"| eventcode commit | {m['commit']} |\n")
    w(f"| load average (1/5/15 min) at start | {m['load']} |\n| load average at end | {results['load_end']} |\n\n")
    if results.get("note"):
        w(results["note"] + "\n\n")

    w("## The targets of issue 6, in this run\n\n")
    w("| target | measured | |\n|---|---|---|\n")
    for r in results["coding"]:
        best, first = r["sentences"] / r["best_cpu"], r["sentences"] / r["first_cpu"]
        w(f"| coding stage ≥ 20,000 sentences/s on one core ({r['lang']}) | {best:,.0f} sentences/s of CPU time (best pass; "
          f"first pass {first:,.0f}) | {'reached' if best >= 20_000 else 'not reached'} in CPU time |\n")
    parse = results["parse"]
    if isinstance(parse, str):
        w("| parse + code ≤ 1.10 × Stanza parse alone | not measured: no Stanza model installed | - |\n")
    else:
        ratio = parse["both_wall"] / parse["parse_wall"]
        w(f"| parse + code ≤ 1.10 × Stanza parse alone | {ratio:.2f} × | {'reached' if ratio <= 1.10 else 'not reached'} |\n")
    for r in results["memory"]:
        marks = {int(k): v for k, v in r["rss"].items()}
        low, high = marks.get(10_000), marks[max(marks)]
        if low:
            change = 100 * (high - low) / low
            w(f"| memory flat (±10 %) from 10k sentences streamed to {max(marks):,} | {low:.0f} MiB → {high:.0f} MiB ({change:+.1f} %) | "
              f"{'flat' if abs(change) <= 10 else 'not flat'} |\n")
    cached = max(r["cached"] for r in results["load"].values())
    cold = max(r["cold"] for r in results["load"].values())
    w(f"| codebook load ≤ 0.3 s cached | {cached:.2f} s from the on-disk cache (cold: load + check + compile {cold:.2f} s), wall, slower language | "
      f"{'reached' if cached <= 0.3 else 'not reached'} |\n\n")

    w("Data: the UD treebanks UD_French-Sequoia and UD_English-EWT (all splits), regrouped into\n")
    w(f"documents of {DOC_SENTENCES} sentences, coded with the full shipped codebooks of their language.\n\n")

    w("## Coding stage alone (pre-parsed CoNLL-U)\n\n")
    w("| language | sentences | events | first pass, sentences/s (CPU) | best pass, sentences/s (CPU) | best pass, sentences/s (wall) |\n|---|---:|---:|---:|---:|---:|\n")
    for r in results["coding"]:
        w(f"| {r['lang']} | {r['sentences']:,} | {r['events']:,} | {rate(r['sentences'], r['first_cpu'])} | {rate(r['sentences'], r['best_cpu'])} | {rate(r['sentences'], r['best_wall'])} |\n")
    w("\nThe first pass fills the caches of folded lemmas and word forms; later passes find them.\n")
    w("The in-memory corpus is frozen out of Python's cyclic garbage collector (`gc.freeze()`) while it\n")
    w("is coded: without that, every full collection walks the whole pre-parsed corpus, a cost of this\n")
    w("benchmark's set-up that streaming (one document in memory at a time) does not have.\n\n")

    w("## Reading CoNLL-U\n\n")
    w("| language | sentences | sentences/s (CPU) | sentences/s (wall) |\n|---|---:|---:|---:|\n")
    for r in results["reading"]:
        w(f"| {r['lang']} | {r['sentences']:,} | {rate(r['sentences'], r['cpu'])} | {rate(r['sentences'], r['wall'])} |\n")
    shares = results.get("reading_profile") or {}
    if shares:
        total = sum(shares.values())
        parts = ", ".join(f"{name} {100 * own / total:.0f} %" for name, own in shares.items() if own / total >= 0.01)
        w(f"\nWhere reading time goes (cProfile, own time by package, English): {parts}.\n")
    w("\nReading (splitting at `# newdoc`, line checks, Stanza's CoNLL-U reader, conversion to eventcode's\n")
    w("model) is slower than coding: a CoNLL-U run is bound by reading. `--workers` therefore sends raw\n")
    w("CoNLL-U chunks to the workers, which read and code them.\n\n")

    w("## Codebook load\n\n")
    w("| language | `import eventcode` (s) | load + check + compile, cold (s) | load from the cache (s) |\n|---|---:|---:|---:|\n")
    for lang, r in results["load"].items():
        w(f"| {lang} | {r['import']:.2f} | {r['cold']:.2f} | {r['cached']:.2f} |\n")
    w("\nWall seconds, best of 3 fresh interpreters each. Cold: `EVENTCODE_CACHE=off`, the YAML is read,\n")
    w("checked and compiled. Cached: the compiled codebook is read from the on-disk cache that the first\n")
    w("load of the same files wrote (`eventcode.codebook.cache`, keyed by the files' contents).\n\n")

    w("## Memory while streaming\n\n")
    for r in results["memory"]:
        marks = ", ".join(f"{int(k):,} sentences: {v:.0f} MiB" for k, v in sorted(r["rss"].items(), key=lambda kv: int(kv[0])))
        w(f"- {r['lang']}, {r['sentences']:,} sentences streamed through `eventcode.batch.code_records` "
          f"(CoNLL-U generated by repeating the treebank, read lazily): resident set size {marks}; "
          f"peak {r['peak']:.0f} MiB; {r['events']:,} events; {r['wall']:.0f} s wall.\n")
    if not results.get("million"):
        w("\nThe 1,000,000-sentence run is optional (`make bench BENCH_ARGS=--million`); it was not part of this run.\n")
    w("\n")

    w("## Worker processes\n\n")
    w("| workers | sentences | wall (s) | sentences/s (wall) | output sha256 | summary |\n|---:|---:|---:|---:|---|---|\n")
    for r in results["workers"]:
        w(f"| {r['workers']} | {r['sentences']:,} | {r['wall']:.1f} | {rate(r['sentences'], r['wall'])} | `{r['sha256']}` | {r['summary']} |\n")
    w("\n`eventcode code --input conllu --workers N` on one file (French), output to a pipe; the whole\n")
    w("command is timed (interpreter start, codebook load, workers' start). The same output hash is the\n")
    w("same bytes. On a machine whose cores are busy with other work, a second worker can only use what\n")
    w("is left of the second core: compare with the load average above.\n\n")

    w("## Codebook size\n\n")
    w("| predicates | lemmas of the copies | trigger keys | load (s, wall) | events | sentences/s (CPU, best of 3) |\n|---|---|---:|---:|---:|---:|\n")
    for r in results["codebook_size"]:
        kind = "the same (more frames per trigger)" if r["same_lemmas"] else "new (a bigger vocabulary)"
        w(f"| {r['factor']}× | {kind if r['factor'] > 1 else 'shipped'} | {r['triggers']:,} | {r['load']:.2f} | {r['events']:,} | {rate(r['sentences'], r['best_cpu'])} |\n")
    w("\nFrench, on the Sequoia documents above. Each synthetic codebook holds the shipped predicates and\n")
    w("N−1 renamed copies of each (examples dropped). With new lemmas the copies never trigger on real\n")
    w("text: this measures whether lookup and memory cost grow with the vocabulary. With the same lemmas\n")
    w("every trigger has N times the frames; a copy is shadowed by the frame it copies (the checker warns\n")
    w("W102), so it is tried only when the frames before it fail: the worst case for matching.\n\n")

    w("## Parse + code vs parse alone\n\n")
    parse = results["parse"]
    if isinstance(parse, str):
        w(f"{parse}. The code is in `benchmarks/run.py` (`bench_parse`) and runs once a model is installed.\n\n")
    else:
        w(f"{parse['sentences']} sentences in {parse['documents']} documents of raw French text (the treebank's `# text`), "
          f"model {parse.get('model', '?')}; best of {parse.get('rounds', 1)} alternated rounds after a warm-up:\n\n")
        w("| | wall (s) | CPU (s, all threads) |\n|---|---:|---:|\n")
        w(f"| Stanza parse alone | {parse['parse_wall']:.1f} | {parse.get('parse_cpu', float('nan')):.1f} |\n")
        w(f"| parse + code (`Coder.code_many`, 32 documents per Stanza call) | {parse['both_wall']:.1f} | {parse.get('both_cpu', float('nan')):.1f} |\n")
        w(f"| ratio | {parse['both_wall'] / parse['parse_wall']:.2f} | {parse.get('both_cpu', 0) / parse.get('parse_cpu', 1):.2f} |\n\n")

    w("## Where the coding time goes\n\n")
    for lang, rows in results["profile"].items():
        total = rows[-1][2]
        w(f"cProfile of one warm pass over the {lang} documents ({total:.2f} s under the profiler, which slows\n")
        w("small functions most), functions by own time:\n\n")
        w("| function | calls | own (s) | own % | with callees (s) |\n|---|---:|---:|---:|---:|\n")
        for name, calls, own, cumulative in rows[:-1]:
            w(f"| `{name}` | {calls:,} | {own:.3f} | {100 * own / total:.0f} | {cumulative:.3f} |\n")
        w("\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--million", action="store_true", help="also stream 1,000,000 sentences (long)")
    parser.add_argument("--out", default=str(REPO / "docs" / "benchmarks.md"), help="the Markdown page to write ('-': stdout)")
    parser.add_argument("--workers-sentences", type=int, default=20_000)
    parser.add_argument("--only", metavar="SECTION", action="append", choices=("parse", "workers", "coding", "reading", "load", "size", "memory"),
                        help="re-run this section only, keeping the other figures of benchmarks/results.json (repeatable)")
    parser.add_argument("--report-only", metavar="JSON", help="rewrite the page from the results of an earlier run (its .json)")
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the script itself (figures not meaningful)")
    parser.add_argument("--note", default="", help="a line written under the machine table (e.g. what else ran)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="bench: %(message)s")

    if args.report_only:
        results = json.loads(Path(args.report_only).read_text(encoding="utf-8"))
        Path(args.out).write_text(report(results), encoding="utf-8")
        print(f"bench: wrote {args.out} from {args.report_only}", file=sys.stderr)
        return 0
    blocks = {lang: sentence_blocks(lang) for lang in TREEBANKS}
    missing = [TREEBANKS[lang][0] for lang, b in blocks.items() if not b]
    if missing:
        print(f"bench: skipped: the UD treebanks {', '.join(missing)} are not in {UD} (set EVENTCODE_UD)", file=sys.stderr)
        return 0
    results: dict[str, Any] = {"machine": machine(), "note": args.note, "million": args.million}
    wanted = set(args.only or ())
    if wanted:  # keep the other figures of the last run; say which sections were run when
        earlier = json.loads(RESULTS.read_text(encoding="utf-8"))
        rerun = ", ".join(sorted(wanted))
        results = {**earlier, "note": (earlier.get("note", "") + f" Re-run on {results['machine']['date']} "
                   f"(load {results['machine']['load']}, commit {results['machine']['commit']}): {rerun}.").strip()}

    def run(section: str) -> bool:
        if wanted and section not in wanted:
            return False
        log.info("%s", section)
        return True

    if run("load"):
        results["load"] = {lang: bench_load(lang, 1 if args.quick else 3) for lang in TREEBANKS}
    if run("reading"):
        results["reading"] = [bench_reading(lang, blocks[lang]) for lang in TREEBANKS]
        results["reading_profile"] = profile_reading("en", blocks["en"])
    if run("coding"):
        passes = 2 if args.quick else 5
        results["coding"] = [bench_coding(lang, blocks[lang], passes=passes) for lang in TREEBANKS]
        results["profile"] = {lang: profile_coding(lang, blocks[lang]) for lang in TREEBANKS}
    if run("size"):
        results["codebook_size"] = bench_codebook_size("fr", blocks["fr"], (1, 10) if args.quick else (1, 10, 100))
    if run("workers"):
        results["workers"] = bench_workers("fr", blocks["fr"], 2_000 if args.quick else args.workers_sentences)
    if run("memory"):
        sizes = [10_000] if args.quick else [100_000] + ([1_000_000] if args.million else [])
        results["memory"] = [bench_memory("fr", n) | {"lang": "fr"} for n in sizes]
    if run("parse"):
        results["parse"] = bench_parse("fr", blocks["fr"])
    results["load_end"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    page = report(results)
    if args.out == "-":
        sys.stdout.write(page)
    else:
        Path(args.out).write_text(page, encoding="utf-8")
        RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        print(f"bench: wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
