"""Give the lemmatizer's dictionary the verb forms of spaCy's lemma lookup tables.

Why: Stanza's lemmatizer looks a (word, UPOS) pair up in a dictionary built from the training
treebank and falls back to a character seq2seq model for every other word. Trained on EWT alone,
that model strips suffixes wrongly on verbs EWT hardly has: on UD_English-PUD it gives *expell*,
*ced*, *conced*, *fuell*, *presid* and *freed* as lemmas (eventcode-model-en 0.6.0). Event coding
matches predicates by lemma, so "France expelled ..." went uncoded. spaCy's lookup table
(spacy-lookups-data, MIT; its English lemma tables come from WordNet 3.0, under WordNet's own
permissive licence) maps 41,582 English forms to lemmas; the forms whose lemma is in its
verb index are added to the dictionary for UPOS VERB, where the treebank gave no entry of its
own (training data wins). Nouns and adjectives are left to the model: the table is not tagged,
and its noun readings would be wrong for them ("lives" -> *live*). French has the same gap, wider
(eventcode-model-fr 0.3.0: *détruiter*, *vaincer*, *pormivre* for *détruite*, *vaincue*, *permit*),
and the same kind of table.

Usage: python verb_lexicon.py LEMMA_IN.pt LEMMA_OUT.pt LOOKUP.json.gz INDEX.json.gz [ENDING ...]
(ENDING: an infinitive ending whose lemmas count as verbs where the index does not list them)
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import torch

# Stanza 1.15's own (private) reading and writing of the lemma dictionary: the recipe pins the version
from stanza.models.lemma.trainer import _POS_INDEPENDENT, _pack_pos_dict, _unpack_pos_dict

#: A lower-case word, or two joined by a hyphen ("co-starred"); the tables also hold numbers,
#: symbols and names.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def lemmas_of(value: str | list[str]) -> list[str]:
    """A table entry's lemmas: the English table gives one, the French one a list."""
    return [value] if isinstance(value, str) else value


def verb_forms(lookup: dict[str, str | list[str]], verbs: set[str]) -> dict[str, str]:
    """The table's entries whose lemma is a verb and differs from the form, lower case and
    capitalised (a sentence may begin with the verb: "Controlled by ..."). The French table
    gives each form a list of lemmas: a form is taken when exactly one of them is a verb."""
    forms: dict[str, str] = {}
    for form, lemmas in sorted(lookup.items()):
        candidates = {lemma for lemma in lemmas_of(lemmas) if lemma in verbs}
        if len(candidates) != 1 or form in candidates or form != form.lower() or not WORD.fullmatch(form):
            continue
        (lemma,) = candidates
        forms[form] = lemma
        forms[form.capitalize()] = lemma
    return forms


def verb_lemmas(index: dict[str, list[str]], lemmas: set[str], infinitive_endings: tuple[str, ...]) -> set[str]:
    """The verb index's lemmas, and those of ``lemmas`` with an infinitive's ending that no
    other part of speech of the index lists: the French index lists the *-er* verbs only
    (*détruire*, *vaincre*, *partir* are missing), where a noun ending so (*livre*, *père*) is
    listed as a noun."""
    verbs = set(index["verb"])
    other = {word for pos, words in index.items() if pos != "verb" for word in words}
    verbs.update(lemma for lemma in lemmas if lemma.endswith(infinitive_endings) and lemma not in other)
    return verbs


def extend(lemma_in: Path, lemma_out: Path, lookup_gz: Path, index_gz: Path, infinitive_endings: tuple[str, ...] = ()) -> int:
    """Write ``lemma_in`` with the table's verb forms added for VERB; returns how many."""
    with gzip.open(lookup_gz, "rt", encoding="utf-8") as handle:
        lookup = json.load(handle)
    with gzip.open(index_gz, "rt", encoding="utf-8") as handle:
        index = json.load(handle)
    lemmas = {lemma for value in lookup.values() for lemma in lemmas_of(value)}
    verbs = verb_lemmas(index, lemmas, infinitive_endings)
    checkpoint = torch.load(lemma_in, map_location="cpu", weights_only=True)
    pos_dict = _unpack_pos_dict(checkpoint["dicts"])
    own_verbs = pos_dict.setdefault("VERB", {})
    fallback = pos_dict.get(_POS_INDEPENDENT, {})
    added = 0
    for form, lemma in verb_forms(lookup, verbs).items():
        if form in own_verbs or fallback.get(form) == lemma:
            continue  # the treebank's own entry wins; an equal fallback needs no copy
        own_verbs[form] = lemma
        added += 1
    checkpoint["dicts"] = _pack_pos_dict(pos_dict)
    torch.save(checkpoint, lemma_out)
    return added


def main(argv: list[str] | None = None) -> None:
    lemma_in, lemma_out, lookup_gz, index_gz, *endings = argv or sys.argv[1:]
    added = extend(Path(lemma_in), Path(lemma_out), Path(lookup_gz), Path(index_gz), tuple(endings))
    print(f"{lemma_out}: {added} verb forms added to the lemmatizer's dictionary")


if __name__ == "__main__":
    main()
