"""Compare Stanza batch sizes by CPU seconds on one thread (robust on a shared, loaded machine).

Why CPU seconds on one thread: wall-clock time on the project's shared 2-core machine depends on what
else runs; the CPU time of a single-threaded process mostly does not (no spinning worker threads).

Usage: python models/recipe/bench_batches.py fr [--docs 150] [--models-dir models/eventcode-model-fr]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from config import REPO_ROOT, UD_DIR  # noqa: E402
from evaluate import GOLD, raw_documents  # noqa: E402

SETTINGS = {
    "stanza defaults": {},
    "eventcode BATCH_SIZES": None,  # filled from eventcode.parsing.pipeline at run time
    "large": {"tokenize_batch_size": 128, "mwt_batch_size": 200, "pos_batch_size": 6000,
              "lemma_batch_size": 200, "depparse_batch_size": 6000},
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(GOLD))
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--models-dir", default=None)
    args = parser.parse_args(argv)

    import stanza
    import torch

    sys.path.insert(0, str(REPO_ROOT))
    from eventcode.parsing import pipeline as pl

    torch.set_num_threads(1)
    texts = raw_documents(UD_DIR / GOLD[args.lang])[: args.docs]
    source = pl.resolve_models(args.lang, args.models_dir)
    results = {}
    for name, sizes in SETTINGS.items():
        sizes = pl.BATCH_SIZES if sizes is None else sizes
        nlp = stanza.Pipeline(lang=args.lang, dir=str(pl._empty_resources_dir()), processors=source.processors,
                              download_method=None, logging_level="ERROR", use_gpu=False, **source.kwargs, **sizes)
        nlp("Une phrase pour chauffer.")
        cpu, wall = time.process_time(), time.perf_counter()
        docs = nlp([stanza.Document([], text=t) for t in texts])
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        n = sum(len(d.sentences) for d in docs)
        results[name] = {"sentences": n, "cpu_seconds": round(cpu, 2), "wall_seconds": round(wall, 2),
                         "sentences_per_cpu_second": round(n / cpu, 1), "batch_sizes": sizes}
    sys.stdout.write(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
