"""Writers: every format, byte-for-byte determinism, skipped events counted, the 043 swap."""

from __future__ import annotations

import csv
import io
import json

import attrs
import pytest

from eventcode.model import Actor, Event
from eventcode.output import (
    CSV_COLUMNS,
    FORMATS,
    PHOENIX_COLUMNS,
    open_writer,
    split_actor_code,
    to_plover,
    write_events,
)


def event(code: str = "042", **changes: object) -> Event:
    """North Korea's foreign minister visits Russia (042), as the coder would emit it."""
    fields: dict[str, object] = dict(
        code=code,
        root=code[:2],
        source=Actor("PRKGOV", "La ministre des Affaires étrangères", "prk-fm", (1, 2)),
        target=Actor("RUS", "Moscou", "rus", (23,)),
        trigger="visite",
        rule="fr.visit.en_visite",
        rule_location="codebooks/fr/verbs.yaml:12",
        trigger_ids=(20,),
        sentence_index=0,
        doc_id="russie-coree",
        name="Make a visit",
        goldstein=1.9,
        quad_class=1,
        plover_event="CONSULT",
        plover_mode="visit",
        date="2025-10-27",
        sentence_text="La ministre\tdes Affaires étrangères est en visite à Moscou.",
    )
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


HOST = event(
    "043",
    source=Actor("RUSGOV", "le président russe", "rus-pres", (32, 33)),
    target=Actor("PRKGOV", "elle", "prk-fm", (26,), how="pronoun"),
    trigger="reçue",
    trigger_ids=(29,),
    name="Host a visit",
    goldstein=2.8,
    plover_swap=True,
)
STATEMENT = event("010", plover_event=None, plover_mode=None, target=None)  # CAMEO 01: no PLOVER event
DENIED = event(negated=True)
EVENTS = [event(), HOST, STATEMENT, DENIED]


def render(fmt: str, events: list[Event]) -> str:
    stream = io.StringIO()
    write_events(events, fmt, stream)
    return stream.getvalue()


class TestJsonl:
    def test_one_sorted_to_dict_per_line(self) -> None:
        lines = render("jsonl", EVENTS).splitlines()
        assert [e.to_dict() for e in EVENTS] == [json.loads(line) for line in lines]
        assert list(json.loads(lines[0])) == sorted(json.loads(lines[0]))

    def test_non_ascii_kept(self) -> None:
        """ensure_ascii=False: "étrangères" stays readable in the file."""
        assert "étrangères" in render("jsonl", [event()])

    def test_code_stays_a_string(self) -> None:
        assert "042" == json.loads(render("jsonl", [event()]))["code"]


class TestCsv:
    def test_header_and_flat_row(self) -> None:
        rows = list(csv.reader(io.StringIO(render("csv", [event(), DENIED]))))
        assert list(CSV_COLUMNS) == rows[0]
        first = dict(zip(rows[0], rows[1]))
        assert "042" == first["code"]
        assert ("PRKGOV", "RUS", "Moscou") == (first["source_code"], first["target_code"], first["target_text"])
        assert ("1.9", "1", "false") == (first["goldstein"], first["quad_class"], first["negated"])
        assert "true" == dict(zip(rows[0], rows[2]))["negated"]

    def test_missing_target_is_empty(self) -> None:
        rows = list(csv.reader(io.StringIO(render("csv", [STATEMENT]))))
        row = dict(zip(rows[0], rows[1]))
        assert ("", "", "") == (row["target_code"], row["target_text"], row["plover_event"])


class TestPhoenix:
    def test_columns_and_values(self) -> None:
        lines = render("tsv", [event(), HOST]).splitlines()
        assert list(PHOENIX_COLUMNS) == lines[0].split("\t")
        row = dict(zip(PHOENIX_COLUMNS, lines[2].split("\t")))
        assert ("20251027", "2025", "10", "27") == (row["date"], row["year"], row["month"], row["day"])
        assert ("RUSGOV", "RUS", "GOV", "") == (row["source"], row["src_actor"], row["src_agent"], row["src_other_agent"])
        assert ("PRKGOV", "PRK", "GOV") == (row["target"], row["tgt_actor"], row["tgt_agent"])
        assert ("043", "04", "1", "2.8") == (row["code"], row["root_code"], row["quad_class"], row["goldstein"])
        assert "russie-coree" == row["aid"]
        assert all(len(line.split("\t")) == len(PHOENIX_COLUMNS) for line in lines)

    def test_negated_event_skipped_and_counted(self) -> None:
        stream = io.StringIO()
        writer = write_events([event(), DENIED], "tsv", stream)
        assert 2 == len(stream.getvalue().splitlines())  # header + one event
        assert (1, 1) == (writer.written, sum(writer.skipped.values()))

    def test_split_actor_code(self) -> None:
        assert ("RUS", "GOV", "MIL;ELI") == split_actor_code("RUSGOVMILELI")
        assert ("IGO", "", "") == split_actor_code("IGO")
        assert ("", "", "") == split_actor_code("")


class TestPlover:
    def test_043_swaps_actor_and_recipient(self) -> None:
        """Hosting: CAMEO source Russia hosts; in PLOVER the visitor (North Korea) is the actor."""
        record = to_plover(HOST)
        assert [{"code": "PRKGOV", "text": "elle"}] == record["actor"]
        assert [{"code": "RUSGOV", "text": "le président russe"}] == record["recipient"]
        assert ("CONSULT", "visit", "043", True) == (record["event"], record["mode"], record["cameo"], record["swapped"])

    def test_042_keeps_the_order(self) -> None:
        record = to_plover(event())
        assert "PRKGOV" == record["actor"][0]["code"]
        assert "RUS" == record["recipient"][0]["code"]
        assert record["swapped"] is False

    def test_events_without_plover_or_negated_are_skipped_and_counted(self) -> None:
        stream = io.StringIO()
        writer = write_events(EVENTS, "plover", stream)
        written = [json.loads(line) for line in stream.getvalue().splitlines()]
        assert ["042", "043"] == [r["cameo"] for r in written]
        assert 2 == writer.written
        assert [1, 1] == sorted(writer.skipped.values())


class TestAllFormats:
    @pytest.mark.parametrize("fmt", FORMATS)
    def test_deterministic(self, fmt: str) -> None:
        """Same events, same bytes: twice in a row, and from equal but distinct objects."""
        rebuilt = [attrs.evolve(e) for e in EVENTS]
        assert render(fmt, EVENTS) == render(fmt, EVENTS) == render(fmt, rebuilt)

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_no_event_no_record(self, fmt: str) -> None:
        """An empty batch writes at most the header line."""
        assert render(fmt, []).count("\n") <= 1

    @pytest.mark.parametrize("fmt", ["tsv", "csv"])
    def test_tab_and_newline_in_text_do_not_break_rows(self, fmt: str) -> None:
        tricky = event(target=Actor("RUS", "Mos\tcou\nville"))
        text = render(fmt, [tricky])
        rows = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
        assert 2 == len(rows)
        assert len(rows[0]) == len(rows[1])

    def test_unknown_format(self) -> None:
        with pytest.raises(ValueError, match="unknown output format 'xml'; expected one of jsonl, csv, tsv, plover"):
            open_writer("xml", io.StringIO())


class TestOneADay:
    def test_same_day_dyad_and_code_written_once(self) -> None:
        """A second report of the same visit (another document, same day) is left out and counted."""
        again = event(doc_id="other-article", trigger_ids=(3,))
        next_day = event(date="2025-10-28")
        stream = io.StringIO()
        writer = write_events([event(), again, next_day, HOST], "jsonl", stream, one_a_day=True)
        written = [json.loads(line) for line in stream.getvalue().splitlines()]
        assert [("russie-coree", "2025-10-27", "042"), ("russie-coree", "2025-10-28", "042"), ("russie-coree", "2025-10-27", "043")] == [
            (r["doc_id"], r["date"], r["code"]) for r in written
        ]
        assert (3, 1) == (writer.written, sum(writer.skipped.values()))

    def test_undated_events_of_two_documents_are_kept(self) -> None:
        stream = io.StringIO()
        writer = write_events([event(date=None), event(date=None, doc_id="b")], "csv", stream, one_a_day=True)
        assert 2 == writer.written

    def test_off_by_default(self) -> None:
        stream = io.StringIO()
        assert 2 == write_events([event(), event()], "jsonl", stream).written
