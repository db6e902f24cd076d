"""Model resolution for the offline Stanza pipeline, and the real French model on real sentences.

Resolution tests build real directory layouts in tmp_path and go through the real code paths (no
stanza internals are mocked). Integration tests load the shipped eventcode-model-fr package once per
test session and parse sentences of the sample article.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventcode.parsing.pipeline import (
    ENV_MODELS,
    MODEL_FILES,
    ModelNotFoundError,
    load_pipeline,
    merge_unfinished_sentences,
    parse_text,
    repair_verb_tags,
    resolve_models,
    stanza_resources_dir,
)

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent / "shared" / "samples" / "russie-coree-du-nord.fr.txt"
HAS_FR_PACKAGE = importlib.util.find_spec("eventcode_model_fr") is not None


# --------------------------------------------------------------------------- helpers


def make_eventcode_layout(directory: Path, with_mwt: bool = True) -> Path:
    """Empty files with eventcode's model names: enough for resolution, which never loads them."""
    directory.mkdir(parents=True, exist_ok=True)
    for key, name in MODEL_FILES.items():
        if key == "mwt_model_path" and not with_mwt:
            continue
        (directory / name).write_bytes(b"")
    return directory


def make_official_layout(resources_dir: Path, lang: str = "fr") -> Path:
    """A Stanza resources directory shaped like the official one (resources.json + default files)."""
    defaults = {"tokenize": "combined", "mwt": "combined", "pos": "combined_charlm",
                "lemma": "combined_nocharlm", "depparse": "combined_charlm"}
    entry: dict = {"default_processors": defaults, "lang_name": "French"}
    for proc, package in defaults.items():
        deps = [{"model": "pretrain", "package": "conll17"}] if proc in ("pos", "depparse") else []
        entry[proc] = {package: {"dependencies": deps}}
        path = resources_dir / lang / proc / f"{package}.pt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    (resources_dir / lang / "pretrain").mkdir(parents=True, exist_ok=True)
    (resources_dir / lang / "pretrain" / "conll17.pt").write_bytes(b"")
    (resources_dir / "resources.json").write_text(json.dumps({lang: entry}), encoding="utf-8")
    return resources_dir


@pytest.fixture
def no_models(tmp_path, monkeypatch) -> Path:
    """An environment with no EVENTCODE_MODELS and an empty Stanza resources directory."""
    empty = tmp_path / "stanza_resources"
    empty.mkdir()
    monkeypatch.delenv(ENV_MODELS, raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(empty))
    return empty


# --------------------------------------------------------------------------- resolution order


def test_explicit_directory_wins_over_env_and_official(tmp_path, no_models, monkeypatch):
    explicit = make_eventcode_layout(tmp_path / "explicit")
    monkeypatch.setenv(ENV_MODELS, str(make_eventcode_layout(tmp_path / "env")))
    make_official_layout(no_models)
    source = resolve_models("fr", explicit)
    assert source.kind == "explicit"
    assert source.kwargs["depparse_model_path"] == str(explicit / "depparse.pt")
    assert source.processors == "tokenize,mwt,pos,lemma,depparse"


def test_env_wins_over_official(tmp_path, no_models, monkeypatch):
    env_dir = tmp_path / "env"
    make_eventcode_layout(env_dir / "fr")  # the <dir>/<lang>/ layout
    monkeypatch.setenv(ENV_MODELS, str(env_dir))
    make_official_layout(no_models)
    source = resolve_models("fr")
    assert source.kind == "env"
    assert source.kwargs["tokenize_model_path"] == str(env_dir / "fr" / "tokenizer.pt")


def test_official_stanza_models_win_over_package(no_models):
    make_official_layout(no_models)
    source = resolve_models("fr")
    assert source.kind == "stanza"
    assert source.resources_dir == str(no_models)
    assert source.paths == ()  # Stanza finds its own files from resources.json


def test_incomplete_official_models_are_skipped(no_models):
    make_official_layout(no_models)
    (no_models / "fr" / "pretrain" / "conll17.pt").unlink()
    try:
        source = resolve_models("fr")
    except ModelNotFoundError:
        return  # no package installed: falling through to the error is right
    assert source.kind == "package"


@pytest.mark.skipif(not HAS_FR_PACKAGE, reason="eventcode_model_fr is not installed (pip install models/eventcode-model-fr)")
def test_installed_package_is_the_fallback(no_models):
    source = resolve_models("fr")
    assert source.kind == "package"
    assert source.origin.startswith("eventcode_model_fr ")
    assert all(Path(p).is_file() for p in source.kwargs.values())


@pytest.mark.skipif(not HAS_FR_PACKAGE, reason="eventcode_model_fr is not installed (pip install models/eventcode-model-fr)")
def test_package_gives_complete_offline_stanza_arguments():
    import eventcode_model_fr as pkg

    kwargs = pkg.pipeline_kwargs()
    assert kwargs["download_method"] is None and kwargs["lang"] == pkg.LANG == "fr"
    assert json.loads((Path(kwargs["dir"]) / "resources.json").read_text()) == {}
    assert set(pkg.model_paths()) == set(MODEL_FILES)
    total = sum(Path(p).stat().st_size for p in set(pkg.model_paths().values()))
    assert total <= 40 * 2**20  # the size budget, pretrain included
    assert pkg.METADATA["version"] == pkg.__version__
    data = pkg.METADATA["training_data"]  # one mix for every step, or (later packages) one per step
    mixes = [data] if "train" in data else list(data.values())
    assert mixes and not any("PUD" in part for mix in mixes for part in mix["train"])


def test_language_without_mwt_drops_the_processor(tmp_path, no_models):
    source = resolve_models("en", make_eventcode_layout(tmp_path / "en", with_mwt=False))
    assert source.processors == "tokenize,pos,lemma,depparse"


def test_explicit_directory_that_lacks_models_is_an_error_not_a_fallthrough(tmp_path, no_models):
    make_official_layout(no_models)  # would resolve if the bad explicit dir were silently ignored
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "tokenizer.pt").write_bytes(b"")
    with pytest.raises(ModelNotFoundError, match="no Stanza models for 'fr'"):
        resolve_models("fr", tmp_path / "half")


def test_explicit_mapping_must_name_existing_files(tmp_path, no_models):
    layout = make_eventcode_layout(tmp_path / "m")
    paths = {k: str(layout / v) for k, v in MODEL_FILES.items()}
    assert resolve_models("fr", paths).kind == "explicit"
    paths["lemma_model_path"] = str(tmp_path / "nope.pt")
    with pytest.raises(ModelNotFoundError, match="lemma_model_path"):
        resolve_models("fr", paths)


def test_missing_models_fail_fast_with_instructions(no_models):
    start = time.perf_counter()
    with pytest.raises(ModelNotFoundError) as info:
        resolve_models("xx")  # no eventcode_model_xx package can exist
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0
    message = str(info.value)
    assert "pip install models/eventcode-model-xx" in message
    assert "make models" in message
    assert str(no_models) in message
    assert isinstance(info.value, LookupError)


def test_load_pipeline_raises_the_same_error_without_touching_the_network(no_models):
    with pytest.raises(ModelNotFoundError):
        load_pipeline("xx")


def test_missing_models_error_does_not_import_torch(tmp_path):
    """The error must come fast in a fresh process too: resolution never imports stanza/torch."""
    code = (
        "import sys, time, os\n"
        "t = time.perf_counter()\n"
        "from eventcode.parsing.pipeline import resolve_models, ModelNotFoundError\n"
        "try:\n    resolve_models('xx')\nexcept ModelNotFoundError:\n    pass\n"
        "print(time.perf_counter() - t, 'torch' in sys.modules, 'stanza' in sys.modules)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "STANZA_RESOURCES_DIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    seconds, torch_loaded, stanza_loaded = out.stdout.split()
    assert float(seconds) < 1.0
    assert (torch_loaded, stanza_loaded) == ("False", "False")


def test_stanza_resources_dir_matches_stanza(monkeypatch):
    """Our torch-free computation of Stanza's default directory must agree with Stanza's own."""
    pytest.importorskip("stanza")
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    code = "import stanza.resources.common as c; print(c.DEFAULT_MODEL_DIR)"
    env = {k: v for k, v in __import__("os").environ.items() if k != "STANZA_RESOURCES_DIR"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert str(stanza_resources_dir()) == out.stdout.strip()


# --------------------------------------------------------------------------- merging unfinished sentences


def tokenized(text: str, sentences: list[list[str]]):
    """A tokenized stanza Document (as the tokenize processor leaves it) with character offsets.

    Each token is found in ``text`` after the previous one; ``"au=à+le"`` is a multi-word token.
    """
    stanza = pytest.importorskip("stanza")
    entries, position = [], 0
    for tokens in sentences:
        sentence, word_id = [], 0
        for spec in tokens:
            surface, _, expansion = spec.partition("=")
            start = text.index(surface, position)
            position = start + len(surface)
            if expansion:
                parts = expansion.split("+")
                sentence.append({"id": (word_id + 1, word_id + len(parts)), "text": surface,
                                 "start_char": start, "end_char": position})
                sentence += [{"id": word_id + 1 + i, "text": part} for i, part in enumerate(parts)]
                word_id += len(parts)
            else:
                word_id += 1
                sentence.append({"id": word_id, "text": surface, "start_char": start, "end_char": position})
        entries.append(sentence)
    return stanza.Document(entries, text=text)


def test_a_sentence_without_final_punctuation_is_merged_with_the_next():
    text = "Poutine et Kim Jong Un se sont retrouvés au sommet. Il est parti."
    doc = tokenized(text, [["Poutine", "et", "Kim", "Jong"], ["Un", "se", "sont", "retrouvés", "au=à+le", "sommet", "."],
                           ["Il", "est", "parti", "."]])
    merged = merge_unfinished_sentences(doc)
    assert [s.text for s in merged.sentences] == [text[:51], "Il est parti."]
    first = merged.sentences[0]
    assert [w.id for w in first.words] == list(range(1, 13))
    assert [(t.text, [w.text for w in t.words]) for t in first.tokens][8:10] == [("au", ["à", "le"]), ("sommet", ["sommet"])]
    assert first.tokens[4].start_char == text.index("Un")


@pytest.mark.parametrize(
    "ending",
    [".", "!", "?", "…", ".»", '."', ".)"],
)
def test_a_sentence_with_final_punctuation_is_kept(ending):
    text = f"Il est venu{ending} Il est parti."
    first = ["Il", "est", "venu"] + [c for c in ending]
    doc = tokenized(text, [first, ["Il", "est", "parti", "."]])
    assert merge_unfinished_sentences(doc) is doc


@pytest.mark.parametrize("gap", ["\n\n", "\n", " \n  "])
def test_headlines_and_captions_on_their_own_line_stay_sentences(gap):
    text = f"Alliance militaire{gap}Les deux pays sont alliés."
    doc = tokenized(text, [["Alliance", "militaire"], ["Les", "deux", "pays", "sont", "alliés", "."]])
    assert len(merge_unfinished_sentences(doc).sentences) == 2


# --------------------------------------------------------------------------- the real French model



@pytest.fixture(scope="session")
def fr_pipeline():
    """One real French pipeline for the whole test session (loading takes seconds)."""
    if not HAS_FR_PACKAGE:
        pytest.skip("eventcode_model_fr is not installed: pip install models/eventcode-model-fr")
    pytest.importorskip("stanza")
    import eventcode_model_fr

    return load_pipeline("fr", eventcode_model_fr.model_paths())


@pytest.fixture(scope="session")
def sample_sentences() -> list[str]:
    if not SAMPLE.is_file():
        pytest.skip(f"sample article not found at {SAMPLE}")
    text = SAMPLE.read_text(encoding="utf-8")
    wanted = ["La ministre des Affaires étrangères de la Corée du Nord", "Pyongyang fournit également"]
    found = []
    for prefix in wanted:
        start = text.find(prefix)
        assert start >= 0, f"sample article changed: {prefix!r} not found"
        end = text.find(".", start)
        found.append(text[start:end + 1])
    return found


def _tagged(words: list[tuple[str, str, str]]):
    """A one-sentence stanza Document with (text, upos, lemma) per word, as the tagger leaves it."""
    import stanza

    entries = [{"id": i, "text": t, "upos": u, "xpos": "NN", "lemma": lem} for i, (t, u, lem) in enumerate(words, start=1)]
    return stanza.Document([entries], text=" ".join(t for t, _, _ in words))


def test_an_unambiguous_past_tense_tagged_noun_is_retagged_a_verb():
    pytest.importorskip("stanza")
    doc = _tagged([("The", "DET", "the"), ("UN", "PROPN", "UN"), ("withdrew", "NOUN", "withdrew"), ("peacekeepers", "NOUN", "peacekeeper")])
    assert repair_verb_tags(doc, "en") == 1
    word = doc.sentences[0].words[2]
    assert (word.upos, word.xpos, word.lemma) == ("VERB", "VBD", "withdraw") and "Tense=Past" in word.feats


def test_names_other_languages_and_verbs_already_tagged_are_left_alone():
    pytest.importorskip("stanza")
    doc = _tagged([("Withdrew", "PROPN", "Withdrew"), ("fled", "VERB", "flee"), ("peacekeepers", "NOUN", "peacekeeper")])
    assert repair_verb_tags(doc, "en") == 0  # capitalised: a name; already a verb
    assert repair_verb_tags(_tagged([("withdrew", "NOUN", "withdrew")]), "fr") == 0


def _words(sentence) -> dict[str, object]:
    return {w.text: w for w in sentence.words}


@pytest.mark.integration
def test_fr_parses_the_minister_sentence(fr_pipeline, sample_sentences):
    doc = parse_text(sample_sentences[0], "fr", pipeline=fr_pipeline)
    assert len(doc.sentences) == 1
    sent = doc.sentences[0]
    words = _words(sent)
    # MWT: "des" -> de + les, "du" -> de + le
    tokens = {t.text: [w.text for w in t.words] for t in sent.tokens}
    assert tokens["des"] == ["de", "les"]
    assert tokens["du"] == ["de", "le"]
    assert len([w for w in sent.words if w.head == 0]) == 1
    # "La ministre ... est en visite": ministre is the subject of the nominal predicate visite
    ministre, visite = words["ministre"], words["visite"]
    assert ministre.deprel == "nsubj" and ministre.head == visite.id
    assert words["est"].deprel == "cop" and words["est"].head == visite.id
    assert words["Moscou"].upos == "PROPN"


@pytest.mark.integration
def test_fr_parses_subject_and_object(fr_pipeline, sample_sentences):
    doc = parse_text(sample_sentences[1], "fr", pipeline=fr_pipeline)
    sent = doc.sentences[0]
    words = _words(sent)
    fournit = words["fournit"]
    assert fournit.head == 0 and fournit.deprel == "root"
    assert fournit.lemma == "fournir"
    assert words["Pyongyang"].deprel == "nsubj" and words["Pyongyang"].head == fournit.id
    assert words["Russie"].deprel == "obj" and words["Russie"].head == fournit.id


@pytest.mark.integration
def test_fr_pipeline_is_cached(fr_pipeline):
    import eventcode_model_fr

    assert load_pipeline("fr", eventcode_model_fr.model_paths()) is fr_pipeline


@pytest.mark.integration
def test_fr_default_resolution_reuses_the_same_pipeline(fr_pipeline, monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_MODELS, raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))  # no official models there
    assert load_pipeline("fr") is fr_pipeline


@pytest.mark.integration
def test_fr_au_is_split(fr_pipeline):
    doc = parse_text("Il est allé au marché.", "fr", pipeline=fr_pipeline)
    tokens = {t.text: [w.text for w in t.words] for t in doc.sentences[0].tokens}
    assert tokens["au"] == ["à", "le"]


@pytest.mark.integration
def test_fr_a_name_split_by_the_tokenizer_is_one_sentence_again(fr_pipeline):
    """The 0.1.0 tokenizer ends a sentence after "Kim Jong"; the merge joins it back before tagging."""
    doc = parse_text("Titre\n\nPuis Vladimir Poutine et Kim Jong Un se sont retrouvés à Pékin.", "fr", pipeline=fr_pipeline)
    assert [s.text for s in doc.sentences] == ["Titre", "Puis Vladimir Poutine et Kim Jong Un se sont retrouvés à Pékin."]
    assert all(len([w for w in s.words if w.head == 0]) == 1 for s in doc.sentences)
