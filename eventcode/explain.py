"""Why a sentence gave these events (or none): the tree, every frame tried, the bindings.

People debug rules faster by looking than by reading code, so an :class:`Explanation` holds,
for one parsed sentence, everything the matcher did: each candidate trigger word, every frame
of its lemma in the order they were tried, the words (and resolved actors) each role bound,
the first constraint that failed, and the events with their provenance. It is data (frozen,
``to_dict`` gives JSON), text (:meth:`Explanation.to_text`, the tree drawn as udapi's
TextModeTrees does) and a self-contained HTML page (:func:`to_html`, arcs drawn as displaCy
does, nothing fetched from the network).

Sentences are matched exactly as :meth:`eventcode.Coder.code_document` matches them, with the
same pronoun memory across the sentences of a document, so an explanation never disagrees
with the coder.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from eventcode.codebook.compiled import CompiledCodebook, fold_lemma
from eventcode.coding.actors import MentionMemory
from eventcode.coding.coder import discard_in
from eventcode.coding.match import Attempt, SentenceMatcher, trigger_frames
from eventcode.model import Actor, Document, Event, Sentence

__all__ = [
    "Explanation",
    "FrameTrial",
    "RoleBinding",
    "TriggerTrial",
    "explain_document",
    "explain_sentence",
    "render_tree",
    "to_html",
]

Status = Literal["matched", "failed", "not tried"]


@attrs.frozen(slots=True)
class RoleBinding:
    """What one role of a frame bound: the filler words and, for actor roles, the actors."""

    role: str
    word_ids: tuple[int, ...]
    words: tuple[str, ...]
    actors: tuple[Actor, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "word_ids": list(self.word_ids),
            "words": list(self.words),
            "actors": [actor.to_dict() for actor in self.actors],
        }


@attrs.frozen(slots=True)
class FrameTrial:
    """One frame of a trigger: matched, failed (with the first failing constraint) or not tried.

    Frames after the one that matched are listed as ``not tried``: the matcher stops at the
    first match, and seeing them tells the author that a more specific frame shadowed them.
    """

    frame_id: str
    code: str
    location: str
    status: Status
    reason: str = ""
    bindings: tuple[RoleBinding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "frame_id": self.frame_id,
            "code": self.code,
            "location": self.location,
            "status": self.status,
            "reason": self.reason,
            "bindings": [binding.to_dict() for binding in self.bindings],
        }


@attrs.frozen(slots=True)
class TriggerTrial:
    """A word whose lemma triggers frames, and every frame of that lemma in matching order."""

    word_id: int
    form: str
    lemma: str
    upos: str
    frames: tuple[FrameTrial, ...]
    by_form: bool = False  # the word form triggers: a trigger form, or (the lemma triggering nothing) a parser's wrong lemma
    trigger_form: bool = False  # the form is a predicate's ``trigger: {form}``, looked up before the lemma

    @property
    def matched(self) -> FrameTrial | None:
        """The frame that matched, if any."""
        return next((frame for frame in self.frames if frame.status == "matched"), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "word_id": self.word_id,
            "form": self.form,
            "lemma": self.lemma,
            "upos": self.upos,
            "by_form": self.by_form,
            "frames": [frame.to_dict() for frame in self.frames],
        }


@attrs.frozen(slots=True)
class Explanation:
    """Everything the matcher did on one sentence, in order; see the module docstring."""

    sentence: Sentence
    triggers: tuple[TriggerTrial, ...]
    events: tuple[Event, ...]
    date: str | None = None
    doc_id: str = "explain"
    #: the discard rule that kept this sentence's events out of the coding ("" when none)
    discarded: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: the tree, the triggers with their frames, the events (JSONL contract);
        ``discarded`` only where a discard rule applies."""
        data: dict[str, Any] = {
            "doc_id": self.doc_id,
            "date": self.date,
            "sentence": self.sentence.to_dict(),
            "triggers": [trigger.to_dict() for trigger in self.triggers],
            "events": [event.to_dict() for event in self.events],
        }
        if self.discarded:
            data["discarded"] = self.discarded
        return data

    def to_text(self) -> str:
        """The readable form: the tree, then per trigger the frames tried, then the events."""
        return _text(self)

    def to_html(self, title: str = "eventcode explain") -> str:
        """A self-contained HTML page for this sentence alone."""
        return to_html([self], title=title)


# -- building -------------------------------------------------------------------------------------


def explain_sentence(codebook: CompiledCodebook, sentence: Sentence, *, date: str | None = None, doc_id: str = "explain") -> Explanation:
    """Explain one sentence on its own (a pronoun can only point inside it)."""
    memory = MentionMemory(codebook, date)
    return _explain(codebook, sentence, memory, date=date, doc_id=doc_id)


def explain_document(codebook: CompiledCodebook, document: Document) -> list[Explanation]:
    """Explain every sentence of a document, sharing the pronoun memory as coding does."""
    memory = MentionMemory(codebook, document.date)
    explanations = [_explain(codebook, s, memory, date=document.date, doc_id=document.id) for s in document.sentences]
    found = {e.sentence.index: discard_in(codebook, e.sentence) for e in explanations} if codebook.discards else {}
    whole = next((d for d in found.values() if d is not None and d.scope == "document"), None)
    out = []
    for explanation in explanations:
        rule = whole or found.get(explanation.sentence.index)
        if rule is not None:  # the frames are still shown: they say what the rule kept out
            what = "the document" if rule.scope == "document" else "the sentence"
            note = f"{what} is discarded by rule {rule.id!r} ({' '.join(rule.words)}) [{rule.location}]"
            explanation = attrs.evolve(explanation, events=(), discarded=note)
        out.append(explanation)
    return out


def _explain(codebook: CompiledCodebook, sentence: Sentence, memory: MentionMemory, *, date: str | None, doc_id: str) -> Explanation:
    matcher = SentenceMatcher(codebook, sentence, doc_id=doc_id, date=date, memory=memory)
    sentence = matcher.sentence  # the tree as read (parse slips repaired: see view.py)
    trace: list[Attempt] = []
    events = matcher.events(trace)
    words = {word.id: word for word in sentence.words}
    by_trigger: dict[int, list[Attempt]] = {}
    for attempt in trace:
        by_trigger.setdefault(attempt.trigger_id, []).append(attempt)
    triggers = []
    for word in sentence.words:
        frames = trigger_frames(codebook, word)
        if not frames:
            continue
        trigger_form = fold_lemma(word.form) in codebook.form_triggers
        by_form = trigger_form or fold_lemma(word.lemma) not in codebook.triggers
        tried = {attempt.frame_id: attempt for attempt in by_trigger.get(word.id, ())}
        trials = []
        for frame in frames:
            attempt = tried.get(frame.id)
            location = str(frame.location)
            if attempt is None:
                trials.append(FrameTrial(frame.id, frame.code, location, "not tried", "an earlier frame matched"))
                continue
            bindings = tuple(
                RoleBinding(b.role, b.word_ids, tuple(words[i].form for i in b.word_ids if i in words), b.actors)
                for b in attempt.bindings
            )
            status: Status = "matched" if attempt.matched else "failed"
            trials.append(FrameTrial(frame.id, frame.code, location, status, attempt.reason, bindings))
        triggers.append(TriggerTrial(word.id, word.form, word.lemma, word.upos, tuple(trials), by_form, trigger_form))
    return Explanation(sentence, tuple(triggers), tuple(events), date=date, doc_id=doc_id)


# -- text -----------------------------------------------------------------------------------------


def _depths(sentence: Sentence) -> dict[int, int]:
    """Depth of every word below the technical root (root word = 1); cycles count as depth 1."""
    heads = {word.id: word.head for word in sentence.words}
    depths: dict[int, int] = {}
    for word in sentence.words:
        seen: list[int] = []
        node = word.id
        while node != 0 and node not in depths and node not in seen and node in heads:
            seen.append(node)
            node = heads[node]
        base = 0 if node == 0 or node not in heads else depths.get(node, 0)
        for offset, item in enumerate(reversed(seen), start=1):
            depths[item] = base + offset
    return depths


def render_tree(sentence: Sentence, marks: dict[int, str] | None = None) -> str:
    """The tree in udapi TextModeTrees style: one word per line, in order, edges as box lines.

    Each word's governor owns a vertical line in the column of its depth, so for a projective
    tree no two lines cross; ``marks`` adds a note after a word (``◀ trigger``).
    """
    marks = marks or {}
    words = sentence.words
    if not words:
        return ""
    depths = _depths(sentence)
    rows = {word.id: row for row, word in enumerate(words, start=1)}  # row 0: technical root
    children: dict[int, list[int]] = {0: []}
    for word in words:
        parent = word.head if word.head in rows else 0
        children.setdefault(parent, []).append(word.id)
    spans: dict[int, tuple[int, int]] = {}  # governor -> rows its vertical line covers
    for parent, kids in children.items():
        if kids:
            covered = [rows.get(parent, 0)] + [rows[k] for k in kids]
            spans[parent] = (min(covered), max(covered))
    width_id = len(str(len(words)))
    lanes = max(depths.values()) + 1

    def bars(row: int, upto: int) -> list[str]:
        cells = []
        for lane in range(upto):
            active = any(
                depths.get(gov, 0) == lane and start < row < end for gov, (start, end) in spans.items()
            )
            cells.append("│" if active else " ")
        return cells

    lines = [" " * width_id + " ─┮" if children[0] else " " * width_id + " ─"]
    for word in words:
        row, depth = rows[word.id], depths[word.id]
        parent = word.head if word.head in rows else 0
        start, end = spans[parent]
        corner = "╭" if row == start else "╰" if row == end else "├"
        own = spans.get(word.id)
        if own is None:
            tip = "╼"
        elif own[0] < row < own[1]:
            tip = "┾"
        elif own[0] < row:
            tip = "┶"
        else:
            tip = "┮"
        prefix = "".join(cell + " " for cell in bars(row, depth - 1))
        # Non-projective trees: a deeper line that passes this row is crossed, not hidden.
        deeper = bars(row, lanes)[depth + 1 :]
        while deeper and deeper[-1] == " ":
            deeper.pop()
        crossing = "".join("─" + ("┼" if cell == "│" else "─") for cell in deeper)
        mark = f"  {marks[word.id]}" if word.id in marks else ""
        lines.append(f"{word.id:>{width_id}} {prefix}{corner}─{tip}{crossing} {word.form} {word.upos} {word.deprel}{mark}")
    return "\n".join(line.rstrip() for line in lines)


def _actor_text(actor: Actor) -> str:
    return f"{actor.code} ({actor.text!r}, {actor.how})"


def _binding_text(binding: RoleBinding) -> str:
    fillers = ", ".join(f"{i} {w}" for i, w in zip(binding.word_ids, binding.words))
    actors = "; ".join(_actor_text(actor) for actor in binding.actors)
    return f"{binding.role} = {fillers}" + (f" → {actors}" if actors else "")


def _event_text(event: Event) -> str:
    def who(actor: Actor | None) -> str:
        return actor.code if actor is not None else "-"

    negated = "  NEGATED" if event.negated else ""
    name = f" {event.name}" if event.name else ""
    return (
        f"{who(event.source)} {event.code} {who(event.target)}  ({event.code}{name}){negated}\n"
        f"    trigger {event.trigger_ids[0] if event.trigger_ids else '?'} {event.trigger!r}, "
        f"rule {event.rule} at {event.rule_location}"
    )


def _marks(explanation: Explanation) -> dict[int, str]:
    marks: dict[int, str] = {}
    for trigger in explanation.triggers:
        marks[trigger.word_id] = "◀ trigger"
        matched = trigger.matched
        if matched is None:
            continue
        for binding in matched.bindings:
            for word_id in binding.word_ids:
                marks.setdefault(word_id, f"◀ {binding.role} of {trigger.form}")
    return marks


def _text(explanation: Explanation) -> str:
    sentence = explanation.sentence
    out = [f"sentence {sentence.index}: {sentence.text}".rstrip()]
    if explanation.date:
        out.append(f"date: {explanation.date}")
    out += ["", render_tree(sentence, _marks(explanation)), ""]
    if not explanation.triggers:
        out.append("no trigger: no word's lemma is a predicate of the codebook")
    for trigger in explanation.triggers:
        how = "; a trigger form" if trigger.trigger_form else ("; by its form, the lemma triggers nothing" if trigger.by_form else "")
        out.append(f"trigger {trigger.word_id} {trigger.form!r} (lemma {trigger.lemma}, {trigger.upos}{how}): {len(trigger.frames)} frame(s)")
        for frame in trigger.frames:
            head = f"  {frame.status:<9}  {frame.frame_id} → {frame.code}  [{frame.location}]"
            out.append(head)
            for binding in frame.bindings:
                out.append(f"               {_binding_text(binding)}")
            if frame.status == "failed":
                out.append(f"               failed: {frame.reason}")
        out.append("")
    if explanation.discarded:
        out.append(explanation.discarded)
    out.append(f"events: {len(explanation.events)}")
    for event in explanation.events:
        out.append(f"  {_event_text(event)}")
    return "\n".join(out) + "\n"


# -- HTML -----------------------------------------------------------------------------------------

_CSS = """
:root { --trigger:#e8590c; --source:#1c7ed6; --target:#c2255c; --other:#2b8a3e; --ink:#212529; --muted:#868e96; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #f8f9fa; }
header { padding: 14px 24px; background: #fff; border-bottom: 1px solid #dee2e6; }
header h1 { font-size: 16px; margin: 0 0 4px; }
header .meta { color: var(--muted); font-size: 12px; }
section.sentence { margin: 16px 24px; background: #fff; border: 1px solid #dee2e6; border-radius: 8px; }
section.sentence > h2 { font-size: 15px; font-weight: 600; margin: 0; padding: 12px 16px; border-bottom: 1px solid #e9ecef; }
.layout { display: flex; gap: 0; align-items: flex-start; }
.tree { flex: 1 1 auto; overflow-x: auto; padding: 8px 8px 0; min-width: 0; }
aside.frames { flex: 0 0 360px; border-left: 1px solid #e9ecef; padding: 10px 14px; max-height: 520px; overflow-y: auto; }
aside h3, .events h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 6px 0; }
.trigger-block { margin-bottom: 12px; }
.trigger-block .tw { font-weight: 600; color: var(--trigger); }
.trigger-block .by-form { font-size: 11px; color: #c92a2a; }
ol.frame-list { list-style: none; padding: 0; margin: 4px 0; }
li.frame { border: 1px solid #e9ecef; border-left: 4px solid #ced4da; border-radius: 4px; padding: 5px 8px; margin: 4px 0; cursor: pointer; }
li.frame.matched { border-left-color: #2f9e44; background: #ebfbee; }
li.frame.failed { border-left-color: #e03131; }
li.frame.not-tried { border-left-color: #dee2e6; color: var(--muted); }
li.frame.selected { outline: 2px solid #339af0; }
li.frame .fid { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; }
li.frame .st { float: right; font-size: 11px; text-transform: uppercase; }
li.frame.matched .st { color: #2f9e44; } li.frame.failed .st { color: #e03131; }
li.frame .loc, li.frame .why, li.frame .bind { font-size: 12px; }
li.frame .loc { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; direction: rtl; text-align: left; }
li.frame .why { color: #c92a2a; }
.events { padding: 8px 16px 14px; border-top: 1px solid #e9ecef; }
table { border-collapse: collapse; font-size: 13px; }
td, th { padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
th { color: var(--muted); font-weight: 500; }
code, .mono { font-family: ui-monospace, Menlo, Consolas, monospace; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
svg .arc { fill: none; stroke: #adb5bd; stroke-width: 1.5; }
svg .arc.hl { stroke-width: 3; }
svg .arrow { fill: #adb5bd; }
svg .label { font-size: 11px; fill: #868e96; }
svg .form { font-size: 15px; fill: var(--ink); }
svg .upos { font-size: 10px; fill: var(--muted); letter-spacing: .05em; }
svg .chip { rx: 5; ry: 5; fill: transparent; }
svg .w.candidate .chip { stroke: var(--trigger); stroke-width: 1; stroke-dasharray: 4 3; }
svg .w.trigger .chip { fill: #fff4e6; stroke: var(--trigger); stroke-width: 2; }
svg .w.role-source .chip { fill: #e7f5ff; stroke: var(--source); stroke-width: 2; }
svg .w.role-target .chip { fill: #fff0f6; stroke: var(--target); stroke-width: 2; }
svg .w.role-other .chip { fill: #ebfbee; stroke: var(--other); stroke-width: 2; }
svg .w.actor-word .chip { fill-opacity: .55; stroke-dasharray: 3 2; }
svg .badge rect { rx: 4; ry: 4; }
svg .badge text { font-size: 11px; fill: #fff; font-weight: 600; }
.legend { font-size: 12px; color: var(--muted); padding: 0 16px 8px; }
.legend span { display: inline-block; margin-right: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
"""

_JS = r"""
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var ROLE_COLORS = {source: "#1c7ed6", target: "#c2255c"};
  function el(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function roleClass(role) { return role === "source" || role === "target" ? "role-" + role : "role-other"; }
  function roleColor(role) { return ROLE_COLORS[role] || "#2b8a3e"; }
  function measure(svg, text, size) {
    var probe = el("text", {"font-size": size, x: -1000, y: -1000}, text);
    svg.appendChild(probe);
    var width = probe.getComputedTextLength ? probe.getComputedTextLength() : text.length * size * 0.6;
    svg.removeChild(probe);
    return width || text.length * size * 0.6;
  }
  function draw(section, data) {
    var words = data.sentence.words;
    var holder = section.querySelector(".tree");
    var svg = el("svg", {"class": "deps", "data-words": words.length});
    holder.appendChild(svg);
    // x positions: each word as wide as its form (or its UPOS), plus a gap, as displaCy spaces tokens
    var xs = {}, x = 20, gap = 20;
    words.forEach(function (w) {
      var width = Math.max(measure(svg, w.form, 15), measure(svg, w.upos, 10), 34);
      xs[w.id] = x + width / 2; w._width = width; x += width + gap;
    });
    var arcs = words.filter(function (w) { return w.head > 0 && xs[w.head] !== undefined; });
    var lengths = arcs.map(function (w) { return Math.abs(w.id - w.head); });
    var levels = lengths.filter(function (v, i) { return lengths.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var step = 26, top = 24 + step * levels.length, base = top + 12;
    svg.setAttribute("width", x);
    svg.setAttribute("height", base + 92);
    var arcLayer = el("g", {"class": "arcs"}); svg.appendChild(arcLayer);
    var arcByDep = {};
    arcs.forEach(function (w) {
      var level = levels.indexOf(Math.abs(w.id - w.head)) + 1;
      var x1 = xs[w.head], x2 = xs[w.id], shift = x1 < x2 ? 5 : -5, h = step * level;
      var y = base - 2, yTop = y - h;
      var g = el("g", {"class": "dep", "data-dep": w.id, "data-head": w.head});
      var path = el("path", {"class": "arc", d: "M" + (x1 + shift) + "," + y + " C" + (x1 + shift) + "," + yTop + " " + x2 + "," + yTop + " " + x2 + "," + y});
      g.appendChild(path);
      g.appendChild(el("path", {"class": "arrow", d: "M" + x2 + "," + (y + 1) + " L" + (x2 - 4) + "," + (y - 7) + " L" + (x2 + 4) + "," + (y - 7) + " Z"}));
      var mid = (x1 + shift + x2) / 2, lw = measure(svg, w.deprel, 11) + 6;
      g.appendChild(el("rect", {x: mid - lw / 2, y: yTop + h * 0.25 - 10, width: lw, height: 13, fill: "#fff"}));
      g.appendChild(el("text", {"class": "label", x: mid, y: yTop + h * 0.25, "text-anchor": "middle"}, w.deprel));
      arcLayer.appendChild(g); arcByDep[w.id] = g;
    });
    words.forEach(function (w) {  // the root: an arrow from above, as displaCy leaves it out
      if (w.head !== 0) return;
      var g = el("g", {"class": "dep root", "data-dep": w.id, "data-head": 0});
      g.appendChild(el("path", {"class": "arc", d: "M" + xs[w.id] + ",12 L" + xs[w.id] + "," + (base - 2)}));
      g.appendChild(el("path", {"class": "arrow", d: "M" + xs[w.id] + "," + (base - 1) + " L" + (xs[w.id] - 4) + "," + (base - 9) + " L" + (xs[w.id] + 4) + "," + (base - 9) + " Z"}));
      g.appendChild(el("text", {"class": "label", x: xs[w.id] + 5, y: 20}, "root"));
      arcLayer.appendChild(g);
    });
    var wordLayer = el("g", {"class": "words"}); svg.appendChild(wordLayer);
    var wordNodes = {};
    words.forEach(function (w) {
      var g = el("g", {"class": "w", "data-id": w.id});
      g.appendChild(el("rect", {"class": "chip", x: xs[w.id] - w._width / 2 - 6, y: base + 2, width: w._width + 12, height: 40}));
      g.appendChild(el("text", {"class": "form", x: xs[w.id], y: base + 21, "text-anchor": "middle"}, w.form));
      g.appendChild(el("text", {"class": "upos", x: xs[w.id], y: base + 36, "text-anchor": "middle"}, w.upos));
      var title = el("title", {}, w.id + " " + w.form + " · lemma " + w.lemma + " · " + w.upos + " · " + w.deprel + " → " + w.head);
      g.appendChild(title);
      wordLayer.appendChild(g); wordNodes[w.id] = g;
    });
    var badgeLayer = el("g", {"class": "badges"}); svg.appendChild(badgeLayer);
    function select(trigger, frame, item) {
      section.querySelectorAll("li.frame.selected").forEach(function (n) { n.classList.remove("selected"); });
      if (item) item.classList.add("selected");
      Object.keys(wordNodes).forEach(function (id) { wordNodes[id].setAttribute("class", "w"); });
      data.triggers.forEach(function (t) { wordNodes[t.word_id].setAttribute("class", "w candidate"); });
      Object.keys(arcByDep).forEach(function (id) {
        var arc = arcByDep[id].querySelector(".arc"); arc.setAttribute("class", "arc"); arc.style.stroke = "";
        arcByDep[id].querySelector(".arrow").style.fill = "";
      });
      while (badgeLayer.firstChild) badgeLayer.removeChild(badgeLayer.firstChild);
      if (!trigger) return;
      wordNodes[trigger.word_id].setAttribute("class", "w trigger");
      var slots = {};
      (frame ? frame.bindings : []).forEach(function (b) {
        b.word_ids.forEach(function (id) {
          if (!wordNodes[id]) return;
          wordNodes[id].setAttribute("class", "w " + roleClass(b.role));
          var arc = arcByDep[id];
          if (arc) {
            arc.querySelector(".arc").setAttribute("class", "arc hl");
            arc.querySelector(".arc").style.stroke = roleColor(b.role);
            arc.querySelector(".arrow").style.fill = roleColor(b.role);
          }
          slots[id] = (slots[id] || []);
          slots[id].push(b.role);
        });
        b.actors.forEach(function (a) {
          a.word_ids.forEach(function (id) {
            if (wordNodes[id] && /^w( candidate)?$/.test(wordNodes[id].getAttribute("class"))) wordNodes[id].setAttribute("class", "w actor-word " + roleClass(b.role));
          });
          var anchor = b.word_ids.filter(function (id) { return a.word_ids.indexOf(id) >= 0; })[0] || a.word_ids[0] || b.word_ids[0];
          if (xs[anchor] === undefined) return;
          var n = (slots["badge" + anchor] = (slots["badge" + anchor] || 0) + 1);
          var label = b.role + ": " + a.code, bw = measure(svg, label, 11) + 12;
          var bg = el("g", {"class": "badge", "data-role": b.role, "data-actor": a.code});
          bg.appendChild(el("rect", {x: xs[anchor] - bw / 2, y: base + 48 + (n - 1) * 20, width: bw, height: 17, fill: roleColor(b.role)}));
          bg.appendChild(el("text", {x: xs[anchor], y: base + 60 + (n - 1) * 20, "text-anchor": "middle"}, label));
          bg.appendChild(el("title", {}, a.code + " from '" + a.text + "' (" + a.how + (a.actor_id ? ", " + a.actor_id : "") + ")"));
          badgeLayer.appendChild(bg);
        });
      });
      Object.keys(slots).forEach(function (id) {
        if (id.indexOf("badge") === 0 || !Array.isArray(slots[id])) return;
        var hasBadge = slots["badge" + id];
        if (hasBadge) return;
        var label = slots[id].join(", "), bw = measure(svg, label, 11) + 12;
        var bg = el("g", {"class": "badge", "data-role": slots[id][0]});
        bg.appendChild(el("rect", {x: xs[id] - bw / 2, y: base + 48, width: bw, height: 17, fill: roleColor(slots[id][0])}));
        bg.appendChild(el("text", {x: xs[id], y: base + 60, "text-anchor": "middle"}, label));
        badgeLayer.appendChild(bg);
      });
    }
    var first = null;
    section.querySelectorAll("li.frame").forEach(function (item) {
      var trigger = data.triggers[+item.dataset.trigger], frame = trigger.frames[+item.dataset.frame];
      item.addEventListener("click", function () { select(trigger, frame, item); });
      if (!first && frame.status === "matched") first = [trigger, frame, item];
    });
    if (!first && data.triggers.length) {
      var t = data.triggers[0], best = 0;
      t.frames.forEach(function (f, i) { if (f.bindings.length > t.frames[best].bindings.length) best = i; });
      first = [t, t.frames[best], section.querySelector('li.frame[data-trigger="0"][data-frame="' + best + '"]')];
    }
    if (first) select(first[0], first[1], first[2]);
    section.setAttribute("data-rendered", "true");
  }
  document.querySelectorAll("section.sentence").forEach(function (section) {
    var data = JSON.parse(section.querySelector("script.explain-data").textContent);
    draw(section, data);
  });
  document.body.setAttribute("data-ready", "true");
})();
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside <script>: no ``</script>`` or ``<!--`` can end it early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _frames_html(explanation: Explanation) -> str:
    parts = ["<h3>Frames tried</h3>"]
    if not explanation.triggers:
        parts.append('<p class="no-trigger">No trigger: no word\'s lemma is a predicate of the codebook.</p>')
    for t_index, trigger in enumerate(explanation.triggers):
        parts.append(
            f'<div class="trigger-block"><div>trigger <span class="tw">{_esc(trigger.form)}</span> '
            f'<span class="mono">#{trigger.word_id} · {_esc(trigger.lemma)} · {_esc(trigger.upos)}</span>'
            + (' <span class="by-form">by its form</span>' if trigger.by_form else "")
            + "</div>"
            '<ol class="frame-list">'
        )
        for f_index, frame in enumerate(trigger.frames):
            css = frame.status.replace(" ", "-")
            binds = "".join(
                f'<div class="bind">{_esc(_binding_text(binding))}</div>' for binding in frame.bindings
            )
            why = f'<div class="why">{_esc(frame.reason)}</div>' if frame.status == "failed" else ""
            parts.append(
                f'<li class="frame {css}" data-trigger="{t_index}" data-frame="{f_index}" title="click to show its bindings">'
                f'<span class="st">{_esc(frame.status)}</span><span class="fid">{_esc(frame.frame_id)}</span> → '
                f'<b>{_esc(frame.code)}</b><div class="loc" title="{_esc(frame.location)}">&lrm;{_esc(frame.location)}&lrm;</div>{binds}{why}</li>'
            )
        parts.append("</ol></div>")
    return "".join(parts)


def _events_html(explanation: Explanation) -> str:
    if not explanation.events:
        return '<div class="events"><h3>Events</h3><p class="no-events">No event.</p></div>'
    rows = []
    for event in explanation.events:
        source = event.source.code if event.source else "–"
        target = event.target.code if event.target else "–"
        rows.append(
            f'<tr class="event"><td class="mono">{_esc(source)}</td><td class="mono"><b>{_esc(event.code)}</b></td>'
            f'<td class="mono">{_esc(target)}</td><td>{_esc(event.name)}</td>'
            f'<td>{"negated" if event.negated else ""}</td><td>{_esc(event.trigger)}</td>'
            f'<td class="mono">{_esc(event.rule)}</td><td class="mono">{_esc(event.rule_location)}</td></tr>'
        )
    head = "<tr><th>source</th><th>code</th><th>target</th><th>name</th><th></th><th>trigger</th><th>rule</th><th>where</th></tr>"
    return f'<div class="events"><h3>Events</h3><table>{head}{"".join(rows)}</table></div>'


_LEGEND = (
    '<div class="legend"><span><i style="background:#e8590c"></i>trigger</span>'
    '<span><i style="background:#1c7ed6"></i>source</span><span><i style="background:#c2255c"></i>target</span>'
    '<span><i style="background:#2b8a3e"></i>other roles</span><span>click a frame to see what it bound</span></div>'
)


def to_html(explanations: Iterable[Explanation], title: str = "eventcode explain") -> str:
    """One self-contained page (inline CSS, SVG drawn by inline JS, no network) for the sentences."""
    explanations = list(explanations)
    sections = []
    for explanation in explanations:
        sentence = explanation.sentence
        sections.append(
            f'<section class="sentence" data-index="{sentence.index}">'
            f"<h2>Sentence {sentence.index}: {_esc(sentence.text)}</h2>"
            f'<script type="application/json" class="explain-data">{_json_for_script(explanation.to_dict())}</script>'
            f'<div class="layout"><div class="tree"></div><aside class="frames">{_frames_html(explanation)}</aside></div>'
            f"{_LEGEND}{_events_html(explanation)}</section>"
        )
    meta = ""
    if explanations:
        first = explanations[0]
        meta = f"document {_esc(first.doc_id)}" + (f" · date {_esc(first.date)}" if first.date else "")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
        f'<header><h1>{_esc(title)}</h1><div class="meta">{meta}</div></header>'
        f"{''.join(sections)}<script>{_JS}</script></body></html>\n"
    )

