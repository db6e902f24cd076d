"""The PETRARCH importer on small dictionaries written here, and on the real ones in ../shared."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from eventcode.codebook import check_codebook, load_codebook
from eventcode.importers.petrarch import convert, petrarch_date
from eventcode.parsing.conllu import read_conllu
from eventcode.coding.coder import code_document

VERBS = """\
&WEAPON
+GUN
+MISSILE
+HEAVY ARTILLERY

####### VERB PATTERNS #######

--- SEND  [---]  ---
SEND {SENT SENDING}
DISPATCH
- * &WEAPON (TO +)  [072]
- * {PEACE ENVOY} [036]
- % *  [040]
- * (TO) [042:043]
- * ENVOY (TO) TALKS [042]
- * TROOPS [---]

--- CONDEMN  [111]  ---
CONDEMN
DENOUNCE [112]
+CORDON_OFF [144]
- * NOTHING  [999]
- * ASYLUM  [174L]
- * CHRISTMAS  [---]
- * SUPPORT  [:050]
- * {IMPROVED TIES}  [051]
"""

ACTORS = """\
<!-- a comment -->
ARNOR_ [ARN]
+ARNORIAN
GONDOR [GON]  # comment
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112] # written first: wins over the next one
\t[HOBMIL 20080120-20121109]
\t[HOBELI >130119]
THE_SHIRE [FRO/BIL/SAM]
"""

AGENTS = """\
!PERSON! = MAN, MEN
GOVERNMENT [~GOV]
MINISTER [~GOV]
SOLDIER [~MIL]
CONGRESS!PERSON! [~LEG]
FOREIGN_MINISTER [~GOVFRM]
MSF {} [NGO~]
"""

DISCARDS = """\
+World Golf Championships
BASEBALL
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Path, dict]:
    src = tmp_path_factory.mktemp("src")
    for name, text in (("v.txt", VERBS), ("a.txt", ACTORS), ("g.txt", AGENTS), ("d.txt", DISCARDS)):
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    convert(verbs=src / "v.txt", actors=[src / "a.txt"], agents=src / "g.txt", discards=src / "d.txt", out_dir=out)
    return out, json.loads((out / "report.json").read_text(encoding="utf-8"))


def _conllu(rows: str, date: str = "2010-01-10") -> str:
    lines = [line.split() for line in textwrap.dedent(rows).strip().splitlines()]
    body = "\n".join(f"{i}\t{f}\t{l}\t{u}\t_\t_\t{h}\t{d}\t_\t_" for i, f, l, u, h, d in lines)
    return f"# newdoc id = t\n# date = {date}\n# text = x\n{body}\n\n"


def _import_verbs(tmp_path: Path, verbs: str) -> Path:
    """Import ``verbs`` (a verbs dictionary's text) with the test actors and agents; the output folder."""
    src = tmp_path / "src"
    src.mkdir()
    for name, text in (("v.txt", verbs), ("a.txt", ACTORS), ("g.txt", AGENTS)):
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    convert(verbs=src / "v.txt", actors=[src / "a.txt"], agents=src / "g.txt", out_dir=out)
    return out


def _code(out: Path, rows: str, date: str = "2010-01-10") -> set[tuple]:
    codebook = load_codebook(out, language="en")
    (document,) = read_conllu(_conllu(rows, date))
    return {(e.source and e.source.code, e.code, e.target and e.target.code) for e in code_document(codebook, document)}


def test_output_passes_check(imported):
    out, _ = imported
    assert sorted(p.name for p in out.iterdir()) == [
        "petrarch-actors.yaml", "petrarch-agents.yaml", "petrarch-verbs.yaml", "report.json", "report.md",
    ]
    errors = [p for p in check_codebook(out) if p.is_error]
    assert errors == []


def test_report_lists_every_entry_not_converted_with_reason(imported):
    out, report = imported
    reasons = {(s["entry"], s["reason"]) for s in report["skipped"]}
    assert ("- * ENVOY (TO) TALKS [042]", "several words or phrases in sequence after the verb") in reasons
    assert not any(entry.startswith(("- * TROOPS", "- * CHRISTMAS", "- * SUPPORT")) for entry, _ in reasons)
    assert not any(entry.startswith(("- * NOTHING", "- * ASYLUM")) for entry, _ in reasons)
    assert not any(entry.startswith("MSF") for entry, _ in reasons)  # a prefix agent converts
    assert not any(entry.startswith("THE_SHIRE") for entry, _ in reasons)  # FRO/BIL/SAM is kept
    assert [s for s in report["skipped"] if s["kind"] == "discards"] == []
    assert report["converted"]["discards"] == 2
    line = next(s["line"] for s in report["skipped"] if s["entry"].startswith("- * ENVOY"))
    assert VERBS.splitlines()[line - 1].startswith("- * ENVOY")
    # the counts agree with the list
    assert sum(report["not_converted"].values()) == len(report["skipped"])
    for kind, reasons_count in report["not_converted_by_reason"].items():
        assert sum(reasons_count.values()) == report["not_converted"][kind]
    assert report["converted"]["patterns"] == 10  # &WEAPON (TO +), {PEACE ENVOY}, %, (TO), TROOPS, [999], [174L], [---], [:050], {IMPROVED TIES}
    assert "ENVOY (TO) TALKS" in (out / "report.md").read_text(encoding="utf-8")


def test_codes_outside_cameo_are_declared_as_extensions(imported):
    """The dictionary's own codes: parent = the longest CAMEO prefix (174L -> 174), else a new
    two-digit root (999 -> 99); a letter suffix is written as an extension name (174.L)."""
    out, report = imported
    declared = {d["code"]: (d["id"], d["parent"]) for d in report["declared_as_extension"]}
    assert declared == {"99": ("99", None), "999": ("999", "99"), "174L": ("174.L", "174")}
    assert "## Codes declared as taxonomy extensions" in (out / "report.md").read_text(encoding="utf-8")
    events = _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 asylum asylum NOUN 2 obj
        4 in in ADP 5 case
        5 Gondor Gondor PROPN 2 obl
    """)
    assert events == {("ARN", "174.L", "GON")}
    codebook = load_codebook(out, language="en")
    assert codebook.taxonomy["174.L"].root == "17" and codebook.taxonomy["999"].root == "99"


def test_synset_pattern_and_target_in_prepositional_phrase(imported):
    out, _ = imported
    events = _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 sent send VERB 0 root
        3 missiles missile NOUN 2 obj
        4 to to ADP 5 case
        5 Gondor Gondor PROPN 2 obl
    """)
    assert events == {("ARN", "072", "GON")}


def test_null_code_pattern_blocks_the_verb(imported):
    """``- * CHRISTMAS [---]``: the verb codes nothing when its object is *Christmas* (without the
    pattern, the default CONDEMN [111] would code Arnor -> Gondor)."""
    out, _ = imported
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 celebrations celebration NOUN 2 obj
        4 in in ADP 5 case
        5 Gondor Gondor PROPN 2 obl
    """
    assert _code(out, rows) == {("ARN", "111", "GON")}
    assert _code(out, rows.replace("celebrations celebration", "Christmas Christmas")) == set()


def test_reverse_only_code(imported):
    """``[:050]``: only the reverse event, from the target to the source."""
    out, _ = imported
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 support support NOUN 2 obj
        4 from from ADP 5 case
        5 Gondor Gondor PROPN 2 obl
    """) == {("GON", "050", "ARN")}


def test_phrase_dependent_matches_by_form(imported):
    """``{IMPROVED TIES}``: the parse lemmatises the participle *improved* as *improve*."""
    out, _ = imported
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 improved improve VERB 4 amod
        4 ties tie NOUN 2 obj
        5 with with ADP 6 case
        6 Gondor Gondor PROPN 4 nmod
    """) == {("ARN", "051", "GON")}


def test_target_in_the_objects_clause(imported):
    """No actor in the object: the first actor of a participle on it ("the roads leading into
    Gondor"), or, without an object, the subject of a clausal complement."""
    out, _ = imported
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 roads road NOUN 2 obj
        4 leading lead VERB 3 acl
        5 into into ADP 6 case
        6 Gondor Gondor PROPN 4 obl
    """) == {("ARN", "111", "GON")}
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 that that SCONJ 5 mark
        4 Gondor Gondor PROPN 5 nsubj
        5 lied lie VERB 2 ccomp
    """) == {("ARN", "111", "GON")}
    # nor in a clausal complement: the object of a purpose clause ("... to supply Gondor")
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 plans plan NOUN 2 obj
        4 to to PART 5 mark
        5 arm arm VERB 2 advcl
        6 Gondor Gondor PROPN 5 obj
    """) == {("ARN", "111", "GON")}


def test_pattern_words_in_a_prepositional_phrase_the_parser_made(tmp_path):
    """A pattern's words after the verb are found in an ``obl`` when no object holds them:
    "Arnor received by courier money from Gondor" (*money* parsed as an ``obl`` with *by*)."""
    out = _import_verbs(tmp_path, """
--- RECEIVE  [033]  ---
RECEIVE
- + * MONEY $  [071]
""")
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 received receive VERB 0 root
        3 by by ADP 5 case
        4 courier courier NOUN 5 compound
        5 money money NOUN 2 obl
        6 from from ADP 7 case
        7 Gondor Gondor PROPN 5 nmod
    """) == {("GON", "071", "ARN")}


def test_passive_source_in_a_from_or_in_phrase(imported):
    """PETRARCH's passive: without a "by" phrase, the source is in a "from" or "in" phrase."""
    out, _ = imported
    rows = """
        1 Gondor Gondor PROPN 3 nsubj:pass
        2 was be AUX 3 aux:pass
        3 condemned condemn VERB 0 root
        4 in in ADP 5 case
        5 Arnor Arnor PROPN 3 obl
    """
    assert _code(out, rows) == {("ARN", "111", "GON")}
    active = rows.replace("2 was be AUX 3 aux:pass", "2 has have AUX 3 aux").replace("nsubj:pass", "nsubj")
    assert _code(out, active) == {("GON", "111", "ARN")}  # active: the subject is the source


def test_discards_become_rules(imported):
    """``BASEBALL`` drops its sentence; ``+World Golf Championships`` the whole story."""
    out, _ = imported
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 sent send VERB 0 root
        3 missiles missile NOUN 2 obj
        4 to to ADP 5 case
        5 Gondor Gondor PROPN 2 obl
    """
    assert _code(out, rows) == {("ARN", "072", "GON")}
    assert _code(out, rows + "    6 baseball baseball NOUN 3 nmod\n") == set()
    golf = "    6 World World PROPN 8 compound\n    7 Golf Golf PROPN 8 compound\n    8 Championships championship PROPN 3 nmod\n"
    assert _code(out, rows + golf) == set()
    verbs = (out / "petrarch-verbs.yaml").read_text(encoding="utf-8")
    assert '"scope": "document"' in verbs and '"world golf championships"' in verbs


def test_paired_code_and_verb_with_its_own_code(imported):
    out, _ = imported
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 dispatched dispatch VERB 0 root
        3 to to ADP 4 case
        4 Gondor Gondor PROPN 2 obl
    """) == {("ARN", "042", "GON"), ("GON", "043", "ARN")}
    assert _code(out, """
        1 Arnor Arnor PROPN 2 nsubj
        2 denounced denounce VERB 0 root
        3 Gondor Gondor PROPN 2 obj
    """) == {("ARN", "112", "GON")}


def test_compound_subject_codes_between_conjuncts(imported):
    out, _ = imported
    assert _code(out, """
        1 Arnor Arnor PROPN 4 nsubj
        2 and and CCONJ 3 cc
        3 Gondor Gondor PROPN 1 conj
        4 sent send VERB 0 root
    """) == {("ARN", "040", "GON"), ("GON", "040", "ARN")}


def test_multiword_verb_needs_its_particle(imported):
    out, _ = imported
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 cordoned cordon VERB 0 root
        3 off off ADP 2 compound:prt
        4 Gondor Gondor PROPN 2 obj
    """
    assert _code(out, rows) == {("ARN", "144", "GON")}
    assert _code(out, rows.replace("compound:prt", "advmod").replace(" off off ", " up up ")) == set()


@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2008-01-19", "HOBCIV"),
        ("2008-01-20", "HOBCIV"),  # bounds are inclusive: the restriction written first wins
        ("2008-01-21", "HOBMIL"),
        ("2010-01-10", "ORCHOB"),  # inside HOBMIL's window, written before it
        ("2010-01-13", "HOBMIL"),
        ("2012-12-01", "HOB"),  # no restriction: the default
        ("2013-01-19", "HOBELI"),  # YYMMDD: 130119 is 2013
    ],
)
def test_date_restrictions_before_the_default(imported, date, code):
    out, _ = imported
    events = _code(out, """
        1 Sam Sam PROPN 3 nsubj
        2 Gamgee Gamgee PROPN 1 flat
        3 denounced denounce VERB 0 root
        4 Gondor Gondor PROPN 3 obj
    """, date)
    assert events == {(code, "112", "GON")}


def test_agents_compose_with_a_country(imported):
    out, _ = imported
    assert _code(out, """
        1 Arnorian Arnorian ADJ 2 amod
        2 soldiers soldier NOUN 3 nsubj
        3 denounced denounce VERB 0 root
        4 congressmen congressman NOUN 3 obj
    """) == {("ARNMIL", "112", "LEG")}


def test_multiword_agent_is_a_phrase(imported):
    out, _ = imported
    rows = """
        1 Arnorian Arnorian ADJ 3 amod
        2 foreign foreign ADJ 3 amod
        3 ministers minister NOUN 4 nsubj
        4 denounced denounce VERB 0 root
        5 Gondor Gondor PROPN 4 obj
    """
    assert _code(out, rows) == {("ARNGOVFRM", "112", "GON")}
    assert _code(out, rows.replace(" foreign foreign ", " new new ")) == {("ARNGOV", "112", "GON")}


def test_agents_stack_as_petrarch_composes(imported):
    """The imported agents compose as PETRARCH's (``agent_codes: stacked``): every agent of the
    phrase after the actor's whole code (ARN + GOV + MIL), where the default keeps one agent."""
    out, _ = imported
    assert '"agent_codes": "stacked"' in (out / "petrarch-agents.yaml").read_text(encoding="utf-8")
    assert _code(out, """
        1 Arnorian Arnorian ADJ 3 amod
        2 government government NOUN 3 compound
        3 soldiers soldier NOUN 4 nsubj
        4 denounced denounce VERB 0 root
        5 Gondor Gondor PROPN 4 obj
    """) == {("ARNGOVMIL", "112", "GON")}


def test_two_digit_years():
    assert petrarch_date("950601").isoformat() == "1995-06-01"
    assert petrarch_date("070723").isoformat() == "2007-07-23"
    assert petrarch_date("20121109").isoformat() == "2012-11-09"
    with pytest.raises(ValueError):
        petrarch_date("95061")


@pytest.mark.integration
def test_full_phoenix_dictionaries(shared_dir, tmp_path):
    """CAMEO.2.0 + Phoenix actors/agents/discards: import finishes, passes check, counts agree."""
    peers = shared_dir / "peers" / "petrarch2-dictionaries"
    result = convert(
        verbs=peers / "CAMEO.2.0.txt",
        actors=[peers / f"Phoenix.{name}.actors.txt" for name in ("Countries", "International", "MilNonState")],
        agents=peers / "Phoenix.agents.txt",
        discards=peers / "Phoenix.discards.txt",
        out_dir=tmp_path,
    )
    print(f"import of the full Phoenix dictionaries: {result.seconds:.1f} s")
    assert [p for p in check_codebook(tmp_path) if p.is_error] == []
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["converted"]["patterns"] > 4000 and report["converted"]["actors"] > 20000
    assert sum(report["not_converted"].values()) == len(report["skipped"])
    for kind, reasons in report["not_converted_by_reason"].items():
        assert sum(reasons.values()) == report["not_converted"][kind]


ONTOLOGY = """\
# a made-up ontology in the format of PETRARCH's internal coding ontology (PICO), whose values
# exercise its negation rule
050:0x0080#DiplomaticCoop
060:0x0070#MaterialCoop
110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
111:0x7001
120:-0xFFFF#Reject
121:-0xFFFF+0x0070
---:0
"""


def test_negation_table_from_the_ontology(tmp_path):
    """PETRARCH negates a code by subtracting 0xFFFF from its PICO value: not X is the code whose
    value that is (060 -> 121 *refuse material cooperation*; the suite's 110 -> 050); a code
    whose negation has no code (111) is not in the table."""
    from eventcode.importers.petrarch import Report, negation_table, parse_ontology

    path = tmp_path / "pico.txt"
    path.write_text(ONTOLOGY + "060 0x0070 (no colon)\n", encoding="utf-8")
    report = Report()
    values = parse_ontology(path, report)
    assert [(s.kind, s.line, s.reason) for s in report.skipped] == [("ontology", len(ONTOLOGY.splitlines()) + 1, "not a CODE:VALUE line")]
    assert values["121"] == -0xFFFF + 0x70 and values["110"] == 0x1007F and "---" not in values
    assert negation_table(values) == {"060": "121", "110": "050"}


def test_negated_event_recoded_by_the_ontology(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    verbs = "--- CLASH  [110]  ---\nCLASH\n- * (OVER EFFORTS)  [110]\n\n--- CONDEMN  [111]  ---\nCONDEMN\n"
    for name, text in (("v.txt", verbs), ("a.txt", ACTORS), ("g.txt", AGENTS), ("o.txt", ONTOLOGY)):
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    convert(verbs=src / "v.txt", actors=[src / "a.txt"], agents=src / "g.txt", out_dir=out, ontology=src / "o.txt")
    assert [p for p in check_codebook(out) if p.is_error] == []
    codebook = load_codebook(out, language="en")

    def events(verb: str, negated: bool) -> set[tuple]:
        neg = "3\tnot\tnot\tPART\t_\tPolarity=Neg\t4\tadvmod\t_\t_\n" if negated else "3\tnow\tnow\tADV\t_\t_\t4\tadvmod\t_\t_\n"
        text = (
            "# newdoc id = t\n# text = x\n"
            "1\tArnor\tArnor\tPROPN\t_\t_\t4\tnsubj\t_\t_\n2\tdid\tdo\tAUX\t_\t_\t4\taux\t_\t_\n" + neg
            + f"4\t{verb}\t{verb}\tVERB\t_\t_\t0\troot\t_\t_\n5\tGondor\tGondor\tPROPN\t_\t_\t4\tobj\t_\t_\n\n"
        )
        (document,) = read_conllu(text)
        return {(e.source.code, e.code, e.target.code, e.negated) for e in code_document(codebook, document)}

    assert events("clash", negated=False) == {("ARN", "110", "GON", False)}
    assert events("clash", negated=True) == {("ARN", "050", "GON", True)}  # not disapprove: 050
    assert events("condemn", negated=True) == {("ARN", "111", "GON", True)}  # 111 has no negation: flagged


def test_compound_actor_code_is_kept_as_written(imported):
    """PETRARCH writes ``THE_SHIRE [FRO/BIL/SAM]`` in its events as it is: one actor, code
    ``FRO/BIL/SAM``."""
    out, _ = imported
    events = _code(out, """
        1 The the DET 2 det
        2 Shire Shire PROPN 3 nsubj
        3 condemned condemn VERB 0 root
        4 Gondor Gondor PROPN 3 obj
    """)
    assert events == {("FRO/BIL/SAM", "111", "GON")}


def test_passive_source_named_in_a_prepositional_phrase(imported):
    """Without a "by", "from" or "in" phrase, a passive's source is the first actor named in the
    verb's prepositional phrases, as PETRARCH takes the first actor after the verb."""
    out, _ = imported
    rows = """
        1 Gondor Gondor PROPN 3 nsubj:pass
        2 was be AUX 3 aux:pass
        3 condemned condemn VERB 0 root
        4 over over ADP 5 case
        5 dispute dispute NOUN 3 obl
        6 with with ADP 7 case
        7 Arnor Arnor PROPN 5 nmod
    """
    assert _code(out, rows) == {("ARN", "111", "GON")}


def test_words_before_the_verb_are_in_the_subject(tmp_path):
    """``- RECENTLY * [025]``, ``- POLICY * [060]``: PETRARCH looks for the words before the
    verb in the subject's phrase, so an adverb *recently* on the verb does not match."""
    out = _import_verbs(tmp_path, "--- ALLOW  [080]  ---\nALLOW\n- RECENTLY *  [025]\n- POLICY *  [060]\n")
    adverb = """
        1 Arnor Arnor PROPN 3 nsubj
        2 recently recently ADV 3 advmod
        3 allowed allow VERB 0 root
        4 Gondor Gondor PROPN 3 obj
    """
    assert _code(out, adverb) == {("ARN", "080", "GON")}
    subject = """
        1 Arnor Arnor PROPN 2 compound
        2 policy policy NOUN 3 nsubj
        3 allowed allow VERB 0 root
        4 Gondor Gondor PROPN 3 obj
    """
    assert {code for _, code, _ in _code(out, subject)} == {"060"}


def test_prepositional_phrase_words_match_open(tmp_path):
    """PETRARCH's "open" match: ``MEMOS (ON &TIETYPES)`` matches *memos on economic issues*, the
    set word a modifier of the phrase's noun; *memos on issues* does not match it."""
    out = _import_verbs(tmp_path, "&TIETYPES\n+ECONOMIC\n+CULTURAL\n\n--- WELCOME  [050]  ---\nWELCOME\n- * MEMOS (ON &TIETYPES)  [912]\n")
    assert [p for p in check_codebook(out) if p.is_error] == []
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 welcomed welcome VERB 0 root
        3 memos memo NOUN 2 obj
        4 on on ADP 6 case
        5 economic economic ADJ 6 amod
        6 issues issue NOUN 3 nmod
        7 from from ADP 8 case
        8 Gondor Gondor PROPN 3 nmod
    """
    assert _code(out, rows) == {("ARN", "912", "GON")}
    plain = rows.replace("5 economic economic ADJ 6 amod", "5 new new ADJ 6 amod")
    assert _code(out, plain) == {("ARN", "050", "GON")}


def test_the_longest_phrase_wins(tmp_path):
    """PETRARCH's longest match: *austrian gold florin* is &HYPERCURR's three-word phrase, tried
    before &CURRENCY's *austrian florin* (two words) of an earlier pattern."""
    out = _import_verbs(tmp_path, (
        "&CURRENCY\n+FLORIN\n+AUSTRIAN FLORIN\n\n&HYPERCURR\n+BITCOIN\n+AUSTRIAN GOLD FLORIN\n\n"
        "--- CONTRIBUTE  [070]  ---\nCONTRIBUTE\n- * &CURRENCY  [071]\n- * &HYPERCURR  [904]\n"
    ))
    assert [p for p in check_codebook(out) if p.is_error] == []
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 contributed contribute VERB 0 root
        3 austrian austrian ADJ 5 amod
        4 gold gold NOUN 5 compound
        5 florin florin NOUN 2 obj
        6 to to ADP 7 case
        7 Gondor Gondor PROPN 2 obl
    """
    assert _code(out, rows) == {("ARN", "904", "GON")}
    two_words = rows.replace("4 gold gold NOUN 5 compound", "4 new new ADJ 5 amod")
    assert _code(out, two_words) == {("ARN", "071", "GON")}


def test_particle_parsed_as_a_preposition(imported):
    """*cordoned off the roads leading into Gondor* parsed with *off* as the preposition of
    *roads*: it is still CORDON_OFF's particle, and the target is found in the participle on that
    phrase, as on an object (*cordoned the roads leading into Gondor*)."""
    out, _ = imported
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 cordoned cordon VERB 0 root
        3 off off ADP 5 case
        4 the the DET 5 det
        5 roads road NOUN 2 obl
        6 leading lead VERB 5 acl
        7 into into ADP 8 case
        8 Gondor Gondor PROPN 6 obl
    """
    assert _code(out, rows) == {("ARN", "144", "GON")}
    assert _code(out, rows.replace(" off off ", " near near ")) == set()  # no particle: not CORDON_OFF


def test_target_in_a_participle_on_the_objects_phrase(imported):
    """*condemned memos on issues sent from Gondor*: the first actor after the verb is in a
    participle on a prepositional phrase of the object."""
    out, _ = imported
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 condemned condemn VERB 0 root
        3 memos memo NOUN 2 obj
        4 on on ADP 5 case
        5 issues issue NOUN 3 nmod
        6 sent send VERB 5 acl
        7 from from ADP 8 case
        8 Gondor Gondor PROPN 6 obl
    """
    assert _code(out, rows) == {("ARN", "111", "GON")}


def test_prefix_agent_goes_before_the_country(imported):
    """``MSF {} [NGO~]``: PETRARCH writes the agent's code before the country's (*MSF Arnor*
    -> NGOARN), where ``[~GOV]`` goes after it."""
    out, _ = imported
    rows = """
        1 MSF MSF PROPN 2 flat
        2 Arnor Arnor PROPN 3 nsubj
        3 condemned condemn VERB 0 root
        4 Gondor Gondor PROPN 3 obj
    """
    assert _code(out, rows) == {("NGOARN", "111", "GON")}


def test_pattern_words_in_an_infinitival_complement(tmp_path):
    """PETRARCH matches a pattern's words anywhere after the verb in its verb phrase: VOW's
    ``- * WAR`` matches *vowed to wage war on Gondor*, the target in that complement too."""
    out = _import_verbs(tmp_path, "--- VOW  [170]  ---\nVOW\n- * WAR  [190]\n")
    rows = """
        1 Arnor Arnor PROPN 2 nsubj
        2 vowed vow VERB 0 root
        3 to to PART 4 mark
        4 wage wage VERB 2 xcomp
        5 war war NOUN 4 obj
        6 on on ADP 7 case
        7 Gondor Gondor PROPN 4 obl
    """
    assert _code(out, rows) == {("ARN", "190", "GON")}
    assert _code(out, rows.replace("4 xcomp", "4 advcl")) == {("ARN", "190", "GON")}
