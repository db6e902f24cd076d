"""Start a tagger or parser that reads word vectors from an earlier one trained without them.

Why: the English tagger and parser were trained for hours without word vectors (none installed
here until en_core_web_md's did). Training them again from scratch with vectors costs those
hours again; growing the earlier models keeps what they learnt. Stanza feeds the vectors to the
first LSTM layer as `transformed_dim` more input features (after `trans_pretrained`), so the
earlier weights fit the new model everywhere but in the parameters that read the input: the
first layer's LSTM input weights, its highway and gate layers, and the word-dropout replacement
vector. Those are copied around a new block of `width` input columns at `offset` (where Stanza
puts the vectors: after the word embedding in the tagger, first in the parser), and the new
columns start at zero, so the grown model computes exactly what the earlier one did until
training teaches it to use the vectors.
"""
from __future__ import annotations

import logging

import torch

log = logging.getLogger("recipe.graft")


def graft(model: torch.nn.Module, earlier: dict[str, torch.Tensor], offset: int, width: int) -> list[str]:
    """Copy `earlier` (a state dict) into `model`; return the names of the grown parameters.

    Every earlier parameter must exist in the model with the same shape, or with `width` more
    entries along one dimension (the input features); anything else is an error, since the
    earlier model would then not be the same architecture."""
    own = model.state_dict()
    grown = []
    with torch.no_grad():
        for name, old in earlier.items():
            if name not in own:
                raise ValueError(f"{name}: in the earlier model, not in the new one")
            new = own[name]
            if new.shape == old.shape:
                new.copy_(old)
                continue
            dims = [d for d in range(new.dim()) if new.shape[d] != old.shape[d]]
            if new.dim() != old.dim() or len(dims) != 1 or new.shape[dims[0]] != old.shape[dims[0]] + width:
                raise ValueError(f"{name}: shape {tuple(old.shape)} cannot grow into {tuple(new.shape)}")
            d = dims[0]
            rest = old.shape[d] - offset
            new.narrow(d, 0, offset).copy_(old.narrow(d, 0, offset))
            new.narrow(d, offset + width, rest).copy_(old.narrow(d, offset, rest))
            new.narrow(d, offset, width).zero_()
            grown.append(name)
    new_only = sorted(set(own) - set(earlier))
    log.info("grafted %d parameters (grown: %s); new: %s", len(earlier), ", ".join(grown), ", ".join(new_only))
    return grown
