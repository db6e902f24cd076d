"""Find Stanza models offline and build one reusable Stanza pipeline per language.

Why this module exists: Stanza's default `Pipeline("fr")` first fetches resources.json from the
network (no timeout) and `stanza.download` fetches models from a hub that secure environments cannot
reach. eventcode therefore never downloads: it looks for models in a fixed order and fails fast,
with instructions, when there are none.

Resolution order (first hit wins):

1. an explicit ``models_dir`` argument, else the ``EVENTCODE_MODELS`` environment variable: a
   directory holding eventcode's model files (``tokenizer.pt``, ``mwt.pt``, ``pos.pt``,
   ``lemma.pt``, ``depparse.pt``, ``pretrain.pt``) directly or under ``<lang>/``, or an official
   Stanza resources directory; a mapping of Stanza keyword arguments to files is also accepted;
2. official Stanza models in Stanza's resources directory (``STANZA_RESOURCES_DIR`` or Stanza's
   default cache), used only if ``resources.json`` and every default file for the language exist;
3. the installed ``eventcode_model_<lang>`` package (``pip install models/eventcode-model-fr``);
4. otherwise :class:`ModelNotFoundError`, raised without importing torch (well under a second).

Resolution never imports stanza; only building the pipeline does.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:  # stanza pulls in torch: import it only when a pipeline is built
    import stanza
    from stanza.models.common.doc import Document

log = logging.getLogger(__name__)

ENV_MODELS = "EVENTCODE_MODELS"

#: The processors eventcode needs, in pipeline order ("mwt" is dropped where a language has none).
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")

#: Stanza keyword argument -> file name, for eventcode's own model layout (models/recipe/package.py).
MODEL_FILES: dict[str, str] = {
    "tokenize_model_path": "tokenizer.pt",
    "mwt_model_path": "mwt.pt",
    "pos_model_path": "pos.pt",
    "lemma_model_path": "lemma.pt",
    "depparse_model_path": "depparse.pt",
    "pos_pretrain_path": "pretrain.pt",
    "depparse_pretrain_path": "pretrain.pt",
}
_OPTIONAL_KEYS = {"mwt_model_path", "pos_pretrain_path", "depparse_pretrain_path"}

#: Batch sizes (pos/depparse in words, as Stanza counts them). Measured with
#: models/recipe/bench_batches.py on 150 PUD documents, one thread: these gave 72.7 sentences per
#: CPU second, Stanza's defaults 70.9 and doubled sizes 66.4, i.e. batch size barely matters on CPU;
#: these moderate values keep memory flat on long documents.
BATCH_SIZES: dict[str, int] = {
    "tokenize_batch_size": 64,
    "mwt_batch_size": 100,
    "pos_batch_size": 3000,
    "lemma_batch_size": 100,
    "depparse_batch_size": 3000,
}

ModelsArg = Union[str, os.PathLike, Mapping[str, str], None]


class ModelNotFoundError(LookupError):
    """No usable Stanza models for a language; the message says where we looked and how to get some."""


@dataclass(frozen=True)
class ModelSource:
    """Where a language's models come from; hashable, so it keys the pipeline cache."""

    lang: str
    kind: str  # "explicit", "env", "stanza" or "package"
    origin: str  # human-readable: a directory or a package name and version
    processors: str
    paths: tuple[tuple[str, str], ...] = ()  # Stanza *_model_path / *_pretrain_path kwargs
    resources_dir: str | None = None  # official Stanza resources directory (kind "stanza")

    @property
    def kwargs(self) -> dict[str, str]:
        return dict(self.paths)


# --------------------------------------------------------------------------- resolution


def _processors_for(paths: Mapping[str, str]) -> str:
    return ",".join(p for p in PROCESSORS if f"{p}_model_path" in paths)


def _paths_from_mapping(lang: str, mapping: Mapping[str, str], kind: str, origin: str) -> ModelSource:
    paths = {k: str(v) for k, v in mapping.items()}
    unknown = [k for k in paths if k not in MODEL_FILES]
    if unknown:
        raise ModelNotFoundError(f"unknown model keys {unknown} for {lang!r} (expected some of {sorted(MODEL_FILES)})")
    required = [k for k in MODEL_FILES if k not in _OPTIONAL_KEYS]
    missing = [k for k in required if k not in paths] + [f"{k}={v}" for k, v in paths.items() if not Path(v).is_file()]
    if missing:
        raise ModelNotFoundError(f"Stanza models for {lang!r} from {origin} are incomplete; missing: {', '.join(missing)}")
    return ModelSource(lang=lang, kind=kind, origin=origin, processors=_processors_for(paths),
                       paths=tuple(sorted(paths.items())))


def _eventcode_layout(lang: str, directory: Path) -> dict[str, str] | None:
    """Model files in eventcode's layout under directory (or directory/<lang>), if complete."""
    for candidate in (directory / lang, directory / f"eventcode_model_{lang}", directory):
        files = {k: candidate / name for k, name in MODEL_FILES.items()}
        if all(files[k].is_file() for k in MODEL_FILES if k not in _OPTIONAL_KEYS):
            return {k: str(p) for k, p in files.items() if p.is_file()}
    return None


def _from_directory(lang: str, directory: Path, kind: str) -> ModelSource:
    paths = _eventcode_layout(lang, directory)
    if paths is not None:
        return _paths_from_mapping(lang, paths, kind, str(directory))
    official = _official_source(lang, directory)
    if official is not None:
        return ModelSource(lang=lang, kind=kind, origin=official.origin, processors=official.processors,
                           resources_dir=official.resources_dir)
    expected = ", ".join(sorted({v for k, v in MODEL_FILES.items() if k not in _OPTIONAL_KEYS}))
    raise ModelNotFoundError(
        f"no Stanza models for {lang!r} in {directory} ({'argument models_dir' if kind == 'explicit' else ENV_MODELS}): "
        f"expected {expected} in {directory} or {directory / lang}, or an official Stanza resources "
        f"directory with resources.json and the {lang!r} models")


def stanza_resources_dir() -> Path:
    """Stanza's resources directory, computed as stanza.resources.common does, without importing stanza.

    Stanza: ``STANZA_RESOURCES_DIR`` or ``user_cache_dir('stanza', 'StanfordNLP', __resources_version__)/resources``.
    """
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return Path(tempfile.gettempdir()) / "stanza-not-installed"
    version_file = Path(next(iter(spec.submodule_search_locations))) / "_version.py"
    match = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)", version_file.read_text(encoding="utf-8"))
    from platformdirs import user_cache_dir  # a stanza dependency, light to import

    return Path(user_cache_dir("stanza", "StanfordNLP", match.group(1) if match else None)) / "resources"


def _official_source(lang: str, resources_dir: Path) -> ModelSource | None:
    """Official Stanza models for lang in resources_dir, if resources.json and every file are there."""
    resources_json = resources_dir / "resources.json"
    if not resources_json.is_file():
        return None
    try:
        resources = json.loads(resources_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("unreadable Stanza resources file %s; ignoring it", resources_json)
        return None
    entry = resources.get(lang)
    if isinstance(entry, dict) and "alias" in entry:
        lang, entry = entry["alias"], resources.get(entry["alias"])
    if not isinstance(entry, dict):
        return None
    defaults = entry.get("default_processors") or {}
    wanted = [p for p in PROCESSORS if p in defaults]
    if not all(p in defaults for p in PROCESSORS if p != "mwt"):
        return None
    for proc in wanted:
        package = defaults[proc]
        needed = [resources_dir / lang / proc / f"{package}.pt"]
        for dep in (entry.get(proc, {}).get(package, {}) or {}).get("dependencies", []) or []:
            needed.append(resources_dir / lang / dep["model"] / f"{dep['package']}.pt")
        if not all(p.is_file() for p in needed):
            log.debug("official Stanza %s models incomplete in %s (missing %s)", lang, resources_dir,
                      [str(p) for p in needed if not p.is_file()])
            return None
    return ModelSource(lang=lang, kind="stanza", origin=str(resources_dir), processors=",".join(wanted),
                       resources_dir=str(resources_dir))


def _package_source(lang: str) -> ModelSource | None:
    name = f"eventcode_model_{lang}"
    if importlib.util.find_spec(name) is None:
        return None
    module = importlib.import_module(name)
    return _paths_from_mapping(lang, module.model_paths(), "package",
                               f"{name} {getattr(module, '__version__', '?')}")


def resolve_models(lang: str, models_dir: ModelsArg = None) -> ModelSource:
    """Find the models for lang in the documented order, or raise ModelNotFoundError quickly."""
    if models_dir is not None:
        if isinstance(models_dir, Mapping):
            return _paths_from_mapping(lang, models_dir, "explicit", "models_dir mapping")
        return _from_directory(lang, Path(models_dir), "explicit")
    env = os.environ.get(ENV_MODELS)
    if env:
        return _from_directory(lang, Path(env), "env")
    resources_dir = stanza_resources_dir()
    official = _official_source(lang, resources_dir)
    if official is not None:
        return official
    package = _package_source(lang)
    if package is not None:
        return package
    raise ModelNotFoundError(
        f"No Stanza models found for language {lang!r}. Looked for: the models_dir argument and "
        f"${ENV_MODELS} (unset); official Stanza models in {resources_dir} (none for {lang!r}; eventcode "
        f"never downloads them); the Python package eventcode_model_{lang} (not installed). "
        f"To get models: `pip install models/eventcode-model-{lang}` from the eventcode repository "
        f"(or `make models` to train them), or set {ENV_MODELS} to a directory with tokenizer.pt, "
        f"pos.pt, lemma.pt, depparse.pt.")


# --------------------------------------------------------------------------- pipelines

_PIPELINES: dict[tuple, "stanza.Pipeline"] = {}
_LOCK = threading.Lock()


def _empty_resources_dir() -> Path:
    """A private directory whose resources.json is `{}`: Stanza needs one even with explicit paths."""
    directory = Path(tempfile.gettempdir()) / f"eventcode-stanza-{os.getuid() if hasattr(os, 'getuid') else 'u'}"
    directory.mkdir(parents=True, exist_ok=True)
    resources = directory / "resources.json"
    if not resources.is_file() or resources.read_text(encoding="utf-8").strip() != "{}":
        tmp = directory / f"resources.json.{os.getpid()}"
        tmp.write_text("{}", encoding="utf-8")
        tmp.replace(resources)
    return directory


def _build(source: ModelSource, options: dict[str, object]) -> "stanza.Pipeline":
    import stanza

    config: dict[str, object] = {**BATCH_SIZES, **options}
    config.setdefault("logging_level", "WARN")
    if source.resources_dir is not None:
        directory = source.resources_dir
    else:
        directory = str(_empty_resources_dir())
        config.update(source.kwargs)
    log.info("loading Stanza %s pipeline (%s) from %s", source.lang, source.processors, source.origin)
    stanza_logger = logging.getLogger("stanza")
    quiet = _DropUnsupportedLanguage()
    if source.resources_dir is None:  # our resources.json is empty on purpose: the warning is noise
        stanza_logger.addFilter(quiet)
    try:
        return stanza.Pipeline(lang=source.lang, dir=directory, processors=source.processors,
                               download_method=None, **config)
    finally:
        stanza_logger.removeFilter(quiet)


class _DropUnsupportedLanguage(logging.Filter):
    """Drops Stanza's "Unsupported language" warning, which an empty resources.json always triggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Unsupported language")


def load_pipeline(lang: str, models_dir: ModelsArg = None, **options: object) -> "stanza.Pipeline":
    """The Stanza pipeline for lang, built once per (models, options) and reused.

    options are passed to stanza.Pipeline (e.g. ``use_gpu=False`` or other batch sizes).
    """
    source = resolve_models(lang, models_dir)
    # keyed on the files, not on how they were found: the package found by default and the same
    # package's paths passed explicitly share one pipeline
    key = (source.lang, source.processors, source.paths, source.resources_dir, tuple(sorted(options.items())))
    with _LOCK:
        pipeline = _PIPELINES.get(key)
        if pipeline is None:
            pipeline = _build(source, dict(options))
            _PIPELINES[key] = pipeline
    return pipeline


def parse_text(text: str, lang: str, *, pipeline: "stanza.Pipeline | None" = None) -> "Document":
    """Tokenize, tag, lemmatize and parse raw text into a Stanza Document.

    Sentences the tokenizer ended without sentence-final punctuation inside a line are merged with
    the next one before tagging (:func:`merge_unfinished_sentences`).
    """
    import stanza

    nlp = pipeline if pipeline is not None else load_pipeline(lang)
    return _parse(nlp, [stanza.Document([], text=text)], lang)[0]


def parse_texts(texts: list[str], lang: str, *, pipeline: "stanza.Pipeline | None" = None) -> list["Document"]:
    """Parse many texts in one go; Stanza batches across documents, which is faster than one by one."""
    import stanza

    nlp = pipeline if pipeline is not None else load_pipeline(lang)
    return _parse(nlp, [stanza.Document([], text=t) for t in texts], lang)


def _parse(nlp: "stanza.Pipeline", docs: list["Document"], lang: str) -> list["Document"]:
    """Tokenize (with MWT), merge unfinished sentences, tag and lemmatize, repair the tags of
    unambiguous verb forms (:func:`repair_verb_tags`), then parse, each step in bulk."""
    if not docs:
        return []
    if "tokenize" not in nlp.processors:
        return nlp.process(docs)
    tokenized = nlp.process(docs, processors="tokenize")  # Stanza adds mwt where the pipeline has it
    rest = [name for name in nlp.processors if name not in ("tokenize", "mwt")]
    merged = [merge_unfinished_sentences(doc) for doc in tokenized]
    if not rest:
        return merged
    tagging = [name for name in rest if name != "depparse"]
    if len(tagging) == len(rest) or "pos" not in tagging:
        return nlp.process(merged, processors=rest)
    tagged = nlp.process(merged, processors=tagging)
    for doc in tagged:
        repair_verb_tags(doc, lang)
    return nlp.process(tagged, processors="depparse")


#: Past-tense forms that are never a noun, an adjective or a name when written in lower case,
#: with their lemma: a tagger without word vectors sometimes calls an irregular past tense it has
#: rarely seen a noun ("The UN **withdrew**/NOUN peacekeepers"), and the parser then builds the
#: sentence around the wrong word.
VERB_ONLY_PAST_FORMS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "withdrew": "withdraw", "fled": "flee", "froze": "freeze", "overran": "overrun", "overthrew": "overthrow",
        "forgave": "forgive", "undertook": "undertake", "underwent": "undergo", "withheld": "withhold",
        "sought": "seek", "strove": "strive", "swore": "swear", "forbade": "forbid", "foresaw": "foresee",
        "shook": "shake", "began": "begin", "threw": "throw", "grew": "grow", "knew": "know", "flew": "fly",
        "chose": "choose", "spoke": "speak", "stole": "steal", "took": "take", "gave": "give", "wrote": "write",
        "drove": "drive", "ran": "run", "sank": "sink", "fought": "fight", "brought": "bring", "bought": "buy",
        "taught": "teach", "caught": "catch", "overtook": "overtake",
    },
}


def repair_verb_tags(doc: "Document", lang: str) -> int:
    """Retag as a finite past-tense verb each lower-case word of :data:`VERB_ONLY_PAST_FORMS`
    that the tagger made something else, before the parser reads the tags. Returns how many."""
    forms = VERB_ONLY_PAST_FORMS.get(lang, {})
    repaired = 0
    for sentence in doc.sentences if forms else ():
        for word in sentence.words:
            lemma = forms.get(word.text)
            if lemma is None or word.upos in ("VERB", "AUX"):
                continue
            word.upos, word.xpos, word.lemma = "VERB", "VBD", lemma
            word.feats = "Mood=Ind|Tense=Past|VerbForm=Fin"
            repaired += 1
    return repaired


#: Characters that end a sentence; :data:`CLOSING` quotes and brackets after them are skipped.
SENTENCE_FINAL = frozenset(".!?…")
CLOSING = frozenset("\"'»”’)]}")


def _is_finished(tokens: list) -> bool:
    """Whether a sentence's last token (after closing quotes and brackets) ends a sentence."""
    for token in reversed(tokens):
        text = token.text.strip()
        if text and all(char in CLOSING for char in text):
            continue
        return bool(text) and text[-1] in SENTENCE_FINAL
    return True  # nothing but closing punctuation: leave it as the tokenizer had it


def merge_unfinished_sentences(doc: "Document") -> "Document":
    """Join each sentence that ends without sentence-final punctuation to the next one on its line.

    Why: the tokenizer sometimes ends a sentence in the middle of a name or a clause ("Kim Jong |
    Un se sont retrouvés"), and every later processor then works on two fragments. In running
    news text a sentence ends with ``.``, ``!``, ``?`` or ``…`` (possibly followed by closing
    quotes or brackets); headlines, captions and list items without one stand on their own line,
    so a sentence is only merged with the next when no line break separates them. Needs the
    tokenized (and MWT-expanded) document with character offsets; the result has the same tokens,
    renumbered, in fewer sentences. A document without such a break is returned as it is.
    """
    import stanza

    sentences = doc.sentences
    if len(sentences) < 2 or doc.text is None:
        return doc
    groups: list[list] = [[sentences[0]]]
    for previous, current in zip(sentences, sentences[1:]):
        end, start = previous.tokens[-1].end_char, current.tokens[0].start_char
        same_line = end is not None and start is not None and "\n" not in doc.text[end:start]
        if same_line and not _is_finished(previous.tokens):
            groups[-1].append(current)
        else:
            groups.append([current])
    if len(groups) == len(sentences):
        return doc
    merged = stanza.Document([_joined(group) for group in groups], text=doc.text)
    merged.lang = doc.lang
    return merged


def _joined(group: list) -> list[dict]:
    """The CoNLL-U dicts of consecutive sentences as one sentence, word ids renumbered."""
    entries: list[dict] = []
    offset = 0
    for sentence in group:
        for entry in sentence.to_dict():
            entry = dict(entry)
            ident = entry["id"]
            entry["id"] = tuple(i + offset for i in ident) if isinstance(ident, (tuple, list)) else ident + offset
            entries.append(entry)
        offset += len(sentence.words)
    return entries


def clear_cache() -> None:
    """Forget the cached pipelines (frees their memory; the next load builds afresh)."""
    with _LOCK:
        _PIPELINES.clear()
