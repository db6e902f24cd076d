"""The ``eventcode`` command line: thin wrappers around the library, plus batch accounting.

Commands (the contract of DESIGN.md)::

    eventcode code [PATH ...] --lang LANG [--date YYYY-MM-DD] --input {text,jsonl,conllu}
                   --output {jsonl,csv,tsv,plover} [--codebook PATH ...] [--errors FILE]
                   [--fail-fast] [--quiet] [--max-chars N] [--one-a-day]
                   [--workers N] [--batch-size N] [--threads N]
    eventcode parse [PATH ...] --lang LANG --input {text,jsonl} --output conllu [--threads N]
    eventcode check [CODEBOOK ...]

(``explain``, ``import`` and ``eval`` are described by ``eventcode COMMAND --help``.)

Exit statuses, in one place: 0 everything was read and coded; 1 some documents were rejected
(each is reported, the rest were coded); 2 usage error, invalid codebook or missing model.

A bad input record never stops the batch (unless ``--fail-fast``): it is reported on stderr
and, with ``--errors FILE``, as one JSON line ``{"source", "line", "doc_id", "reason"}``; the
last line on stderr is always ``documents: read N, coded N, rejected N; events: N``.

Readers live in :mod:`eventcode.inputs`, the batch engine in :mod:`eventcode.batch`; with
``--workers N`` the records are coded in N processes (each builds its codebook and parser once)
and written in input order, so the output and the counts are those of one process. Each
process parses with one torch thread unless ``--threads N`` or ``OMP_NUM_THREADS`` says otherwise
(:func:`limit_torch_threads`).
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

import attrs

from eventcode.inputs import (
    MAX_CHARS,
    RawDocument,
    Record,
    Rejected,
    check_date,
    read_jsonl_documents,
    read_stream,
    read_text_document,
)
from eventcode.model import Document

if TYPE_CHECKING:
    from eventcode.batch import Outcome

__all__ = [
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "RawDocument",
    "Rejected",
    "read_jsonl_documents",
    "read_text_document",
    "main",
]

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2

STDIN = "-"


class UsageError(Exception):
    """A problem with the command itself (bad option, bad codebook, no model): exit status 2."""


def _date_option(value: str | None) -> str | None:
    """The ``--date`` option, checked: a bad one is a usage error (exit status 2)."""
    if value is not None:
        try:
            check_date(value)
        except ValueError as error:
            raise UsageError(f"--date: {error}") from None
    return value


# -- input readers ------------------------------------------------------------------------------


def _open_inputs(paths: Sequence[str]) -> Iterator[tuple[str, IO[bytes]]]:
    """(name, binary stream) per PATH; ``-`` or no PATH is stdin. Files open one at a time."""
    for path in paths or [STDIN]:
        if path == STDIN:
            yield "<stdin>", sys.stdin.buffer
            continue
        try:
            handle = open(path, "rb")
        except OSError as error:
            raise UsageError(f"cannot read {path}: {error.strerror}") from None
        with handle:
            yield path, handle


def _records(args: argparse.Namespace) -> Iterator[Record]:
    """Every input record, in order: to code (raw text, a CoNLL-U chunk), or rejected."""
    for name, stream in _open_inputs(args.paths):
        yield from read_stream(stream, name, args.input, args.lang, args.max_chars)


# -- the batch ----------------------------------------------------------------------------------


@attrs.define
class Summary:
    """Counts for the last stderr line; mutable, owned by one run of ``code``."""

    read: int = 0
    coded: int = 0
    rejected: int = 0
    events: int = 0

    def __str__(self) -> str:
        return (
            f"documents: read {self.read}, coded {self.coded}, rejected {self.rejected}; "
            f"events: {self.events}"
        )


class _ErrorSink:
    """Reports rejected records on stderr and, optionally, as JSON lines in a file."""

    def __init__(self, path: str | None, quiet: bool) -> None:
        self.quiet = quiet
        self.file: TextIO | None = None
        if path is not None:
            try:
                self.file = open(path, "w", encoding="utf-8")
            except OSError as error:
                raise UsageError(f"cannot write --errors {path}: {error.strerror}") from None

    def report(self, rejected: Rejected) -> None:
        if not self.quiet:
            from tqdm import tqdm

            tqdm.write(f"eventcode: rejected {rejected}", file=sys.stderr)  # above a progress bar
        if self.file is not None:
            self.file.write(json.dumps(rejected.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


def _load_coder(args: argparse.Namespace) -> Any:
    try:
        from eventcode.codebook.errors import CodebookInvalid
        from eventcode.coding.coder import Coder
    except ImportError as error:
        raise UsageError(f"the coder is not available in this installation: {error}") from None

    try:
        main_only = getattr(args, "main_events", False)  # `code` has the option, `explain` does not
        return Coder.load(args.lang, [Path(p) for p in args.codebook], models_dir=args.models_dir, main_only=main_only)
    except CodebookInvalid as error:
        raise UsageError(str(error)) from None
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot load the codebooks: {error}") from None


def _is_setup_error(error: Exception) -> bool:
    """A missing model or parser module fails every document alike: stop, don't reject each."""
    from eventcode.batch import is_setup_error

    return is_setup_error(error)


def _outcomes(args: argparse.Namespace, coder: Any) -> Iterator[Outcome]:
    """One outcome per input record, in input order: in this process or in ``--workers`` processes."""
    from eventcode.batch import CoderFactory, code_parallel, code_records

    if args.workers == 1:
        return code_records(coder, _records(args), date=args.date, batch_size=args.batch_size)
    factory = CoderFactory(args.lang, tuple(args.codebook), args.models_dir, args.main_events)
    return code_parallel(factory, _records(args), workers=args.workers, date=args.date, batch_size=args.batch_size)


def run_code(args: argparse.Namespace) -> int:
    """``eventcode code``: read, code and write every document; returns the exit status."""
    from eventcode.output import open_writer

    _date_option(args.date)
    if args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    if args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    from tqdm import tqdm

    coder = _load_coder(args)  # also in --workers runs: a bad codebook is reported here, once
    summary = Summary()
    sink = _ErrorSink(args.errors, args.quiet)
    writer = open_writer(args.output, sys.stdout, one_a_day=args.one_a_day)
    # A progress bar only for a person watching a terminal; never in a log or a pipe.
    progress = tqdm(unit="doc", file=sys.stderr, disable=args.quiet or not sys.stderr.isatty(), leave=False)
    status = EXIT_OK
    outcomes = _outcomes(args, coder)
    try:
        try:
            for outcome in outcomes:
                summary.read += 1
                progress.update(1)
                if outcome.rejected is None:
                    writer.write(outcome.events)
                    sys.stdout.flush()
                    summary.coded += 1
                    summary.events += len(outcome.events)
                    continue
                summary.rejected += 1
                sink.report(outcome.rejected)
                if args.fail_fast:
                    print("eventcode: stopping at the first rejected document (--fail-fast)", file=sys.stderr)
                    break
        except Exception as error:
            if _is_setup_error(error):
                raise UsageError(f"cannot parse raw text: {error}") from None
            raise
        if summary.rejected:
            status = EXIT_REJECTED
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()  # stops --workers processes (after --fail-fast or an error)
        progress.close()
        sink.close()
        sys.stdout.flush()
        for reason, count in sorted(writer.skipped.items()):
            print(f"eventcode: {count} event(s) not written in {args.output} format: {reason}", file=sys.stderr)
        print(summary, file=sys.stderr)
    return status


def run_parse(args: argparse.Namespace) -> int:
    """``eventcode parse``: raw text → Stanza → CoNLL-U on stdout (with ``# newdoc id``)."""
    _date_option(args.date)
    try:
        from eventcode.parsing.pipeline import load_pipeline, parse_text
    except ImportError as error:
        raise UsageError(f"the Stanza pipeline is not available: {error}") from None
    try:
        pipeline = load_pipeline(args.lang, models_dir=args.models_dir)
    except Exception as error:  # noqa: BLE001 - report, never a traceback
        raise UsageError(f"cannot load the Stanza pipeline for {args.lang!r}: {error}") from None
    summary = Summary()
    sink = _ErrorSink(args.errors, args.quiet)
    status = EXIT_OK
    try:
        for name, stream in _open_inputs(args.paths):
            records: Iterable[RawDocument | Rejected]
            if args.input == "jsonl":
                records = read_jsonl_documents(stream, name, args.lang, args.max_chars)
            else:
                records = [read_text_document(stream.read(), name, args.max_chars)]
            for record in records:
                summary.read += 1
                if isinstance(record, Rejected):
                    summary.rejected += 1
                    sink.report(record)
                    if args.fail_fast:
                        return EXIT_REJECTED
                    continue
                try:
                    document = parse_text(record.text, args.lang, pipeline=pipeline)
                except Exception as error:  # noqa: BLE001 - one document must not stop the batch
                    log.debug("parsing failed for %s", record.id, exc_info=True)
                    summary.rejected += 1
                    sink.report(Rejected(name, record.line, record.id, f"parsing failed: {type(error).__name__}: {error}"))
                    if args.fail_fast:
                        return EXIT_REJECTED
                    continue
                sys.stdout.write(to_conllu(document, record.id, record.date or args.date))
                sys.stdout.flush()
                summary.coded += 1
        if summary.rejected:
            status = EXIT_REJECTED
    finally:
        sink.close()
        print(
            f"documents: read {summary.read}, parsed {summary.coded}, rejected {summary.rejected}",
            file=sys.stderr,
        )
    return status


def to_conllu(stanza_document: Any, doc_id: str, date: str | None) -> str:
    """A parsed stanza Document as CoNLL-U that :mod:`eventcode.parsing.conllu` reads back.

    Stanza writes the sentences (``{:C}``); ``# newdoc id`` and ``# date`` (when known) are
    put at the top of the first sentence's comments, replacing any the document carried.
    """
    from eventcode.parsing.conllu import is_document_comment

    body = "\n".join(line for line in format(stanza_document, "C").split("\n") if not is_document_comment(line))
    header = f"# newdoc id = {doc_id}\n" + (f"# date = {date}\n" if date else "")
    return header + body + "\n\n"


def run_check(args: argparse.Namespace) -> int:
    """``eventcode check``: every codebook problem, one per line on stdout; 2 if any error."""
    try:
        from eventcode.codebook import check_codebook
    except ImportError as error:
        raise UsageError(f"the codebook checker is not available in this installation: {error}") from None
    try:
        problems = check_codebook(*args.codebooks)
    except Exception as error:  # noqa: BLE001 - check reports, it never crashes
        print(f"eventcode check: could not check the codebooks: {type(error).__name__}: {error}")
        return EXIT_USAGE
    for problem in problems:
        print(problem)
    errors = sum(1 for problem in problems if problem.severity == "error")
    warnings = len(problems) - errors
    print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return EXIT_USAGE if errors else EXIT_OK


def run_explain(args: argparse.Namespace) -> int:
    """``eventcode explain``: the tree, every frame tried and why it failed, then the events."""
    from eventcode.explain import to_html
    from eventcode.parsing.conllu import ConllReadError, iter_conllu

    _date_option(args.date)
    coder = _load_coder(args)
    if args.sentence == STDIN:
        text = sys.stdin.read()
    elif args.input == "conllu":
        try:
            text = Path(args.sentence).read_text(encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot read {args.sentence}: {error.strerror}") from None
    else:
        text = args.sentence
    status = EXIT_OK
    documents: list[Document] = []
    if args.input == "conllu":
        for item in iter_conllu(text, source=args.sentence, lang=args.lang):
            if isinstance(item, ConllReadError):
                print(f"eventcode: rejected {item}", file=sys.stderr)
                status = EXIT_REJECTED
            else:
                documents.append(item if item.date is not None else attrs.evolve(item, date=args.date))
    else:
        if not text.strip():
            raise UsageError("explain: the sentence is empty")
        try:
            documents.append(coder.parse(text, date=args.date, doc_id="explain"))
        except Exception as error:  # noqa: BLE001 - a missing model is a usage error, never a traceback
            if _is_setup_error(error):
                raise UsageError(f"cannot parse raw text (use --input conllu to explain a parsed tree): {error}") from None
            raise
    explanations = [e for document in documents for e in coder.explain_document(document)]
    if args.output == "json":
        for explanation in explanations:
            print(json.dumps(explanation.to_dict(), ensure_ascii=False, sort_keys=True))
    else:
        print("\n".join(explanation.to_text() for explanation in explanations), end="")
    if args.html is not None:
        try:
            Path(args.html).write_text(to_html(explanations), encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write --html {args.html}: {error.strerror}") from None
        print(f"eventcode: wrote {args.html}", file=sys.stderr)
    return status


def run_import(args: argparse.Namespace) -> int:
    """``eventcode import petrarch``: PETRARCH/TABARI dictionaries -> YAML codebooks + report."""
    from eventcode.importers.petrarch import convert

    try:
        result = convert(
            verbs=args.verbs, actors=args.actors, agents=args.agents, discards=args.discards,
            out_dir=args.output_dir, language=args.language, ontology=args.ontology,
        )
    except OSError as error:
        raise UsageError(f"cannot import: {error}") from None
    skipped = len(result.report.skipped)
    converted = ", ".join(f"{k} {v}" for k, v in sorted(result.report.converted.items()))
    print(f"eventcode: wrote {len(result.files)} codebook files and report.md/report.json to {args.output_dir}", file=sys.stderr)
    print(f"converted: {converted}; not converted: {skipped} (see report.md); {result.seconds:.1f} s", file=sys.stderr)
    return EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    """``eventcode eval DATASET``: code a public dev set and score it."""
    from eventcode.evaluation import dataset

    return int(dataset(args.dataset).run(args))


def limit_torch_threads(threads: int | None) -> None:
    """Give torch ``threads`` threads per process (``--threads``), else what ``OMP_NUM_THREADS``
    says, else one.

    Why one by default: torch's default, a thread per core, spins while it waits for a busy core,
    and on a machine shared with anything else parsing then runs 5 to 100 times slower (measured
    in docs/models.md); one thread per process is what ``--workers`` scales. Set in the
    environment, so that torch (imported later) and worker processes read it."""
    if threads is None:
        os.environ.setdefault("OMP_NUM_THREADS", "1")
    elif threads < 1:
        raise UsageError(f"--threads must be at least 1, not {threads}")
    else:
        os.environ["OMP_NUM_THREADS"] = str(threads)
    if "torch" in sys.modules:  # imported already (by a caller of main): apply it there too
        sys.modules["torch"].set_num_threads(int(os.environ["OMP_NUM_THREADS"]))


# -- argument parsing ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from eventcode.output import FORMATS

    parser = argparse.ArgumentParser(prog="eventcode", description="Political event coding: UD trees + YAML codebooks → CAMEO events.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # every command that may run the Stanza parser takes --threads
    threads = argparse.ArgumentParser(add_help=False)
    threads.add_argument(
        "--threads", type=int, metavar="N",
        help="torch threads per process for parsing (default: OMP_NUM_THREADS if set, else 1, which is fastest on a shared machine)",
    )

    code = commands.add_parser("code", help="code documents into events", parents=[threads])
    code.add_argument("paths", nargs="*", metavar="PATH", help="input files; '-' or none reads stdin")
    code.add_argument("--lang", required=True, help="language of the documents (fr, en)")
    code.add_argument("--date", help="YYYY-MM-DD, for documents that carry no date")
    code.add_argument("--input", choices=("text", "jsonl", "conllu"), default="jsonl", help="input format (default jsonl)")
    code.add_argument("--output", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    code.add_argument("--one-a-day", action="store_true", help="write one event per date, source, target and code")
    code.add_argument("--main-events", action="store_true", help="keep only each sentence's main events: those of the trigger nearest the root of its tree")
    code.add_argument("--codebook", action="append", default=[], metavar="PATH", help="code with these codebooks instead of the shipped ones (repeatable)")
    code.add_argument("--models-dir", help="directory of Stanza models (raw text input)")
    code.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N", help=f"reject raw-text documents longer than N characters (default {MAX_CHARS})")
    code.add_argument("--errors", metavar="FILE", help="also write rejected records to FILE as JSON lines")
    code.add_argument("--fail-fast", action="store_true", help="stop at the first rejected document")
    code.add_argument("--quiet", action="store_true", help="no progress bar and no per-record messages on stderr (the summary stays)")
    code.add_argument("--workers", type=int, default=1, metavar="N", help="code in N processes, each with its own codebook and parser (default 1); output order is input order")
    code.add_argument("--batch-size", type=int, default=32, metavar="N", help="raw-text documents per Stanza call (default 32)")
    code.set_defaults(run=run_code)

    parse = commands.add_parser("parse", help="parse raw text with Stanza and write CoNLL-U", parents=[threads])
    parse.add_argument("paths", nargs="*", metavar="PATH", help="input files; '-' or none reads stdin")
    parse.add_argument("--lang", required=True)
    parse.add_argument("--date", help="YYYY-MM-DD, written as '# date' for documents that carry none")
    parse.add_argument("--input", choices=("text", "jsonl"), default="text")
    parse.add_argument("--output", choices=("conllu",), default="conllu")
    parse.add_argument("--models-dir", help="directory of Stanza models")
    parse.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N")
    parse.add_argument("--errors", metavar="FILE")
    parse.add_argument("--fail-fast", action="store_true")
    parse.add_argument("--quiet", action="store_true")
    parse.set_defaults(run=run_parse)

    explain = commands.add_parser("explain", help="show the tree, every frame tried and why it failed", parents=[threads])
    explain.add_argument("sentence", metavar="SENTENCE", help="the sentence (raw text), or with --input conllu a CoNLL-U file; '-' reads stdin")
    explain.add_argument("--lang", required=True, help="language of the sentence (fr, en)")
    explain.add_argument("--date", help="YYYY-MM-DD: picks actor roles (who was president then)")
    explain.add_argument("--input", choices=("text", "conllu"), default="text", help="raw text (needs a Stanza model) or CoNLL-U (default text)")
    explain.add_argument("--output", choices=("text", "json"), default="text", help="readable text or one JSON object per sentence (default text)")
    explain.add_argument("--codebook", action="append", default=[], metavar="PATH", help="explain with these codebooks instead of the shipped ones (repeatable)")
    explain.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page drawing the tree and the frames")
    explain.add_argument("--models-dir", help="directory of Stanza models (raw text input)")
    explain.set_defaults(run=run_explain)

    check = commands.add_parser("check", help="check codebooks; every problem as file:line:col")
    check.add_argument("codebooks", nargs="*", metavar="CODEBOOK", help="codebook files or folders; none = the shipped ones")
    check.set_defaults(run=run_check)

    importer = commands.add_parser("import", help="convert another coder's dictionaries into YAML codebooks")
    formats = importer.add_subparsers(dest="format", required=True, metavar="FORMAT")
    petrarch = formats.add_parser("petrarch", help="PETRARCH-2 / TABARI verbs, actors, agents and discards")
    petrarch.add_argument("--verbs", required=True, metavar="FILE", help="verb dictionary (CAMEO.2.0 style)")
    petrarch.add_argument("--actors", required=True, action="append", metavar="FILE", help="actor dictionary (repeatable)")
    petrarch.add_argument("--agents", required=True, metavar="FILE", help="agent dictionary")
    petrarch.add_argument("--discards", metavar="FILE", help="discard list (sentence and story discards -> discard rules)")
    petrarch.add_argument("-o", "--output-dir", required=True, metavar="DIR", help="folder for the YAML files and report.md/report.json")
    petrarch.add_argument("--language", default="en", help="language of the verb patterns (default en)")
    petrarch.add_argument("--ontology", metavar="FILE", help="PETRARCH's internal coding ontology (PICO): negated events are recoded by its rule")
    petrarch.set_defaults(run=run_import)

    from eventcode.evaluation import DATASETS, dataset

    evaluate = commands.add_parser("eval", help="score the coder on a public dev set")
    datasets = evaluate.add_subparsers(dest="dataset", required=True, metavar="DATASET")
    for name in DATASETS:
        sub = datasets.add_parser(name, help=f"the {name} dev set", parents=[threads])
        dataset(name).add_arguments(sub)
        sub.set_defaults(run=run_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``eventcode`` console script; returns the exit status."""
    # Output is UTF-8 with "\n" line ends whatever the locale, so it is the same bytes everywhere.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")
    logging.basicConfig(level=logging.WARNING, format="eventcode: %(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        limit_torch_threads(getattr(args, "threads", None))
        return int(args.run(args))
    except UsageError as error:
        print(f"eventcode: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - a bug is reported in one line, not a traceback
        log.debug("internal error", exc_info=True)
        print(f"eventcode: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_USAGE
