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
    assert ("MSF [NGO~]", "prefix agent code (NGO~): the engine composes country + sector only") in reasons
    assert ("THE_SHIRE [FRO/BIL/SAM]", "several codes in one entry (A/B)") in reasons
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
