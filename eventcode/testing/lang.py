"""The function words each language's drawn trees and perturbations use.

Only what a UD v2 tree of a news clause needs: determiners, the copula and passive auxiliary,
the agent preposition, negation cues, the coordinator, the infinitive marker, a subject pronoun,
adjective position, and neutral words (no codebook should give them a meaning) for fillers and
irrelevant modifiers. A word that a codebook *does* use is filtered out where it is drawn.
"""

from __future__ import annotations

import attrs


@attrs.frozen(slots=True)
class Lang:
    """Function words and word-order facts of one language."""

    code: str
    det: str
    cop: str
    aux_pass: str
    agent_case: str
    negations: tuple[tuple[str, ...], ...]  # each: cue words, the first before the verb
    cc: str
    mark: str
    mark_upos: str
    infinitive_marks: tuple[str, ...]  # the markers of an infinitive clause filler (``xcomp`` slot)
    pronoun: str
    adjective_after: bool
    neutral_nouns: tuple[str, ...]
    neutral_verbs: tuple[str, ...]
    neutral_adverbs: tuple[str, ...]
    neutral_adjectives: tuple[str, ...]
    relative: str
    date_words: tuple[str, ...]
    year_case: str
    light_verb: str


FR = Lang(
    code="fr",
    det="le",
    cop="être",
    aux_pass="être",
    agent_case="par",
    negations=(("ne", "pas"), ("ne", "jamais"), ("n'", "plus"), ("ne", "guère")),
    cc="et",
    mark="de",
    mark_upos="ADP",
    infinitive_marks=("à", "de"),
    pronoun="il",
    adjective_after=True,
    neutral_nouns=("document", "dossier", "question", "texte", "projet", "colis"),
    neutral_verbs=("parler", "déclarer", "publier", "écrire", "examiner"),
    neutral_adverbs=("également", "hier", "aussi", "finalement", "officiellement"),
    neutral_adjectives=("voisin", "important", "récent", "grand"),
    relative="qui",
    date_words=("lundi", "mardi", "mercredi", "dimanche"),
    year_case="en",
    light_verb="faire",
)

EN = Lang(
    code="en",
    det="the",
    cop="be",
    aux_pass="be",
    agent_case="by",
    negations=(("not",), ("never",), ("n't",)),
    cc="and",
    mark="to",
    mark_upos="PART",
    infinitive_marks=("to",),
    pronoun="it",
    adjective_after=False,
    neutral_nouns=("document", "file", "question", "text", "project", "parcel"),
    neutral_verbs=("speak", "publish", "write", "examine", "declare"),
    neutral_adverbs=("also", "yesterday", "finally", "officially"),
    neutral_adjectives=("neighbouring", "important", "recent", "large"),
    relative="which",
    date_words=("Monday", "Tuesday", "Wednesday", "Sunday"),
    year_case="in",
    light_verb="make",
)

LANGS = {"fr": FR, "en": EN}


def lang_kit(code: str | None) -> Lang:
    """The kit for ``code`` ("fr" or "en"); other languages borrow the English one."""
    return LANGS.get(code or "fr", EN)
