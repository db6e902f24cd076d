"""Run Stanza's parser training with --continue_from, the data indexed by the earlier model's vocabulary.

Why: with --continue_from, Stanza 1.15 loads the earlier parser (weights and vocabulary) but indexes
the training data with a vocabulary built afresh from that data. When the parser data was re-tagged
by a new tagger, the predicted tags and features differ, so the two vocabularies differ and the
ids no longer match the embeddings (an IndexError, or silently wrong rows when the sizes happen to
agree). Here every data loader built without a vocabulary gets the earlier model's: a tag or
feature the earlier model never saw is read as unknown, as at prediction time.

Usage: python continue_parser.py <the arguments of stanza.utils.training.run_depparse, with --continue_from FILE>
"""
from __future__ import annotations

import sys

import torch

import stanza.models.parser as parser
from stanza.models.pos.vocab import MultiVocab
from stanza.utils.training import run_depparse


def _earlier_vocab(argv: list[str]) -> MultiVocab:
    if "--continue_from" not in argv:
        raise SystemExit("continue_parser.py needs --continue_from FILE")
    path = argv[argv.index("--continue_from") + 1]
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    return MultiVocab.load_state_dict(checkpoint["vocab"])


def main() -> None:
    earlier = _earlier_vocab(sys.argv)
    fresh = parser.DataLoader

    class EarlierVocabDataLoader(fresh):
        def __init__(self, doc, batch_size, args, pretrain, vocab=None, **kwargs):
            super().__init__(doc, batch_size, args, pretrain, vocab=vocab or earlier, **kwargs)

    parser.DataLoader = EarlierVocabDataLoader
    run_depparse.main()


if __name__ == "__main__":
    main()
