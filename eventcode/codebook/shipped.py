"""Where the codebooks shipped with eventcode live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def shipped_dir() -> Path:
    """The folder of shipped codebooks: the repository's ``codebooks/`` in a checkout or an
    editable install, ``eventcode/_codebooks`` (copied by setup.cfg) in a regular install."""
    checkout = _PACKAGE_DIR.parent / "codebooks"
    if (checkout / "cameo.yaml").is_file():
        return checkout
    return _PACKAGE_DIR / "_codebooks"
