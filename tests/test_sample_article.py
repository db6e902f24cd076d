"""The sample article (../shared/samples/russie-coree-du-nord.fr.txt) coded from raw text by the
real Stanza pipeline and the shipped codebooks: the events a careful human coder lists.

Every event listed is delivered with the shipped model (eventcode-model-fr 0.2.0), several through the engine's rules for
its errors (docs/engine.md, "Robustness to common parser errors"); an event a model cannot
deliver is written down as xfail with the parser's error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcode import Coder, load_codebook
from eventcode.coding.coder import code_document
from eventcode.model import Event

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def events(shared_dir: Path, parser) -> list[Event]:
    path = shared_dir / "samples" / "russie-coree-du-nord.fr.txt"
    first, _, body = path.read_text(encoding="utf-8").partition("\n")
    assert first.strip().startswith("date 2025-10-27")
    return code_document(load_codebook(language="fr"), parser("fr")(body, "2025-10-27"))


@pytest.fixture(scope="module")
def triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        pytest.param(("PRKGOV", "042", "RUS"), "en visite lundi à Moscou", id="visit to Moscow"),
        pytest.param(("RUSGOV", "043", "PRKGOV"), "reçue par le président russe", id="the Kremlin's reception"),
        pytest.param(("PRK", "072", "RUS"), "en armes et en munitions", id="arms and munitions supplied"),
        pytest.param(("RUSGOV", "040", "PRKGOV"), "se rencontrent régulièrement", id="leaders meet"),
        pytest.param(("RUSLEG", "042", "PRK"), "Viatcheslav Volodine", id="the Duma speaker's trip"),
        pytest.param(("RUSGOV", "042", "PRK"), "visite d'Etat de Vladimir Poutine", id="2024 state visit to Pyongyang"),
        pytest.param(("RUSGOV", "040", "PRKGOV"), "à Pékin", id="the Beijing meeting"),
        pytest.param(("PRKGOV", "040", "RUSGOV"), "à Pékin", id="the Beijing meeting, reciprocal"),
        pytest.param(("RUS", "061.infrastructure", "PRK"), "pont routier", id="road bridge construction"),
        pytest.param(("PRK", "061.infrastructure", "RUS"), "pont routier", id="road bridge construction, reciprocal"),
    ],
)
def test_event_is_coded(events: list[Event], expected: tuple[str, str, str], sentence: str) -> None:
    found = {
        (e.source.code if e.source else None, e.code, e.target.code if e.target else None)
        for e in events
        if sentence in e.sentence_text
    }
    assert expected in found


def test_troops_supplied_to_russia(events: list[Event]) -> None:
    """"en lui fournissant des milliers de soldats": *lui* is Russia, the subject North Korea."""
    troops = [e for e in events if e.rule == "fournir.troupes"]
    assert [("PRK", "072", "RUS")] == [(e.source.code, e.code, e.target.code) for e in troops]


def test_no_event_is_coded_with_an_unknown_code(triples) -> None:
    taxonomy = load_codebook(language="fr").taxonomy
    assert all(code in taxonomy for _, code, _ in triples)


def test_the_paintings_sentence_gives_no_event(shared_dir: Path, parser) -> None:
    text = (
        "On y voyait, entre autres, de grands tableaux dépeignant des soldats nord-coréens et leurs "
        '"camarades" russes face à l\'armée ukrainienne, des portraits de Kim Jong Un.'
    )
    coder = Coder.load("fr")
    assert [] == code_document(coder.codebook, parser("fr")(text, "2025-10-27"))
