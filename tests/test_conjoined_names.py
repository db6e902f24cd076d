"""A name found inside a filler's phrase brings its conjuncts along ("ties with X and Y")."""

from __future__ import annotations

from eventcode import Coder, load_codebook

CODEBOOK = """\
codebook: conjoined
language: en
actors:
  - {id: arnor, type: country, code: ARN, names: [Arnor]}
  - {id: gondor, type: country, code: GON, names: [Gondor]}
  - {id: rohan, type: country, code: ROH, names: [Rohan]}
predicates:
  - id: restore
    lemma: restore
    frames:
      - {id: restore, args: {source: subject, target: object}, code: "050"}
"""

# Arnor restored ties with Gondor and Rohan: the object "ties" names no actor itself; the
# longest name in its phrase is Gondor, whose conjunct Rohan is a target too.
ROWS = [
    ("1", "Arnor", "Arnor", "PROPN", "2", "nsubj"),
    ("2", "restored", "restore", "VERB", "0", "root"),
    ("3", "ties", "tie", "NOUN", "2", "obj"),
    ("4", "with", "with", "ADP", "5", "case"),
    ("5", "Gondor", "Gondor", "PROPN", "3", "nmod"),
    ("6", "and", "and", "CCONJ", "7", "cc"),
    ("7", "Rohan", "Rohan", "PROPN", "5", "conj"),
]


def _coder(folder, codebook: str) -> Coder:
    (folder / "cb.yaml").write_text(codebook, encoding="utf-8")
    return Coder(load_codebook(folder / "cb.yaml", language="en"), lang="en")


def _document(rows: list[tuple[str, str, str, str, str, str]]) -> str:
    """One CoNLL-U sentence from (id, form, lemma, upos, head, deprel) rows."""
    body = "\n".join(f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{d}\t_\t_" for i, f, l, u, h, d in rows)
    return f"# newdoc id = t\n# text = x\n{body}\n\n"


def test_conjuncts_of_a_nested_name_are_targets_too(tmp_path) -> None:
    coder = _coder(tmp_path, CODEBOOK)
    events = coder.code_conllu(_document(ROWS))
    assert sorted((e.source.code, e.code, e.target.code) for e in events) == [("ARN", "050", "GON"), ("ARN", "050", "ROH")]


def test_an_agent_composes_with_each_conjoined_country(tmp_path) -> None:
    # Lawmakers in Arnor and Gondor restored ties: ARN + LEG, and GON + LEG (not a bare GON).
    codebook = CODEBOOK + "agents:\n  - {id: LEG, code: \"~LEG\", lemmas: [lawmaker]}\n"
    coder = _coder(tmp_path, codebook)
    rows = [
        ("1", "Lawmakers", "lawmaker", "NOUN", "6", "nsubj"),
        ("2", "in", "in", "ADP", "3", "case"),
        ("3", "Arnor", "Arnor", "PROPN", "1", "nmod"),
        ("4", "and", "and", "CCONJ", "5", "cc"),
        ("5", "Gondor", "Gondor", "PROPN", "3", "conj"),
        ("6", "restored", "restore", "VERB", "0", "root"),
        ("7", "Rohan", "Rohan", "PROPN", "6", "obj"),
    ]
    events = coder.code_conllu(_document(rows))
    assert sorted((e.source.code, e.code, e.target.code) for e in events) == [
        ("ARNLEG", "050", "ROH"),
        ("GONLEG", "050", "ROH"),
    ]


def test_a_conjoined_agent_shares_the_first_conjuncts_countries(tmp_path) -> None:
    # Lawmakers and officials in Arnor and Gondor restored ties: "in Arnor and Gondor" hangs on the
    # first conjunct and is shared, so "officials" is ARNGOV and GONGOV, not a bare GOV.
    codebook = CODEBOOK + (
        "agents:\n  - {id: LEG, code: \"~LEG\", lemmas: [lawmaker]}\n  - {id: GOV, code: \"~GOV\", lemmas: [official]}\n"
    )
    coder = _coder(tmp_path, codebook)
    rows = [
        ("1", "Lawmakers", "lawmaker", "NOUN", "8", "nsubj"),
        ("2", "and", "and", "CCONJ", "3", "cc"),
        ("3", "officials", "official", "NOUN", "1", "conj"),
        ("4", "in", "in", "ADP", "5", "case"),
        ("5", "Arnor", "Arnor", "PROPN", "1", "nmod"),
        ("6", "and", "and", "CCONJ", "7", "cc"),
        ("7", "Gondor", "Gondor", "PROPN", "5", "conj"),
        ("8", "restored", "restore", "VERB", "0", "root"),
        ("9", "Rohan", "Rohan", "PROPN", "8", "obj"),
    ]
    events = coder.code_conllu(_document(rows))
    assert sorted({(e.source.code, e.code, e.target.code) for e in events}) == [
        ("ARNGOV", "050", "ROH"),
        ("ARNLEG", "050", "ROH"),
        ("GONGOV", "050", "ROH"),
        ("GONLEG", "050", "ROH"),
    ]
    alone = [
        ("1", "Lawmakers", "lawmaker", "NOUN", "6", "nsubj"),
        ("2", "and", "and", "CCONJ", "3", "cc"),
        ("3", "officials", "official", "NOUN", "1", "conj"),
        ("4", "in", "in", "ADP", "5", "case"),
        ("5", "Arnor", "Arnor", "PROPN", "3", "nmod"),
        ("6", "restored", "restore", "VERB", "0", "root"),
        ("7", "Rohan", "Rohan", "PROPN", "6", "obj"),
    ]
    events = coder.code_conllu(_document(alone))
    # the modifier on the second conjunct is its own: the lawmakers have no country
    assert sorted({(e.source.code, e.code, e.target.code) for e in events}) == [("ARNGOV", "050", "ROH"), ("LEG", "050", "ROH")]


def test_a_list_parsed_as_an_apposition(tmp_path) -> None:
    # Arnor, the Shire, Gondor and Rohan restored ties with Mordor: the parser made "the Shire" an
    # appositive of Arnor (and Gondor, Rohan its conjuncts); a country is not renamed by another
    # actor's name, so all four are sources.
    codebook = CODEBOOK.replace(
        "actors:\n", "actors:\n  - {id: shire, type: organization, code: SHI, names: [the Shire]}\n"
        "  - {id: mordor, type: country, code: MOR, names: [Mordor]}\n"
    )
    coder = _coder(tmp_path, codebook)
    rows = [
        ("1", "Arnor", "Arnor", "PROPN", "9", "nsubj"),
        ("2", ",", ",", "PUNCT", "1", "punct"),
        ("3", "the", "the", "DET", "4", "det"),
        ("4", "Shire", "Shire", "PROPN", "1", "appos"),
        ("5", ",", ",", "PUNCT", "6", "punct"),
        ("6", "Gondor", "Gondor", "PROPN", "4", "conj"),
        ("7", "and", "and", "CCONJ", "8", "cc"),
        ("8", "Rohan", "Rohan", "PROPN", "4", "conj"),
        ("9", "restored", "restore", "VERB", "0", "root"),
        ("10", "Mordor", "Mordor", "PROPN", "9", "obj"),
    ]
    events = coder.code_conllu(_document(rows))
    assert sorted(e.source.code for e in events) == ["ARN", "GON", "ROH", "SHI"]
    # an appositive that is not another actor's name is the same actor: "Arnor, the kingdom"
    rows[3] = ("4", "kingdom", "kingdom", "NOUN", "1", "appos")
    events = coder.code_conllu(_document(rows))
    assert sorted(e.source.code for e in events) == ["ARN"]


def test_a_name_split_across_two_conjuncts_is_read_as_written(tmp_path) -> None:
    # "Arnor and Minas Anor Tirith restored ties" with *Anor* hung on Arnor and *Tirith* on
    # *Minas* (eventcode-model-en 0.7.0 parses "Vladimir Putin and Kim Jong Un"
    # so): the conjunct is the name as written, not "Minas Tirith".
    codebook = CODEBOOK.replace(
        "  - {id: rohan, type: country, code: ROH, names: [Rohan]}\n",
        "  - {id: rohan, type: country, code: ROH, names: [Rohan]}\n  - {id: minas, type: country, code: MNT, names: [Minas Anor Tirith]}\n",
    )
    coder = _coder(tmp_path, codebook)
    rows = [
        ("1", "Arnor", "Arnor", "PROPN", "6", "nsubj"),
        ("2", "and", "and", "CCONJ", "3", "cc"),
        ("3", "Minas", "Minas", "PROPN", "1", "conj"),
        ("4", "Anor", "Anor", "PROPN", "1", "flat"),
        ("5", "Tirith", "Tirith", "PROPN", "3", "flat"),
        ("6", "restored", "restore", "VERB", "0", "root"),
        ("7", "ties", "tie", "NOUN", "6", "obj"),
        ("8", "with", "with", "ADP", "9", "case"),
        ("9", "Rohan", "Rohan", "PROPN", "7", "nmod"),
    ]
    events = coder.code_conllu(_document(rows))
    assert sorted((e.source.code, e.code, e.target.code) for e in events) == [("ARN", "050", "ROH"), ("MNT", "050", "ROH")]


def _ambassadors(number: str, noun: str) -> list[tuple[str, ...]]:
    """'The NOUN of Arnor, Gondor and Rohan restored ties', parsed as eventcode-model-en 0.7.0
    parses "The ambassadors of Arnor, Osgiliath and Gondor presented credentials": *Gondor* a
    conjunct of the agent noun, *Rohan* of *Gondor*."""
    return [
        ("1", "The", "the", "DET", "2", "det"),
        ("2", noun, noun.rstrip("s") if number == "Plur" else noun, "NOUN", "9", "nsubj", f"Number={number}"),
        ("3", "of", "of", "ADP", "4", "case"),
        ("4", "Arnor", "Arnor", "PROPN", "2", "nmod"),
        ("5", ",", ",", "PUNCT", "6", "punct"),
        ("6", "Gondor", "Gondor", "PROPN", "2", "conj"),
        ("7", "and", "and", "CCONJ", "8", "cc"),
        ("8", "Rohan", "Rohan", "PROPN", "6", "conj"),
        ("9", "restored", "restore", "VERB", "0", "root"),
        ("10", "ties", "tie", "NOUN", "9", "obj"),
    ]


def _document_with_feats(rows) -> str:
    lines = []
    for row in rows:
        i, f, l, u, h, d, *feats = row
        lines.append(f"{i}\t{f}\t{l}\t{u}\t_\t{feats[0] if feats else '_'}\t{h}\t{d}\t_\t_")
    return "# newdoc id = t\n# text = x\n" + "\n".join(lines) + "\n\n"


def test_countries_conjoined_to_plural_agents_of_a_country_are_those_agents(tmp_path) -> None:
    codebook = CODEBOOK.replace("target: object", "target: {slot: object, required: false}")
    codebook += "agents:\n  - {id: GOV, code: \"~GOV\", lemmas: [ambassador, president]}\n"
    coder = _coder(tmp_path, codebook)
    events = coder.code_conllu(_document_with_feats(_ambassadors("Plur", "ambassadors")))
    assert sorted(e.source.code for e in events) == ["ARNGOV", "GONGOV", "ROHGOV"]
    # one president and two more countries: the parse says no more than it says
    events = coder.code_conllu(_document_with_feats(_ambassadors("Sing", "president")))
    assert sorted(e.source.code for e in events) == ["ARNGOV", "GON", "ROH"]
