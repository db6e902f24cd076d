"""eventcode.dask on a real distributed.LocalCluster (one worker process, two threads), and to_dataframe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_batch import SAMPLE, TEST_CODEBOOK, many_documents

REPO = Path(__file__).resolve().parents[1]


def cli_events(path: Path) -> list[dict]:
    """The events of ``eventcode code`` on the same CoNLL-U, for comparison."""
    result = subprocess.run(
        [sys.executable, "-m", "eventcode", "code", str(path), "--lang", "fr", "--input", "conllu", "--codebook", str(TEST_CODEBOOK), "--date", "2024-06-19"],
        cwd=REPO, capture_output=True, timeout=300,
    )
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as client:
            yield client


class TestDask:
    def test_conllu_bag_equals_the_cli(self, client, tmp_path: Path) -> None:
        import dask.bag as db

        from eventcode.dask import CoderPlugin, code_bag

        client.register_plugin(CoderPlugin("fr", [TEST_CODEBOOK]))
        text = many_documents(12)
        path = tmp_path / "many.conllu"
        path.write_text(text, encoding="utf-8")
        # one CoNLL-U string per document, spread over 4 partitions
        parts = ["# newdoc" + part for part in text.split("# newdoc")[1:]]
        bag = db.from_sequence(parts, npartitions=4)
        out = code_bag(bag, "fr", codebooks=[TEST_CODEBOOK], date="2024-06-19").compute()
        events = [item for item in out if "rejected" not in item]
        rejected = [item["rejected"] for item in out if "rejected" in item]
        assert cli_events(path) == events
        assert ["bad-3", "bad-10"] == [r["doc_id"] for r in rejected]
        assert all("HEAD 9" in r["reason"] for r in rejected)

    def test_errors_raise(self, client) -> None:
        import dask.bag as db

        from eventcode.dask import code_bag

        bag = db.from_sequence([many_documents(4)], npartitions=1)
        with pytest.raises(ValueError, match="bad-3"):
            code_bag(bag, "fr", codebooks=[TEST_CODEBOOK], errors="raise").compute()

    def test_dataframe_of_records_rejections_without_a_model(self, client, tmp_path: Path) -> None:
        """Records are checked like JSONL lines; raw text without a model fails the task clearly."""
        pd = pytest.importorskip("pandas")
        import dask.dataframe as dd

        from eventcode.dask import code_dataframe

        frame = pd.DataFrame({"id": ["a", "b"], "text": ["  ", "x"], "date": ["2025-10-27", "27/10/2025"]})
        out = code_dataframe(dd.from_pandas(frame, npartitions=1), "fr", codebooks=[TEST_CODEBOOK]).compute()
        assert [("a", "empty document"), ("b", "field 'date'")] == [
            (item["rejected"]["doc_id"], item["rejected"]["reason"][:len(reason)]) for item, reason in zip(out, ["empty document", "field 'date'"])
        ]
        good = pd.DataFrame({"id": ["c"], "text": ["Moscou proteste."], "date": [None]})
        bag = code_dataframe(dd.from_pandas(good, npartitions=1), "fr", codebooks=[TEST_CODEBOOK], models_dir=tmp_path / "none")
        with pytest.raises(LookupError, match="no Stanza models"):
            bag.compute()

    def test_events_dataframe(self, client) -> None:
        pytest.importorskip("pandas")
        import dask.bag as db

        from eventcode.dask import code_bag, events_dataframe

        bag = db.from_sequence([SAMPLE.read_text(encoding="utf-8")] * 2, npartitions=2)
        frame = events_dataframe(code_bag(bag, "fr", codebooks=[TEST_CODEBOOK])).compute()
        assert ["042", "043", "042", "043"] == list(frame["code"])
        assert ["PRKGOV", "RUSGOV"] * 2 == list(frame["source_code"])


class TestToDataframe:
    def test_rows_and_columns(self) -> None:
        pytest.importorskip("pandas")
        import eventcode
        from eventcode.frames import EVENT_COLUMNS

        coder = eventcode.Coder.load("fr", [TEST_CODEBOOK])
        events = coder.code_conllu(SAMPLE.read_text(encoding="utf-8"))
        frame = eventcode.to_dataframe(events)
        assert list(EVENT_COLUMNS) == list(frame.columns)
        assert [("042", "PRKGOV", "RUS"), ("043", "RUSGOV", "PRKGOV")] == list(zip(frame["code"], frame["source_code"], frame["target_code"]))
        assert frame.equals(eventcode.to_dataframe([e.to_dict() for e in events]))
        assert 0 == len(eventcode.to_dataframe([])) and list(EVENT_COLUMNS) == list(eventcode.to_dataframe([]).columns)
