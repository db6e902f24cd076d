"""Ready-made properties of a codebook, and :func:`check_codebook_properties` to run them all.

Each property takes the codebook, a :class:`~eventcode.testing.strategies.FrameInstance` and,
optionally, hypothesis's ``data`` object (to draw a perturbation; without it the first choice is
taken). It returns None when it held, or a short reason when it does not apply to this instance
(nothing to passivise, no alias...), and raises AssertionError with the CoNLL-U of the failing
tree when it is violated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from hypothesis.reporting import with_reporter

from eventcode.codebook.compiled import NO_EVENT, CompiledCodebook, fold_lemma
from eventcode.coding.actors import MentionMemory
from eventcode.coding.coder import code_document
from eventcode.coding.match import SentenceMatcher
from eventcode.model import Document, Event, Sentence
from eventcode.testing import perturb
from eventcode.testing._oracle import Expected, frame_order, negated_code, recode, triple
from eventcode.testing._tree import to_conllu
from eventcode.testing.strategies import FrameInstance, NotRealisable, around_date, expectation, frame_instances, guess_lang, pools, surface_name

__all__ = [
    "PROPERTIES",
    "Report",
    "check_codebook_properties",
    "codes",
    "completeness",
    "context_independence",
    "coordination",
    "voice_invariance",
    "irrelevance",
    "negation",
    "alias_invariance",
    "date_windows",
    "most_specific_wins",
    "file_order_invariance",
    "indexed_equals_naive",
    "naive_code_document",
    "reordered_codebooks",
    "rewrites_compose",
    "operator_embedding",
    "pronoun_split",
]

Property = Callable[..., "str | None"]


def codes(codebook: CompiledCodebook, tree: Document | Sentence, date: str | None = None) -> set[Expected]:
    """The events of a document or of one sentence, as a set of :class:`Expected` (code, source
    code, target code, negated): what properties compare."""
    document = tree if isinstance(tree, Document) else Document(id="example", sentences=(tree,), date=date)
    return _triples(code_document(codebook, document))


def _code(codebook: CompiledCodebook, document: Document) -> list[Event]:
    return code_document(codebook, document)


def _triples(events: Iterable[Event]) -> set[Expected]:
    return {triple(e) for e in events}


def _with(inst: FrameInstance, *sentences: Sentence, date: str | None | bool = False) -> Document:
    """The instance's document with other sentences (re-indexed) and optionally another date."""
    fixed = tuple(attrs.evolve(s, index=i) for i, s in enumerate(sentences))
    return attrs.evolve(inst.document, sentences=fixed, date=inst.date if date is False else date)


def _fail(name: str, inst: FrameInstance, document: Document, message: str, events: Sequence[Event] = ()) -> AssertionError:
    found = "\n".join(f"  {triple(e)}  (rule {e.rule}, trigger {e.trigger_ids})" for e in events) or "  (none)"
    return AssertionError(
        f"property {name!r} failed for frame {inst.frame_id!r} (winning frame {inst.winner_id!r}, "
        f"codebook {inst.codebook_name!r}): {message}\nevents found:\n{found}\n"
        f"{to_conllu(document.sentences, document.id, document.date)}"
    )


def _clause_words(inst: FrameInstance) -> set[int]:
    """The word ids of the instance's clause fillers (an ``xcomp`` infinitive and its dependents)."""
    ids: set[int] = set()
    stack = [f.word_id for f in inst.fillers if f.kind == "clause"]
    while stack:
        current = stack.pop()
        ids.add(current)
        stack.extend(w.id for w in inst.sentence.words if w.head == current)
    return ids


def _outside(events: Iterable[Event], excluded: set[int]) -> set[Expected]:
    """The events not triggered by one of ``excluded`` (the words of a controlled clause)."""
    return {triple(e) for e in events if not set(e.trigger_ids) & excluded}


def _phrase_fillers(inst: FrameInstance) -> list:
    """The fillers that are noun phrases (an apposition or relative clause on an infinitive is no
    rewrite a journalist would write)."""
    return [f for f in inst.fillers if f.kind != "clause"]


def _pick(data, options: Sequence, label: str):
    if not options:
        return None
    return data.draw(st.sampled_from(list(options)), label=label) if data is not None else options[0]


# -- the properties -------------------------------------------------------------------------------


def completeness(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """The tree that realises a frame produces that frame's events (all of them)."""
    events = _code(codebook, inst.document)
    missing = inst.expected_events - _triples(events)
    if missing:
        raise _fail("completeness", inst, inst.document, f"missing {sorted(map(str, missing))}", events)
    return None


def voice_invariance(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """The passive of the clause (object -> nsubj:pass, subject -> obl:agent) codes the same.

    Events triggered inside a clause filler are left out: an ``xcomp`` takes its governor's
    *grammatical* subject (docs/engine.md §2, control), which the passive changes (*X appelle Y à
    négocier*: X negotiates; *Y est appelé par X à négocier*: Y does)."""
    frames = codebook.triggers.get(fold_lemma(inst.sentence.word(inst.trigger_id).lemma), ())
    constrained = [f.id for f in frames if f.when.voice != "any"]
    if constrained:
        return f"frames {constrained} of this trigger constrain the voice"
    for filler in inst.fillers:
        if filler.relation == "obj" and filler.case is not None:
            return f"the object slot of role {filler.role!r} needs the case {filler.case!r}"
    moved: dict[int, int] = {}
    try:
        passive = perturb.passivize(inst.sentence, inst.predicate_id, inst.lang, ids=moved)
    except perturb.NotApplicable as why:
        return str(why)
    clause = _clause_words(inst)
    before, after = _code(codebook, inst.document), _code(codebook, document := _with(inst, passive))
    if _outside(before, clause) != _outside(after, {moved[i] for i in clause}):
        raise _fail("voice invariance", inst, document, f"active gave {sorted(map(str, _outside(before, clause)))}", after)
    return None


def irrelevance(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """Dates, adverbs, punctuation, appositions and relative clauses change no event."""
    pool = pools(codebook, inst.lang)
    kinds = ["date", "adverb", "punctuation"]
    if pool.neutral_nouns and pool.neutral_adjectives:
        kinds.append("apposition")
    if pool.neutral_nouns and pool.neutral_verbs:
        kinds.append("relative clause")
    kind = _pick(data, kinds, "modifier")
    variant = _pick(data, range(8), "variant")
    filler = _pick(data, _phrase_fillers(inst), "filler")
    s, lang, p = inst.sentence, inst.lang, inst.predicate_id
    if kind == "date":
        changed = perturb.add_date(s, lang, variant, p)
    elif kind == "adverb":
        if not pool.neutral_adverbs:
            return "every neutral adverb means something to this codebook"
        changed = perturb.add_adverb(s, lang, 0, p, pool.neutral_adverbs[variant % len(pool.neutral_adverbs)])
    elif kind == "punctuation":
        changed = perturb.add_punctuation(s, lang, variant, p)
    elif filler is None:
        return "no noun phrase filler to modify"
    elif kind == "apposition":
        noun = pool.neutral_nouns[variant % len(pool.neutral_nouns)]
        changed = perturb.add_apposition(s, filler.word_id, lang, noun, pool.neutral_adjectives[variant % len(pool.neutral_adjectives)])
    else:
        changed = perturb.add_relative_clause(
            s, filler.word_id, lang, pool.neutral_verbs[variant % len(pool.neutral_verbs)], pool.neutral_nouns[variant % len(pool.neutral_nouns)]
        )
    before, after = _code(codebook, inst.document), _code(codebook, document := _with(inst, changed))
    if _triples(before) != _triples(after):
        raise _fail("irrelevance", inst, document, f"adding a {kind} changed {sorted(map(str, _triples(before)))}", after)
    return None


def negation(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """A negation cue on the clause changes only the flag, or the code as ``on_negated`` says."""
    frame = codebook.frames[inst.winner_id]
    variant = _pick(data, range(4), "negation cue")
    negated = perturb.negate(inst.sentence, inst.predicate_id, inst.lang, variant)
    document = _with(inst, negated)
    events = _code(codebook, document)
    at_trigger = [e for e in events if e.rule == frame.id]
    new_code = negated_code(frame, inst.expected.code)
    if new_code is None:
        if at_trigger:
            raise _fail("negation", inst, document, "on_negated: drop, yet the frame still produced events", events)
        return None
    wanted = Expected(new_code, inst.expected.source, inst.expected.target, True)
    if wanted not in _triples(events):
        raise _fail("negation", inst, document, f"expected {wanted}", events)
    if any(not e.negated for e in at_trigger):
        raise _fail("negation", inst, document, "an event of the negated frame is not flagged", events)
    return None


def coordination(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """*X* -> *X et Y*: the events follow the role's distribution (each, pairwise, group) over both."""
    from eventcode.testing.strategies import Filler

    pool = pools(codebook, inst.lang)
    actors = [f for f in inst.fillers if f.code is not None and f.kind in ("name", "agent")]
    filler = _pick(data, actors, "coordinated filler")
    if filler is None:
        return "no actor filler"
    used = set(codebook.triggers) | set(codebook.operators)
    index = _pick(data, range(len(pool.names)), "conjunct name")
    tokens = pool.names[index] if index is not None else None
    if tokens is None or used & set(tokens):
        return "no name to coordinate"
    moved: dict[int, int] = {}
    repeat = bool(_pick(data, [False, True], "repeat case"))
    changed = perturb.coordinate(inst.sentence, filler.word_id, surface_name(tokens), inst.lang, repeat, ids=moved)
    head = moved[filler.word_id]
    conj = max(w.id for w in changed.words if w.deprel == "conj" and w.head == head)
    fillers = [attrs.evolve(f, word_id=moved[f.word_id]) for f in inst.fillers]
    fillers.append(Filler(filler.role, conj, "conj", None, "name", None, on_head=filler.on_head))
    found = expectation(codebook, changed, moved[inst.trigger_id], fillers, inst.date)
    document = _with(inst, changed)
    events = _code(codebook, document)
    if found is None:
        return "no frame binds the coordinated tree"
    winner, expected, _ = found
    got = _triples(events)
    at_trigger = _triples(e for e in events if moved[inst.trigger_id] in e.trigger_ids)
    if not set(expected) <= got or not at_trigger <= set(expected):
        raise _fail("coordination", inst, document, f"expected {sorted(map(str, expected))} (frame {winner.id})", events)
    return None


def alias_invariance(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """Writing an actor under another of its names (any language) codes the same."""
    pool = pools(codebook, inst.lang)
    named = [f for f in inst.fillers if f.kind == "name" and f.actor_id is not None]
    filler = _pick(data, named, "named filler")
    if filler is None:
        return "no filler is a name"
    used = set(codebook.triggers) | set(codebook.operators)
    aliases = [
        tokens
        for tokens in pool.names
        if tokens != filler.name
        and not used & set(tokens)
        and pool.oracle.name_actor(tokens, inst.date) == filler.actor_id
    ]
    alias = _pick(data, aliases, "alias")
    if alias is None:
        return f"actor {filler.actor_id!r} has no other name valid on {inst.date}"
    swapped = perturb.swap_name(inst.sentence, filler.word_id, surface_name(alias), inst.lang)
    before, after = _code(codebook, inst.document), _code(codebook, document := _with(inst, swapped))
    if _triples(before) != _triples(after):
        raise _fail("alias invariance", inst, document, f"{' '.join(filler.name)} -> {' '.join(alias)} changed {sorted(map(str, _triples(before)))}", after)
    return None


def date_windows(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """On dates just inside and outside each dated role of the named actors, the codes follow the windows."""
    dated = [f for f in inst.fillers if f.actor_id is not None and codebook.actors[f.actor_id].windows]
    if not dated:
        return "no filler names an actor with dated roles"
    days: set[str] = set()
    for filler in dated:
        for window in codebook.actors[filler.actor_id].windows:
            for day in (window.start, window.end):
                if day is not None:
                    days.update(around_date(day))
    for day in sorted(days):
        found = expectation(codebook, inst.sentence, inst.trigger_id, inst.fillers, day)
        if found is None:
            continue
        winner, expected, _ = found
        document = _with(inst, inst.sentence, date=day)
        events = _code(codebook, document)
        missing = set(expected) - _triples(events)
        if missing:
            raise _fail("date windows", inst, document, f"on {day} expected {sorted(map(str, missing))} (frame {winner.id})", events)
    return None


def most_specific_wins(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """At the trigger, only the first frame (priority, specificity, file order) that binds emits."""
    events = _code(codebook, inst.document)
    others = [e for e in events if inst.trigger_id in e.trigger_ids and e.rule != inst.winner_id]
    if others:
        raise _fail("most specific frame wins", inst, inst.document, f"frame {inst.winner_id!r} should win, not {sorted({e.rule for e in others})}", events)
    return None


def file_order_invariance(
    codebook: CompiledCodebook, inst: FrameInstance, data=None, *, reordered: Sequence[CompiledCodebook] = ()
) -> str | None:
    """The same codebook files loaded in another order code the same events with the same rules."""
    if not reordered:
        return "no reordered codebook given (pass the paths of two files or more)"
    expected = [(triple(e), e.rule) for e in _code(codebook, inst.document)]
    for other in reordered:
        found = [(triple(e), e.rule) for e in _code(other, inst.document)]
        if found != expected:
            raise _fail("file order invariance", inst, inst.document, f"another file order gave {found}", _code(codebook, inst.document))
    return None


def indexed_equals_naive(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """The indexed matcher and :func:`naive_code_document` give the same events, also on a
    negated and an embedded variant of the tree."""
    documents = [inst.document, _with(inst, perturb.negate(inst.sentence, inst.predicate_id, inst.lang))]
    operator = _pick(data, sorted(codebook.operators), "operator")
    if operator is not None:
        documents.append(_with(inst, perturb.embed(inst.sentence, operator, inst.lang)))
    for document in documents:
        fast, slow = _code(codebook, document), naive_code_document(codebook, document)
        if fast != slow:
            raise _fail("indexed == naive", inst, document, f"the naive matcher found {[(str(triple(e)), e.rule) for e in slow]}", fast)
    return None


def operator_embedding(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """Under one or two operators (``xcomp``), the event is recoded through each operator's table,
    innermost first; a negation cue on an operator negates the event (``on_negated`` applies)."""
    # an operator that asks for a mark of its own (``mark: [for]``) does not take the drawn infinitive
    lemmas = sorted(lemma for lemma, op in codebook.operators.items() if "xcomp" in op.via and not op.marks)
    if not lemmas:
        return "the codebook has no operator that embeds through xcomp"
    if any(f.relation == "nsubj" and f.on_head is False and inst.predicate_id != inst.trigger_id for f in inst.fillers):
        return "subject on the trigger below a light verb"
    chain = [_pick(data, lemmas, "operator")]
    if _pick(data, [False, True], "second operator"):
        chain.append(_pick(data, lemmas, "outer operator"))
    negated_at = _pick(data, [None, *range(len(chain))], "negated operator")
    sentence = inst.sentence
    code = inst.expected.code
    for level, lemma in enumerate(chain):
        sentence = perturb.embed(sentence, lemma, inst.lang)
        if negated_at == level:
            sentence = perturb.negate(sentence, None, inst.lang, _pick(data, range(4), "cue") or 0)
        if code != NO_EVENT:
            code = recode(codebook, codebook.operators[lemma].recode, code) or code
    document = _with(inst, sentence)
    events = _code(codebook, document)
    if code == NO_EVENT:
        if any(e.rule == inst.winner_id for e in events):
            raise _fail("operator embedding", inst, document, "an operator recodes the event to none, yet it was coded", events)
        return None
    where = " under " + " < ".join(repr(lemma) for lemma in chain) + (f", operator {negated_at + 1} negated" if negated_at is not None else "")
    if negated_at is None:
        wanted = Expected(code, inst.expected.source, inst.expected.target, False)
    else:
        final = negated_code(codebook.frames[inst.winner_id], code)
        if final is None:
            if any(e.rule == inst.winner_id for e in events):
                raise _fail("operator embedding", inst, document, f"on_negated: drop, yet the frame still produced events{where}", events)
            return None
        wanted = Expected(final, inst.expected.source, inst.expected.target, True)
    if wanted not in _triples(events):
        raise _fail("operator embedding", inst, document, f"expected {wanted}{where}", events)
    return None


def context_independence(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """A sentence codes the same after another sentence (a drawn instance of any frame): no state
    leaks between sentences, except pronoun antecedents, which drawn instances do not use."""
    context = inst.sentence
    if data is not None:
        frame_id = data.draw(st.sampled_from(_realisable(codebook, inst.lang)), label="context frame")
        context = data.draw(frame_instances(codebook, frame_id, inst.lang), label="context").sentence
    document = _with(inst, context, inst.sentence)
    events = _code(codebook, document)
    alone = _triples(_code(codebook, inst.document))
    second = _triples(e for e in events if e.sentence_index == 1)
    if second != alone:
        raise _fail("context independence", inst, document, f"alone the sentence gave {sorted(map(str, alone))}", events)
    return None


_REALISABLE: dict[tuple[int, str], tuple[CompiledCodebook, list[str]]] = {}


def _realisable(codebook: CompiledCodebook, lang: str) -> list[str]:
    key = (id(codebook), lang)
    if key not in _REALISABLE or _REALISABLE[key][0] is not codebook:
        ids = []
        for frame_id in sorted(codebook.frames):
            try:
                frame_instances(codebook, frame_id, lang)
                ids.append(frame_id)
            except NotRealisable:
                pass
        _REALISABLE[key] = (codebook, ids)
    return _REALISABLE[key][1]


def rewrites_compose(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """Two or three meaning-preserving rewrites in a row (passive, modifiers, alias) code the same."""
    pool = pools(codebook, inst.lang)
    steps = [_pick(data, ["passive", "date", "adverb", "punctuation", "apposition", "relative clause"], f"rewrite {i}") for i in range(3)]
    sentence, ids = inst.sentence, {w.id: w.id for w in inst.sentence.words}
    frames = codebook.triggers.get(fold_lemma(inst.sentence.word(inst.trigger_id).lemma), ())
    done = []
    for step in steps:
        filler = _pick(data, _phrase_fillers(inst), "filler")
        moved: dict[int, int] = {}
        try:
            if step == "passive":
                if any(f.when.voice != "any" for f in frames) or any(f.relation == "obj" and f.case for f in inst.fillers):
                    continue
                sentence = perturb.passivize(sentence, ids[inst.predicate_id], inst.lang, ids=moved)
            elif step == "date":
                sentence = perturb.add_date(sentence, inst.lang, _pick(data, range(8), "variant") or 0, ids[inst.predicate_id], ids=moved)
            elif step == "adverb" and pool.neutral_adverbs:
                sentence = perturb.add_adverb(sentence, inst.lang, 0, ids[inst.predicate_id], pool.neutral_adverbs[0], ids=moved)
            elif step == "punctuation":
                sentence = perturb.add_punctuation(sentence, inst.lang, _pick(data, range(3), "mark") or 0, ids[inst.predicate_id], ids=moved)
            elif step == "apposition" and filler is not None and pool.neutral_nouns and pool.neutral_adjectives:
                sentence = perturb.add_apposition(sentence, ids[filler.word_id], inst.lang, pool.neutral_nouns[0], pool.neutral_adjectives[0], ids=moved)
            elif step == "relative clause" and filler is not None and pool.neutral_nouns and pool.neutral_verbs:
                sentence = perturb.add_relative_clause(sentence, ids[filler.word_id], inst.lang, pool.neutral_verbs[0], pool.neutral_nouns[0], ids=moved)
            else:
                continue
        except perturb.NotApplicable:
            continue
        ids = {old: moved[new] for old, new in ids.items()}
        done.append(step)
    if len(done) < 2:
        return "fewer than two rewrites applied"
    # a passive changes the subject a controlled clause takes (see voice_invariance): its events are left out
    clause = _clause_words(inst) if "passive" in done else set()
    before, after = _code(codebook, inst.document), _code(codebook, document := _with(inst, sentence))
    if _outside(before, clause) != _outside(after, {ids[i] for i in clause}):
        raise _fail("rewrites compose", inst, document, f"{' + '.join(done)} changed {sorted(map(str, _outside(before, clause)))}", after)
    return None


def pronoun_split(codebook: CompiledCodebook, inst: FrameInstance, data=None) -> str | None:
    """*X fait Y.* = *X parle. Il fait Y.*: a subject named in the sentence before is found again."""
    conjoined = {w.id for w in inst.sentence.words if w.deprel == "conj"}
    conjoined |= {w.head for w in inst.sentence.words if w.deprel == "conj"}
    roles = {r.role: r for r in codebook.frames[inst.winner_id].roles}
    subjects = [f for f in inst.fillers if f.relation == "nsubj" and f.code is not None]
    constrained = [f for f in subjects if f.role in roles and _pronoun_excluded(roles[f.role])]
    if constrained and len(constrained) == len(subjects):
        role = roles[constrained[0].role]
        return f"role {role.role!r} constrains its filler's lemma or upos ({_constraint_text(role)}): a pronoun cannot fill it"
    subjects = [f for f in subjects if f not in constrained]
    if subjects and all(f.word_id in conjoined for f in subjects):
        return "the subject is conjoined: one pronoun cannot stand for X and Y"
    filler = _pick(data, [f for f in subjects if f.word_id not in conjoined], "subject filler")
    if filler is None:
        return "no actor is a subject"
    pool = pools(codebook, inst.lang)
    if not pool.neutral_verbs:
        return "every neutral verb means something to this codebook"
    first, second = perturb.split_with_pronoun(inst.sentence, filler.word_id, inst.lang, pool.neutral_verbs[0])
    document = _with(inst, first, second)
    events = [e for e in _code(codebook, document) if e.sentence_index == 1]
    if inst.expected not in _triples(events):
        raise _fail("pronoun split", inst, document, f"expected {inst.expected} in the second sentence", events)
    return None


def _pronoun_excluded(role) -> bool:
    """Whether a personal pronoun cannot fill ``role``: its ``in:`` set or phrases ask for a
    lemma, or its ``upos`` excludes PRON (the engine checks both before resolving the pronoun)."""
    return role.lemmas is not None or bool(role.phrases) or (role.upos is not None and "PRON" not in role.upos)


def _constraint_text(role) -> str:
    if role.lemmas is not None or role.phrases:
        return "in: " + ", ".join(sorted(role.lemmas or ()) + sorted(p.head for p in role.phrases))
    return "upos: " + ", ".join(sorted(role.upos or ()))


PROPERTIES: dict[str, Property] = {
    "completeness": completeness,
    "voice invariance": voice_invariance,
    "irrelevance": irrelevance,
    "negation": negation,
    "coordination": coordination,
    "alias invariance": alias_invariance,
    "date windows": date_windows,
    "most specific frame wins": most_specific_wins,
    "file order invariance": file_order_invariance,
    "indexed == naive": indexed_equals_naive,
    "operator embedding": operator_embedding,
    "pronoun split": pronoun_split,
    "context independence": context_independence,
    "rewrites compose": rewrites_compose,
}


# -- the naive matcher --------------------------------------------------------------------------------


def naive_code_document(codebook: CompiledCodebook, document: Document) -> list[Event]:
    """Code a document by trying every frame of the codebook on every word (no trigger index,
    no sentence skipped): slow, obviously right, and the reference for the indexed matcher."""
    ordered = frame_order(codebook)
    memory = MentionMemory(codebook, document.date)
    events: list[Event] = []
    for sentence in document.sentences:
        matcher = SentenceMatcher(codebook, sentence, doc_id=document.id, date=document.date, memory=memory)
        memory.add_sentence(sentence, matcher.resolver)
        seen: set[tuple] = set()
        for word in sentence.words:
            lemma = fold_lemma(word.lemma)
            for lemmas, frame in ordered:
                if lemma not in lemmas:
                    continue
                attempt = matcher._try(frame, word)
                if not attempt.matched:
                    continue
                for event in matcher._emit(frame, word, attempt.bindings):
                    key = (event.code, _actor(event.source), _actor(event.target), event.negated)
                    if key not in seen:
                        seen.add(key)
                        events.append(event)
                break
    return events


def _actor(actor) -> str | None:
    return actor.code if actor is not None else None


def reordered_codebooks(paths: Sequence[str | Path], language: str | None = None) -> list[CompiledCodebook]:
    """The codebook at ``paths`` loaded with its files in reversed and rotated orders."""
    from eventcode.codebook import load_codebook

    paths = list(paths)
    orders = [list(reversed(paths))] + ([paths[1:] + paths[:1]] if len(paths) > 2 else [])
    return [load_codebook(*order, language=language) for order in orders if order != paths]


# -- running everything ----------------------------------------------------------------------------


@attrs.define
class Report:
    """What :func:`check_codebook_properties` ran: per frame and property, examples checked,
    and why a frame or a property was skipped."""

    codebook: str
    properties: tuple[str, ...]
    examples: int = 0
    frames_run: list[str] = attrs.Factory(list)
    checked: dict[tuple[str, str], int] = attrs.Factory(dict)
    shadowed: dict[str, int] = attrs.Factory(dict)
    skipped_frames: dict[str, str] = attrs.Factory(dict)
    not_applicable: dict[tuple[str, str], str] = attrs.Factory(dict)

    @property
    def checks(self) -> int:
        return sum(self.checked.values())

    def __str__(self) -> str:
        lines = [
            f"codebook {self.codebook}: {len(self.frames_run)} frames x {len(self.properties)} properties, "
            f"{self.examples} examples, {self.checks} property checks"
        ]
        for frame, reason in sorted(self.skipped_frames.items()):
            lines.append(f"  skipped frame {frame}: {reason}")
        for (frame, name), reason in sorted(self.not_applicable.items()):
            lines.append(f"  {frame}: {name} never applied ({reason})")
        return "\n".join(lines)


def check_codebook_properties(
    codebook: CompiledCodebook,
    max_examples: int = 20,
    *,
    lang: str | None = None,
    frames: Iterable[str] | None = None,
    properties: Iterable[str] | None = None,
    paths: Sequence[str | Path] | None = None,
    language: str | None = None,
) -> Report:
    """Run the properties on ``max_examples`` drawn instances of every frame of a codebook.

    ``paths`` (the codebook's files, and ``language`` as given to ``load_codebook``) enable the
    file-order property. Raises AssertionError with the shrunk counterexample as CoNLL-U.
    """
    names = tuple(properties) if properties is not None else tuple(PROPERTIES)
    report = Report(codebook.name, names)
    reordered = reordered_codebooks(paths, language) if paths else []
    for frame_id in sorted(frames if frames is not None else codebook.frames):
        frame_lang = lang or guess_lang(codebook, frame_id)
        try:
            strategy = frame_instances(codebook, frame_id, frame_lang)
        except NotRealisable as why:
            report.skipped_frames[frame_id] = str(why)
            continue
        reasons: dict[str, str] = {}

        @settings(
            max_examples=max_examples,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
        )
        @given(inst=strategy, data=st.data())
        def run(inst: FrameInstance, data) -> None:
            report.examples += 1
            if inst.winner_id != inst.frame_id:
                report.shadowed[frame_id] = report.shadowed.get(frame_id, 0) + 1
            for name in names:
                kwargs = {"reordered": reordered} if name == "file order invariance" else {}
                reason = PROPERTIES[name](codebook, inst, data, **kwargs)
                if reason is None:
                    report.checked[(frame_id, name)] = report.checked.get((frame_id, name), 0) + 1
                else:
                    reasons.setdefault(name, reason)

        try:
            with with_reporter(lambda _message: None):
                run()
        except Unsatisfiable:
            report.skipped_frames[frame_id] = "no drawn tree satisfied the frame (every draw was rejected)"
            continue
        report.frames_run.append(frame_id)
        for name in names:
            if not report.checked.get((frame_id, name)):
                report.not_applicable[(frame_id, name)] = reasons.get(name, "never drawn")
    return report

