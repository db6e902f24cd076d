"""A country name and an agent in one phrase core compose into country + sector; a noun that
names no actor takes the country of a demonym before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode import Coder, load_codebook

CODEBOOK = """\
codebook: composition
language: en
actors:
  - {id: gondor, type: country, code: GON, names: [Gondor]}
  - {id: arnor, type: country, code: ARN, names: [Arnor]}
  - {id: bree, type: country, code: BRE, names: [Bree]}
  - {id: romendacil, type: person, names: [Romendacil], roles: [{code: BREELI}]}
  - {id: amnesty, type: organization, code: NGM, names: [Amnesty]}
  - {id: northmark, type: country, code: NMK, names: [Northmark], demonyms: [North Markish]}
  - {id: markland, type: country, code: MKL, names: [Markland], demonyms: [Markish]}
  - {id: westlands, type: region, code: WST, names: [Westlands], demonyms: [Western]}
agents:
  - {id: GOV, code: "~GOV", lemmas: [government, minister]}
  - {id: COP, code: "~COP", lemmas: [police]}
  - {id: MOP, code: "~MOP", lemmas: [main opposition group]}
  - {id: NGO, code: "NGO~", lemmas: [msf]}
predicates:
  - id: condemn
    lemma: condemn
    frames:
      - {id: condemn, args: {source: subject, target: object}, code: "111"}
"""


def _conllu(subject: list[tuple[str, str, str]]) -> str:
    """``subject`` words (form, upos, deprel to the last of them), then "condemned Arnor"."""
    rows, head = [], len(subject)
    for i, (form, upos, rel) in enumerate(subject, start=1):
        rows.append((str(i), form, form.lower(), upos, str(head + 1 if i == head else head), rel if i != head else "nsubj"))
    rows.append((str(head + 1), "condemned", "condemn", "VERB", "0", "root"))
    rows.append((str(head + 2), "Arnor", "Arnor", "PROPN", str(head + 1), "obj"))
    return _document(rows)


def _document(rows: list[tuple[str, str, str, str, str, str]]) -> str:
    """One CoNLL-U sentence from (id, form, lemma, upos, head, deprel) rows."""
    body = "\n".join(f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{d}\t_\t_" for i, f, l, u, h, d in rows)
    return f"# newdoc id = t\n# text = x\n{body}\n\n"


@pytest.fixture(scope="module")
def coder(tmp_path_factory) -> Coder:
    folder = tmp_path_factory.mktemp("cb")
    (folder / "cb.yaml").write_text(CODEBOOK, encoding="utf-8")
    return Coder(load_codebook(folder / "cb.yaml", language="en"), lang="en")


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        ([("Gondor", "PROPN", "compound"), ("government", "NOUN", "")], "GONGOV"),  # agent head, country compound
        ([("Gondor", "PROPN", "compound"), ("police", "NOUN", "")], "GONCOP"),
        ([("Bree", "PROPN", "compound"), ("Minister", "PROPN", "compound"), ("Romendacil", "PROPN", "")], "BREGOV"),
        ([("Romendacil", "PROPN", "")], "BREELI"),
        ([("Minister", "PROPN", "compound"), ("Faramir", "PROPN", "")], "GOV"),  # an unknown name's title, no country
        ([("Minister", "PROPN", "compound"), ("Romendacil", "PROPN", "")], "BREELI"),  # a known person keeps their role
        ([("Gondor", "PROPN", "compound"), ("main", "ADJ", "amod"), ("opposition", "NOUN", "compound"), ("group", "NOUN", "")], "GONMOP"),
        ([("Gondor", "PROPN", "compound"), ("group", "NOUN", "")], "GON"),
        # a name the parser took for the noun's preposition is still its modifier (a parse in the
        # PETRARCH suite: "Arnor/ADP/case former security officials")
        ([("Gondor", "ADP", "case"), ("former", "ADJ", "amod"), ("minister", "NOUN", "")], "GONGOV"),  # the phrase agent needs all its words  # a person alone keeps the person's role
        ([("Amnesty", "PROPN", "compound"), ("police", "NOUN", "")], "NGM"),  # not a country: no composition
        ([("MSF", "PROPN", "flat"), ("Gondor", "PROPN", "")], "NGOGON"),  # a prefix agent (NGO~) goes first
        ([("MSF", "PROPN", "compound"), ("Gondor", "PROPN", "compound"), ("minister", "NOUN", "")], "NGOGONGOV"),
        # a demonym of two words hung word by word on the agent is one demonym, not its last word's
        ([("North", "PROPN", "compound"), ("Markish", "ADJ", "amod"), ("police", "NOUN", "")], "NMKCOP"),
        ([("Markish", "ADJ", "amod"), ("police", "NOUN", "")], "MKLCOP"),
        # ... also with another modifier right after it ("the North Korean foreign minister")
        ([("North", "PROPN", "compound"), ("Markish", "PROPN", "compound"), ("foreign", "ADJ", "amod"), ("minister", "NOUN", "")], "NMKGOV"),
        # a noun that names no actor, with a demonym: the country alone, as PETRARCH codes it
        ([("Markish", "ADJ", "amod"), ("experts", "NOUN", "")], "MKL"),
        ([("North", "PROPN", "compound"), ("Markish", "ADJ", "amod"), ("experts", "NOUN", "")], "NMK"),
        # a region fills the country slot: by name or demonym, it composes with the agent
        ([("Western", "ADJ", "amod"), ("police", "NOUN", "")], "WSTCOP"),
        ([("Westlands", "PROPN", "compound"), ("government", "NOUN", "")], "WSTGOV"),
        ([("Westlands", "PROPN", "")], "WST"),
    ],
)
def test_country_and_agent_in_one_phrase(coder: Coder, subject, code) -> None:
    events = coder.code_conllu(_conllu(subject))
    assert [(e.source.code, e.code, e.target.code) for e in events] == [(code, "111", "ARN")]


def test_a_demonym_hung_on_the_next_modifier_composes_with_the_agent(coder: Coder) -> None:
    # "North Markish foreign minister condemned Arnor" with *Markish* an obl:unmarked of
    # *foreign* (eventcode-model-en 0.7.0 parses "the North Korean foreign minister" so)
    rows = [
        ("1", "North", "North", "PROPN", "2", "compound"),
        ("2", "Markish", "Markish", "PROPN", "3", "obl:unmarked"),
        ("3", "foreign", "foreign", "ADJ", "4", "amod"),
        ("4", "minister", "minister", "NOUN", "5", "nsubj"),
        ("5", "condemned", "condemn", "VERB", "0", "root"),
        ("6", "Arnor", "Arnor", "PROPN", "5", "obj"),
    ]
    events = coder.code_conllu(_document(rows))
    assert [(e.source.code, e.code, e.target.code) for e in events] == [("NMKGOV", "111", "ARN")]


def test_a_noun_naming_no_actor_without_a_demonym_names_nobody(coder: Coder) -> None:
    assert coder.code_conllu(_conllu([("foreign", "ADJ", "amod"), ("experts", "NOUN", "")])) == []


def test_a_country_nested_under_an_agent_noun_composes(coder: Coder) -> None:
    # Arnor condemned an attack by Gondor soldiers: the object "attack" names nobody; Gondor,
    # found inside its phrase, hangs under the agent noun "soldiers" (here as det, as some
    # parsers attach it): GON + MIL.
    rows = [
        ("1", "Arnor", "Arnor", "PROPN", "2", "nsubj"),
        ("2", "condemned", "condemn", "VERB", "0", "root"),
        ("3", "an", "a", "DET", "4", "det"),
        ("4", "attack", "attack", "NOUN", "2", "obj"),
        ("5", "by", "by", "ADP", "7", "case"),
        ("6", "Gondor", "Gondor", "PROPN", "7", "det"),
        ("7", "police", "police", "NOUN", "4", "nmod"),
    ]
    events = coder.code_conllu(_document(rows))
    assert [(e.source.code, e.code, e.target.code) for e in events] == [("ARN", "111", "GONCOP")]


def test_a_prefix_agent_composes_with_each_conjoined_country(coder: Coder) -> None:
    # "MSF of Arnor and Gondor condemned Bree": the prefix agent composed with Arnor (NGOARN)
    # composes with the conjoined Gondor too, its code first (NGOGON, not GON + "ARN")
    rows = [
        ("1", "MSF", "msf", "PROPN", "6", "nsubj"),
        ("2", "of", "of", "ADP", "3", "case"),
        ("3", "Arnor", "Arnor", "PROPN", "1", "nmod"),
        ("4", "and", "and", "CCONJ", "5", "cc"),
        ("5", "Gondor", "Gondor", "PROPN", "3", "conj"),
        ("6", "condemned", "condemn", "VERB", "0", "root"),
        ("7", "Bree", "Bree", "PROPN", "6", "obj"),
    ]
    events = coder.code_conllu(_document(rows))
    assert sorted(e.source.code for e in events) == ["NGOARN", "NGOGON"]


QUANTITY_CODEBOOK = """
codebook: quantity-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
agents:
  - {id: CVL, code: "~CVL", lemmas: [thousand, people]}
  - {id: MIL, code: "~MIL", lemmas: [soldier]}
predicates:
  - id: attack
    trigger: {lemma: attack}
    frames:
      - id: attack
        args: {source: subject, target: object}
        code: "190"
"""


def _thousands_attacked(counted: str | None) -> str:
    """ "Thousands [of <counted>] attacked Arnor." """
    if counted is None:
        return """
        1  Thousands  thousand  NOUN   _  Number=Plur   2  nsubj  _  _
        2  attacked   attack    VERB   _  VerbForm=Fin  0  root   _  _
        3  Arnor      Arnor     PROPN  _  _             2  obj    _  _
        """
    return f"""
    1  Thousands  thousand      NOUN   _  Number=Plur   4  nsubj  _  _
    2  of         of            ADP    _  _             3  case   _  _
    3  {counted}  {counted[:-1]}  NOUN   _  Number=Plur   1  nmod   _  _
    4  attacked   attack        VERB   _  VerbForm=Fin  0  root   _  _
    5  Arnor      Arnor         PROPN  _  _             4  obj    _  _
    """


@pytest.mark.parametrize(("counted", "found"), [
    ("soldiers", {("MIL", "190", "ARN")}),
    ("peoples", {("CVL", "190", "ARN")}),
    ("fans", set()),  # counting something that names no actor: no crowd either
    (None, {("CVL", "190", "ARN")}),
])
def test_a_quantity_noun_is_what_it_counts_and_only_bare_an_agent_itself(tmp_path, counted, found) -> None:
    # "thousands" is itself an agent here (a crowd: CVL), yet "thousands of soldiers" are soldiers
    from .engine.trees import codebook_from_yaml, codebook_triples

    assert codebook_triples(codebook_from_yaml(tmp_path, QUANTITY_CODEBOOK), _thousands_attacked(counted)) == found
