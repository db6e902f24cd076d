"""Fuzzing the two readers of user input: codebook YAML and CoNLL-U.

A codebook file, however broken, gives located errors (or loads); a CoNLL-U text, however
broken, gives documents or a ConllReadError naming where. Never a traceback of another kind.
Inputs are real files mutated at random (lines dropped, duplicated, re-indented, characters
inserted), random structures dumped as YAML, and random text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from eventcode import CodebookInvalid, ConllReadError, check_codebook, load_codebook, read_conllu
from eventcode.testing import frame_instances, to_conllu

from ._cases import count, scaled
from .engine import trees

HERE = Path(__file__).parent
TAXONOMY = HERE / "codebooks" / "test-taxonomy.yaml"
SEEDS = [
    (HERE / "engine" / "fr.codebook.yaml").read_text(encoding="utf-8"),
    (HERE / "codebooks" / "fictional-world.yaml").read_text(encoding="utf-8"),
    (HERE / "data" / "cli.fr.codebook.yaml").read_text(encoding="utf-8"),
]
KEYS = [
    "codebook", "version", "language", "extends", "sets", "lemmas", "phrases", "head", "dependents", "negation",
    "cues", "rel", "feats", "lemma", "on", "default", "templates", "params", "frame", "args", "code", "predicates",
    "id", "trigger", "upos", "frames", "when", "cop", "case", "voice", "use", "with", "also", "swap", "on_negated",
    "recode", "priority", "tags", "examples", "expect", "text", "conllu", "todo", "date", "operators", "via",
    "actors", "type", "names", "demonyms", "roles", "from", "to", "agents", "country_from", "slot", "in", "actor",
    "required", "distribute", "taxonomy", "codes", "parent", "name", "profile", "profiles", "slots",
]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3000), st.floats(allow_nan=True),
    st.sampled_from(["subject", "object", "obl:à | iobj", "head.obl:en", "$ARMES", "042", "~MIL", "2024-13-45", "NO", "{x}", "fr", "en", "flag", "drop"]),
    st.text(max_size=12),
)
STRUCTURES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=6)), inner, max_size=5)),
    max_leaves=25,
)


@st.composite
def mutated(draw, seeds: list[str]) -> str:
    """A real file with a few random line and character edits."""
    lines = draw(st.sampled_from(seeds)).splitlines()
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["drop", "duplicate", "indent", "dedent", "insert", "truncate", "swap"]))
        line = lines[at]
        if edit == "drop":
            del lines[at]
        elif edit == "duplicate":
            lines.insert(at, line)
        elif edit == "indent":
            lines[at] = "  " + line
        elif edit == "dedent":
            lines[at] = line[2:]
        elif edit == "insert":
            column = draw(st.integers(0, len(line)))
            lines[at] = line[:column] + draw(st.text(st.sampled_from(":{}[]-#&*!|>'\"\t ,%@`\\\u00e9\ufeff0aZ_"), max_size=4)) + line[column:]
        elif edit == "truncate":
            lines[at] = line[: draw(st.integers(0, len(line)))]
        else:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


YAML_TEXTS = st.one_of(
    mutated(SEEDS),
    STRUCTURES.map(lambda doc: yaml.safe_dump(doc, allow_unicode=True)),
    STRUCTURES.map(lambda doc: yaml.safe_dump({"codebook": "fuzz", "language": "fr", "predicates": [doc]}, allow_unicode=True)),
    st.text(max_size=200),
)


@scaled(1.5, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(YAML_TEXTS)
def test_codebook_loader_gives_located_errors_or_loads(text: str) -> None:
    count("fuzz: codebook YAML")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        problems = check_codebook(path, TAXONOMY)
        errors = [p for p in problems if p.is_error]
        for error in errors:
            assert error.location is not None, str(error)
            assert error.location.line >= 1 and error.location.column >= 1, str(error)
        if errors:
            try:
                load_codebook(path, TAXONOMY)
            except CodebookInvalid:
                pass
            else:
                raise AssertionError(f"check found errors but load_codebook did not raise: {errors}")
        else:
            load_codebook(path, TAXONOMY)


def _conllu_seeds() -> list[str]:
    blocks = [value for name, value in vars(trees).items() if name.isupper() and isinstance(value, str)]
    return [trees.conllu(block, date="2025-10-27") for block in blocks]


CONLLU_SEEDS = _conllu_seeds()
FRAME_TREES = frame_instances(
    load_codebook(HERE / "engine" / "fr.codebook.yaml", language="fr"), "fournir.armes", "fr"
).map(lambda inst: inst.conllu())


@st.composite
def mutated_conllu(draw) -> str:
    text = draw(st.one_of(st.sampled_from(CONLLU_SEEDS), FRAME_TREES))
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(lines) - 1))
        columns = lines[at].split("\t")
        edit = draw(st.sampled_from(["column", "drop", "duplicate", "blank", "tabs", "noise"]))
        if edit == "column" and len(columns) > 1:
            index = draw(st.integers(0, len(columns) - 1))
            columns[index] = draw(st.one_of(st.sampled_from(["_", "0", "-1", "99", "1-1", "2-1", "3.1", "a", "", "root", "X=Y", "X", "=", "\udcff"]), st.text(max_size=4)))
            lines[at] = "\t".join(columns)
        elif edit == "drop":
            del lines[at]
        elif edit == "duplicate":
            lines.insert(at, lines[at])
        elif edit == "blank":
            lines.insert(at, draw(st.sampled_from(["", " ", "#", "# newdoc", "# newdoc id = x", "# date = 2024-02-30", "# date = soon", "# sent_id = 1"])))
        elif edit == "tabs":
            lines[at] = lines[at].replace("\t", draw(st.sampled_from([" ", "\t\t", "  "])), 1)
        else:
            lines[at] = draw(st.text(max_size=30))
        if not lines:
            lines = [""]
    return "\n".join(lines) + "\n"


@scaled(4.0, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(mutated_conllu(), st.text(max_size=300)))
def test_conllu_reader_raises_only_located_errors(text: str) -> None:
    count("fuzz: CoNLL-U")
    try:
        documents = list(read_conllu(text, source="<fuzz>"))
    except ConllReadError as error:
        assert error.source == "<fuzz>" and str(error).startswith("<fuzz>"), str(error)
        assert error.line is None or error.line >= 1, str(error)
        return
    for document in documents:
        for sentence in document.sentences:
            assert [w.id for w in sentence.words] == list(range(1, len(sentence.words) + 1))


@scaled(0.5)
@given(FRAME_TREES)
def test_frame_instance_conllu_reads_back(text: str) -> None:
    count("fuzz: CoNLL-U")
    (document,) = read_conllu(text)
    assert to_conllu(document.sentences, document.id, document.date).count("\troot\t") == 1
