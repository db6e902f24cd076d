"""Load a module of the model recipe (models/recipe/, a folder of scripts, not a package) by file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

RECIPE = Path(__file__).resolve().parents[1] / "models" / "recipe"


def recipe_module(name: str) -> ModuleType:
    """``models/recipe/<name>.py`` as a module (registered, so that its dataclasses resolve)."""
    spec = importlib.util.spec_from_file_location(f"recipe_{name}", RECIPE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
