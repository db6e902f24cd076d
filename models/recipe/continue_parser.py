"""Run Stanza's parser training with --continue_from, the data indexed by the earlier model's vocabulary.

Why: with --continue_from, Stanza 1.15 loads the earlier parser (weights and vocabulary) but indexes
the training data with a vocabulary built afresh from that data. When the parser data was re-tagged
by a new tagger, the predicted tags and features differ, so the two vocabularies differ and the
ids no longer match the embeddings (an IndexError, or silently wrong rows when the sizes happen to
agree). Here every data loader built without a vocabulary gets the earlier model's: a tag or
feature the earlier model never saw is read as unknown, as at prediction time.

When the earlier parser read no word vectors and this run gives a pretrain (no --no_pretrain),
Stanza cannot load it into a parser that reads them: the parser is built afresh instead and the
earlier weights are grafted into it (graft.py).

Usage: python continue_parser.py <the arguments of stanza.utils.training.run_depparse, with --continue_from FILE>
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import torch

import stanza.models.parser as parser
from stanza.models.pos.vocab import MultiVocab
from stanza.utils.training import run_depparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

from graft import graft  # noqa: E402


def _earlier_checkpoint(argv: list[str]) -> dict:
    if "--continue_from" not in argv:
        raise SystemExit("continue_parser.py needs --continue_from FILE")
    path = argv[argv.index("--continue_from") + 1]
    return torch.load(path, map_location="cpu", weights_only=True)


def _grafting_trainer_class(earlier: dict) -> type:
    """A GraphTrainer whose first from-scratch construction takes the earlier parser's weights."""
    fresh = parser.GraphTrainer

    class GraftingTrainer(fresh):
        started = False

        def __init__(self, args=None, vocab=None, pretrain=None, model=None, **kwargs):
            super().__init__(args=args, vocab=vocab, pretrain=pretrain, model=model, **kwargs)
            if model is None and not GraftingTrainer.started:
                GraftingTrainer.started = True
                # the parser's input: the transformed vectors first, then words, lemmas, tags, characters
                graft(self.model, earlier["model"], offset=0, width=args["transformed_dim"])

    return GraftingTrainer


def main() -> None:
    # what graft.py did goes into the training log (Stanza logs through its own handler)
    graft_log = logging.getLogger("recipe.graft")
    graft_log.setLevel(logging.INFO)
    graft_log.addHandler(logging.StreamHandler())
    earlier = _earlier_checkpoint(sys.argv)
    earlier_vocab = MultiVocab.load_state_dict(earlier["vocab"])
    fresh = parser.DataLoader

    class EarlierVocabDataLoader(fresh):
        def __init__(self, doc, batch_size, args, pretrain, vocab=None, **kwargs):
            super().__init__(doc, batch_size, args, pretrain, vocab=vocab or earlier_vocab, **kwargs)

    parser.DataLoader = EarlierVocabDataLoader
    if not earlier["config"]["pretrain"] and "--no_pretrain" not in sys.argv:
        at = sys.argv.index("--continue_from")
        del sys.argv[at:at + 2]
        parser.GraphTrainer = _grafting_trainer_class(earlier)
    run_depparse.main()


if __name__ == "__main__":
    main()
