"""Score a language's pipeline end to end on its held-out PUD treebank (raw text in).

Why end to end: eventcode parses raw news text, so tokenizer and sentence-splitting errors count.
The gold sentences' `# text` lines are joined into one raw text per document (documents separated by
blank lines), parsed with the same loader eventcode uses (eventcode.parsing.pipeline.load_pipeline),
and scored with the CoNLL 2018 scorer (udtools.udeval through stanza's ud_scores; stanza 1.15's
run_eval_script is broken, see the pilot notes §3).

Speed is measured on the parse call only (the pipeline is loaded and warmed up first), with
torch limited to --threads threads.

Usage: python models/recipe/evaluate.py fr [--threads 2] [--models-dir DIR] [--json OUT] [--system-out CONLLU]
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from config import REPO_ROOT, UD_DIR  # noqa: E402

log = logging.getLogger("recipe.evaluate")

GOLD = {"fr": "UD_French-PUD/fr_pud-ud-test.conllu", "en": "UD_English-PUD/en_pud-ud-test.conllu"}
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS",
           "CLAS", "MLAS", "BLEX")


def raw_documents(gold: Path) -> list[str]:
    """One raw text per `# newdoc`, sentences joined by a space (as in running text)."""
    docs: list[list[str]] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") or not docs:
            docs.append([])
        if line.startswith("# text = "):
            docs[-1].append(line[len("# text = "):])
    return [" ".join(d) for d in docs if d]


def evaluate(lang: str, gold: Path, threads: int, models_dir: str | None, system_out: Path | None = None) -> dict:
    import torch
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    sys.path.insert(0, str(REPO_ROOT))
    from eventcode.parsing.pipeline import load_pipeline, parse_texts, resolve_models

    torch.set_num_threads(threads)
    source = resolve_models(lang, models_dir)
    start = time.perf_counter()
    nlp = load_pipeline(lang, models_dir, use_gpu=False)
    load_seconds = time.perf_counter() - start
    parse_texts(["Une phrase pour chauffer." if lang == "fr" else "A sentence to warm up."], lang, pipeline=nlp)

    texts = raw_documents(gold)
    load_before = os.getloadavg()[0]
    start, cpu_start = time.perf_counter(), time.process_time()
    docs = parse_texts(texts, lang, pipeline=nlp)
    parse_seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    load_after = os.getloadavg()[0]
    n_sent = sum(len(d.sentences) for d in docs)
    n_words = sum(len(s.words) for d in docs for s in d.sentences)

    with tempfile.TemporaryDirectory() as tmp:
        system = Path(tmp) / "system.conllu"
        with system.open("w", encoding="utf-8") as out:
            for doc in docs:
                CoNLL.write_doc2conll(doc, out)
        scores = ud_scores(str(gold), str(system))
        if system_out is not None:  # kept for error_profile.py
            system_out.write_bytes(system.read_bytes())

    sizes = {}
    for key, path in source.kwargs.items():
        sizes[Path(path).name] = Path(path).stat().st_size
    result = {
        "lang": lang,
        "gold": str(gold.relative_to(gold.parents[1])),
        "models": source.origin,
        "date": date.today().isoformat(),
        "machine": f"{os.cpu_count()}-core CPU ({platform.machine()}), no GPU, torch threads={threads}",
        "f1": {m: round(100 * scores[m].f1, 2) for m in METRICS if m in scores},
        "documents": len(texts),
        "predicted_sentences": n_sent,
        "predicted_words": n_words,
        "load_seconds": round(load_seconds, 2),
        "parse_seconds": round(parse_seconds, 2),
        "parse_cpu_seconds": round(cpu_seconds, 2),
        # the machine is shared: the 1-minute load average says how much else was running
        "load_average_before_after": [round(load_before, 2), round(load_after, 2)],
        "sentences_per_second": round(n_sent / parse_seconds, 1),
        "words_per_second": round(n_words / parse_seconds),
        "model_bytes": sizes,
        "model_total_bytes": sum(sizes.values()),
    }
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(GOLD))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--models-dir", default=None, help="as eventcode's models_dir (default: normal resolution)")
    parser.add_argument("--gold", type=Path, default=None, help="gold CoNLL-U (default: the language's PUD test)")
    parser.add_argument("--json", type=Path, default=None, help="also write the result here")
    parser.add_argument("--system-out", type=Path, default=None,
                        help="also keep the parse as CoNLL-U here (for error_profile.py)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    gold = args.gold or UD_DIR / GOLD[args.lang]
    result = evaluate(args.lang, gold, args.threads, args.models_dir, args.system_out)
    text = json.dumps(result, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
