"""The real command line, in a subprocess: exit statuses, the summary line, error records."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample.fr.conllu"
# The CLI tests' own codebook: its events do not move when the shipped dictionaries do.
TEST_CODEBOOK = REPO / "tests" / "data" / "cli.fr.codebook.yaml"
SUMMARY_PREFIX = "documents: read "


def eventcode(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m eventcode ARGS`` from the repository root; text out, bytes in."""
    result = subprocess.run(
        [sys.executable, "-m", "eventcode", *map(str, args)],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        timeout=300,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def summary(result: subprocess.CompletedProcess[str]) -> str:
    """The last stderr line, which is always the summary."""
    return result.stderr.rstrip("\n").splitlines()[-1]


def code_conllu(*paths: str | Path, output: str = "jsonl", extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return eventcode("code", *paths, "--lang", "fr", "--input", "conllu", "--output", output, "--codebook", TEST_CODEBOOK, *extra)


BAD_DOC = textwrap.dedent(
    """\
    # newdoc id = bad
    1\tRome\tRome\tPROPN\t_\t_\t9\tnsubj\t_\t_
    2\tcède\tcéder\tVERB\t_\t_\t0\troot\t_\t_

    """
)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A bad document, then the sample: the bad one is rejected, the sample still coded."""
    path = tmp_path / "batch.conllu"
    path.write_text(BAD_DOC + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


class TestCodeConllu:
    def test_sample_events_and_summary(self) -> None:
        """The sample sentence gives the visit (042) and, through the passive, the hosting (043)."""
        result = code_conllu(SAMPLE)
        assert 0 == result.returncode, result.stderr
        events = [json.loads(line) for line in result.stdout.splitlines()]
        assert [("042", "PRKGOV", "RUS"), ("043", "RUSGOV", "PRKGOV")] == [
            (e["code"], e["source"]["code"], e["target"]["code"]) for e in events
        ]
        assert {"2025-10-27"} == {e["date"] for e in events}
        assert "documents: read 1, coded 1, rejected 0; events: 2" == summary(result)

    def test_output_is_byte_identical_between_runs(self) -> None:
        assert code_conllu(SAMPLE).stdout == code_conllu(SAMPLE).stdout

    def test_stdin(self) -> None:
        """No PATH (and '-') read standard input."""
        data = SAMPLE.read_bytes()
        from_file = code_conllu(SAMPLE).stdout
        no_path = eventcode("code", "--lang", "fr", "--input", "conllu", "--codebook", TEST_CODEBOOK, stdin=data)
        dash = eventcode("code", "-", "--lang", "fr", "--input", "conllu", "--codebook", TEST_CODEBOOK, stdin=data)
        assert from_file == no_path.stdout == dash.stdout

    def test_plover_swaps_the_host(self) -> None:
        result = code_conllu(SAMPLE, output="plover")
        assert 0 == result.returncode, result.stderr
        host = [json.loads(line) for line in result.stdout.splitlines()][1]
        assert ("043", "PRKGOV", "RUSGOV") == (host["cameo"], host["actor"][0]["code"], host["recipient"][0]["code"])

    @pytest.mark.parametrize(("fmt", "lines"), [("csv", 3), ("tsv", 3), ("jsonl", 2), ("plover", 2)])
    def test_every_format(self, fmt: str, lines: int) -> None:
        result = code_conllu(SAMPLE, output=fmt)
        assert 0 == result.returncode, result.stderr
        assert lines == len(result.stdout.splitlines())

    def test_one_a_day(self) -> None:
        """The same article twice: four events, or two with --one-a-day (and the rest counted)."""
        assert 4 == len(code_conllu(SAMPLE, SAMPLE).stdout.splitlines())
        result = code_conllu(SAMPLE, SAMPLE, extra=("--one-a-day",))
        assert 2 == len(result.stdout.splitlines())
        assert "eventcode: 2 event(s) not written in jsonl format: duplicate" in result.stderr
        assert "documents: read 2, coded 2, rejected 0; events: 4" == summary(result)

    def test_document_date_option(self, tmp_path: Path) -> None:
        """--date applies to documents without a ``# date``; the file's own date wins."""
        undated = tmp_path / "undated.conllu"
        undated.write_text(SAMPLE.read_text(encoding="utf-8").replace("# date = 2025-10-27\n", ""), encoding="utf-8")
        result = code_conllu(undated, SAMPLE, extra=("--date", "2024-06-19"))
        dates = [json.loads(line)["date"] for line in result.stdout.splitlines()]
        assert ["2024-06-19", "2024-06-19", "2025-10-27", "2025-10-27"] == dates


def stderr_on_a_terminal(*args: str | Path) -> tuple[int, str]:
    """Run eventcode with stderr on a pseudo-terminal (as a person would see it); (status, stderr)."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a real terminal's size
    process = subprocess.Popen(
        [sys.executable, "-m", "eventcode", *map(str, args)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=follower
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process is done writing
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
class TestProgress:
    def test_progress_bar_on_a_terminal_only(self) -> None:
        status, stderr = stderr_on_a_terminal("code", SAMPLE, "--lang", "fr", "--input", "conllu", "--codebook", TEST_CODEBOOK)
        assert 0 == status
        assert "1doc" in stderr.replace(" ", "")
        assert "documents: read 1, coded 1, rejected 0; events: 2" in stderr
        assert "doc" not in code_conllu(SAMPLE).stderr.replace("documents:", "")

    def test_quiet_turns_it_off(self) -> None:
        status, stderr = stderr_on_a_terminal(
            "code", SAMPLE, "--lang", "fr", "--input", "conllu", "--codebook", TEST_CODEBOOK, "--quiet"
        )
        assert 0 == status
        assert "doc" not in stderr.replace("documents:", "")


class TestRejected:
    def test_bad_document_reported_and_batch_goes_on(self, batch: Path, tmp_path: Path) -> None:
        errors = tmp_path / "errors.jsonl"
        result = code_conllu(batch, extra=("--errors", str(errors)))
        assert 1 == result.returncode
        assert 2 == len(result.stdout.splitlines())
        assert "documents: read 2, coded 1, rejected 1; events: 2" == summary(result)
        assert f"{batch}:2: document 'bad': word 1 has HEAD 9, outside 0..2" in result.stderr
        (record,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
        assert {"source": str(batch), "line": 2, "doc_id": "bad", "reason": "word 1 has HEAD 9, outside 0..2"} == record
        assert "Traceback" not in result.stderr

    def test_fail_fast_stops_at_the_first(self, batch: Path) -> None:
        result = code_conllu(batch, extra=("--fail-fast",))
        assert 1 == result.returncode
        assert "" == result.stdout
        assert "documents: read 1, coded 0, rejected 1; events: 0" == summary(result)

    def test_quiet_keeps_only_the_summary(self, batch: Path) -> None:
        result = code_conllu(batch, extra=("--quiet",))
        assert 1 == result.returncode
        assert [summary(result)] == result.stderr.splitlines()

    def test_bad_jsonl_lines(self, tmp_path: Path) -> None:
        """Each bad line is one record naming its line; blank lines are not documents."""
        lines = [
            b'{"id": "a", "text": ',  # 1 bad JSON
            b'{"id": "b"}',  # 2 no text
            b'{"text": "Moscou proteste."}',  # 3 no id
            b'{"id": "d", "text": "Moscou proteste.", "date": "27/10/2025"}',  # 4 bad date
            b'{"id": "e", "text": "Moscou \xff proteste."}',  # 5 invalid UTF-8
            b"",  # 6 blank: skipped
            b'{"id": "g", "text": "Moscow protests.", "lang": "en"}',  # 7 other language
            b'{"id": "h", "text": "   "}',  # 8 empty document
            b'["not", "an", "object"]',  # 9
            b'{"id": "j", "text": "x", "date": "2025-02-30"}',  # 10 no such day
            b'{"id": "k", "text": "Moscou proteste vivement, encore."}',  # 11 over --max-chars
        ]
        path = tmp_path / "docs.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        errors = tmp_path / "errors.jsonl"
        result = eventcode("code", path, "--lang", "fr", "--input", "jsonl", "--errors", errors, "--max-chars", "20")
        assert 1 == result.returncode, result.stderr
        assert "documents: read 10, coded 0, rejected 10; events: 0" == summary(result)
        records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
        assert [1, 2, 3, 4, 5, 7, 8, 9, 10, 11] == [r["line"] for r in records]
        assert [None, "b", None, "d", None, "g", "h", None, "j", "k"] == [r["doc_id"] for r in records]
        reasons = [r["reason"] for r in records]
        expected = ["bad JSON", "'text'", "'id'", "27/10/2025", "invalid UTF-8", "'en'", "empty document", "JSON object", "2025-02-30", "too long: 33 characters"]
        assert len(expected) == len(reasons)
        for words, reason in zip(expected, reasons):
            assert words in reason
        assert {str(path)} == {r["source"] for r in records}

    def test_text_input_invalid_utf8(self, tmp_path: Path) -> None:
        path = tmp_path / "latin1.txt"
        path.write_bytes("Moscou\nRépond.".encode("latin-1"))
        result = eventcode("code", path, "--lang", "fr", "--input", "text")
        assert 1 == result.returncode
        assert f"{path}:2: document '{path}': invalid UTF-8" in result.stderr
        assert "documents: read 1, coded 0, rejected 1; events: 0" == summary(result)


class TestUsage:
    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (("--date", "27/10/2025"), "--date: date '27/10/2025' is not a YYYY-MM-DD calendar date"),
            (("--output", "xml"), "invalid choice: 'xml'"),
            (("--codebook", "no/such/codebook.yaml"), "no/such/codebook.yaml"),
            (("no/such/input.conllu",), "cannot read no/such/input.conllu"),
        ],
    )
    def test_usage_errors_exit_2(self, args: tuple[str, ...], message: str) -> None:
        result = eventcode("code", "--lang", "fr", "--input", "conllu", *args, stdin=b"")
        assert 2 == result.returncode
        assert message in result.stderr
        assert "Traceback" not in result.stderr

    def test_bad_codebook_exit_2_with_every_error(self, tmp_path: Path) -> None:
        broken = tmp_path / "broken.yaml"
        broken.write_text(BROKEN_CODEBOOK, encoding="utf-8")
        result = eventcode("code", SAMPLE, "--lang", "fr", "--input", "conllu", "--codebook", broken)
        assert 2 == result.returncode
        assert f"{broken}:9:9: error[E001]" in result.stderr
        assert f"{broken}:12:15: error[E005]" in result.stderr
        assert "" == result.stdout

    def test_raw_text_without_models_exit_2(self, tmp_path: Path) -> None:
        """No Stanza model: one clear message, not one rejection per document."""
        text = tmp_path / "a.txt"
        text.write_text("Moscou proteste.", encoding="utf-8")
        result = eventcode("code", text, text, "--lang", "fr", "--input", "text", "--models-dir", tmp_path / "none")
        assert 2 == result.returncode
        assert "cannot parse raw text" in result.stderr
        assert "Traceback" not in result.stderr

    def test_parse_bad_date_exit_2(self) -> None:
        result = eventcode("parse", "--lang", "fr", "--date", "2025-13-01", stdin=b"Moscou proteste.")
        assert 2 == result.returncode
        assert "--date: date '2025-13-01' is not a YYYY-MM-DD calendar date" in result.stderr

    def test_parse_without_models_exit_2(self, tmp_path: Path) -> None:
        result = eventcode("parse", "--lang", "fr", "--models-dir", tmp_path / "none", stdin=b"Moscou proteste.")
        assert 2 == result.returncode
        assert "cannot load the Stanza pipeline for 'fr'" in result.stderr
        assert "Traceback" not in result.stderr


BROKEN_CODEBOOK = textwrap.dedent(
    """\
    codebook: broken
    version: "0.1.0"
    language: fr
    predicates:
      - id: visiter
        lemma: visiter
        frames:
          - id: visiter.base
            argz:
              source: subject
              target: object
            code: 042
    """
)


class TestCheck:
    def test_every_error_on_stdout_exit_2(self, tmp_path: Path) -> None:
        broken = tmp_path / "broken.yaml"
        broken.write_text(BROKEN_CODEBOOK, encoding="utf-8")
        result = eventcode("check", broken)
        assert 2 == result.returncode
        lines = result.stdout.splitlines()
        assert 2 == len(lines)
        assert lines[0].startswith(f"{broken}:9:9: error[E001]: unknown key 'argz'")
        assert lines[1].startswith(f"{broken}:12:15: error[E005]: quote CAMEO codes: '042'")
        assert "Traceback" not in result.stderr

    def test_good_codebook_exit_0(self) -> None:
        result = eventcode("check", TEST_CODEBOOK)
        assert 0 == result.returncode, result.stdout
        assert "0 error(s)" in result.stderr

    def test_shipped_codebooks_exit_0(self) -> None:
        result = eventcode("check")
        assert 0 == result.returncode, result.stdout

    def test_missing_file_is_reported_not_raised(self, tmp_path: Path) -> None:
        result = eventcode("check", tmp_path / "missing.yaml")
        assert 2 == result.returncode
        assert "missing.yaml" in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


def _models_available(lang: str) -> bool:
    try:
        from eventcode.parsing.pipeline import resolve_models

        resolve_models(lang)
    except Exception:  # noqa: BLE001 - any failure means: no model here
        return False
    return True


@pytest.mark.integration
@pytest.mark.skipif(not _models_available("fr"), reason="no French Stanza model installed")
class TestRawText:
    def test_parse_then_code_equals_code_text(self, shared_dir: Path, tmp_path: Path) -> None:
        """``parse`` writes CoNLL-U that codes to exactly the events of coding the raw text."""
        article = shared_dir / "samples" / "russie-coree-du-nord.fr.txt"
        parsed = eventcode("parse", article, "--lang", "fr", "--date", "2025-10-27")
        assert 0 == parsed.returncode, parsed.stderr
        conllu = tmp_path / "article.conllu"
        conllu.write_text(parsed.stdout, encoding="utf-8")
        via_conllu = eventcode("code", conllu, "--lang", "fr", "--input", "conllu")
        via_text = eventcode("code", article, "--lang", "fr", "--input", "text", "--date", "2025-10-27")
        assert 0 == via_text.returncode, via_text.stderr
        assert via_text.stdout == via_conllu.stdout


class TestToConllu:
    def test_parse_output_reads_back(self) -> None:
        """What ``eventcode parse`` writes (stanza's CoNLL-U + our comments) is read back intact."""
        from stanza.utils.conll import CoNLL

        from eventcode.cli import to_conllu
        from eventcode.parsing.conllu import read_conllu

        (original,) = read_conllu(SAMPLE.read_text(encoding="utf-8"))
        stanza_document = CoNLL.conll2doc(input_str=SAMPLE.read_text(encoding="utf-8"))
        (again,) = read_conllu(to_conllu(stanza_document, "doc 7", "2024-06-19"))
        assert ("doc 7", "2024-06-19") == (again.id, again.date)
        assert original.sentences[0].words == again.sentences[0].words
        assert original.sentences[0].tokens == again.sentences[0].tokens
        assert original.sentences[0].text == again.sentences[0].text
