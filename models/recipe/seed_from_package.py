"""Put a shipped package's models back into the recipe's work folder, to train one step further.

Why: the work folder (work-models/, gitignored) is lost with the machine, and retraining every step
to improve one of them costs hours. This writes the packaged models of the steps that are *not*
retrained back as finished steps (float16 weights cast back to float32, a step.json rebuilt from the
package's metadata.json), restores the pretrain, and extracts each `continue_from` file with the git
command the recipe records for it. Then `train.py <lang> --lane b` retrains only what is missing.

Usage: python models/recipe/seed_from_package.py fr --retrain depparse
"""
from __future__ import annotations

import argparse
import json
import logging
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from config import RECIPES, REPO_ROOT, WORK_DIR, LangRecipe  # noqa: E402
from package import _STEP_OF, HALF_PRECISION  # noqa: E402
from train import model_dir, pretrain_file  # noqa: E402

log = logging.getLogger("recipe.seed")


def _store_full_precision(src: Path, dst: Path) -> None:
    """Copy a packaged model with its float16 weights cast back to float32 (as training wrote it)."""
    import torch

    checkpoint = torch.load(src, map_location="cpu", weights_only=True)
    checkpoint["model"] = {k: (v.float() if torch.is_tensor(v) and v.dtype == torch.float16 else v)
                           for k, v in checkpoint["model"].items()}
    torch.save(checkpoint, dst)


def _training_data(metadata: dict, step: str) -> dict:
    """The mix a packaged step was trained on (packages up to fr 0.5.0 and en 0.7.0 name one mix for all steps)."""
    data = metadata["training_data"]
    return data if "train" in data else data[step]


def seed(recipe: LangRecipe, retrain: set[str]) -> None:
    pkg = REPO_ROOT / "models" / f"eventcode-model-{recipe.lang}" / f"eventcode_model_{recipe.lang}"
    if not (pkg / "metadata.json").is_file():
        raise SystemExit(f"no package to seed from: {pkg / 'metadata.json'} is missing")
    metadata = json.loads((pkg / "metadata.json").read_text(encoding="utf-8"))
    source = f"eventcode-model-{recipe.lang} {metadata['version']}"
    for name, step in sorted(_STEP_OF.items()):
        if not (pkg / name).exists() or step in retrain:
            continue
        out = model_dir(recipe.lang, step)
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        if name in HALF_PRECISION:
            _store_full_precision(pkg / name, out / name)
        else:
            shutil.copyfile(pkg / name, out / name)
        # the package keeps each command without its interpreter (package.py drops the first word)
        info = {"command": [sys.executable, *metadata["commands"][step]], "seconds": metadata["training_seconds"][step],
                "seed": metadata["seed"], "versions": metadata["versions"], "seeded_from": source,
                "training_data": _training_data(metadata, step)}
        if metadata.get("notes", {}).get(step):
            info["note"] = metadata["notes"][step]
        (out / "step.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
        log.info("%s %s: seeded from %s", recipe.lang, step, source)
    for step in retrain:
        if model_dir(recipe.lang, step).exists():
            shutil.rmtree(model_dir(recipe.lang, step))
    pretrain = pretrain_file(recipe)
    if pretrain is not None and not pretrain.exists() and (pkg / "pretrain.pt").exists():
        pretrain.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pkg / "pretrain.pt", pretrain)
    # the parser data must be re-tagged by the seeded tagger
    shutil.rmtree(WORK_DIR / "data_pred" / recipe.lang, ignore_errors=True)
    for step, (file_name, extract) in recipe.continue_from.items():
        target = WORK_DIR / "models" / recipe.lang / file_name
        if step in retrain and not target.exists():
            done = subprocess.run(shlex.split(extract), cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if done.returncode != 0:
                raise SystemExit(f"{recipe.lang} {step}: cannot extract the model it continues from with "
                                 f"`{extract}` (config.py continue_from): {done.stderr.decode().strip()}")
            target.write_bytes(done.stdout)
            log.info("%s %s: continues from %s (%s)", recipe.lang, step, target, extract)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(RECIPES))
    parser.add_argument("--retrain", action="append", default=[], choices=sorted(set(_STEP_OF.values())),
                        help="a step to train again (repeatable); every other packaged step is seeded")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    seed(RECIPES[args.lang], set(args.retrain))


if __name__ == "__main__":
    main()
