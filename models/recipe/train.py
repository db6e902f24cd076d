"""Train one language's Stanza models in two parallel lanes, resumably.

Why two lanes: the machine has 2 cores and Stanza's CPU training barely scales past one thread, so
independent models train side by side with OMP_NUM_THREADS=1 each (pilot §4, §7.6):

* lane A: tokenizer -> MWT -> lemmatizer (all from gold data) -> its dictionary's verb lexicon
* lane B: pretrain -> POS tagger -> re-tag the parser data with that tagger -> dependency parser

The parser is trained on *predicted* tags, which the pilot measured at +2 LAS end to end over gold
tags (§7.8). Every step writes `WORK_DIR/models/<lang>/<step>/step.json` (command, seconds, seed)
when it succeeds and is skipped on a rerun, so an interrupted `make models` resumes where it stopped.
Logs go to `WORK_DIR/logs/<lang>-<step>.log`.

Usage: python models/recipe/train.py fr [en] [--lane a|b|both]
(lane A trains fr then en, lane B likewise, so the two cores stay busy across languages)
"""
from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from config import RECIPES, SEED, VERSIONS, WORK_DIR, LangRecipe  # noqa: E402
from make_pretrain import wheel_folder  # noqa: E402
from runner import run_logged, stanza_env  # noqa: E402

log = logging.getLogger("recipe.train")

# Stanza training wrapper per step, and whether the wrapper takes --no_charlm
_WRAPPERS = {
    "tokenize": ("run_tokenizer", True),
    "mwt": ("run_mwt", False),
    "lemma": ("run_lemma", True),
    "pos": ("run_pos", True),
    "depparse": ("run_depparse", True),
}


def model_dir(lang: str, step: str) -> Path:
    return WORK_DIR / "models" / lang / step


def pretrain_file(recipe: LangRecipe) -> Path | None:
    if not recipe.pretrain:
        return None
    return WORK_DIR / "models" / recipe.lang / "pretrain" / recipe.pretrain["file"]


def find_model(lang: str, step: str) -> Path:
    """The single trained model file of a step (never the *_checkpoint.pt)."""
    files = [p for p in model_dir(lang, step).glob("*.pt") if not p.name.endswith("_checkpoint.pt")]
    if len(files) != 1:
        raise FileNotFoundError(f"expected one model in {model_dir(lang, step)}, found {files}")
    return files[0]


def continue_file(recipe: LangRecipe, step: str) -> Path:
    """The earlier model a step continues training from (recipe.continue_from), which must exist."""
    name, extract = recipe.continue_from[step]
    path = WORK_DIR / "models" / recipe.lang / name
    if not path.exists():
        raise FileNotFoundError(f"{recipe.lang} {step} continues from {path}, which is missing; "
                                f"extract it with: {extract} > {path}")
    return path


def _done(lang: str, step: str) -> bool:
    return (model_dir(lang, step) / "step.json").exists()


def _record(recipe: LangRecipe, step: str, cmd: list[str], seconds: float) -> None:
    # the mix the step was trained on: steps of one package may come from releases with other mixes
    mix = json.loads((WORK_DIR / "ud" / recipe.mix_name / "mix.json").read_text(encoding="utf-8"))
    info = {"command": cmd, "seconds": round(seconds), "seed": SEED, "versions": VERSIONS, "training_data": mix}
    (model_dir(recipe.lang, step) / "step.json").write_text(json.dumps(info, indent=2), encoding="utf-8")


def _vector_flags(recipe: LangRecipe) -> list[str]:
    pt = pretrain_file(recipe)
    return ["--wordvec_pretrain_file", str(pt)] if pt else ["--no_pretrain"]


def train_step(recipe: LangRecipe, step: str, data_root: Path | None = None) -> None:
    """Run one Stanza training wrapper (train + dev/test scoring) into its own save_dir."""
    if _done(recipe.lang, step):
        log.info("%s %s: already trained, skipping", recipe.lang, step)
        return
    wrapper, charlm = _WRAPPERS[step]
    out = model_dir(recipe.lang, step)
    out.mkdir(parents=True, exist_ok=True)
    if step == "pos" and step in recipe.continue_from:
        # Stanza's tagger has no --continue_from: warm_start_tagger.py gives it one
        entry = [str(Path(__file__).with_name("warm_start_tagger.py")), str(continue_file(recipe, step))]
    elif step == "depparse" and step in recipe.continue_from:
        # the parser's --continue_from, with the data indexed by the earlier model's vocabulary
        entry = [str(Path(__file__).with_name("continue_parser.py"))]
    else:
        entry = ["-m", f"stanza.utils.training.{wrapper}"]
    cmd = [sys.executable, *entry, recipe.mix_name, "--force", "--save_dir", str(out), "--seed", str(SEED)]
    if charlm:
        cmd.append("--no_charlm")
    if step in ("pos", "depparse"):
        cmd += _vector_flags(recipe)
    if step == "depparse":
        cmd.append("--no_checkpoint")
    if step == "depparse" and step in recipe.continue_from:
        cmd += ["--continue_from", str(continue_file(recipe, step))]
    cmd += recipe.flags.get(step, [])
    env = stanza_env(data_root or WORK_DIR / "data")
    seconds = run_logged(cmd, env, WORK_DIR / "logs" / f"{recipe.lang}-{step}.log")
    for ckpt in out.glob("*_checkpoint.pt"):  # never shipped; 100+ MB
        ckpt.unlink()
    _record(recipe, step, cmd, seconds)


def make_pretrain(recipe: LangRecipe) -> None:
    pt = pretrain_file(recipe)
    if pt is None or pt.exists():
        return
    cmd = [sys.executable, str(Path(__file__).with_name("make_pretrain.py")), recipe.lang]
    run_logged(cmd, stanza_env(WORK_DIR / "data"), WORK_DIR / "logs" / f"{recipe.lang}-pretrain.log")


def retag_parser_data(recipe: LangRecipe) -> Path:
    """Prepare the depparse data again, with tags predicted by our own tagger (offline)."""
    data_pred = WORK_DIR / "data_pred" / recipe.lang
    marker = data_pred / "depparse" / "retagged.json"
    if marker.exists():
        return data_pred
    if data_pred.exists():
        shutil.rmtree(data_pred)
    tagger = find_model(recipe.lang, "pos")
    log_file = WORK_DIR / "logs" / f"{recipe.lang}-retag.log"
    if recipe.pretrain:
        cmd = [sys.executable, "-m", "stanza.utils.datasets.prepare_depparse_treebank", recipe.mix_name,
               "--no_charlm", "--tagger_model", str(tagger)] + _vector_flags(recipe)
        seconds = run_logged(cmd, stanza_env(data_pred), log_file)
    else:
        # prepare_depparse_treebank would look up (download) a default pretrain when there is none,
        # so run the tagger's predict mode directly on the gold-tag parser data, split by split.
        (data_pred / "depparse").mkdir(parents=True, exist_ok=True)
        seconds = 0.0
        for split in ("train", "dev", "test"):
            name = f"{recipe.short_name}.{split}.in.conllu"
            cmd = [sys.executable, "-m", "stanza.models.tagger", "--mode", "predict",
                   "--lang", recipe.lang, "--shorthand", recipe.short_name, "--no_pretrain",
                   "--save_dir", str(tagger.parent), "--save_name", tagger.name,
                   "--eval_file", str(WORK_DIR / "data" / "depparse" / name),
                   "--output_file", str(data_pred / "depparse" / name)]
            seconds += run_logged(cmd, stanza_env(data_pred), log_file)
    marker.write_text(json.dumps({"command": cmd, "seconds": round(seconds)}), encoding="utf-8")
    return data_pred


def add_verb_lexicon(recipe: LangRecipe) -> None:
    """Add the recipe's verb lexicon to the trained lemmatizer's dictionary, in place, once
    (verb_lexicon.py says why); a ``verb_lexicon.json`` beside the model records it."""
    spec = recipe.verb_lexicon
    marker = model_dir(recipe.lang, "lemma") / "verb_lexicon.json"
    if not spec or marker.exists():
        return
    tables = wheel_folder(spec["wheel"], spec["sha256"])
    lemma = find_model(recipe.lang, "lemma")
    cmd = [sys.executable, str(Path(__file__).with_name("verb_lexicon.py")), str(lemma), str(lemma),
           str(tables / spec["lookup"]), str(tables / spec["index"]), *spec.get("infinitive_endings", ())]
    seconds = run_logged(cmd, stanza_env(WORK_DIR / "data"), WORK_DIR / "logs" / f"{recipe.lang}-verb-lexicon.log")
    marker.write_text(json.dumps({"command": cmd, "seconds": round(seconds), **spec}, indent=2), encoding="utf-8")


def lane_a(recipe: LangRecipe) -> None:
    train_step(recipe, "tokenize")
    if recipe.use_mwt:
        train_step(recipe, "mwt")
    train_step(recipe, "lemma")
    add_verb_lexicon(recipe)


def lane_b(recipe: LangRecipe) -> None:
    make_pretrain(recipe)
    train_step(recipe, "pos")
    data_pred = retag_parser_data(recipe)
    train_step(recipe, "depparse", data_root=data_pred)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="+", choices=sorted(RECIPES))
    parser.add_argument("--lane", choices=["a", "b", "both"], default="both")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    recipes = [RECIPES[lang] for lang in args.langs]
    lanes = {"a": [lane_a], "b": [lane_b], "both": [lane_a, lane_b]}[args.lane]
    errors: list[BaseException] = []

    def run_lane(fn) -> None:
        # each lane works through the languages in order; a failure must not go unnoticed
        for recipe in recipes:
            try:
                fn(recipe)
            except BaseException as exc:  # noqa: BLE001
                log.exception("%s failed for %s", fn.__name__, recipe.lang)
                errors.append(exc)
                return

    threads = [threading.Thread(target=run_lane, args=(fn,), name=fn.__name__) for fn in lanes]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise SystemExit(f"{len(errors)} lane(s) failed; see {WORK_DIR / 'logs'}")
    log.info("trained %s under %s", " ".join(args.langs), WORK_DIR / "models")


if __name__ == "__main__":
    main()
