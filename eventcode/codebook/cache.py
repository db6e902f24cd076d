"""An on-disk cache of compiled codebooks, so that a process starts coding without re-parsing YAML.

Reading, checking and compiling the shipped codebooks takes a few tenths of a second (YAML
parsing with node marks is most of it); every CLI call, test worker and Dask worker pays it.
A compiled codebook is a pure function of the files that could be read (the given paths and
every shipped codebook, which ``extends`` may pull in), the language filter, the working
directory (non-shipped files are named as given in rule locations), eventcode's version and the
source of the codebook stage itself (``eventcode/codebook/*.py``, so that a developer's edit of
the compiler is never served an old compilation): their hash is the cache key. Editing any
codebook file gives a new key, never a stale hit.

``EVENTCODE_CACHE`` names the cache folder (default ``$XDG_CACHE_HOME/eventcode``, else
``~/.cache/eventcode``); ``EVENTCODE_CACHE=off`` turns the cache off. Only codebooks without
errors are cached, with their warnings, which are logged again on a hit. A cache that cannot be
read or written is skipped (logged at debug level): it never makes a load fail.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import logging
import os
import pickle
import types
from collections.abc import Iterable
from pathlib import Path

from eventcode.codebook.compiled import CompiledCodebook
from eventcode.codebook.errors import CodebookError
from eventcode.codebook.shipped import shipped_dir

log = logging.getLogger(__name__)

#: Bumped whenever the pickled form of a compiled codebook changes meaning.
CACHE_FORMAT = "16"  # 2: discards, trigger forms, role fallback/first/paths; 3: Profile.slots_of_relation; 4: Agent.prefix; 5: agents_by_id, Profile.time_words; 6: the default profile's prt slot; 7: unresolved_actors; 8: advmod in the prt slot; 9: Profile.country_nouns; 10: the default profile's amod slot; 11: Operator.marks; 12: Profile.document_nouns; 13: Profile.intention_nouns; 14: Profile.condition_marks; 15: agent_codes; 16: CompiledCodebook.object_operators
#: The newest entries kept in the cache folder; older ones are removed when one is written.
KEEP_ENTRIES = 32
_DISABLED = {"off", "0", "no", "false", ""}


def cache_dir() -> Path | None:
    """The cache folder, or None when ``EVENTCODE_CACHE`` turns the cache off."""
    setting = os.environ.get("EVENTCODE_CACHE")
    if setting is not None:
        return None if setting.strip().lower() in _DISABLED else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventcode"


def cache_key(paths: Iterable[str | Path], language: str | None) -> str:
    """The hash of everything a compiled codebook depends on (see the module docstring)."""
    from eventcode import __version__
    from eventcode.codebook.compile import ENGINE_VERSION

    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{__version__}\0{ENGINE_VERSION}\0{language}\0{os.getcwd()}".encode())
    given = [Path(p) for p in paths]
    files: list[Path] = []
    for path in given:
        digest.update(b"\0path\0" + str(path).encode())
        files += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    shipped = shipped_dir()
    files += sorted(shipped.rglob("*.yaml")) if shipped.is_dir() else []
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(b"\0code\0" + source.read_bytes())
    for file in files:
        digest.update(b"\0file\0" + str(file.resolve()).encode() + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")  # the load reports it; such a codebook is never cached
    return digest.hexdigest()


def read(key: str) -> tuple[CompiledCodebook, list[CodebookError]] | None:
    """The cached codebook and its warnings, or None (no entry, or an unreadable one)."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            codebook, warnings = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or foreign file: rebuild it
        log.debug("ignoring codebook cache entry %s: %s", path, exc)
        return None
    if not isinstance(codebook, CompiledCodebook):
        return None
    return codebook, list(warnings)


def write(key: str, codebook: CompiledCodebook, warnings: list[CodebookError]) -> None:
    """Store a compiled codebook (atomically: a reader never sees half a file), then prune."""
    folder = cache_dir()
    if folder is None:
        return
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = copyreg.dispatch_table.copy()
    pickler.dispatch_table[types.MappingProxyType] = _reduce_proxy
    try:
        pickler.dump((codebook, warnings))
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.tmp"
        temporary.write_bytes(buffer.getvalue())
        os.replace(temporary, folder / f"{key}.pickle")
        _prune(folder)
    except Exception as exc:  # read-only home, full disk, an unpicklable user extension...
        log.debug("codebook cache not written to %s: %s", folder, exc)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[KEEP_ENTRIES:]:
        stale.unlink(missing_ok=True)


def _mapping_proxy(mapping: dict) -> types.MappingProxyType:
    """Rebuilds a read-only mapping on unpickling (``mappingproxy`` cannot be pickled as such)."""
    return types.MappingProxyType(mapping)


def _reduce_proxy(proxy: types.MappingProxyType) -> tuple:
    return _mapping_proxy, (dict(proxy),)
