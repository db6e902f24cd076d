"""Run Stanza's POS-tagger training starting from an earlier tagger's weights.

Why: Stanza 1.15's parser takes --continue_from but its tagger does not, and training a tagger from
scratch again costs hours on this machine. Stanza's own trainer already knows how to start training
from a saved model (it does so when it reloads its best model mid-run: a loaded model, a fresh
optimizer); this script makes the first trainer it builds do the same from the given file. The
weights index words, tags and features by the earlier model's vocabulary, so the data are indexed
by it too (as continue_parser.py does for the parser): a word the earlier training data did not
hold often enough is read as unknown, as at prediction time, which lets a tagger train on with
more data than it first had (tried for English with EWT train + dev, docs/models.md). When the earlier tagger
read no word vectors and this run gives a pretrain, the earlier weights are grafted into a tagger
that reads them (graft.py).

Usage: python warm_start_tagger.py EARLIER_MODEL.pt <the arguments of stanza.utils.training.run_pos>
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import torch

import stanza.models.tagger as tagger
from stanza.models.pos.vocab import MultiVocab
from stanza.utils.training import run_pos

sys.path.insert(0, str(Path(__file__).resolve().parent))

from graft import graft  # noqa: E402


def _earlier_vocabulary_dataset_class(earlier: MultiVocab) -> type:
    """A tagger Dataset whose training vocabulary is the earlier model's, not one built from the data."""

    class EarlierVocabularyDataset(tagger.Dataset):
        @staticmethod
        def init_vocab(docs, args, tag_columns=None):
            return earlier

    return EarlierVocabularyDataset


def _warm_trainer_class(start_from: str, earlier: dict) -> type:
    """A Trainer whose first from-scratch construction loads `start_from` instead."""
    fresh = tagger.Trainer

    class WarmTrainer(fresh):
        started = False

        def __init__(self, args=None, vocab=None, pretrain=None, model_file=None, device=None,
                     foundation_cache=None):
            if model_file is None and vocab is not None and not WarmTrainer.started:
                WarmTrainer.started = True
                if args["pretrain"] and not earlier["config"]["pretrain"]:
                    super().__init__(args=args, vocab=vocab, pretrain=pretrain, device=device,
                                     foundation_cache=foundation_cache)
                    # the tagger's input: word embedding, then the transformed vectors, then characters
                    graft(self.model, earlier["model"], offset=args["word_emb_dim"], width=args["transformed_dim"])
                    return
                super().__init__(args=args, vocab=vocab, pretrain=pretrain, model_file=start_from,
                                 device=device, foundation_cache=foundation_cache)
                return
            super().__init__(args=args, vocab=vocab, pretrain=pretrain, model_file=model_file, device=device,
                             foundation_cache=foundation_cache)

    return WarmTrainer


def main() -> None:
    # what graft.py did goes into the training log (Stanza logs through its own handler)
    graft_log = logging.getLogger("recipe.graft")
    graft_log.setLevel(logging.INFO)
    graft_log.addHandler(logging.StreamHandler())
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    start_from = sys.argv[1]
    sys.argv = [sys.argv[0], *sys.argv[2:]]
    earlier = torch.load(start_from, map_location="cpu", weights_only=True)
    tagger.Dataset = _earlier_vocabulary_dataset_class(MultiVocab.load_state_dict(earlier["vocab"]))
    tagger.Trainer = _warm_trainer_class(start_from, earlier)
    run_pos.main()


if __name__ == "__main__":
    main()
