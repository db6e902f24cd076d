"""Executable codebook examples: every frame's ``examples:`` are run like tests.

An example gives a sentence (``text``, parsed by Stanza, or ``conllu``, parser-free) and
what must come out:

- ``expect: {code, source, target, negated}``: some event of the sentence has every value
  given (actor values compare with the actor code);
- ``expect: none``: no frame of the same predicate fires on the sentence;
- ``todo: true``: a known gap; it is reported, not failed, and reported again when it
  starts to pass so that the marker can be removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from eventcode.codebook.compiled import CompiledCodebook, CompiledFrame, Example
from eventcode.coding.coder import code_document
from eventcode.model import Document, Event
from eventcode.parsing.conllu import read_conllu

Parser = Callable[[str, str | None], Document]


@attrs.frozen(slots=True)
class ExampleResult:
    """The outcome of one example: whether it holds, and why not."""

    frame_id: str
    example: Example
    passed: bool
    message: str
    events: tuple[Event, ...] = ()

    def __str__(self) -> str:
        state = "ok" if self.passed else ("todo" if self.example.todo else "FAILED")
        return f"{self.example.location}: {state}: {self.frame_id}: {self.message}"


def iter_examples(codebook: CompiledCodebook) -> Iterator[tuple[CompiledFrame, Example]]:
    """Every (frame, example) pair of the codebook, in frame id order."""
    for frame_id, frame in sorted(codebook.frames.items()):
        for example in frame.examples:
            yield frame, example


def run_example(
    codebook: CompiledCodebook, frame: CompiledFrame, example: Example, parse: Parser | None = None
) -> ExampleResult:
    """Code the example's sentence and compare with its expectation.

    ``parse(text, date)`` turns a ``text`` example into a Document; without it, text examples
    cannot run and raise ``LookupError`` (CoNLL-U examples never need it).
    """
    if example.conllu is not None:
        documents = list(read_conllu(example.conllu, source=str(example.location)))
        document = documents[0]
        if example.date is not None:
            document = attrs.evolve(document, date=example.date)
    elif parse is not None and example.text is not None:
        document = parse(example.text, example.date)
    else:
        raise LookupError(f"{example.location}: a text example needs a parser (a Stanza model)")
    events = tuple(code_document(codebook, document))
    passed, message = _compare(codebook, frame, example, events)
    return ExampleResult(frame.id, example, passed, message, events)


def _compare(
    codebook: CompiledCodebook, frame: CompiledFrame, example: Example, events: tuple[Event, ...]
) -> tuple[bool, str]:
    if example.expect is None:
        siblings = {f.id for f in codebook.frames.values() if f.predicate_id == frame.predicate_id}
        fired = [e for e in events if e.rule in siblings]
        if fired:
            return False, f"expected no event from '{frame.predicate_id}', got {_describe(fired)}"
        return True, "no event, as expected"
    for event in events:
        if all(_field(event, key) == value for key, value in example.expect.items()):
            return True, f"found {_describe([event])}"
    wanted = ", ".join(f"{k}={v}" for k, v in sorted(example.expect.items()))
    return False, f"expected an event with {wanted}, got {_describe(list(events)) or 'no event'}"


def _field(event: Event, key: str) -> str | None:
    if key in ("source", "target"):
        actor = getattr(event, key)
        return actor.code if actor is not None else None
    if key == "negated":
        return "true" if event.negated else "false"
    value = getattr(event, key, None)
    return None if value is None else str(value)


def _describe(events: list[Event]) -> str:
    return "; ".join(
        f"{e.source.code if e.source else '-'} {e.code} {e.target.code if e.target else '-'}"
        + (" (negated)" if e.negated else "")
        + f" [{e.rule}]"
        for e in events
    )
