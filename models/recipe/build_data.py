"""Build a language's training mix from the UD treebanks and run Stanza's data preparation.

Why a mix folder: Stanza's `prepare_*_treebank` scripts read exactly one
`$UDBASE/UD_<Lang>-<Name>/<short>-ud-{train,dev,test}.conllu` triple, so the treebanks chosen in
config.py are concatenated into `WORK_DIR/ud/UD_<Lang>-Mix/` (scratch, outside git) first.

`--gold` is passed to the lemma and depparse preparation because their default re-tags with a
downloaded tagger, which cannot work offline (pilot §3, §7).

Usage: python models/recipe/build_data.py fr
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from config import RECIPES, UD_DIR, WORK_DIR, LangRecipe  # noqa: E402
from runner import run_logged, stanza_env  # noqa: E402

log = logging.getLogger("recipe.build_data")


def write_mix(recipe: LangRecipe, ud_dir: Path, out_base: Path) -> dict[str, int]:
    """Concatenate the recipe's treebank parts into one CoNLL-U file per split.

    Returns the number of sentences per split (written into the package metadata later).
    """
    folder = out_base / recipe.mix_name
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for split, parts in (("train", recipe.train), ("dev", recipe.dev), ("test", recipe.test)):
        target = folder / f"{recipe.short_name}-ud-{split}.conllu"
        n_sent = 0
        with target.open("w", encoding="utf-8") as out:
            for part in parts:
                src = part.path(ud_dir)
                if "PUD" in src.parent.name:
                    raise ValueError(f"PUD is held out for evaluation and must not be trained on: {src}")
                text = src.read_text(encoding="utf-8").strip("\n")
                n_sent += sum(1 for block in text.split("\n\n") if block.strip())
                out.write(text + "\n\n")
        counts[split] = n_sent
        log.info("%s: %d sentences from %s", target.name, n_sent, [p.treebank + ":" + p.split for p in parts])
    (folder / "mix.json").write_text(json.dumps({
        "train": [f"{p.treebank}:{p.split}" for p in recipe.train],
        "dev": [f"{p.treebank}:{p.split}" for p in recipe.dev],
        "test": [f"{p.treebank}:{p.split}" for p in recipe.test],
        "sentences": counts,
    }, indent=2), encoding="utf-8")
    return counts


def prepare(recipe: LangRecipe) -> None:
    """Run Stanza's preparation scripts for every processor the recipe trains."""
    env = stanza_env(WORK_DIR / "data")
    tasks = ["tokenizer"] + (["mwt"] if recipe.use_mwt else []) + ["pos", "lemma", "depparse"]
    for task in tasks:
        cmd = [sys.executable, "-m", f"stanza.utils.datasets.prepare_{task}_treebank", recipe.mix_name]
        if task in ("lemma", "depparse"):
            cmd.append("--gold")
        run_logged(cmd, env, WORK_DIR / "logs" / f"{recipe.lang}-prepare-{task}.log")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(RECIPES))
    parser.add_argument("--ud-dir", type=Path, default=UD_DIR)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    recipe = RECIPES[args.lang]
    write_mix(recipe, args.ud_dir, WORK_DIR / "ud")
    prepare(recipe)


if __name__ == "__main__":
    main()
