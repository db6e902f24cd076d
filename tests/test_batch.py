"""Batch coding: Coder.code_many, eventcode.batch.code_records and ``eventcode code --workers``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventcode.batch import CoderFactory, Outcome, code_parallel, code_records
from eventcode.coding.coder import Coder
from eventcode.inputs import RawDocument, Rejected, read_stream
from eventcode.parsing.conllu import read_conllu, split_conllu
from eventcode.parsing.pipeline import ModelNotFoundError

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample.fr.conllu"
TEST_CODEBOOK = REPO / "tests" / "data" / "cli.fr.codebook.yaml"

BAD_DOC = "# newdoc id = bad-{n}\n1\tRome\tRome\tPROPN\t_\t_\t9\tnsubj\t_\t_\n2\tcède\tcéder\tVERB\t_\t_\t0\troot\t_\t_\n\n"


def many_documents(count: int, bad_every: int = 7, undated_every: int = 5) -> str:
    """``count`` copies of the sample article with their own ids; some bad, some undated."""
    sample = SAMPLE.read_text(encoding="utf-8")
    body = sample[sample.index("\n", sample.index("# newdoc")) + 1 :]
    parts = []
    for n in range(count):
        if bad_every and n % bad_every == 3:
            parts.append(BAD_DOC.format(n=n))
        text = f"# newdoc id = doc-{n}\n" + body
        if n % undated_every == 1:
            text = text.replace("# date = 2025-10-27\n", "")
        parts.append(text)
    return "".join(parts)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder.load("fr", [TEST_CODEBOOK])


class TestCodeMany:
    def test_documents_in_order(self, coder: Coder) -> None:
        documents = list(read_conllu(many_documents(6, bad_every=0)))
        assert [coder.code_document(d) for d in documents] == list(coder.code_many(documents))

    def test_is_lazy(self, coder: Coder) -> None:
        """The first result comes before the input is exhausted (streaming, bounded memory)."""
        pulled = []

        def documents():
            for document in read_conllu(many_documents(4, bad_every=0)):
                pulled.append(document.id)
                yield document

        results = coder.code_many(documents())
        next(results)
        assert 1 == len(pulled)

    def test_raw_text_without_a_model_raises_the_setup_error(self, tmp_path: Path) -> None:
        coder = Coder.load("fr", [TEST_CODEBOOK], models_dir=tmp_path / "none")
        with pytest.raises(ModelNotFoundError):
            list(coder.code_many(["Moscou proteste."]))

    def test_bad_batch_size(self, coder: Coder) -> None:
        with pytest.raises(ValueError, match="batch_size"):
            list(coder.code_many([], batch_size=0))


class TestCodeRecords:
    def test_chunks_rejections_and_dates(self, coder: Coder) -> None:
        text = many_documents(8)
        chunks = list(split_conllu(text, "mem"))
        outcomes = list(code_records(coder, [Rejected("x", 1, "r", "no"), *chunks], date="2024-06-19"))
        assert ["r", "doc-0", "doc-1", "doc-2", "bad-3", "doc-3"] == [o.doc_id for o in outcomes][:6]
        assert [True, False, False, False, True, False] == [o.rejected is not None for o in outcomes][:6]
        assert outcomes[4].rejected is not None
        assert "word 1 has HEAD 9" in outcomes[4].rejected.reason 
        assert text.splitlines().index("# newdoc id = bad-3") + 2 == outcomes[4].rejected.line
        dates = {o.doc_id: {e.date for e in o.events} for o in outcomes if o.events}
        assert {"2024-06-19"} == dates["doc-1"] and {"2025-10-27"} == dates["doc-0"]

    def test_raw_documents_wait_for_their_batch_in_order(self, tmp_path: Path) -> None:
        """A raw document is parsed with its batch; records read after it wait with it."""
        coder = Coder.load("fr", [TEST_CODEBOOK], models_dir=tmp_path / "none")
        chunk = next(split_conllu(SAMPLE.read_text(encoding="utf-8")))
        records = code_records(coder, [chunk, RawDocument("raw", "Moscou proteste."), chunk], batch_size=2)
        first = next(records)
        assert isinstance(first, Outcome) and first.events
        with pytest.raises(ModelNotFoundError):  # the raw one, at its batch's flush
            next(records)

    def test_parallel_equals_serial(self, coder: Coder) -> None:
        chunks = list(split_conllu(many_documents(30), "mem"))
        serial = list(code_records(coder, chunks))
        parallel = list(code_parallel(CoderFactory("fr", (str(TEST_CODEBOOK),)), chunks, workers=2, chunk_size=4))
        assert serial == parallel

    def test_a_document_that_fails_to_code_is_rejected_by_name(self, coder: Coder) -> None:
        """An exception while coding one document rejects that one (named); the batch goes on."""
        documents = list(read_conllu(many_documents(3, bad_every=0)))
        failing = _FailingCoder(coder, code_fails_on="doc-1")
        outcomes = list(code_records(failing, documents))
        assert ["doc-0", "doc-1", "doc-2"] == [o.doc_id for o in outcomes]
        assert [False, True, False] == [o.rejected is not None for o in outcomes]
        assert outcomes[1].rejected is not None and "coding failed: RuntimeError: broken on doc-1" == outcomes[1].rejected.reason
        assert outcomes[0].events == tuple(coder.code_document(documents[0]))

    def test_a_setup_error_while_coding_stops_the_batch(self, coder: Coder) -> None:
        documents = list(read_conllu(many_documents(2, bad_every=0)))
        with pytest.raises(LookupError):
            list(code_records(_FailingCoder(coder, code_fails_on="doc-0", error=LookupError), documents))

    def test_a_failed_stanza_batch_is_retried_one_by_one_to_blame_the_right_document(self, coder: Coder) -> None:
        """One unparseable text in a batch rejects that text only, with its source and line."""
        documents = {d.id: d for d in read_conllu(many_documents(3, bad_every=0))}
        failing = _FailingCoder(coder, parse_fails_on="poison", parsed=documents)
        raws = [RawDocument(f"doc-{n}", "poison" if n == 1 else "fine", source="in.jsonl", line=n + 1) for n in range(3)]
        outcomes = list(code_records(failing, raws, batch_size=3))
        assert ["doc-0", "doc-1", "doc-2"] == [o.doc_id for o in outcomes]
        assert [False, True, False] == [o.rejected is not None for o in outcomes]
        rejected = outcomes[1].rejected
        assert rejected is not None and ("in.jsonl", 2, "doc-1") == (rejected.source, rejected.line, rejected.doc_id)
        assert "cannot parse 'poison'" in rejected.reason
        assert 1 + 3 == failing.parse_calls  # the batch of 3 once, then each document alone
        assert outcomes[2].events == tuple(coder.code_document(documents["doc-2"]))

    def test_read_stream_conllu_is_chunks(self, tmp_path: Path) -> None:
        path = tmp_path / "a.conllu"
        path.write_text(many_documents(3, bad_every=0), encoding="utf-8")
        with open(path, "rb") as stream:
            assert ["doc-0", "doc-1", "doc-2"] == [c.doc_id for c in read_stream(stream, str(path), "conllu")]


class _FailingCoder:
    """A real coder that fails on purpose: coding one document, or parsing one text."""

    def __init__(
        self,
        coder: Coder,
        *,
        code_fails_on: str | None = None,
        error: type[Exception] = RuntimeError,
        parse_fails_on: str | None = None,
        parsed: dict | None = None,
    ) -> None:
        self.coder, self.code_fails_on, self.error = coder, code_fails_on, error
        self.parse_fails_on, self.parsed, self.parse_calls = parse_fails_on, parsed or {}, 0
        self.lang = coder.lang

    def code_document(self, document):
        if document.id == self.code_fails_on:
            raise self.error(f"broken on {document.id}")
        return self.coder.code_document(document)

    def parse_many(self, texts, doc_ids, dates):
        self.parse_calls += 1
        if self.parse_fails_on in texts:
            raise RuntimeError(f"cannot parse {self.parse_fails_on!r}")
        return [self.parsed[doc_id] for doc_id in doc_ids]


def eventcode(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "eventcode", *map(str, args)], cwd=REPO, capture_output=True, timeout=300)


class TestWorkersCli:
    """``--workers 2`` writes the same bytes, errors and counts as ``--workers 1``."""

    @pytest.mark.parametrize("extra", [(), ("--fail-fast",), ("--output", "csv", "--one-a-day")])
    def test_byte_identical(self, tmp_path: Path, extra: tuple[str, ...]) -> None:
        path = tmp_path / "many.conllu"
        path.write_text(many_documents(60), encoding="utf-8")
        runs = {}
        for workers in ("1", "2"):
            errors = tmp_path / f"errors-{workers}.jsonl"
            result = eventcode(
                "code", path, "--lang", "fr", "--input", "conllu", "--codebook", TEST_CODEBOOK,
                "--date", "2024-06-19", "--errors", errors, "--workers", workers, "--batch-size", "4", *extra,
            )
            runs[workers] = (result.returncode, result.stdout, result.stderr, errors.read_bytes())
        assert runs["1"] == runs["2"]
        status, stdout, stderr, errors = runs["1"]
        assert 1 == status and errors
        if "--fail-fast" in extra:
            assert b"documents: read 4, coded 3, rejected 1; events: 6" == stderr.splitlines()[-1]
        else:
            assert b"documents: read 69, coded 60, rejected 9; events: 120" == stderr.splitlines()[-1]

    def test_bad_workers_is_a_usage_error(self) -> None:
        result = eventcode("code", SAMPLE, "--lang", "fr", "--input", "conllu", "--workers", "0")
        assert 2 == result.returncode
        assert b"--workers must be at least 1" in result.stderr


def _has_model(lang: str) -> bool:
    from eventcode.parsing.pipeline import resolve_models

    try:
        resolve_models(lang)
    except Exception:  # noqa: BLE001 - any failure: no model here
        return False
    return True


@pytest.mark.integration
@pytest.mark.skipif(not _has_model("fr"), reason="no French Stanza model installed")
class TestRawTextBatches:
    def test_batches_code_as_one_by_one(self, shared_dir: Path) -> None:
        """Raw text parsed in Stanza batches gives the events of coding each text alone, in order."""
        article = (shared_dir / "samples" / "russie-coree-du-nord.fr.txt").read_text(encoding="utf-8")
        paragraphs = [p for p in article.split("\n\n") if p.strip()][:5]
        coder = Coder.load("fr")
        alone = [coder.code_text(text, doc_id=f"doc-{n}") for n, text in enumerate(paragraphs, start=1)]
        assert alone == list(coder.code_many(paragraphs, batch_size=2))

    def test_workers_on_raw_text_byte_identical(self, shared_dir: Path, tmp_path: Path) -> None:
        """``--workers 2`` on raw JSONL (each worker loads the model) writes what one process writes."""
        import json

        article = (shared_dir / "samples" / "russie-coree-du-nord.fr.txt").read_text(encoding="utf-8")
        paragraphs = [p for p in article.split("\n\n") if p.strip()]
        path = tmp_path / "raw.jsonl"
        records = [{"id": f"p{n}", "text": p, "date": "2025-10-27"} for n, p in enumerate(paragraphs)]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records) + '{"id": "bad", "text": ""}\n', encoding="utf-8")
        runs = [eventcode("code", path, "--lang", "fr", "--workers", n, "--batch-size", "3") for n in ("1", "2")]
        assert (runs[0].returncode, runs[0].stdout, runs[0].stderr) == (runs[1].returncode, runs[1].stdout, runs[1].stderr)
        assert 1 == runs[0].returncode and runs[0].stdout
