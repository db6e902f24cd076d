"""The model recipe's graft (models/recipe/graft.py): a Stanza layer grown by a block of input
features computes what the earlier layer computed, whatever those new features hold, until
training moves the new (zero) weights."""

from __future__ import annotations


import pytest

from ._recipe import recipe_module

torch = pytest.importorskip("torch")
hlstm = pytest.importorskip("stanza.models.common.hlstm")


class _Encoder(torch.nn.Module):
    """Stanza's shape of an encoder input: a highway LSTM and a word-dropout replacement vector."""

    def __init__(self, input_size: int) -> None:
        super().__init__()
        self.lstm = hlstm.HighwayLSTM(input_size, 6, 2, batch_first=True, bidirectional=True, highway_func=torch.tanh)
        self.drop_replacement = torch.nn.Parameter(torch.randn(input_size))

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        packed = torch.nn.utils.rnn.pack_padded_sequence(inputs, [inputs.shape[1]] * inputs.shape[0], batch_first=True)
        output, _ = self.lstm(packed, [inputs.shape[1]] * inputs.shape[0])
        return torch.nn.utils.rnn.pad_packed_sequence(output, batch_first=True)[0]


@pytest.mark.parametrize("offset", [0, 3, 7])
def test_a_grown_encoder_computes_what_the_earlier_one_did(offset):
    torch.manual_seed(0)
    earlier, grown = _Encoder(7).eval(), _Encoder(7 + 4).eval()
    names = recipe_module("graft").graft(grown, earlier.state_dict(), offset=offset, width=4)
    assert "drop_replacement" in names and any("lstm.0" in name for name in names)
    old_inputs = torch.randn(2, 5, 7)
    new_features = torch.randn(2, 5, 4)
    grown_inputs = torch.cat([old_inputs[..., :offset], new_features, old_inputs[..., offset:]], dim=-1)
    with torch.no_grad():
        assert torch.allclose(earlier(old_inputs), grown(grown_inputs), atol=1e-6)


def test_a_layer_that_is_not_the_earlier_one_grown_is_refused():
    earlier, other = _Encoder(7), _Encoder(7 + 5)
    with pytest.raises(ValueError, match="cannot grow"):
        recipe_module("graft").graft(other, earlier.state_dict(), offset=0, width=4)
