"""``eventcode eval ngec-actors``: NGEC's field split, the scoring arithmetic on hand-made
resolutions, malformed records, the clear failures, and the command on ../shared."""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys

import pytest

from eventcode.evaluation import ngec_actors
from eventcode.evaluation.ngec_actors import ROLE_CODES, Case, Expectation, Resolution, Tally, load_cases, split_code


def _case(text: str, *expectations: tuple[str, str, str | None], context: str | None = None) -> Case:
    return Case(id=text, method="agent_to_code", text=text, expectations=tuple(Expectation(*e) for e in expectations), context=context)


def test_split_code_into_ngec_fields():
    assert split_code("PRKGOVMIL") == {"country": "PRK", "code_1": "GOV", "code_2": "MIL"}
    assert split_code("GOV") == {"country": "", "code_1": "GOV", "code_2": ""}  # an agent alone
    assert split_code("RUS") == {"country": "RUS", "code_1": "", "code_2": ""}
    assert split_code(None) == {"country": "", "code_1": "", "code_2": ""}
    # organisation identifiers are not sectors
    assert split_code("IGONAT") == {"country": "IGO", "code_1": "", "code_2": ""}
    assert split_code("PSEREBHMS") == {"country": "PSE", "code_1": "REB", "code_2": ""}


def test_split_code_uses_ngec_notation():
    assert split_code("IGOUNOWHO")["country"] == "UNO"
    assert split_code("IGOEEC") == {"country": "EUR", "code_1": "", "code_2": ""}
    assert split_code("IGOLEG") == {"country": "IGO", "code_1": "LEG", "code_2": ""}
    assert split_code("KSVGOV") == {"country": "XKX", "code_1": "GOV", "code_2": ""}


def test_no_country_code_of_the_codebook_reads_as_a_sector():
    """split_code takes a leading role code for an agent alone: no country may be spelt like one."""
    from eventcode.codebook import load_codebook

    codebook = load_codebook(language="en")
    countries = {entry.default for entry in codebook.actors.values() if entry.type == "country" and entry.default}
    assert countries and not countries & ROLE_CODES
    assert {agent.sector for agent in codebook.agents.values()} <= ROLE_CODES


def test_which_cases_expect_an_actor():
    assert _case("Russian soldiers", ("country", "==", "RUS"), ("code_1", "==", "MIL")).expects_actor
    assert _case("authorities", ("country", "==", ""), ("code_1", "==", "GOV")).expects_actor
    two_men = _case("two men", ("wiki", "==", ""), ("country", "==", ""), ("code_1", "==", "UNK"))
    assert not two_men.expects_actor and two_men.expects_no_actor
    assert _case("a demand", ("", "==", None)).expects_no_actor
    waluke = _case("John Waluke", ("country", "!=", "GBR"))  # says only what he is not
    assert not waluke.expects_actor and not waluke.expects_no_actor


def test_tally_arithmetic_on_hand_made_resolutions():
    tally = Tally()
    bush = Resolution(code="USAGOV", actor_id="george-w-bush", how="name", entry_type="person")
    titles = {"George W. Bush": bush, "Geneva": Resolution()}
    # right: country and sector
    assert tally.add(_case("Russian soldiers", ("country", "==", "RUS"), ("code_1", "==", "MIL")), Resolution(code="RUSMIL", how="agent"), titles)
    # wrong sector, right country
    assert not tally.add(_case("Angela Merkel", ("country", "==", "DEU"), ("code_1", "==", "GOV")), Resolution(code="DEUELI", how="name"), titles)
    # an alias title naming the same entry
    assert tally.add(_case("G. W. Bush", ("title", "==", "George W. Bush")), bush, titles)
    # the title resolves to nothing: wrong, even when the input resolves to nothing too
    assert not tally.add(_case("Geneva", ("title", "==", "Geneva")), Resolution(), titles)
    # expects no actor, something resolved: a false resolution
    assert not tally.add(_case("two men", ("country", "==", ""), ("code_1", "==", "UNK")), Resolution(code="CVL", how="agent"), titles)
    # only an NGEC internal: not scored
    tally.add(_case("soldiers", ("pattern", "!=", "soldiers")), Resolution(code="MIL", how="agent"), titles)
    # != holds when the country differs; a context case is counted apart
    assert tally.add(_case("John Waluke", ("country", "!=", "GBR"), context="Uganda"), Resolution(), titles)

    d = tally.to_dict(outcomes=False)
    assert (d["cases"], d["expect_actor"], d["resolved"], d["coverage"]) == (7, 4, 3, 0.75)
    assert (d["expect_no_actor"], d["false_resolutions"]) == (1, 1)
    assert (d["country_checks"], d["country_accuracy"]) == (4, 1.0)
    assert (d["sector_checks"], d["sector_accuracy"]) == (3, round(1 / 3, 4))
    assert (d["identity_checks"], d["identity_accuracy"], d["alias_checks"], d["alias_accuracy"]) == (2, 0.5, 1, 1.0)
    assert d["code_2_checks"] == 0 and d["code_2_accuracy"] is None
    assert (d["scored_cases"], d["cases_right"], d["case_accuracy"]) == (6, 3, 0.5)
    assert d["unscored_expectations"] == {"pattern": 1}
    assert (d["context_cases"], d["context_cases_right"]) == (1, 1)
    assert d["by_method"] == {"agent_to_code": {"cases": 6, "right": 3}}
    report = ngec_actors.format_tally(tally, 0.0, failures=10)
    assert "FAIL 'Angela Merkel': got DEUELI (name); want code_1 == 'GOV'" in report
    assert "FAIL 'soldiers'" not in report  # nothing scored, nothing failed


def test_empty_title_holds_unless_a_person_or_organisation_is_named():
    tally = Tally()
    no_article = ("wiki", "==", "")
    assert tally.add(_case("Slovak Soldiers", no_article), Resolution(code="SVKMIL", how="agent"), {})
    assert tally.add(_case("South Africa", no_article), Resolution(code="ZAF", actor_id="ZAF", how="name", entry_type="country"), {})
    assert not tally.add(_case("Jaunbocus", no_article), Resolution(code="GBRGOV", actor_id="x", how="name", entry_type="person"), {})


def test_malformed_records_are_counted_and_logged(tmp_path, caplog):
    good = {"method": "agent_to_code", "input": "IMF", "context": None, "test": "t", "all_expectations": [{"field": "country", "op": "==", "value": "IGO"}]}
    lines = [
        json.dumps(good),
        "",
        "{not json",
        json.dumps({"input": "x"}),  # no expectations
        json.dumps({**good, "input": None}),
        json.dumps({**good, "all_expectations": []}),
        json.dumps({**good, "all_expectations": [{"field": "country", "op": "in", "value": ["A"]}]}),
        json.dumps(["a list"]),
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="eventcode.evaluation.ngec_actors"):
        cases, bad = load_cases(path)
    assert [c.text for c in cases] == ["IMF"] and bad == 6
    assert sum("malformed record" in r.getMessage() for r in caplog.records) == 6
    assert f"{path}:3:" in caplog.text


def _args(shared, **overrides) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    ngec_actors.add_arguments(parser)
    args = parser.parse_args(["--shared", str(shared)])
    for key, value in overrides.items():
        setattr(args, key, value)
    return args


def test_missing_dataset_is_a_clear_failure(tmp_path, capsys):
    assert ngec_actors.run(_args(tmp_path)) == 2
    assert "ngec_actor_resolution_cases.jsonl not found" in capsys.readouterr().err


def test_missing_english_model_is_a_clear_failure(tmp_path, capsys):
    records = tmp_path / ngec_actors.RECORDS
    records.parent.mkdir(parents=True)
    records.write_text("", encoding="utf-8")
    models = tmp_path / "no-models"
    models.mkdir()
    assert ngec_actors.run(_args(tmp_path, models_dir=str(models))) == 2
    assert "no English Stanza model" in capsys.readouterr().err


@pytest.mark.integration
def test_eval_ngec_actors_on_the_dev_set(shared_dir, tmp_path):
    if not (shared_dir / ngec_actors.RECORDS).is_file():
        pytest.skip(f"{shared_dir / ngec_actors.RECORDS} is not here")
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [sys.executable, "-m", "eventcode", "eval", "ngec-actors", "--shared", str(shared_dir), "--failures", "3", "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    if proc.returncode == 2 and "no English Stanza model" in proc.stderr:
        pytest.skip(proc.stderr.strip())
    assert proc.returncode == 0, proc.stderr
    for label in ("coverage (resolved):", "country accuracy:", "sector (code_1) accuracy:", "identity (wiki) accuracy:", "cases fully right:"):
        assert label in proc.stdout
    assert proc.stdout.count("  FAIL ") <= 3
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["cases"] + result["malformed"] == sum(1 for line in (shared_dir / ngec_actors.RECORDS).open(encoding="utf-8") if line.strip())
    assert len(result["outcomes"]) == result["cases"] > 0
    assert result["country_checks"] > 0 and result["sector_checks"] > 0 and result["identity_checks"] > 0
    for key in ("coverage", "country_accuracy", "sector_accuracy", "identity_accuracy", "case_accuracy"):
        assert 0.0 <= result[key] <= 1.0, key
    assert 0 <= result["false_resolutions"] <= result["expect_no_actor"]
    assert result["cases_right"] <= result["scored_cases"] <= result["cases"]
