"""The model recipe's verb lexicon (models/recipe/verb_lexicon.py): the lookup table's verb forms
join the lemmatizer's dictionary for VERB, and the treebank's own entries win."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from ._recipe import recipe_module

torch = pytest.importorskip("torch")
lemma_trainer = pytest.importorskip("stanza.models.lemma.trainer")


def _gzip_json(path: Path, value: object) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(value, handle)
    return path


def test_verb_forms_join_the_dictionary_and_the_treebank_wins(tmp_path: Path) -> None:
    pos_dict = {"*": {"killed": "kill", "freed": "freed"}, "VERB": {"left": "leave"}}
    lemma = tmp_path / "lemma.pt"
    torch.save({"dicts": lemma_trainer._pack_pos_dict(pos_dict), "dicts_version": 3, "model": {}}, lemma)
    lookup = _gzip_json(tmp_path / "lookup.json.gz", {
        "expelled": "expel", "freed": "free", "left": "leftover", "killed": "kill",
        "lives": "life", "2nd": "2nd", "co-starred": "co-star", "Paris": "paris",
        "vaincue": ["vaincre"], "conduite": ["conduite"], "suis": ["être", "suivre"],
    })
    index = _gzip_json(tmp_path / "index.json.gz", {"verb": ["expel", "free", "kill", "leftover", "co-star", "vaincre", "être", "suivre"]})

    added = recipe_module("verb_lexicon").extend(lemma, tmp_path / "out.pt", lookup, index)

    verbs = lemma_trainer._unpack_pos_dict(torch.load(tmp_path / "out.pt", weights_only=True)["dicts"])["VERB"]
    assert verbs["expelled"] == verbs["Expelled"] == "expel"
    assert verbs["freed"] == "free"  # the treebank's fallback said *freed*: a VERB entry corrects it
    assert verbs["co-starred"] == "co-star"
    assert verbs["left"] == "leave"  # the treebank's own VERB entry wins over the table
    assert "killed" not in verbs  # the fallback already says *kill*
    assert "lives" not in verbs and "2nd" not in verbs and "Paris" not in verbs  # a noun's lemma; not a word; a name
    assert verbs["vaincue"] == "vaincre"  # a list of lemmas (the French table) with one verb
    assert "conduite" not in verbs and "suis" not in verbs  # no verb among its lemmas; two verbs (*être*, *suivre*)
    assert added == len(verbs) - 1


def test_an_infinitive_ending_makes_a_verb_the_index_lacks_unless_it_lists_another_reading() -> None:
    index = {"verb": ["annoncer"], "noun": ["livre", "père"], "adj": []}
    lemmas = {"annoncer", "détruire", "partir", "livre", "père", "maison"}
    verbs = recipe_module("verb_lexicon").verb_lemmas(index, lemmas, ("ir", "re"))
    assert verbs == {"annoncer", "détruire", "partir"}
