"""SentenceView: a sentence's tree normalised once, so frames match in a few dict lookups.

What is normalised (codebook-language design §8.3-8.5):

- slots: each dependent is filed under the profile's slot names for its relation, with the
  lemma of its ``case`` child (``fixed`` parts joined by ``_``: ``à_côté_de``), so ``obl:à``
  is one lookup; French ``au`` is already ``à`` + ``le`` after MWT expansion;
- passive: in a passive clause ``nsubj:pass`` is filed as ``object`` and ``obl:agent`` (or an
  ``obl`` with case *par*/*by*) as ``subject``, so frames are written in the active voice; a
  clause is passive when it has an ``obl:agent``, ``Voice=Pass`` on the verb or an ``aux:pass``
  child, and is not pronominal (``expl:pv``); a ``nsubj:pass`` without such evidence is a
  parser's mislabelled subject and is filed as ``subject``;
- conjuncts: a filler's ``conj`` dependents fill the same slot (``X et Y signent``); a verb
  conjoined to another without a subject shares its subject (``a signé et ratifié``);
- control: an ``xcomp`` or ``conj`` verb, or a non-finite ``advcl`` ("en lui fournissant",
  "pour repousser"), without a subject takes its governor's subject, as ``object`` when the
  controlled clause is passive ("elle doit être reçue par ...");
- a finite verb parsed as an ``acl``/``parataxis``/``conj`` of a root noun (the parser's slip
  for "X on Sunday met Y") takes that noun as its subject; a time word ("Friday", "today")
  labelled a subject or an object fills neither slot;
- negation: a word is negated when a cue (``advmod`` + ``Polarity=Neg`` by default) hangs on
  it or on its ``aux``/``cop``;
- a name split by the parser into sibling arguments ("Theresa/nsubj May/nsubj met ...",
  "met German/obj Chancellor/obj Angela Merkel") is one phrase again: see :func:`rejoin_split_names`;
- a French partitive *des*/*du* expanded into *de* + *le(s)*, its noun an ``obl``, is also the
  object of a verb that has none ("a déployé des troupes");
- an English perfect parsed with *have* as the main verb and the participle as an adjective of
  its object ("Turkey has/root suspended/amod supplies/obj") is the participle's clause again:
  see :func:`read_perfects`;
- an English sentence parsed as one noun phrase, its verb an adjective of its object ("Armenian-backed
  militias/root violated/amod ceasefire/nmod"), has its verb back: see :func:`read_verbless`;
- a reported clause made the complement of the reporting verb after it ("X did Y, an official
  said": *said* the root) has the clause as the root again: see :func:`read_reported_clauses`;
  so has one hung on its own subject ("Police/nsubj detained/acl 20 suspects, witnesses/nsubj
  said"): see :func:`read_clauses_in_subjects`;
- an English headline whose verb the tagger took for a plural noun ("Russia cooperates/NOUN with
  North Korea") has its verb back: see :func:`read_headline_verbs`;
- an English infinitive parsed as an oblique with *to* as its preposition ("declined to/case
  comment/obl") is the ``xcomp`` it is: see :func:`read_infinitives`;
- a past-tense verb after *and* parsed inside the noun phrase that follows it ("and pledged/amod
  support/obj", "the attack and promised/conj aid/conj") is a conjunct of the clause's verb with
  that noun its object: see :func:`read_coordinated_verbs`;
- a clausal subject with a subordinator beside a nominal subject ("guilty of/mark violating/csubj")
  is the adverbial clause it is: see :func:`read_marked_clausal_subjects`;
- a subject after a fronted phrase (and its comma, or a date), parsed as a modifier inside that
  phrase ("At a summit on Friday, President Putin/nmod rejected ..."), is the verb's subject
  again: see :func:`read_fronted_subjects`;
- a counted noun whose approximate count was parsed as a preposition ("more than 100 prisoners"
  as an ``obl``) is the object of a verb that has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from eventcode.codebook.compiled import NegationCue, Profile, fold_form, fold_lemma
from eventcode.model import Sentence, Word

#: Relations whose dependents never belong to a filler's own phrase when naming it.
CLAUSAL_RELATIONS = frozenset(
    {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "cc", "punct", "dislocated", "reparandum"}
)
NONFINITE = frozenset({"Inf", "Part", "Ger"})
#: How a parser may hang a sentence's main verb under its subject noun (see _stranded_under_root_noun).
STRANDED_RELATIONS = frozenset({"acl", "parataxis", "conj"})
#: Relations of a clause's arguments: a time word never fills them (Profile.time_words).
ARGUMENT_RELATIONS = frozenset({"nsubj", "obj", "iobj", "dobj"})
#: French article tokens that the MWT model expands into *de* + *le(s)* even when partitive.
PARTITIVE_TOKENS = frozenset({"des", "du"})
#: The article of a partitive *de la* / *de l'*, which stays a token of its own.
PARTITIVE_FEMININE = frozenset({"la", "l'", "l’"})
#: Words of an approximate count that an English parser takes for a preposition, making the counted
#: noun an oblique: "released *more than* 100 prisoners", "*around* 20,000 civilians", "*at least*
#: 20", "*up to* 30,000 troops" (see SentenceView._is_counted_object).
COUNT_CASES = frozenset({"than", "around", "about", "over", "nearly", "approximately", "roughly", "almost", "some"})
COUNT_LIMITS = frozenset({"least", "most"})
#: How a parser that read a sentence as one noun phrase hangs the verb's object on the root noun
#: (see read_verbless); a hyphen before the "verb" makes it part of an adjective ("US-backed").
VERBLESS_OBJECT_RELATIONS = frozenset({"nmod", "conj", "list", "appos", "dep"})
HYPHENS = frozenset({"-", "‑", "–"})
#: What may stand before a headline's verb that the tagger took for a plural noun (its subject
#: and the subject's modifiers: a determiner, a number or a possessive makes it a noun phrase),
#: and the dependents that make it a verb with arguments (see read_headline_verbs).
HEADLINE_SUBJECT_PARTS = frozenset({"amod", "compound"})
HEADLINE_ARGUMENTS = frozenset({"nmod", "obj", "obl"})
#: Modifiers before a noun that a parser may give the noun's preposition ("with/case President/compound
#: Zelenskyy"): the preposition is the noun's (SentenceView._case_lemma).
CASE_SLIP_RELATIONS = frozenset({"compound", "flat", "amod"})
#: The case of a bare classifying or counted noun ("visite *d'*État", "milliers *de* soldats").
BARE_CASES = frozenset({"de", "of"})
#: A word before a condition's subordinator that makes it a concession, which states a fact
#: (*même si*: "even though"); see SentenceView.in_condition.
CONCESSIVE_WORDS = frozenset({"même"})
SUBJECT = "subject"
OBJECT = "object"
#: Relations a parser gives each word of a split name (two arguments of one kind never touch).
SPLIT_NAME_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos"})


def _base(deprel: str) -> str:
    return deprel.split(":", 1)[0]


def rejoin_split_names(sentence: Sentence) -> Sentence:
    """The sentence with each run of proper-noun siblings that share a head and an argument
    relation, each phrase ending where the next begins, made one phrase: the earlier ones become
    ``compound`` dependents of the last.

    Why: a weak parser splits names and titles into sibling arguments ("Theresa/nsubj May/nsubj
    has met ...", "German/nsubj Chancellor/nsubj Angela Merkel/nsubj urged ..."), which the
    matcher would read as several subjects, each resolving to part of the name (a ``DEU`` event
    and a ``GOV`` event instead of one ``DEUGOV``). The dependents of the earlier parts move to
    the last, so a title or possessor hung on one part qualifies the name ("Vietnam's Prime
    Minister" on *Nguyen* in "Nguyen/nsubj Xuan Phuc/nsubj"). Two real arguments of one kind never
    touch: a conjunction, a comma or a preposition stands between them. Conjuncts are left alone.
    """
    words = list(sentence.words)
    siblings: dict[tuple[int, str], list[Word]] = {}
    for word in words:
        if word.upos == "PROPN" and word.deprel in SPLIT_NAME_RELATIONS:
            siblings.setdefault((word.head, word.deprel), []).append(word)
    if all(len(group) < 2 for group in siblings.values()):
        return sentence  # most sentences: no two proper-noun siblings of one kind
    first_id = {w.id: w.id for w in words}
    last_id = dict(first_id)
    for word in words:  # each word widens the span of every phrase it belongs to
        seen: set[int] = set()
        head = word.head
        while head and head in first_id and head not in seen:
            seen.add(head)
            first_id[head] = min(first_id[head], word.id)
            last_id[head] = max(last_id[head], word.id)
            head = sentence.word(head).head
    coordinated = {w.head for w in words if _base(w.deprel) == "cc"}

    def goes_on(run: list[Word], word: Word | None) -> bool:
        # a further part begins right after the run, with a proper noun, and has no conjunction
        # ("and the United Kingdom", the cc under Kingdom, is a second subject)
        return (
            word is not None
            and first_id[word.id] == last_id[run[-1].id] + 1
            and sentence.word(first_id[word.id]).upos == "PROPN"
            and word.id not in coordinated
        )

    changed = False
    for group in siblings.values():
        run = [group[0]]
        for word in [*group[1:], None]:
            if goes_on(run, word):
                run.append(word)
                continue
            parts = {part.id for part in run[:-1]}
            for index, other in enumerate(words):
                if other.id in parts:
                    words[index] = attrs.evolve(other, head=run[-1].id, deprel="compound")
                elif other.head in parts:  # a part's title or possessor now qualifies the whole name
                    words[index] = attrs.evolve(other, head=run[-1].id)
            changed = changed or bool(parts)
            run = [word] if word is not None else []
    return attrs.evolve(sentence, words=tuple(words)) if changed else sentence


#: Words that may stand between *have* and its participle ("have both indicted", "has not yet").
PERFECT_GAP_UPOS = frozenset({"ADV", "PART"})
PERFECT_GAP_WORDS = frozenset({"both", "all", "each"})


def read_perfects(sentence: Sentence) -> Sentence:
    """The sentence with each perfect that the parser read as *have* + an adjective restored:
    "Turkey has/root suspended/amod food supplies/obj" becomes "Turkey has/aux suspended/root
    food supplies/obj", every other dependent of *have* moving to the participle.

    Why: English model 0.4.0 (and 0.3.0, less often) parses "X has V-ed Y" so, and the event's
    verb is then an adjective the frames never see. Only a verb tagged ``VERB``, an ``amod`` of an
    ``obj`` of *have*, right after *have* (adverbs, *not*, *both* between) is read so; "has a
    trained army" (a determiner first) is possession and stays."""
    words = list(sentence.words)
    by_id = {w.id: w for w in words}
    changed = False
    for have in [w for w in words if fold_lemma(w.lemma) == "have" and w.upos in ("AUX", "VERB")]:
        objects = {w.id for w in words if w.head == have.id and _base(w.deprel) == "obj"}
        participle = next(
            (w for w in words if w.upos == "VERB" and w.deprel == "amod" and w.head in objects and w.id > have.id), None
        )
        if participle is None:
            continue
        gap = [by_id[i] for i in range(have.id + 1, participle.id)]
        if any(w.upos not in PERFECT_GAP_UPOS and fold_form(w.form) not in PERFECT_GAP_WORDS for w in gap):
            continue
        for index, word in enumerate(words):
            if word.id == participle.id:
                words[index] = attrs.evolve(word, head=have.head, deprel=have.deprel)
            elif word.id == have.id:
                words[index] = attrs.evolve(word, head=participle.id, deprel="aux", upos="AUX")
            elif word.head == have.id:
                words[index] = attrs.evolve(word, head=participle.id)
        by_id = {w.id: w for w in words}
        changed = True
    return attrs.evolve(sentence, words=tuple(words)) if changed else sentence


def _root(words: Sequence[Word]) -> Word | None:
    return next((w for w in words if w.head == 0), None)


def _heads_with_case(words: Sequence[Word]) -> set[int]:
    """The ids of the words that have a preposition (a ``case`` dependent)."""
    return {w.head for w in words if _base(w.deprel) == "case"}


def _finite_verb_besides(words: Sequence[Word], word_id: int | None = None) -> bool:
    """Whether a verb or auxiliary other than ``word_id`` is finite: the parse has a predicate."""
    return any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" and w.id != word_id for w in words)


def read_verbless(sentence: Sentence) -> Sentence:
    """The sentence with its main verb restored where the parser read the whole sentence as one
    noun phrase: "Armenian-backed militias/root violated/amod ceasefire/nmod in Karabakh" becomes
    "militias/nsubj violated/root ceasefire/obj", and what followed the verb on the root noun
    ("in May", the final stop) moves to the verb.

    English model 0.6.0 has another shape of it: the verb an ``amod`` of the root noun, its object,
    with the subject a compound right before the verb ("Armenian police/compound detained/amod
    dozens/root of demonstrators" becomes "police/nsubj detained/root dozens/obj").

    Why: English models 0.5.0 and 0.6.0 parse some news leads so, the verb tagged as a participle
    and made an adjective of its object; no frame sees a verb that is an ``amod``. Only a sentence
    whose root is a noun without a copula and with no other finite verb is read so, and only a
    verb ``amod`` of a later noun that hangs on the root without a preposition (``nmod``,
    ``conj``, ``list``, ``appos``, ``dep``), or of the root itself after a compound; a hyphenated
    adjective ("Mogadishu-based factions", "Kremlin-backed rebels") stays."""
    words = list(sentence.words)
    root = _root(words)
    if root is None or root.upos not in ("NOUN", "PROPN") or not any(w.upos == "VERB" and w.deprel == "amod" for w in words):
        return sentence
    if any(w.head == root.id and _base(w.deprel) == "cop" for w in words):
        return sentence
    by_id = {w.id: w for w in words}
    with_case = _heads_with_case(words)

    def read_as_verb(word: Word) -> bool:
        """A verb ``amod`` of a later noun hanging on the root without a preposition."""
        noun = by_id.get(word.head)
        before = by_id.get(word.id - 1)
        return (
            word.upos == "VERB"
            and word.deprel == "amod"
            and root.id < word.id
            and noun is not None
            and noun.id > word.id
            and noun.upos in ("NOUN", "PROPN")
            and noun.head == root.id
            and _base(noun.deprel) in VERBLESS_OBJECT_RELATIONS
            and noun.id not in with_case
            and (before is None or before.form not in HYPHENS)
        )

    def subject_before(word: Word) -> Word | None:
        """The second shape: the verb an ``amod`` of the root noun itself, its subject the
        compound right before it ("Armenian police/compound detained/amod dozens/root of ...")."""
        before = by_id.get(word.id - 1)
        if not (word.upos == "VERB" and word.deprel == "amod" and word.head == root.id and word.id < root.id):
            return None
        if before is None or before.head != root.id or before.deprel != "compound" or before.upos not in ("NOUN", "PROPN"):
            return None
        return before

    verb, subject = next((w for w in words if read_as_verb(w)), None), None
    if verb is None:
        verb, subject = next(((w, found) for w in words if (found := subject_before(w)) is not None), (None, None))
    if verb is None or _finite_verb_besides(words, verb.id):
        return sentence
    feats = tuple((k, v) for k, v in verb.feats if k not in ("Voice", "VerbForm")) + (("VerbForm", "Fin"),)
    for index, word in enumerate(words):
        if word.id == verb.id:
            words[index] = attrs.evolve(word, head=0, deprel="root", feats=tuple(sorted(feats)))
        elif subject is not None:
            # the root noun is the object; what stood before the subject is the subject's
            if word.id == subject.id:
                words[index] = attrs.evolve(word, head=verb.id, deprel="nsubj")
            elif word.id == root.id:
                words[index] = attrs.evolve(word, head=verb.id, deprel="obj")
            elif word.head == root.id and word.id < subject.id:
                words[index] = attrs.evolve(word, head=subject.id)
        elif word.id == root.id:
            words[index] = attrs.evolve(word, head=verb.id, deprel="nsubj")
        elif word.id == verb.head:
            words[index] = attrs.evolve(word, head=verb.id, deprel="obj")
        elif word.head == root.id and word.id > verb.id:
            words[index] = attrs.evolve(word, head=verb.id)
    return attrs.evolve(sentence, words=tuple(words))


def read_headline_verbs(sentence: Sentence) -> Sentence:
    """The sentence with a headline's verb restored where the tagger took it for a plural noun:
    "Russia/amod cooperates/NOUN root with North Korea/nmod" becomes "Russia/nsubj cooperates/VERB
    root with North Korea/obl" (the words before the verb hang on the last of them, the subject).

    Why: English model 0.5.0 tags a present-tense verb right after a bare subject, as headlines
    write them, as the plural noun it could be ("calls", "cooperates"). Only a root tagged a plural
    noun is read so, in a sentence without a finite verb, with nothing but adjectives and
    compounds before it (a determiner, a number or a possessive makes a noun phrase: *the US
    strikes on Syria*), the last of them right before it, and an object or a prepositional phrase
    after it."""
    words = list(sentence.words)
    root = _root(words)
    if root is None or root.upos != "NOUN" or root.feat("Number") != "Plur" or not root.form.casefold().endswith("s"):
        return sentence
    if _finite_verb_besides(words):
        return sentence
    children = [w for w in words if w.head == root.id]
    before = [w for w in children if w.id < root.id]
    with_case = _heads_with_case(words)
    # an argument after it: an object, or a phrase with its preposition ("calls for", "cooperates
    # with"); a bare noun there is the object of a verb read as an adjective (read_verbless)
    after = [
        w for w in children
        if w.id > root.id and (w.deprel == "obj" or (_base(w.deprel) in HEADLINE_ARGUMENTS and w.id in with_case))
    ]
    if not before or not after or any(_base(w.deprel) not in HEADLINE_SUBJECT_PARTS for w in before):
        return sentence
    subject = before[-1]
    if subject.upos not in ("NOUN", "PROPN", "ADJ") or subject.id != root.id - 1:
        return sentence
    feats = (("Mood", "Ind"), ("Number", "Sing"), ("Person", "3"), ("Tense", "Pres"), ("VerbForm", "Fin"))
    for index, word in enumerate(words):
        if word.id == root.id:
            words[index] = attrs.evolve(word, upos="VERB", feats=feats)
        elif word.id == subject.id:
            words[index] = attrs.evolve(word, deprel="nsubj")
        elif word.head == root.id and word.id < subject.id:
            words[index] = attrs.evolve(word, head=subject.id)
        elif word.head == root.id and _base(word.deprel) == "nmod":
            words[index] = attrs.evolve(word, deprel="obl")
    return attrs.evolve(sentence, words=tuple(words))


def read_reported_clauses(sentence: Sentence) -> Sentence:
    """The sentence with a reported clause that the parser made the complement of the reporting
    verb after it ("Smeagol is about to restore ties, a senior official said": *said* the root,
    *restore* its ``ccomp``) read as UD annotates it: the clause the root, *said* its ``parataxis``.

    Why: English model 0.6.0 parses clause-final attributions so, where the English Web Treebank
    and model 0.5.0 make the reported clause the root; the rules that read reported speech (a
    subject hung on the reporting verb, the main events of a sentence) expect the latter. Only a
    root verb whose one ``ccomp`` comes before it and whose subjects all come after that clause
    is read so."""
    words = list(sentence.words)
    root = _root(words)
    if root is None or root.upos != "VERB":
        return sentence
    clauses = [w for w in words if w.head == root.id and w.deprel == "ccomp"]
    subjects = [w for w in words if w.head == root.id and _base(w.deprel) == "nsubj"]
    if len(clauses) != 1 or not subjects or clauses[0].id > root.id or any(s.id < clauses[0].id for s in subjects):
        return sentence
    return attrs.evolve(sentence, words=_reported_as_root(words, root, clauses[0]))


def read_clauses_in_subjects(sentence: Sentence) -> Sentence:
    """The sentence with a reported clause that the parser hung on its own subject, under the
    reporting verb after it, read as UD annotates it: "Police/nsubj detained/acl 20 suspects,
    witnesses/nsubj said/root" becomes *detained* the root, *Police* its subject and *said* its
    ``parataxis``.

    Why: English model 0.7.0 parses some clause-final attributions so, with two subjects on the
    reporting verb and the reported verb an ``acl`` of the first. A verb has one subject; when
    every subject of the root comes before it and the first has a finite verb after it (or one
    with an auxiliary: "has killed"), that verb is the clause the others report. A bare
    participle there may be a reduced relative ("police deployed there") and is left alone. Only
    a root with two subjects or more is read so."""
    words = list(sentence.words)
    root = _root(words)
    if root is None or root.upos != "VERB":
        return sentence
    subjects = [w for w in words if w.head == root.id and _base(w.deprel) == "nsubj"]
    if len(subjects) < 2 or any(s.id > root.id for s in subjects):
        return sentence
    first, reporter = subjects[0], subjects[-1]
    with_auxiliary = {w.head for w in words if _base(w.deprel) == "aux" and w.upos == "AUX"}
    clauses = [
        w for w in words
        if w.head == first.id and w.deprel == "acl" and w.upos == "VERB" and first.id < w.id < reporter.id
        and (w.feat("VerbForm") == "Fin" or w.id in with_auxiliary)
    ]
    if not clauses:
        return sentence
    return attrs.evolve(sentence, words=_reported_as_root(words, root, clauses[0], subject=first))


def _reported_as_root(words: list[Word], reporting: Word, clause: Word, subject: Word | None = None) -> tuple[Word, ...]:
    """``words`` with the reported ``clause`` the root, the ``reporting`` verb its ``parataxis``
    and the final stop the clause's, as UD annotates "X did Y, an official said"; ``subject``,
    when given, becomes the clause's ``nsubj``."""
    last = max(w.id for w in words)
    read = []
    for word in words:
        if word.id == clause.id:
            word = attrs.evolve(word, head=0, deprel="root")
        elif subject is not None and word.id == subject.id:
            word = attrs.evolve(word, head=clause.id, deprel="nsubj")
        elif word.id == reporting.id:
            word = attrs.evolve(word, head=clause.id, deprel="parataxis")
        elif word.head == reporting.id and word.id == last and word.upos == "PUNCT":
            word = attrs.evolve(word, head=clause.id)  # the final stop is the sentence's
        read.append(word)
    return tuple(read)


def read_infinitives(sentence: Sentence) -> Sentence:
    """The sentence with each verb parsed as an oblique of a verb, its *to* as a ``case``
    ("The Kremlin declined to/case comment/obl", "called on Russia to/case negotiate/obl"),
    relabelled as UD has it: the verb an ``xcomp``, *to* its ``mark``.

    Why: the tagger sometimes takes infinitival *to* for a preposition when the verb could be a
    noun (*comment*, *negotiate*), and the parser then makes the infinitive an ``obl``; operators
    (*decline to*, *promise to*) and ``xcomp`` slots would never see it. A verb is never the
    object of a preposition *to*, so nothing else is read this way."""
    words = list(sentence.words)
    heads = {w.id: w for w in words}
    changed = False
    for index, word in enumerate(words):
        head = heads.get(word.head)
        if word.upos != "VERB" or _base(word.deprel) != "obl" or head is None or head.upos not in ("VERB", "AUX"):
            continue
        marks = [i for i, w in enumerate(words) if w.head == word.id and _base(w.deprel) == "case" and fold_form(w.form) == "to"]
        if len(marks) != 1 or words[marks[0]].id > word.id:
            continue
        words[index] = attrs.evolve(word, deprel="xcomp")
        words[marks[0]] = attrs.evolve(words[marks[0]], deprel="mark", upos="PART")
        changed = True
    return attrs.evolve(sentence, words=tuple(words)) if changed else sentence


def read_coordinated_verbs(sentence: Sentence) -> Sentence:
    """The sentence with a past-tense verb coordinated to the clause's verb, but parsed inside the
    noun phrase after it, read as UD annotates it: the verb a ``conj`` of the clause's verb and
    the noun its object. Three shapes of English model 0.7.0: "visited Kabul on Sunday and
    pledged/amod support/obj" (the verb an adjective of its own object, which is a second object
    of the first verb), "condemned the attack and promised/conj aid/conj" (the verb and its
    object both conjuncts of the first verb's object) and "condemned an attack ... on Thursday and
    promised/amod aid/conj" (the noun a conjunct of a day, which only another day can be).

    Why: *pledged support*, *promised aid* are events of their own (intent, aid) that the
    coordination hides. A verb has one object, a verb is no conjunct of a noun and only a day is
    coordinated with a day, so these shapes are broken trees; a participle on a conjunct of the
    object may be the adjective it looks like ("shut down 17 organizations and affiliated/amod
    charities/conj") and is left alone, which also leaves "arrested two men and seized/amod
    weapons/conj" as parsed. Only a past-tense ``VERB`` right after its *and*/*but*, with a noun
    right after it (a determiner, numbers or adjectives between), is read so."""
    words = list(sentence.words)
    by_id = {w.id: w for w in words}
    index_of = {w.id: i for i, w in enumerate(words)}
    changed = False
    for word in list(words):
        word = words[index_of[word.id]]
        if word.upos != "VERB" or word.feat("Tense") != "Past":
            continue
        coordinator = by_id.get(word.id - 1)
        if coordinator is None or _base(coordinator.deprel) != "cc" or fold_form(coordinator.form) not in ("and", "but"):
            continue
        noun = _noun_right_after(words, word)
        head = by_id.get(word.head)
        if noun is None or head is None or coordinator.head not in (word.id, noun.id):
            continue
        if _base(word.deprel) == "amod" and head.id == noun.id and _base(noun.deprel) == "obj":
            # "visited Kabul/obj on Sunday and pledged/amod support/obj": the noun a second object
            # of the verb (a conjunct of its object may be an adjective's: "shut down 17
            # organizations and affiliated charities")
            clause = by_id.get(noun.head)
            objects = [w for w in words if clause is not None and w.head == clause.id and _base(w.deprel) == "obj"]
            if clause is None or clause.upos != "VERB" or objects[0].id >= coordinator.id:
                continue
        elif _base(word.deprel) == "conj" and head.upos == "NOUN" and noun.head == head.id and _base(noun.deprel) == "conj":
            clause = by_id.get(head.head)  # "condemned the attack/obj and promised/conj aid/conj"
            if clause is None or clause.upos != "VERB" or _base(head.deprel) != "obj":
                continue
        elif _base(word.deprel) == "amod" and head.id == noun.id and _base(noun.deprel) == "conj" and _is_date_name(by_id.get(noun.head)):
            # "condemned an attack ... on Thursday and promised/amod aid/conj": no noun is
            # coordinated with a day but another day; the verb is the clause's above the day
            clause = _verb_above(by_id, by_id[noun.head])
            if clause is None:
                continue
        else:
            continue
        words[index_of[word.id]] = attrs.evolve(word, head=clause.id, deprel="conj")
        words[index_of[noun.id]] = attrs.evolve(words[index_of[noun.id]], head=word.id, deprel="obj")
        words[index_of[coordinator.id]] = attrs.evolve(coordinator, head=word.id)
        by_id = {w.id: w for w in words}
        changed = True
    return attrs.evolve(sentence, words=tuple(words)) if changed else sentence


def _is_date_name(word: Word | None) -> bool:
    """A weekday's or a month's name, by its form."""
    return word is not None and fold_form(word.form) in DATE_NAMES


def _verb_above(by_id: dict[int, Word], word: Word) -> Word | None:
    """The nearest ``VERB`` among ``word``'s governors."""
    seen = set()
    while word.head in by_id and word.head not in seen:
        seen.add(word.head)
        word = by_id[word.head]
        if word.upos == "VERB":
            return word
    return None


def _noun_right_after(words: list[Word], verb: Word) -> Word | None:
    """The noun after ``verb`` with at most a determiner, numbers and adjectives between."""
    for word in words[words.index(verb) + 1:]:
        if word.upos in ("NOUN", "PROPN"):
            return word
        if word.upos not in ("DET", "NUM", "ADJ"):
            return None
    return None


def read_marked_clausal_subjects(sentence: Sentence) -> Sentence:
    """The sentence with each clausal subject that has a subordinator and a nominal subject
    beside it relabelled an adverbial clause: "the army was guilty of/mark violating/csubj the
    ceasefire" becomes *violating* an ``advcl`` of *guilty*.

    Why: English model 0.7.0 parses a gerund after an adjective so; a predicate has one subject,
    and a subject clause takes no preposition-like subordinator, so the clause modifies the
    predicate, and as an adverbial gerund it takes the predicate's subject (who violated)."""
    words = list(sentence.words)
    with_subject = {w.head for w in words if _base(w.deprel) == "nsubj"}
    marked = {w.head for w in words if _base(w.deprel) == "mark"}
    changed = False
    for index, word in enumerate(words):
        if _base(word.deprel) == "csubj" and word.head in with_subject and word.id in marked:
            words[index] = attrs.evolve(word, deprel="advcl")
            changed = True
    return attrs.evolve(sentence, words=tuple(words)) if changed else sentence


#: How a parser may hang the subject after a fronted phrase on a noun inside that phrase (see
#: read_fronted_subjects).
FRONTED_SUBJECT_RELATIONS = frozenset({"nmod", "conj", "appos", "obl"})
#: What the fronted phrase that swallowed the subject may be to the verb.
FRONTED_PHRASE_RELATIONS = frozenset({"obl", "advcl", "advmod", "nmod"})
#: A verb's own dependents that may stand between its subject and it ("Putin **has** rejected").
STRETCH_SKIPS = frozenset({"aux", "advmod"})
#: Weekday names (read_coordinated_verbs: only a day is coordinated with a day).
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Month names, which end a fronted date ("In May 1998 ...", "On 12 June ...").
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
DATE_NAMES = WEEKDAYS | MONTHS


def read_fronted_subjects(sentence: Sentence) -> Sentence:
    """The sentence with the subject that follows a fronted phrase hung on the verb again: "At a
    summit on Friday, President Vladimir Putin/nmod rejected ..." (*Putin* parsed as a modifier
    of *Friday*) becomes *Putin* the ``nsubj`` of *rejected*; "On 12 May the Russian and
    Chinese leaders/nmod signed ..." (no comma after a date) likewise.

    Why: English model 0.7.0 parses many news leads that open with a time or place phrase so
    ("During talks in Ankara on Tuesday, Prime Minister Narendra Modi praised Turkey"), leaving the
    verb without a subject. A finite verb has one; bare nouns (no preposition) that fill the whole
    stretch between the phrase and the verb (its auxiliaries aside), and hang back into a phrase
    that modifies that verb, can only be it, the first of several conjuncts its head. The
    stretch starts after the phrase's comma, or, without one, after a date (a number or a month
    name ends it: "In May 1998 Russian troops ..."). A verb with a subject, a noun with a
    preposition, or a stretch the nouns do not fill is left alone."""
    words = list(sentence.words)
    by_id = {w.id: w for w in words}
    with_subject = {w.head for w in words if _base(w.deprel) in ("nsubj", "csubj", "expl")}
    finite_aux = {w.head for w in words if _base(w.deprel) == "aux" and w.feat("VerbForm") == "Fin"}
    moved: dict[int, tuple[int, str]] = {}
    for verb in words:
        if verb.upos != "VERB" or verb.id in with_subject or not (verb.feat("VerbForm") == "Fin" or verb.id in finite_aux):
            continue
        end = verb.id - 1  # the stretch ends before the verb's own auxiliaries and adverbs
        while end in by_id and by_id[end].head == verb.id and _base(by_id[end].deprel) in STRETCH_SKIPS:
            end -= 1
        for start in _stretch_starts(words, end):
            subject = _fronted_subject(words, by_id, verb, start, end)
            if subject:
                moved[subject[0]] = (verb.id, "nsubj")
                moved.update({other: (subject[0], "conj") for other in subject[1:]})
                break
    if not moved:
        return sentence
    words = [attrs.evolve(w, head=moved[w.id][0], deprel=moved[w.id][1]) if w.id in moved else w for w in words]
    return attrs.evolve(sentence, words=tuple(words))


def _stretch_starts(words: Sequence[Word], end: int) -> list[int]:
    """Where the stretch before ``end`` that may be a subject can start: right after the last
    comma before it, else right after the last date word (a number or a month name) before it."""
    commas = [w.id for w in words if w.id < end and w.form == ","]
    if commas:
        return [commas[-1] + 1]
    dates = [w.id + 1 for w in reversed(words) if w.id < end and (w.upos == "NUM" or (w.upos in ("PROPN", "NOUN") and fold_form(w.form) in MONTHS))]
    return dates[:1]


def _fronted_subject(words: Sequence[Word], by_id: dict[int, Word], verb: Word, start: int, end: int) -> list[int]:
    """The ids of the nouns filling ``start``..``end`` that hang back into a phrase fronted on
    ``verb`` (first the subject, then its conjuncts), or nothing."""
    if start > end:
        return []
    stretch = [w for w in words if start <= w.id <= end]
    tops = [w for w in stretch if not start <= w.head <= end and w.upos != "PUNCT"]
    with_case = _heads_with_case(words)
    if not tops or len({w.head for w in tops}) != 1 or tops[0].head >= start:
        return []
    if any(w.upos not in ("NOUN", "PROPN") or w.id in with_case or _base(w.deprel) not in FRONTED_SUBJECT_RELATIONS for w in tops):
        return []
    if len(tops) > 1 and any(_base(w.deprel) != "conj" for w in tops):
        return []
    fronted = by_id.get(tops[0].head)
    while fronted is not None and fronted.head != verb.id:
        fronted = by_id.get(fronted.head)
    if fronted is None or fronted.id >= start or _base(fronted.deprel) not in FRONTED_PHRASE_RELATIONS:
        return []
    return [w.id for w in tops]


#: The repairs of a parser's slips that a sentence goes through, in this order, before it is read
#: (each function says which slip and why).
PARSE_REPAIRS = (
    rejoin_split_names,
    read_reported_clauses,
    read_clauses_in_subjects,
    read_verbless,
    read_headline_verbs,
    read_perfects,
    read_infinitives,
    read_coordinated_verbs,
    read_marked_clausal_subjects,
    read_fronted_subjects,
)


class SentenceView:
    """Read-only, precomputed access to one sentence for matching.

    ``fillers(word_id, slot, case)`` returns the word ids filling a slot of a word, conjuncts
    included, in sentence order; ``case=None`` accepts any case (or none).
    """

    __slots__ = (
        "sentence",
        "words",
        "children",
        "_slots",
        "_filed",
        "_name_tokens",
        "_case",
        "_profile",
        "_cues",
        "_passive",
        "_negated",
        "_conjuncts",
        "_rel_slot",
        "_subjects",
        "_stray",
        "_object_operators",
        "_tokens",
    )

    def __init__(
        self,
        sentence: Sentence,
        profile: Profile,
        negation_cues: Sequence[NegationCue] = (),
        object_operators: frozenset[str] = frozenset(),
    ) -> None:
        """``object_operators``: folded lemmas of the verbs whose operator applies through their
        object ("rejected calls to open"), see :meth:`is_infinitive_on_operator_object`."""
        for repair in PARSE_REPAIRS:
            sentence = repair(sentence)
        self.sentence = sentence  # as read: what explain shows and every rule sees
        self.words: dict[int, Word] = {w.id: w for w in sentence.words}
        self.children: dict[int, list[Word]] = {w.id: [] for w in sentence.words}
        self.children[0] = []
        for word in sentence.words:
            self.children.setdefault(word.head, []).append(word)
        self._profile = profile
        self._cues = tuple(negation_cues)
        self._object_operators = object_operators
        # Everything else is computed on first use, per word: a sentence is asked about its
        # triggers and their dependents only, a few words out of many.
        self._tokens: tuple[str, ...] | None = None
        self._name_tokens: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] | None = None
        self._case: dict[int, str | None] = {}
        self._passive: dict[int, bool] = {}
        self._negated: dict[int, bool] = {}
        self._conjuncts: dict[int, tuple[int, ...]] = {}
        # (word id, slot name) -> [(filler id, case lemma)], conjuncts already expanded; filled
        # one head at a time (``_filed`` holds the heads done)
        self._slots: dict[tuple[int, str], list[tuple[int, str | None]]] = {}
        self._filed: set[int] = set()
        # word id -> slot names of its own relation to its head ("object" for nsubj:pass)
        self._rel_slot: dict[int, tuple[str, ...]] = {}
        # word id -> its grammatical subjects, its own or inherited under control
        self._subjects: dict[int, list[tuple[int, str | None]]] = {}
        # head id -> {stray subject id: id of the clause it belongs to} (see _stray_subject_ids)
        self._stray: dict[int, dict[int, int]] = {}

    # -- construction helpers ------------------------------------------------------------

    def _file(self, head: int) -> None:
        """File the dependents of ``head`` under its slots (once), then what its bare nouns pass
        up to it, then the subject it inherits."""
        if head in self._filed:
            return
        self._filed.add(head)
        stray = self._stray_subject_ids(head)
        for word in self._filed_under(head):
            if word.deprel == "conj" or word.id in stray:
                continue  # a conjunct is filed through its first conjunct below; a stray subject under its clause
            for slot in self.relation_slots(word.id):
                bucket = self._slots.setdefault((head, slot), [])
                own_case = self.case_of(word.id)
                for member in self.conjuncts(word.id):
                    bucket.append((member, self.case_of(member) or own_case))
        self._lift_through_bare_nouns(head)
        word = self.words.get(head)
        if word is not None and not self._own_subjects(head):
            inherited = self._surface_subjects(head)
            if inherited:
                slot = OBJECT if self.is_passive(head) else SUBJECT
                self._slots.setdefault((head, slot), []).extend(inherited)

    def _filed_under(self, head: int) -> list[Word]:
        """The words filed under ``head``, in sentence order: its dependents, except that the
        dependents of a flat name's later words belong to the name's first word, which UD makes
        the head of every dependent of the name ("Vladimir **Poutine** à Pyongyang")."""
        word = self.words.get(head)
        in_name = word is not None and _base(word.deprel) == "flat"
        found = [c for c in self.children.get(head, ()) if not in_name or _base(c.deprel) == "flat"]
        if not in_name:
            parts = [c for c in found if _base(c.deprel) == "flat"]
            while parts:
                for child in self.children.get(parts.pop().id, ()):
                    if _base(child.deprel) == "flat":
                        parts.append(child)
                    else:
                        found.append(child)
        return sorted(found, key=lambda w: w.id)

    def _lift_through_bare_nouns(self, head: int) -> None:
        """File the ``nmod`` dependents of a determiner-less ``nmod`` with case *de*/*of* under its
        governor too.

        A bare noun after *de* classifies or counts its governor (*visite d'État*, *visite de
        travail*, *milliers de soldats*); what follows it belongs to the whole phrase, but parsers
        attach it to the nearest noun: "une visite d'État **de Vladimir Poutine**", "des milliers
        de soldats **à la Russie**". The bare noun is filed first, so a chain of them lifts all the way.
        """
        nmod_slots = self._profile.slots_of_relation.get("nmod", ())
        for word in self.children.get(head, ()):
            if not (
                _base(word.deprel) == "nmod"
                and word.upos in ("NOUN", "PROPN")
                and self.case_of(word.id) in BARE_CASES
                and not self.has_child(word.id, "det")
            ):
                continue
            self._file(word.id)
            for slot in nmod_slots:
                lifted = self._slots.get((word.id, slot))
                if lifted:
                    bucket = self._slots.setdefault((head, slot), [])
                    bucket.extend(entry for entry in lifted if entry not in bucket)

    def _case_lemma(self, word: Word) -> str | None:
        """The lemma of the word's preposition (``fixed`` parts joined by ``_``); also one that the
        parser hung on a modifier before the word ("with/case President/compound Zelenskyy",
        "to/case the United Nations/compound force"): a compound or a modifier takes no
        preposition of its own, so the phrase's is meant."""
        for child in self.children[word.id]:
            if _base(child.deprel) == "case":
                return self._case_text(child)
        for child in self.children[word.id]:
            if child.id < word.id and _base(child.deprel) in CASE_SLIP_RELATIONS:
                for grandchild in self.children[child.id]:
                    if _base(grandchild.deprel) == "case" and grandchild.id < child.id:
                        return self._case_text(grandchild)
        return None

    def _case_text(self, case: Word) -> str:
        parts = [fold_lemma(case.lemma)]
        parts += [fold_lemma(c.lemma) for c in self.children[case.id] if c.deprel == "fixed"]
        return "_".join(parts)

    def _is_passive(self, word: Word, profile: Profile) -> bool:
        """Passive evidence: an agent, a passive auxiliary, or ``Voice=Pass`` on a participle
        without a tense auxiliary — but a pronominal verb (``expl:pv``: "s'est rendu", "s'est
        entretenu") is active whatever its auxiliary.

        ``nsubj:pass`` alone is not evidence: weak parsers put it on active subjects ("La France a
        expulsé..."), and it is exactly the relation whose meaning is being decided.
        """
        children = self.children[word.id]
        if any(c.deprel in profile.passive_subject for c in children):
            return True
        if any(c.deprel == "expl:pv" for c in children):
            return False
        if any(c.deprel == "aux:pass" for c in children):
            return True
        # Voice=Pass counts on a bare participle ("le pont construit par..."), not on a compound
        # tense whose auxiliary is not passive ("a téléphoné": avoir + a participle tagged Pass),
        # nor on a clause's verb with a direct object of its own: a passive has none, so that is a
        # past tense the tagger took for a participle ("French police officers **used** batons");
        # a participle modifying a noun stays passive ("activists **arrested** last week"), and a
        # weekday is no object ("protesters **detained** Friday")
        return (
            word.feat("Voice") == "Pass"
            and not any(_base(c.deprel) == "aux" for c in children)
            and (_base(word.deprel) == "acl" or not any(c.deprel == "obj" and not self._is_time_word(c) for c in children))
        )

    def _conjunct_closure(self, word_id: int) -> tuple[int, ...]:
        members = [word_id]
        stack = [word_id]
        while stack:
            for child in self.children[stack.pop()]:
                if child.deprel == "conj":
                    members.append(child.id)
                    stack.append(child.id)
        return tuple(sorted(members))

    def _slots_for(self, word: Word) -> tuple[str, ...]:
        profile = self._profile
        rel = word.deprel
        if rel == "conj":
            # a conjunct fills whatever its first conjunct fills
            first = self.words.get(word.head)
            while first is not None and first.deprel == "conj":
                first = self.words.get(first.head)
            rel = first.deprel if first is not None else rel
        if _is_mislabelled_dative(word) and (rel == "expl:pv" or (_base(rel) == "obl" and self.case_of(word.id) is None)):
            # UD keeps expl:pv for the reflexive clitic of a pronominal verb ("se rendre"), and an
            # oblique has a preposition; a non-reflexive third-person clitic labelled either way
            # is the parser's error for a dative ("en lui fournissant des soldats"): read it as
            # the indirect object it is
            rel = "iobj"
        if _base(rel) in ARGUMENT_RELATIONS and self._is_time_word(word):
            return ()
        if rel in profile.passive_object:
            return (OBJECT,) if self.is_passive(word.head) else (SUBJECT,)
        if rel in profile.passive_subject:
            return (SUBJECT,)
        if _base(rel) == "obl" and self.case_of(word.id) in profile.agent_cases and self.is_passive(word.head):
            return (SUBJECT,)
        if rel == "expl" and self._is_stray_expletive(word):
            return (SUBJECT,)
        slots = self._profile.slots_of_relation.get(rel) or self._profile.slots_of_relation.get(_base(rel), ())
        if _base(rel) == "obl" and not self.has_child(word.head, "obj"):
            if self._is_counted_object(word):
                return (OBJECT,)
            if self._is_split_partitive(word) or self._is_bare_oblique_object(word):
                return (*slots, OBJECT)
        return slots

    def _is_bare_oblique_object(self, word: Word) -> bool:
        """A noun after the verb labelled plain ``obl`` without a preposition, on a verb without an
        object: the object, which a time phrase between them made the parser misread ("Russia
        vetoed **on Friday** a draft resolution"). A time word itself stays none ("met Friday")."""
        return (
            word.deprel == "obl"
            and word.upos in ("NOUN", "PROPN")
            and word.id > word.head
            and self.case_of(word.id) is None
            and not self._is_time_word(word)
        )

    def _is_stray_expletive(self, word: Word) -> bool:
        """A personal pronoun labelled ``expl`` where nothing is extraposed: no clause and no other
        subject on its head. That is the parser's error for a subject ("X said **it** is skeptical
        about the deal"); an expletive proper comes with the clause it stands for ("it is clear
        *that* ...", "it is important *to note*")."""
        if word.upos != "PRON" or word.feat("PronType") != "Prs":
            return False
        return not any(
            _base(c.deprel) in ("nsubj", "csubj", "ccomp") for c in self.children.get(word.head, ()) if c.id != word.id
        )

    def _is_counted_object(self, word: Word) -> bool:
        """A counted noun whose approximate count the parser read as a preposition ("released more
        than 100 prisoners": *than* a ``case``, *prisoners* an ``obl``), or as an oblique of its own
        ("at least" beside a bare ``obl``). With a number on it (or *at least*, which counts
        without one: "allow at least limited access") and no object on the verb, it is read as the object it is, and no longer as an oblique (*up to*
        30,000 troops is not where they are sent)."""
        children = self.children[word.id]
        case = next((c for c in children if _base(c.deprel) == "case"), None)
        if case is not None and fold_form(case.form) == "at" and any(fold_form(c.form) in COUNT_LIMITS for c in children):
            return True  # "at least 20 people", "allow at least limited access": *at least* counts, with or without a number
        if not any(_base(c.deprel) == "nummod" and c.upos == "NUM" for c in children):
            return False
        if case is None:
            # "deported at least 165 Venezuelans": *at least* an oblique of its own, the counted
            # noun a bare ``obl`` (a subtype such as ``obl:tmod``, "stayed three days", is none)
            return word.deprel == "obl"
        form = fold_form(case.form)
        if form in COUNT_CASES:
            return True
        before = self.words.get(case.id - 1)
        return form == "to" and before is not None and fold_form(before.form) == "up"

    def _is_split_partitive(self, word: Word) -> bool:
        """A noun whose article *des*/*du* was expanded into *de* + *le(s)* (its ``case`` and
        ``det`` are the two words of one such token), as the French MWT model expands the
        partitive article too: "a déployé **des troupes**" comes out as an ``obl:arg`` with case
        *de*; or a noun after the partitive *de la* / *de l'* ("a envoyé **de l'aide**"). Without
        an object on the verb it is also read as the object it is; the oblique reading stays for
        "parler des sanctions"."""
        case = next((c for c in self.children[word.id] if _base(c.deprel) == "case"), None)
        det = next((c for c in self.children[word.id] if _base(c.deprel) == "det"), None)
        if case is None or det is None or case.token_index < 0:
            return False
        if case.token_index != det.token_index:
            # the partitive of a feminine or elided noun stays two tokens: "a envoyé **de l'**aide",
            # "**de la** nourriture" (case *de* right before the article *la*/*l'*)
            return fold_form(case.form) == "de" and det.id == case.id + 1 and fold_form(det.form) in PARTITIVE_FEMININE
        token = self.sentence.tokens[case.token_index] if case.token_index < len(self.sentence.tokens) else None
        return token is not None and fold_form(token.text) in PARTITIVE_TOKENS and token.word_ids == (case.id, det.id)

    def _own_subjects(self, word_id: int) -> list[tuple[int, str | None]]:
        """The grammatical subjects written on ``word_id`` (``nsubj``/``csubj``, any subtype), conjuncts
        included; a time word labelled ``nsubj`` is not one ("X yesterday gave")."""
        stray = self._stray_subject_ids(word_id)
        return [
            filler
            for child in self.children.get(word_id, ())
            if _base(child.deprel) in ("nsubj", "csubj") and not self._is_time_word(child) and child.id not in stray
            for filler in self._with_cases(child.id)
        ]

    def _with_cases(self, word_id: int) -> list[tuple[int, str | None]]:
        """``word_id`` and its conjuncts, each with its case lemma: how a slot holds its fillers."""
        return [(member, self.case_of(member)) for member in self.conjuncts(word_id)]

    def _stray_subject_ids(self, head_id: int) -> dict[int, int]:
        """Subjects the parser hung on a reporting verb that belong to the clause it reports:
        "**Pakistan** on Thursday violated the ceasefire, an officer **said**" parsed with both
        *Pakistan* and *officer* subjects of *said*. One verb never has two subjects; when one
        stands before a subject-less clausal complement of the verb and another after it, the
        first is that clause's subject. Maps the stray subject's id to the clause's id. The clause
        may also be the reporting verb's governor, the verb a ``parataxis`` of it: "**Arnor**,
        Calenardhon and Gondor welcomed/root ..., the official news agency said/parataxis" with
        *Arnor* a subject of *said* (eventcode-model-en 0.7.0)."""
        if head_id in self._stray:
            return self._stray[head_id]
        children = self.children.get(head_id, ())
        subjects = [c for c in children if _base(c.deprel) == "nsubj" and not self._is_time_word(c)]
        clauses = [c for c in children if _base(c.deprel) in ("ccomp", "parataxis") and self._is_predicate(c)]
        reporting = self.words.get(head_id)
        governor = self.words.get(reporting.head) if reporting is not None and _base(reporting.deprel) == "parataxis" else None
        if governor is not None and self._is_predicate(governor):
            clauses.append(governor)
        found: dict[int, int] = {}
        if len(subjects) >= 2 and head_id > 0:
            for clause in clauses:
                before = [s for s in subjects if s.id < clause.id]
                after = [s for s in subjects if clause.id < s.id]
                if len(before) == 1 and after and clause.id < head_id and not self._own_subjects(clause.id):
                    found[before[0].id] = clause.id
        self._stray[head_id] = found
        return found

    def is_time_noun(self, word_id: int) -> bool:
        """Whether the word is one of the profile's time words (*Saturday*, *lundi*, *today*),
        whatever hangs on it."""
        word = self.words.get(word_id)
        return word is not None and fold_form(word.form) in self._profile.time_words

    def _is_time_word(self, word: Word) -> bool:
        """A weekday or "today" standing alone (a determiner or an adjective at most: "last
        Friday"), which a parser may label a subject or an object but never is one."""
        if not self.is_time_noun(word.id):
            return False
        return all(_base(child.deprel) in ("det", "amod", "case", "punct") for child in self.children.get(word.id, ()))

    def _receives_subject(self, word: Word) -> bool:
        """Whether a subject-less ``word`` takes its governor's subject.

        Subject control ("Paris promet de fournir"), shared subjects ("a signé et ratifié") and
        non-finite adverbial clauses ("en lui fournissant", also when the tagger calls
        *fournissant* finite: its mark *en* says it is a gerund). The inherited subject is filed
        as ``object`` when the receiving clause is passive.
        """
        controlled = self._profile.slots.get("xcomp", frozenset({"xcomp"})) | {"conj"}
        rel = word.deprel
        adverbial = _base(rel) == "advcl" and (word.feat("VerbForm") in NONFINITE or self._has_gerund_mark(word))
        clausal = rel in controlled or adverbial
        return clausal and self._is_predicate(word)

    def _has_gerund_mark(self, word: Word) -> bool:
        return self.has_mark(word.id, self._profile.gerund_marks)

    def _surface_subjects(self, word_id: int) -> list[tuple[int, str | None]]:
        """The subjects of ``word_id``: its own, else (down a control chain) its governor's."""
        if word_id in self._subjects:
            return self._subjects[word_id]
        self._subjects[word_id] = []  # a malformed cycle ends here
        subjects = self._own_subjects(word_id)
        word = self.words.get(word_id)
        if not subjects and word is not None:
            # strays of the verb above it, or of a reporting verb hung on it as a parataxis
            reporters = [word.head] + [c.id for c in self.children.get(word_id, ()) if _base(c.deprel) == "parataxis"]
            subjects = [
                filler
                for reporter in reporters
                for stray, clause in self._stray_subject_ids(reporter).items() if clause == word_id
                for filler in self._with_cases(stray)
            ]
        if not subjects and word is not None and self._receives_subject(word):
            subjects = self._surface_subjects(word.head)
        if not subjects and word is not None and (self._stranded_under_root_noun(word) or self._finite_acl(word)):
            subjects = self._with_cases(word.head)
        if not subjects and word is not None and self._is_present_participle_on_noun(word):
            subjects = [(author, self.case_of(author)) for author in self.document_authors(word.head)]
        if not subjects and word is not None and self._is_intention_infinitive(word):
            subjects = [(holder, self.case_of(holder)) for holder in self.holders(word.head)]
        if not subjects and word is not None and self.is_infinitive_on_operator_object(word_id):
            subjects = self._surface_subjects(self.words[word.head].head)
        self._subjects[word_id] = subjects
        return subjects

    def _stranded_under_root_noun(self, word: Word) -> bool:
        """A finite verb that the parser hung under the sentence's root noun instead of making
        it the root: "Iran's foreign minister on Sunday **met** his Iraqi counterpart" parsed with
        *minister* as the root and *met* as its ``acl``/``parataxis``/``conj``. A noun root with
        no copula has no predicate of its own, so the noun before the verb is the verb's
        subject. A passive participle in an ``acl`` takes the noun as its object ("US troops sent
        to Syria" is a passive headline: *troops* are what was sent); any other participle is
        left alone."""
        root = self.words.get(word.head)
        if root is None or root.deprel != "root" or root.upos not in ("NOUN", "PROPN") or root.id > word.id:
            return False
        if _base(word.deprel) not in STRANDED_RELATIONS or word.upos != "VERB" or self.has_child(root.id, "cop"):
            return False
        if word.feat("VerbForm") == "Part":
            return _base(word.deprel) == "acl" and self.is_passive(word.id)
        return word.feat("VerbForm") == "Fin" or self.has_child(word.id, "aux")

    def _finite_acl(self, word: Word) -> bool:
        """A verb with an auxiliary hung as a plain ``acl`` under the noun before it: "A suicide
        attack on a convoy **has killed** eight people, officials say" parsed with *killed* an
        ``acl`` of *attack*. A reduced relative is non-finite ("troops **sent** to Syria") and a
        relative clause is ``acl:relcl`` with its own pronoun, so an auxiliary there means the
        noun is the verb's subject."""
        head = self.words.get(word.head)
        return (
            word.deprel == "acl"
            and word.upos == "VERB"
            and head is not None
            and head.upos in ("NOUN", "PROPN")
            and head.id < word.id
            and any(_base(c.deprel) == "aux" and c.upos == "AUX" for c in self.children.get(word.id, ()))
        )

    def _is_present_participle_on_noun(self, word: Word) -> bool:
        """A present participle on a noun: "a statement **condemning** the attack", *une résolution
        condamnant* (whose subject, when the noun is a text someone issues, is its author)."""
        present = word.feat("VerbForm") == "Ger" or (word.feat("VerbForm") == "Part" and word.feat("Tense") == "Pres")
        return word.deprel == "acl" and word.upos == "VERB" and present

    def is_document_noun(self, word_id: int) -> bool:
        """Whether the word names a text someone issues (the profile's ``document_nouns``): what
        the text says goes with it, said by its author (:meth:`document_authors`), vetoed or
        rejected with it (:meth:`is_clause_on_text`)."""
        word = self.words.get(word_id)
        return word is not None and fold_lemma(word.lemma) in self._profile.document_nouns

    def is_clause_on_text(self, word_id: int) -> bool:
        """Whether the word heads a participle or relative clause on a text someone issues ("a
        resolution **condemning** Y", "a report **that** found ..."): what happens to the text
        (vetoed, rejected) happens to what it says."""
        word = self.words.get(word_id)
        return word is not None and _base(word.deprel) == "acl" and self.is_document_noun(word.head)

    def document_authors(self, noun_id: int) -> list[int]:
        """Who issued the text ``noun_id`` when it is one: what the text says, its author says ("a
        statement condemning Y", "a report that found ..."). See :meth:`holders`."""
        return self.holders(noun_id) if self.is_document_noun(noun_id) else []

    def is_infinitive_on_operator_object(self, word_id: int) -> bool:
        """An infinitive on the object of a verb whose operator applies through its object
        ("Russia dismissed the idea **to withdraw**", "rejected calls **to open** the border", the
        infinitive an ``acl`` of the noun as UD has it): what the object asks or proposes is what
        the verb refuses, so the operator recodes it and the verb's subject is its source (the
        refuser, as CAMEO's 12x codes have it). Only such verbs: "supported calls to open the
        border" says nothing of who opens it."""
        word = self.words.get(word_id)
        if word is None or _base(word.deprel) != "acl" or word.feat("VerbForm") != "Inf":
            return False
        noun = self.words.get(word.head)
        if noun is None or OBJECT not in self.relation_slots(noun.id):
            return False
        verb = self.words.get(noun.head)
        return verb is not None and fold_lemma(verb.lemma) in self._object_operators

    def _is_intention_infinitive(self, word: Word) -> bool:
        """An infinitive on a noun of what its holder means to do: "plans **to build**", "a
        decision to withdraw", *sa volonté de négocier*."""
        head = self.words.get(word.head)
        return (
            _base(word.deprel) == "acl"
            and word.feat("VerbForm") == "Inf"
            and head is not None
            and fold_lemma(head.lemma) in self._profile.intention_nouns
        )

    def object_noun_before(self, word_id: int) -> Word | None:
        """For an infinitive hung on a verb (``xcomp``/``advcl``), the verb's object noun whose
        phrase ends right before it ("announced **plans** / to attack"): parsers attach an
        infinitive that belongs to such a noun to the verb instead."""
        word = self.words.get(word_id)
        if word is None or _base(word.deprel) not in ("xcomp", "advcl") or word.feat("VerbForm") != "Inf":
            return None
        start = min(self.phrase_ids(word_id))
        for child in self.children.get(word.head, ()):
            if _base(child.deprel) == "obj" and child.upos == "NOUN" and max(self.phrase_ids(child.id)) + 1 == start:
                return child
        return None

    def holders(self, noun_id: int) -> list[int]:
        """Whose ``noun_id`` is: its owner ("the UN's report", "a report by Amnesty", "Israel's
        plans"), else the subject of the verb it is the object of ("Amnesty **published** a
        report", "Israel **announced** plans", also in the passive: "a resolution adopted by the
        Council"); none otherwise."""
        noun = self.words.get(noun_id)
        if noun is None:
            return []
        for child in self.children.get(noun_id, ()):
            if child.deprel == "nmod:poss" or (_base(child.deprel) == "nmod" and self.case_of(child.id) in self._profile.agent_cases):
                return list(self.conjuncts(child.id))
        if noun.head and OBJECT in self.relation_slots(noun_id):
            return self.fillers(noun.head, SUBJECT)
        return []

    def _is_predicate(self, word: Word) -> bool:
        return word.upos in ("VERB", "AUX") or self.has_child(word.id, "cop")

    def _has_cue(self, word: Word, cues: Sequence[NegationCue]) -> bool:
        hosts = [word] + [c for c in self.children[word.id] if _base(c.deprel) in ("aux", "cop")]
        for host in hosts:
            for child in self.children[host.id]:
                if any(not cue.on and cue_matches(cue, child) for cue in cues):
                    return True
        return False

    # -- queries ---------------------------------------------------------------------------

    def fillers(self, word_id: int, slot: str, case: str | None = None) -> list[int]:
        """Ids of the words filling ``slot`` of ``word_id`` with the given case lemma (None = any)."""
        self._file(word_id)
        return [filler for filler, filler_case in self._slots.get((word_id, slot), ()) if case is None or filler_case == case]

    def has_slot(self, word_id: int, slot: str) -> bool:
        self._file(word_id)
        return (word_id, slot) in self._slots

    def relation_slots(self, word_id: int) -> tuple[str, ...]:
        """The slot names of the relation from ``word_id`` to its head (``object`` for ``nsubj:pass``)."""
        if word_id not in self._rel_slot:
            word = self.words.get(word_id)
            self._rel_slot[word_id] = self._slots_for(word) if word is not None else ()
        return self._rel_slot[word_id]

    def case_of(self, word_id: int) -> str | None:
        """The lemma of the word's ``case`` dependent, ``fixed`` parts joined by ``_`` (``à_côté_de``)."""
        if word_id not in self._case:
            word = self.words.get(word_id)
            self._case[word_id] = self._case_lemma(word) if word is not None else None
        return self._case[word_id]

    def is_passive(self, word_id: int) -> bool:
        if word_id not in self._passive:
            word = self.words.get(word_id)
            self._passive[word_id] = word is not None and self._is_passive(word, self._profile)
        return self._passive[word_id]

    def is_negated(self, word_id: int) -> bool:
        if word_id not in self._negated:
            word = self.words.get(word_id)
            self._negated[word_id] = word is not None and self._has_cue(word, self._cues)
        return self._negated[word_id]

    def in_condition(self, word_id: int) -> bool:
        """Whether ``word_id`` stands in a clause of condition, or below one ("Hamas
        threatened to attack **unless** Israel accepted its demands": *accepted*): such a clause
        says what would happen, so no event in it took place. A sentence's main clause ("**If**
        attacked, Iran will retaliate": *retaliate*) is not in one, nor is a concession (*même
        si*, which states a fact). Whatever relation the parser gives the clause (an ``acl`` on
        the noun before it, a ``conj``: "libérera les prisonniers **si** l'Ukraine signe"), its
        subordinator makes it a condition; a question ("asked **if** Y had attacked") asserts
        nothing either."""
        seen: set[int] = set()
        word = self.words.get(word_id)
        while word is not None and word.id not in seen:
            if self._condition_mark(word.id):
                return True
            seen.add(word.id)
            word = self.words.get(word.head)
        return False

    def _condition_mark(self, word_id: int) -> bool:
        marks = [c for c in self.children.get(word_id, ()) if c.deprel == "mark" and fold_lemma(c.lemma) in self._profile.condition_marks]
        before = [self.words.get(mark.id - 1) for mark in marks]
        return bool(marks) and not any(w is not None and fold_lemma(w.lemma) in CONCESSIVE_WORDS for w in before)

    def has_mark(self, word_id: int, lemmas: frozenset[str]) -> bool:
        """Whether ``word_id`` has a ``mark`` dependent whose folded lemma is one of ``lemmas``."""
        return any(child.deprel == "mark" and fold_lemma(child.lemma) in lemmas for child in self.children.get(word_id, ()))

    def has_child(self, word_id: int, deprel_base: str) -> bool:
        return any(_base(c.deprel) == deprel_base for c in self.children.get(word_id, ()))

    def conjuncts(self, word_id: int) -> tuple[int, ...]:
        if word_id not in self._conjuncts:
            self._conjuncts[word_id] = self._conjunct_closure(word_id) if word_id in self.words else (word_id,)
        return self._conjuncts[word_id]

    def folded_tokens(self) -> tuple[str, ...]:
        if self._tokens is None:
            self._tokens = tuple(fold_form(token.text) for token in self.sentence.tokens)
        return self._tokens

    def name_tokens(self) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        """The token texts names are sought in, as (surface texts, folded texts): the tokens as
        written, then, where a token ends in an English possessive, the same with it cut off
        ("Iran's" -> "Iran": the tokeniser keeps "Iran's" one multiword token, Iran + 's)."""
        if self._name_tokens is None:
            surfaces = tuple(token.text for token in self.sentence.tokens)
            variants = [(surfaces, self.folded_tokens())]
            stripped = tuple(_without_possessive(self.sentence, t) for t in self.sentence.tokens)
            if stripped != surfaces:
                variants.append((stripped, tuple(fold_form(t) for t in stripped)))
            self._name_tokens = tuple(variants)
        return self._name_tokens

    def phrase_ids(self, word_id: int, exclude: Iterable[str] = CLAUSAL_RELATIONS) -> list[int]:
        """The word ids of the phrase headed by ``word_id``, without clauses and conjuncts."""
        excluded = frozenset(exclude)
        ids, stack = [], [word_id]
        while stack:
            current = stack.pop()
            ids.append(current)
            stack.extend(c.id for c in self.children.get(current, ()) if c.deprel not in excluded)
        return sorted(ids)


def _is_mislabelled_dative(word: Word) -> bool:
    """A third-person personal clitic with a number and not reflexive (*lui*, *leur*): never the
    reflexive of a pronominal verb. Adverbial *y* and *en* (no Number) are left as they are."""
    return (
        word.upos == "PRON"
        and word.feat("PronType") == "Prs"
        and word.feat("Reflex") != "Yes"
        and word.feat("Person") == "3"
        and word.feat("Number") is not None
    )


POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def _without_possessive(sentence: Sentence, token) -> str:
    """The token's text without its last word when that word is a possessive ending."""
    if len(token.word_ids) > 1:
        last = sentence.word(token.word_ids[-1]).form
        if last in POSSESSIVE_ENDINGS and token.text.endswith(last) and len(token.text) > len(last):
            return token.text[: -len(last)]
    return token.text


def cue_matches(cue: NegationCue, word: Word) -> bool:
    """Whether ``word`` is a negation cue of this kind (relation, features and lemma)."""
    if word.deprel != cue.rel and _base(word.deprel) != cue.rel:
        return False
    if any(word.feat(key) != value for key, value in cue.feats):
        return False
    return cue.lemmas is None or fold_lemma(word.lemma) in cue.lemmas
