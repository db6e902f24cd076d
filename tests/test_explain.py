"""``explain``: the data, text and HTML forms, on hand-written UD trees (no parser model needed).

The HTML page is also opened in headless Chromium where Debian's ``chromium`` is installed
(``apt-get install -y chromium``); elsewhere those tests are skipped. Its screenshot is kept in
``test-artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventcode import Coder, Explanation, load_codebook
from eventcode.explain import explain_document, render_tree, to_html
from eventcode.parsing.conllu import read_conllu

from .engine import trees

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "tests" / "engine" / "fr.codebook.yaml"
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(load_codebook(CODEBOOK, language="fr"), lang="fr")


def explain(coder: Coder, *sentences: str, date: str = "2025-10-27") -> list[Explanation]:
    document = next(read_conllu(trees.conllu(*sentences, date=date)))
    return explain_document(coder.codebook, document)


class TestData:
    def test_every_frame_of_the_trigger_in_matching_order(self, coder: Coder) -> None:
        """The winning frame, then the frames it shadowed as 'not tried'."""
        (explanation,) = explain(coder, trees.FR_FOURNIR_SOLDATS)
        (trigger,) = explanation.triggers
        assert (6, "fournit", "fournir") == (trigger.word_id, trigger.form, trigger.lemma)
        assert [("fournir.en_armes", "failed"), ("fournir.troupes", "matched"), ("fournir.armes", "not tried")] == [
            (f.frame_id, f.status) for f in trigger.frames
        ]
        failed = trigger.frames[0]
        assert "theme: no obl:en | nmod:en" == failed.reason
        assert ["source", "target"] == [b.role for b in failed.bindings]  # bound before the failure
        assert re.fullmatch(r".*tests/engine/fr\.codebook\.yaml:\d+:\d+", failed.location)
        assert failed is not trigger.matched

    def test_bindings_carry_words_and_resolved_actors(self, coder: Coder) -> None:
        (explanation,) = explain(coder, trees.FR_VISITE_RECUE)
        reception = next(t for t in explanation.triggers if t.lemma == "recevoir")
        bindings = {b.role: b for b in reception.matched.bindings}
        assert ((17,), ("président",)) == (bindings["source"].word_ids, bindings["source"].words)
        assert "RUSGOV" == bindings["source"].actors[0].code
        assert ("PRKGOV", "pronoun", "elle") == (
            bindings["target"].actors[0].code,
            bindings["target"].actors[0].how,
            bindings["target"].actors[0].text,
        )

    def test_first_failing_constraint_of_a_when_clause(self, coder: Coder) -> None:
        (explanation,) = explain(coder, trees.FR_VISITE_NOMINALE)
        visit = next(t for t in explanation.triggers if t.lemma == "visite")
        reasons = {f.frame_id: f.reason for f in visit.frames if f.status == "failed"}
        assert "copula required" == reasons["visite.etre_en"]
        assert reasons["visite.light_verb"].startswith("head lemma 'signer' not in")

    def test_events_are_those_the_coder_gives(self, coder: Coder) -> None:
        """Explaining never disagrees with coding: same events, same provenance."""
        for tree in (trees.FR_VISITE_RECUE, trees.FR_SIGNER_NEGATION, trees.FR_PROMETTRE, trees.FR_RAPPORT):
            coded = coder.code_conllu(trees.conllu(tree, date="2025-10-27"))
            explained = [e for x in explain(coder, tree) for e in x.events]
            assert coded == explained

    def test_pronoun_memory_is_shared_across_the_document(self, coder: Coder) -> None:
        """Two sentences explained as one document resolve as coding resolves them."""
        text = trees.conllu(trees.FR_MACRON, trees.FR_VISITE_RECUE, date="2025-10-27")
        coded = coder.code_conllu(text)
        explained = [e for x in explain_document(coder.codebook, next(read_conllu(text))) for e in x.events]
        assert coded == explained

    def test_a_trigger_found_by_its_form_says_so(self, coder: Coder) -> None:
        """A parser's wrong lemma: the form still triggers, and the explanation says which."""
        tree = trees.FR_VISITER.replace("visité  visiter", "visiter  visit")
        (explanation,) = explain(coder, tree)
        (trigger,) = explanation.triggers
        assert ("visiter", "visit", True) == (trigger.form, trigger.lemma, trigger.by_form)
        assert "(lemma visit, VERB; by its form, the lemma triggers nothing)" in explanation.to_text()
        assert explanation.to_dict()["triggers"][0]["by_form"] is True
        (normal,) = explain(coder, trees.FR_VISITER)
        assert normal.triggers[0].by_form is False

    def test_a_sentence_without_trigger(self, coder: Coder) -> None:
        (explanation,) = explain(coder, trees.FR_VISITER.replace(" visiter ", " aimer "))
        assert () == explanation.triggers
        assert () == explanation.events
        assert "no trigger" in explanation.to_text()

    def test_coder_explain_returns_the_explanation(self, coder: Coder) -> None:
        sentence = next(read_conllu(trees.conllu(trees.FR_VISITER))).sentences[0]
        explanation = coder.explain(sentence, date="2025-10-27")
        assert isinstance(explanation, Explanation)
        assert {("FRA", "042", "PRK"), ("PRK", "043", "FRA")} == {
            (e.source.code, e.code, e.target.code) for e in explanation.events
        }

    def test_to_dict_is_json(self, coder: Coder) -> None:
        (explanation,) = explain(coder, trees.FR_FOURNIR_SOLDATS)
        data = json.loads(json.dumps(explanation.to_dict()))
        assert {"doc_id", "date", "sentence", "triggers", "events"} == set(data)
        assert 12 == len(data["sentence"]["words"])
        frame = data["triggers"][0]["frames"][1]
        assert ("fournir.troupes", "matched", "072") == (frame["frame_id"], frame["status"], frame["code"])
        assert {"role": "target", "word_ids": [11], "words": ["Russie"]} == {
            k: v for k, v in frame["bindings"][2].items() if k != "actors"
        }
        assert "RUS" == frame["bindings"][2]["actors"][0]["code"]
        assert [] == frame["bindings"][1]["actors"]  # theme: not an actor role
        assert "072" == data["events"][0]["code"]


class TestText:
    def test_tree_drawn_like_textmodetrees(self) -> None:
        sentence = next(read_conllu(trees.conllu(trees.FR_FOURNIR_EN_ARMES))).sentences[0]
        expected = "\n".join(
            [
                "   ─┮",
                " 1 │ ╭─╼ Pyongyang PROPN nsubj",
                " 2 ╰─┾ fournit VERB root  ◀ trigger",
                " 3   │ ╭─╼ la DET det",
                " 4   ├─┶ Russie PROPN obj",
                " 5   │ ╭─╼ en ADP case",
                " 6   ├─┾ armes NOUN obl:arg",
                " 7   │ │ ╭─╼ et CCONJ cc",
                " 8   │ │ ├─╼ en ADP case",
                " 9   │ ╰─┶ munitions NOUN conj",
                "10   ╰─╼ . PUNCT punct",
            ]
        )
        assert expected == render_tree(sentence, {2: "◀ trigger"})

    def test_non_projective_lines_are_crossed_not_hidden(self) -> None:
        """"où" hangs from "reçue" across "doit": the line of "reçue" crosses the row of "doit"."""
        sentence = next(read_conllu(trees.conllu(trees.FR_VISITE_RECUE))).sentences[0]
        rows = render_tree(sentence).splitlines()
        assert "12   │ ╰─┾─┼ doit VERB acl:relcl" == rows[12]

    def test_text_lists_frames_bindings_failures_and_events(self, coder: Coder) -> None:
        (explanation,) = explain(coder, trees.FR_FOURNIR_SOLDATS)
        text = explanation.to_text()
        assert text.startswith("sentence 0: La Corée du Nord fournit des soldats à la Russie.\ndate: 2025-10-27\n")
        assert "trigger 6 'fournit' (lemma fournir, VERB): 3 frame(s)" in text
        assert re.search(r"failed +fournir\.en_armes → 072 .*\n.*source = 2 Corée → PRK .*\n.*target = 8 soldats → MIL .*\n +failed: theme: no obl:en \| nmod:en", text)
        assert re.search(r"matched +fournir\.troupes → 072", text)
        assert re.search(r"not tried +fournir\.armes → 072", text)
        assert "events: 1\n  PRK 072 RUS" in text


class TestHtml:
    def test_page_is_self_contained(self, coder: Coder) -> None:
        page = to_html(explain(coder, trees.FR_VISITE_RECUE))
        assert page.startswith("<!DOCTYPE html>")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched
        assert "@import" not in page and "url(" not in page

    def test_data_cannot_close_the_script(self, coder: Coder) -> None:
        """A form such as ``</script>`` in the tree stays inside the JSON island."""
        tree = trees.FR_VISITER.replace("Corée   Corée", "</script><b>x   Corée")
        page = to_html(explain(coder, tree))
        assert "</script><b>" not in page
        data = re.search(r'<script type="application/json" class="explain-data">(.*?)</script>', page).group(1)
        assert "</script><b>x" == json.loads(data)["sentence"]["words"][5]["form"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on a local page with a fresh profile; nothing leaves the machine."""
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "C.UTF-8"})


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install -y chromium)")
class TestInBrowser:
    @pytest.fixture(scope="class")
    @classmethod
    def page(cls, tmp_path_factory: pytest.TempPathFactory) -> Path:
        coder = Coder(load_codebook(CODEBOOK, language="fr"), lang="fr")
        text = trees.conllu(trees.FR_VISITE_RECUE, trees.FR_FOURNIR_SOLDATS, date="2025-10-27")
        path = tmp_path_factory.mktemp("explain") / "explain.html"
        path.write_text(to_html(explain_document(coder.codebook, next(read_conllu(text)))), encoding="utf-8")
        return path

    def test_the_script_draws_arcs_roles_and_actors(self, page: Path, tmp_path: Path) -> None:
        result = chromium(page, tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom")
        dom = result.stdout
        assert 'data-ready="true"' in dom, result.stderr[-2000:]
        sections = re.findall(r'<section class="sentence".*?</section>', dom, re.S)
        assert 2 == len(sections)
        first, second = sections
        # one arc per non-root word (21 words, 1 root), one root arrow
        assert 20 == len(re.findall(r'<g class="dep" data-dep=', first))
        assert 1 == len(re.findall(r'<g class="dep root"', first))
        # the matched frame of the first trigger is selected: trigger, source and target drawn
        assert re.search(r'<g class="w trigger" data-id="6">', first)
        assert re.search(r'<g class="w role-source" data-id="2">', first)
        assert re.search(r'<g class="w role-target" data-id="8">', first)
        assert re.search(r'<g class="badge" data-role="source" data-actor="PRKGOV">', first)
        assert re.search(r'<g class="badge" data-role="target" data-actor="RUS">', first)
        assert "selected" in re.search(r'<li class="frame matched[^"]*" data-trigger="0" data-frame="0"', first).group(0)
        # the second sentence: a failed frame and its reason listed beside the tree
        assert re.search(r'<li class="frame failed".*?theme: no obl:en \| nmod:en', second, re.S)
        assert re.search(r'<g class="badge" data-role="target" data-actor="RUS">', second)

    def test_screenshot(self, page: Path, tmp_path: Path) -> None:
        """A PNG of the page, kept in test-artifacts/ for a person to look at."""
        shot = tmp_path / "explain.png"
        result = chromium(page, tmp_path / "profile", "--window-size=1500,1300", "--virtual-time-budget=5000", f"--screenshot={shot}")
        assert shot.is_file(), result.stderr[-2000:]
        assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert shot.stat().st_size > 20_000  # a blank page is a few kB
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(shot, ARTIFACTS / "explain.png")


class TestCli:
    """The real ``eventcode explain`` in a subprocess."""

    def run(self, *args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "eventcode", "explain", *map(str, args)],
            cwd=REPO,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )

    @pytest.fixture
    def conllu_file(self, tmp_path: Path) -> Path:
        path = tmp_path / "two.conllu"
        path.write_text(trees.conllu(trees.FR_FOURNIR_SOLDATS, trees.FR_VISITER, date="2025-10-27"), encoding="utf-8")
        return path

    def test_conllu_file_as_text(self, conllu_file: Path) -> None:
        result = self.run(conllu_file, "--input", "conllu", "--lang", "fr", "--codebook", CODEBOOK)
        assert 0 == result.returncode, result.stderr
        assert 2 == result.stdout.count("\nevents: ")
        assert "trigger 6 'fournit'" in result.stdout and "trigger 4 'visité'" in result.stdout
        assert "  PRK 072 RUS" in result.stdout

    def test_stdin_json_and_html(self, conllu_file: Path, tmp_path: Path) -> None:
        page = tmp_path / "out.html"
        result = self.run(
            "-", "--input", "conllu", "--lang", "fr", "--codebook", CODEBOOK, "--output", "json", "--html", page,
            stdin=conllu_file.read_text(encoding="utf-8"),
        )
        assert 0 == result.returncode, result.stderr
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [["072"], ["042", "043"]] == [[e["code"] for e in r["events"]] for r in records]
        assert page.read_text(encoding="utf-8").count('<section class="sentence"') == 2
        assert f"wrote {page}" in result.stderr

    def test_json_is_what_coder_explain_document_returns(self, conllu_file: Path) -> None:
        """The command and the Python API give the same data, sentence for sentence."""
        result = self.run(conllu_file, "--input", "conllu", "--lang", "fr", "--codebook", CODEBOOK, "--output", "json")
        assert 0 == result.returncode, result.stderr
        coder = Coder(load_codebook(CODEBOOK, language="fr"), lang="fr")
        (document,) = read_conllu(conllu_file.read_text(encoding="utf-8"), source=str(conllu_file))
        expected = [json.loads(json.dumps(e.to_dict(), ensure_ascii=False)) for e in coder.explain_document(document)]
        assert 2 == len(expected) and expected[0]["events"]
        assert expected == [json.loads(line) for line in result.stdout.splitlines()]

    def test_bad_tree_is_reported_and_the_rest_explained(self, conllu_file: Path, tmp_path: Path) -> None:
        bad = tmp_path / "bad.conllu"
        bad.write_text("# newdoc id = bad\n1\tRome\tRome\tPROPN\t_\t_\t9\tnsubj\t_\t_\n\n" + conllu_file.read_text(encoding="utf-8"), encoding="utf-8")
        result = self.run(bad, "--input", "conllu", "--lang", "fr", "--codebook", CODEBOOK)
        assert 1 == result.returncode
        assert "rejected" in result.stderr and "bad" in result.stderr
        assert "  PRK 072 RUS" in result.stdout

    def test_bad_date_is_a_usage_error(self, conllu_file: Path) -> None:
        result = self.run(conllu_file, "--input", "conllu", "--lang", "fr", "--date", "27/10/2025")
        assert 2 == result.returncode
        assert "--date" in result.stderr

    def test_raw_text_without_a_model_is_a_clear_error(self) -> None:
        from eventcode.parsing.pipeline import ModelNotFoundError, resolve_models

        try:
            resolve_models("fr")
        except ModelNotFoundError:
            pass
        else:
            pytest.skip("a French Stanza model is installed here")
        result = self.run("La France a visité la Corée du Nord.", "--lang", "fr", "--codebook", CODEBOOK)
        assert 2 == result.returncode
        assert "No Stanza models found for language 'fr'" in result.stderr
        assert "--input conllu" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.integration
def test_raw_text_through_the_stanza_pipeline(tmp_path: Path) -> None:
    """With the French model installed, raw text is parsed, explained and drawn."""
    from eventcode.parsing.pipeline import ModelNotFoundError, resolve_models

    try:
        resolve_models("fr")
    except ModelNotFoundError as error:
        pytest.skip(str(error))
    page = tmp_path / "visit.html"
    result = subprocess.run(
        [sys.executable, "-m", "eventcode", "explain", "La France a visité la Corée du Nord.", "--lang", "fr", "--date", "2025-10-27", "--html", page],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert 0 == result.returncode, result.stderr
    assert result.stdout.startswith("sentence 0: La France a visité la Corée du Nord.\ndate: 2025-10-27\n")
    # the parse is the model's; whatever it is, the trigger and its frame are shown and judged
    assert "(lemma visiter, VERB)" in result.stdout
    assert re.search(r"^  (matched|failed) +visiter → 042 ", result.stdout, re.M)
    assert re.search(r"^events: \d+$", result.stdout, re.M)
    assert '<section class="sentence"' in page.read_text(encoding="utf-8")
    # Coder.explain_text is the same data: the same parse, the same frames, the same events
    coder = Coder.load("fr")
    (explanation,) = coder.explain_text("La France a visité la Corée du Nord.", date="2025-10-27")
    assert result.stdout == explanation.to_text()
