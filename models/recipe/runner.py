"""Helpers shared by the recipe scripts: the environment Stanza's scripts need, and logged runs.

Stanza's training scripts locate data through environment variables (UDBASE, DATA_ROOT) and try to
reach the network when resources are missing; pointing STANZA_RESOURCES_DIR at a folder with an
empty resources.json keeps every run offline and away from the user's ~/.cache/stanza.
"""
from __future__ import annotations

import logging
import os
import subprocess
import time
from pathlib import Path

from config import WORK_DIR

log = logging.getLogger("recipe.runner")


def stanza_env(data_root: Path, threads: int = 1) -> dict[str, str]:
    """Environment for one training lane: one thread, scratch data root, offline resources."""
    resources = WORK_DIR / "stanza_resources"
    resources.mkdir(parents=True, exist_ok=True)
    (resources / "resources.json").write_text("{}", encoding="utf-8")
    env = dict(os.environ)
    env.update({
        "UDBASE": str(WORK_DIR / "ud"),
        "DATA_ROOT": str(data_root),
        "STANZA_RESOURCES_DIR": str(resources),
        "OMP_NUM_THREADS": str(threads),
        "MKL_NUM_THREADS": str(threads),
        "HF_HUB_OFFLINE": "1",
        "PYTHONHASHSEED": "0",
    })
    return env


def run_logged(cmd: list[str], env: dict[str, str], log_file: Path, cwd: Path | None = None) -> float:
    """Run a command with stdout/stderr appended to log_file; raise on failure; return seconds."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    log.info("running %s (log: %s)", " ".join(cmd), log_file)
    with log_file.open("a", encoding="utf-8") as fh:
        fh.write(f"\n$ {' '.join(cmd)}\n")
        fh.flush()
        proc = subprocess.run(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, cwd=cwd or WORK_DIR)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise RuntimeError(f"command failed ({proc.returncode}) after {seconds:.0f}s, see {log_file}: {' '.join(cmd)}")
    log.info("done in %.0fs: %s", seconds, log_file.name)
    return seconds
