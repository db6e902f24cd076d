"""The documentation site stays true: its code blocks run, its generated pages are current.

Conventions for docs/*.md (the tutorial relies on them):

- a fenced block with ``title="NAME"`` (or after ``<!-- file: NAME -->``) is a file the reader
  creates: it is written to the page's
  working folder (a temporary folder where ``tests/`` and ``codebooks/`` of the repository are
  visible, as from the repository root) before the blocks after it run;
- ```` ```python ```` blocks run in that folder, one Python session per page (a later block may
  use what an earlier one defined, as when a reader pastes them in turn);
- ```` ```console ```` blocks: each ``$ eventcode ...`` line runs through the real CLI and its
  output (stdout, then stderr) must be the lines below it; a line ``...`` stands for any lines,
  and a line ending in ``...`` for any line that starts with what comes before;
- ```` ```bash ```` / ```` ```sh ```` blocks: every line that starts with ``eventcode`` runs
  (``< FILE`` at its end feeds FILE to stdin);
- an HTML comment on the line before a block qualifies it: ``<!-- exit: 2 -->`` (expected exit
  status), ``<!-- needs-model: fr -->`` (runs only where that Stanza model is installed),
  ``<!-- requires: MODULE -->`` (runs only where MODULE can be imported), ``<!-- not-run: WHY -->``
  (a command the tests cannot run, and why: every block that shows a command either runs or
  says why not, see ``test_no_command_is_left_unrun_silently``).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import eventcode

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FENCE = re.compile(r"^```(\w*)(?:\s+title=\"([^\"]+)\")?\s*$")
MARK = re.compile(r"^<!--\s*([\w-]+):\s*(\S.*?)\s*-->$")
RUNS = ("python", "console", "bash", "sh")
COMMAND = re.compile(r"^(\$ |eventcode |make |pip |python )")


@attrs.frozen
class Block:
    """One fenced code block of a page, with its qualifiers."""

    page: str
    line: int
    lang: str
    title: str | None
    text: str
    marks: dict[str, str]


def blocks(page: Path) -> list[Block]:
    """Every fenced block of a page, in order."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        previous = next((line.strip() for line in reversed(lines[:i]) if line.strip()), "")
        marks = dict(MARK.findall(previous))
        end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
        found.append(Block(page.name, i + 1, fence.group(1), fence.group(2), "\n".join(lines[i + 1 : end]) + "\n", marks))
        i = end + 1
    return found


def line_matches(expected: str, actual: str) -> bool:
    if expected.endswith("...") and expected != "...":
        return actual.startswith(expected[:-3])
    return expected == actual


def output_matches(expected: list[str], actual: list[str]) -> bool:
    """``expected`` against ``actual`` with ``...`` lines standing for any lines."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == "...":
        return any(output_matches(rest, actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and line_matches(head, actual[0]) and output_matches(rest, actual[1:])


def model_installed(lang: str) -> bool:
    from eventcode.parsing.pipeline import ModelNotFoundError, resolve_models

    try:
        resolve_models(lang)
    except ModelNotFoundError:
        return False
    return True


def run_eventcode(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command)
    assert "eventcode" == argv[0]
    stdin = None
    if len(argv) > 2 and "<" == argv[-2]:
        stdin = (cwd / argv[-1]).read_text(encoding="utf-8")
        argv = argv[:-2]
    env = {**os.environ, "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "eventcode", *argv[1:]], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300, env=env
    )


def console(block: Block, cwd: Path) -> None:
    """Run each ``$ eventcode`` command and compare its output with the lines under it."""
    commands: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line.rstrip())
    assert commands, f"{block.page}:{block.line}: a console block without a '$ ' command"
    for command, expected in commands:
        if not command.startswith("eventcode"):
            continue
        result = run_eventcode(command, cwd)
        where = f"{block.page}:{block.line}: $ {command}"
        assert int(block.marks.get("exit", "0")) == result.returncode, f"{where}\n{result.stderr}"
        actual = [line.rstrip() for line in (result.stdout + result.stderr).splitlines()]
        assert output_matches(expected, actual), f"{where}\n--- expected\n" + "\n".join(expected) + "\n--- got\n" + "\n".join(actual)


def run_block(block: Block, cwd: Path, namespace: dict[str, object]) -> None:
    if block.lang == "python":
        code = compile(block.text, f"{block.page}:{block.line}", "exec")
        exec(code, namespace)  # noqa: S102 - the page's own example, as a reader runs it
    elif block.lang == "console":
        console(block, cwd)
    elif block.lang in ("bash", "sh"):
        for line in block.text.splitlines():
            if line.startswith("eventcode "):
                result = run_eventcode(line.split("  #")[0], cwd)
                assert int(block.marks.get("exit", "0")) == result.returncode, f"{block.page}:{block.line}: {line}\n{result.stderr}"


def runs(block: Block) -> bool:
    """Whether the page runner executes anything of this block (files are written, not run)."""
    if block.lang in ("bash", "sh"):
        return any(line.startswith("eventcode ") for line in block.text.splitlines())
    return block.lang in RUNS


def shows_a_command(block: Block) -> bool:
    return any(COMMAND.match(line) for line in block.text.splitlines())


def skip_reason(block: Block) -> str | None:
    if "not-run" in block.marks:
        return "not run: " + block.marks["not-run"]
    lang = block.marks.get("needs-model")
    if lang is not None and not model_installed(lang):
        return f"needs the Stanza model for {lang!r}"
    module = block.marks.get("requires")
    if module is not None and importlib.util.find_spec(module) is None:
        return f"needs {module}"
    return None


def workdir(tmp_path: Path) -> Path:
    """A reader's folder: the repository's data is visible, what they write is not in the repo."""
    for name in ("tests", "codebooks"):
        (tmp_path / name).symlink_to(REPO / name, target_is_directory=True)
    return tmp_path


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_code_blocks_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every block of the page, in order, in one working folder and one Python session."""
    cwd = workdir(tmp_path)
    monkeypatch.chdir(cwd)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    skipped, ran = [], 0
    for block in blocks(page):
        name = block.title or block.marks.get("file")
        if name is not None:
            (cwd / name).write_text(block.text, encoding="utf-8")
            continue
        reason = skip_reason(block)
        if reason is not None:
            skipped.append(f"{block.page}:{block.line}: {reason}")
            continue
        run_block(block, cwd, namespace)
        ran += runs(block)
    if skipped and not ran:
        pytest.skip("; ".join(skipped))


class TestConventions:
    def test_stdin_redirect_feeds_the_file(self, tmp_path: Path) -> None:
        """``< FILE`` in a bash block is stdin, as in a shell (not two more arguments)."""
        result = run_eventcode("eventcode explain - --input conllu --lang fr < tests/data/sample.fr.conllu", workdir(tmp_path))
        assert 0 == result.returncode, result.stderr
        assert result.stdout.startswith("sentence 0: La ministre des Affaires étrangères")

    def test_marks_take_a_reason_in_words(self) -> None:
        assert [("not-run", "needs a SLURM cluster")] == MARK.findall("<!-- not-run: needs a SLURM cluster -->")
        assert [("exit", "2")] == MARK.findall("<!-- exit: 2 -->")

    def test_the_pages_have_blocks_that_run(self) -> None:
        """The tutorial, quick start and explain pages each carry commands that are checked."""
        for name in ("tutorial.md", "quickstart.md", "explain.md", "concepts.md", "output.md"):
            kinds = {b.lang for b in blocks(DOCS / name) if b.title is None and "file" not in b.marks}
            assert kinds & {"python", "console"}, name

    def test_output_matching(self) -> None:
        assert output_matches(["a", "...", "z"], ["a", "b", "c", "z"])
        assert output_matches(["a", "b..."], ["a", "b and more"])
        assert not output_matches(["a", "z"], ["a", "b", "z"])
        assert not output_matches(["a"], ["a", "extra"])
        assert output_matches(["a", "..."], ["a", "extra"])

    def test_a_wrong_expected_output_fails(self, tmp_path: Path) -> None:
        """The runner really compares: a console block with a wrong line fails."""
        block = Block("x.md", 1, "console", None, "$ eventcode check codebooks\n1 error(s), 0 warning(s)\n", {})
        with pytest.raises(AssertionError, match="expected"):
            console(block, workdir(tmp_path))


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_no_command_is_left_unrun_silently(page: Path) -> None:
    """A block that shows a command (``$ ``, ``eventcode``, ``make``...) runs, or says why not."""
    unrun = [
        f"{b.page}:{b.line}"
        for b in blocks(page)
        if b.title is None and "file" not in b.marks and not runs(b) and shows_a_command(b) and "not-run" not in b.marks
    ]
    assert [] == unrun, "run these blocks (console, bash, python) or mark them <!-- not-run: WHY -->"


# -- generated pages ------------------------------------------------------------------------------


def load_generator():
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_generated_reference_pages_are_up_to_date() -> None:
    """docs/reference/*.md are what the schema, the error table and the CLI give now."""
    generator = load_generator()
    assert [] == [str(p.relative_to(REPO)) for p in generator.stale()], "run: python docs/generate.py"


def test_reference_names_every_schema_key_and_error_code() -> None:
    from eventcode.codebook.errors import CODES
    from eventcode.codebook.reference import schema_keys

    codebook = (DOCS / "reference" / "codebook.md").read_text(encoding="utf-8")
    for kind, keys in schema_keys().items():
        for key in keys.allowed:
            assert f"| `{key}` |" in codebook, (kind, key)
    assert {"frame", "role", "when", "predicate", "actor", "agent", "example"} <= set(schema_keys())
    assert "frame" in schema_keys() and {"id", "code"} == schema_keys()["frame"].required
    errors = (DOCS / "reference" / "errors.md").read_text(encoding="utf-8")
    assert all(f"| `{code}` |" in errors for code in CODES)


def test_an_undocumented_key_is_drift(monkeypatch: pytest.MonkeyPatch) -> None:
    """A key the schema accepts but the reference does not explain stops the generator."""
    from eventcode.codebook import reference

    title, intro, docs = reference.KEY_DOCS["when"]
    monkeypatch.setitem(reference.KEY_DOCS, "when", (title, intro, {k: v for k, v in docs.items() if k != "voice"}))
    with pytest.raises(reference.ReferenceDrift, match=r"when: undocumented keys \['voice'\]"):
        reference.reference_markdown()


def test_api_page_lists_the_public_api() -> None:
    """docs/api.md documents exactly ``eventcode.__all__``."""
    listed = re.findall(r"^::: eventcode\.(\w+)$", (DOCS / "api.md").read_text(encoding="utf-8"), re.M)
    assert sorted(eventcode.__all__) == sorted(listed)


def test_every_page_is_in_the_site() -> None:
    """Each page is in mkdocs.yml's nav, or an optional page that docs/hooks.py adds."""
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    hooks = (DOCS / "hooks.py").read_text(encoding="utf-8")
    for page in sorted(DOCS.rglob("*.md")):
        name = str(page.relative_to(DOCS))
        assert f" {name}" in config or f'("{name}"' in hooks, f"{name} is in no navigation"


@pytest.mark.skipif(shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None, reason="mkdocs is not installed (make venv installs the docs extra)")
def test_site_builds_strictly(tmp_path: Path) -> None:
    """``mkdocs build --strict``: any warning (a broken link, a missing page) fails."""
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent))
    result = subprocess.run(
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert 0 == result.returncode, result.stderr[-3000:]
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert "code_conllu" in api  # docstrings were rendered
    # What a reader copies from a rendered page is what the tests above ran: every code block
    # of the Markdown appears, character for character (tabs of CoNLL-U included; trailing blank
    # lines aside), in order.
    for page in PAGES:
        built = tmp_path / "site" / ("index.html" if page.stem == "index" else f"{page.stem}/index.html")
        rendered = rendered_blocks(built)
        position = 0
        for block in blocks(page):
            while position < len(rendered) and rendered[position].rstrip("\n") != block.text.rstrip("\n"):
                position += 1
            assert position < len(rendered), f"{page.name}:{block.line}: not rendered as written"
            position += 1


def rendered_blocks(path: Path) -> list[str]:
    """The text of every code block of a built page, as a reader copies it."""
    import html

    page = path.read_text(encoding="utf-8")
    bodies = re.findall(r"<pre[^>]*>(?:<span></span>)?<code[^>]*>(.*?)</code></pre>", page, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", body)) for body in bodies]
