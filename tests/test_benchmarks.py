"""The benchmark's own machinery (benchmarks/run.py): its inputs are valid. No speed is asserted."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.run import DOC_SENTENCES, documents_text, synthetic_codebook  # noqa: E402
from eventcode.codebook import load_codebook  # noqa: E402
from eventcode.parsing.conllu import read_conllu, split_conllu  # noqa: E402

SAMPLE = REPO / "tests" / "data" / "sample.fr.conllu"


def test_documents_text_repeats_sentences_into_documents() -> None:
    block = "".join(line for line in SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith("# newdoc"))
    documents = list(read_conllu("".join(documents_text([block], 45))))
    assert [DOC_SENTENCES, DOC_SENTENCES, 5] == [len(d.sentences) for d in documents]
    assert {"2025-10-27"} == {d.date for d in documents}


def test_documents_text_is_lazy_enough_to_stream() -> None:
    """A million sentences are never one string: the generator yields one sentence at a time."""
    pieces = documents_text(["1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n"], 1_000_000)
    chunks = split_conllu(line for piece in pieces for line in piece.splitlines(keepends=True))
    assert 1 == next(chunks).ordinal


def test_synthetic_codebooks_load(tmp_path: Path, caplog) -> None:
    shipped = load_codebook(language="fr")
    with caplog.at_level(logging.ERROR):
        new = load_codebook(synthetic_codebook("fr", 3, tmp_path, same_lemmas=False), language="fr")
        same = load_codebook(synthetic_codebook("fr", 3, tmp_path, same_lemmas=True), language="fr")
    assert len(new.triggers) == 3 * len(shipped.triggers)
    assert set(same.triggers) == set(shipped.triggers)
    assert all(len(same.triggers[k]) >= 3 * len(shipped.triggers[k]) for k in shipped.triggers)
