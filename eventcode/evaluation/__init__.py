"""Evaluation on public dev sets: ``eventcode eval DATASET``.

Each dataset is a sibling module that exposes ``NAME``, ``add_arguments(parser)`` and
``run(args) -> int``; :data:`DATASETS` lists them for the command line. A new dataset of
../shared/devsets is added as a module beside these and registered here.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

#: dataset name on the command line -> module under eventcode.evaluation
DATASETS: dict[str, str] = {
    "petrarch-unittest": "eventcode.evaluation.petrarch_unittest",
    "cameo-manual": "eventcode.evaluation.cameo_manual",
    "ngec-actors": "eventcode.evaluation.ngec_actors",
    "conflibert": "eventcode.evaluation.conflibert",
}

#: ../shared beside the repository, the default place of the dev sets
DEFAULT_SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def dataset(name: str) -> ModuleType:
    return importlib.import_module(DATASETS[name])
