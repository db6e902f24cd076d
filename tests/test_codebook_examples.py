"""Codebook ``examples:`` run as tests.

CoNLL-U examples run everywhere (no parser); text examples run through the real Stanza
pipeline and are integration tests, skipped where no model is installed. ``todo`` examples
are expected to fail (a known gap, written down) and are reported by xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode import load_codebook
from eventcode.codebook.compiled import NO_EVENT, CompiledCodebook
from eventcode.coding.examples import iter_examples, run_example

from .engine import trees

ENGINE = Path(__file__).parent / "engine"


def _cases(codebook: CompiledCodebook, lang: str, *, text: bool) -> list:
    cases = []
    for frame, example in iter_examples(codebook):
        if (example.text is not None and example.conllu is None) != text:
            continue
        marks = [pytest.mark.xfail(reason="todo example: a known gap", strict=False)] if example.todo else []
        if text:
            marks.append(pytest.mark.integration)
        cases.append(pytest.param(lang, codebook, frame, example, marks=marks, id=f"{lang}:{example.location}"))
    return cases


SHIPPED = {lang: load_codebook(language=lang) for lang in ("fr", "en")}
ENGINE_FR = load_codebook(ENGINE / "fr.codebook.yaml", language="fr")


@pytest.mark.parametrize(("lang", "codebook", "frame", "example"), _cases(ENGINE_FR, "fr", text=False))
def test_conllu_example(lang, codebook, frame, example) -> None:
    result = run_example(codebook, frame, example)
    assert result.passed, str(result)


@pytest.mark.parametrize(
    ("lang", "codebook", "frame", "example"),
    [case for lang, codebook in SHIPPED.items() for case in _cases(codebook, lang, text=True)],
)
def test_text_example(lang, codebook, frame, example, parser) -> None:
    result = run_example(codebook, frame, example, parse=parser(lang))
    assert result.passed, str(result)


def test_every_shipped_frame_has_an_example() -> None:
    missing = sorted(
        f"{lang}:{frame.id}" for lang, cb in SHIPPED.items() for frame in cb.frames.values() if not frame.examples
    )
    assert [] == missing


# Languages whose shipped frames must each show what they code and a near miss they must not.
BOTH_KINDS = ("fr", "en")


@pytest.mark.parametrize("lang", BOTH_KINDS)
def test_every_shipped_frame_has_a_positive_and_a_negative_example(lang: str) -> None:
    missing = sorted(
        f"{lang}:{frame.id}: no {kind} example"
        for frame in SHIPPED[lang].frames.values()
        for kind, present in (
            # a blocking frame (code: none) shows only what it blocks
            ("positive", frame.code == NO_EVENT or any(example.expect is not None for example in frame.examples)),
            ("negative (expect: none)", any(example.expect is None for example in frame.examples)),
        )
        if not present
    )
    assert [] == missing


def test_a_wrong_expectation_fails_with_what_was_found(tmp_path: Path) -> None:
    tree = trees.conllu(trees.FR_FOURNIR_EN_ARMES, doc_id="x")
    block = "\n".join("              " + line if line else "" for line in tree.splitlines())
    (tmp_path / "wrong.yaml").write_text(
        "codebook: wrong\nlanguage: fr\nextends: [engine-fr]\npredicates:\n"
        "  - id: fournir2\n    lemma: fournir\n    frames:\n"
        "      - id: fournir2.en\n        args: {source: subject, target: object}\n        code: \"070\"\n"
        "        priority: \"9\"\n"
        "        examples:\n"
        "          - expect: {code: \"073\"}\n            conllu: |\n" + block + "\n",
        encoding="utf-8",
    )
    codebook = load_codebook(tmp_path / "wrong.yaml", ENGINE / "fr.codebook.yaml", language="fr")
    frame = codebook.frames["fournir2.en"]
    result = run_example(codebook, frame, frame.examples[0])
    assert not result.passed
    assert "expected an event with code=073, got PRK 070 RUS [fournir2.en]" == result.message
