"""Frame matching: for each word whose lemma triggers frames, bind roles and emit events.

Cost per sentence: one dict lookup per word, then for each candidate trigger a few slot
lookups per frame, tried most specific first; the first frame whose required roles all bind
wins. Operators (``promettre de`` + xcomp), the negation policy, paired codes and the
distribution of conjoined fillers are applied to the winning match.

When ``trace`` is a list, every frame tried is appended to it as an :class:`Attempt` with the
first constraint that failed: this is what ``explain`` shows. Without a trace nothing extra
is built.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import attrs

from eventcode.codebook.compiled import NO_EVENT, ActorEntry, CodeInfo, CompiledCodebook, CompiledFrame, Operator, RoleSpec, fold_lemma
from eventcode.coding.actors import (
    PRONOUN_SUBJECTS,
    UNRESOLVED_CODE,
    ActorResolver,
    MentionMemory,
    is_personal_pronoun,
    relative_antecedent,
    slipped_plural_singulars,
)
from eventcode.coding.view import SUBJECT, SentenceView, cue_matches
from eventcode.model import Actor, Event, Sentence, Word

MAX_OPERATOR_DEPTH = 4
#: Relations of a title noun to the proper name it precedes or follows ("journalist Mesale Tolu"):
#: English UD's ``nmod:desc``, and ``amod`` for a title noun the tagger took for an adjective.
TITLE_RELATIONS = frozenset({"compound", "appos", "flat", "nmod:desc", "amod"})
#: the case of the noun a quantity noun counts ("milliers *de* soldats", "thousands *of* troops")
QUANTITY_CASES = frozenset({"de", "of"})
LIGHT_VERB_RELATIONS = frozenset({"obj", "nsubj:pass", "obl", "obl:arg", "xcomp"})
#: Modifiers a parser gives two coordinated demonyms or names of one noun, the second with the
#: conjunction ("dirigeants russes/amod et nord-coréens/amod", "Russian/amod and US/compound navies")
MODIFIER_CONJUNCTS = frozenset({"amod", "compound"})
#: How many nouns ``when.head.through`` may climb ("le coup d'envoi de": two).
MAX_THROUGH = 3


@attrs.frozen(slots=True)
class Binding:
    """The fillers bound to one role: word ids and, for actor roles, the resolved actors."""

    role: str
    word_ids: tuple[int, ...]
    actors: tuple[Actor, ...] = ()


@attrs.frozen(slots=True)
class Attempt:
    """One frame tried on one trigger word: bound roles, or the first constraint that failed."""

    trigger_id: int
    frame_id: str
    matched: bool
    reason: str = ""
    bindings: tuple[Binding, ...] = ()


class SentenceMatcher:
    """Matches one sentence of a document against a compiled codebook."""

    def __init__(
        self,
        codebook: CompiledCodebook,
        sentence: Sentence,
        *,
        doc_id: str,
        date: str | None,
        memory: MentionMemory,
        frames: Sequence[tuple[CompiledFrame, ...]] | None = None,
    ) -> None:
        """``frames``: each word's :func:`trigger_frames`, where the caller has looked them up already."""
        self.codebook = codebook
        self._frames = frames
        self.doc_id = doc_id
        self.date = date
        self.memory = memory
        self.view = SentenceView(sentence, codebook.profile, codebook.negation_cues, codebook.object_operators)
        self.sentence = self.view.sentence  # the tree as the view reads it (parse slips repaired: see view.py)
        self.resolver = ActorResolver(codebook, self.view, date)

    # -- public --------------------------------------------------------------------------------

    def events(self, trace: list[Attempt] | None = None) -> list[Event]:
        """Every event of the sentence, in trigger order, duplicates removed."""
        self.memory.add_sentence(self.sentence, self.resolver)
        events: list[Event] = []
        seen: set[tuple] = set()
        for index, word in enumerate(self.sentence.words):
            frames = self._frames[index] if self._frames is not None else trigger_frames(self.codebook, word)
            if not frames:
                continue
            for frame in frames:
                attempt = self._try(frame, word)
                if trace is not None:
                    trace.append(attempt)
                if attempt.matched:
                    if frame.code == NO_EVENT:  # a blocking frame: no event, and no other frame
                        break
                    for event in self._emit(frame, word, attempt.bindings):
                        key = (event.code, _code(event.source), _code(event.target), event.negated)
                        if key not in seen:
                            seen.add(key)
                            events.append(event)
                    break
        return events

    # -- trying one frame ----------------------------------------------------------------------

    def _try(self, frame: CompiledFrame, word: Word) -> Attempt:
        failure = self._check_when(frame, word)
        if failure:
            return Attempt(word.id, frame.id, False, failure)
        governor = self._governed(frame, word).head
        bindings: list[Binding] = []
        for role in frame.roles:
            binding, failure = self._bind(role, word, governor)
            if failure:
                return Attempt(word.id, frame.id, False, failure, tuple(bindings))
            if binding is not None:
                bindings.append(binding)
        failure = _pairwise_failure(frame, bindings)
        if failure:
            return Attempt(word.id, frame.id, False, failure, tuple(bindings))
        return Attempt(word.id, frame.id, True, "", tuple(bindings))

    def _check_when(self, frame: CompiledFrame, word: Word) -> str:
        when = frame.when
        view = self.view
        if frame.trigger_upos is not None and word.upos not in frame.trigger_upos:
            return f"trigger upos {word.upos} not in {sorted(frame.trigger_upos)}"
        if when.upos is not None and word.upos not in when.upos:
            return f"upos {word.upos} not in {sorted(when.upos)}"
        for key, value in when.feats:
            if word.feat(key) != value:
                return f"feature {key}={value} missing"
        if when.cop is not None and view.has_child(word.id, "cop") != when.cop:
            return "copula required" if when.cop else "copula not allowed"
        if when.case is not None and view.case_of(word.id) != when.case:
            return f"case '{when.case}' missing (found {view.case_of(word.id)!r})"
        if when.voice != "any" and view.is_passive(word.id) != (when.voice == "passive"):
            return f"voice is not {when.voice}"
        if when.head is not None:
            governed = self._governed(frame, word)
            if when.head.through is not None and governed.id == word.id:
                return f"not the nmod of a noun in {sorted(when.head.through)}"
            head = self.view.words.get(governed.head)
            if head is None:
                return "no head word"
            if when.head.lemmas is not None and fold_lemma(head.lemma) not in when.head.lemmas:
                return f"head lemma '{head.lemma}' not in {sorted(when.head.lemmas)}"
            if when.head.rel is not None and when.head.rel not in view.relation_slots(governed.id):
                return f"relation to head is not {when.head.rel}"
        return ""

    def _governed(self, frame: CompiledFrame, word: Word) -> Word:
        """The word whose head is the frame's governor: the trigger itself, or, with
        ``when.head.through``, the last noun of the chain the trigger hangs under as ``nmod``
        ("la construction" under "le coup d'envoi" under "donner")."""
        through = frame.when.head.through if frame.when.head is not None else None
        node = word
        for _ in range(MAX_THROUGH if through else 0):
            parent = self.view.words.get(node.head)
            if parent is None or node.deprel.split(":", 1)[0] != "nmod" or fold_lemma(parent.lemma) not in through:
                break
            node = parent
        return node

    def _bind(self, role: RoleSpec, word: Word, governor: int) -> tuple[Binding | None, str]:
        """Bind one role, or say why it cannot be bound (empty string = fine).

        The predicate's own dependents are tried first; only when none of them fits the role
        are the ``nmod`` dependents of lower nouns tried (:meth:`_attached_lower`), so that an
        unrelated "en 2024" on the verb neither blocks nor changes the match.
        """
        slot_text = " | ".join(
            ("head." if a.on_head else "") + "".join(f"{p}/" for p in a.path) + a.name + (f":{a.case}" if a.case else "")
            for a in role.alternatives
        )
        direct = self._candidates(role, word, governor, attached=False)
        binding, failure = self._bind_from(role, word, direct, slot_text)
        if binding is None:
            attached = [f for f in self._candidates(role, word, governor, attached=True) if f not in direct]
            if attached:
                fallback, _ = self._bind_from(role, word, attached, slot_text)
                if fallback is not None:
                    return fallback, ""
        if binding is None and role.fallback:
            tried = set(direct)
            for filler in sorted(f for f in self._fallback_candidates(role, word, governor) if f not in tried and not self._pronoun(f)):
                fallback, _ = self._bind_from(role, word, [filler], slot_text)
                if fallback is not None:  # the first filler in word order that fits (with its conjuncts)
                    return fallback, ""
        if binding is None and role.actor and role.required and self.codebook.unresolved_actors == "names":
            unresolved = self._bind_unresolved(role, direct)
            if unresolved is not None:
                return unresolved, ""
        return binding, failure

    def _candidates(self, role: RoleSpec, word: Word, governor: int, *, attached: bool) -> list[int]:
        candidates: list[int] = []
        for alt in role.alternatives:
            base = governor if alt.on_head else word.id
            if base == 0:
                continue
            if attached:
                fillers = self._attached_lower(base, alt) + self._attached_higher(base, alt)
            else:
                bases = [base]
                for step in alt.path:  # "ccomp/subject": the subjects of the trigger's ccomp
                    name, _, case = step.partition(":")
                    bases = [f for b in bases for f in self.view.fillers(b, name, case or None)]
                fillers = [f for b in bases for f in self.view.fillers(b, alt.name, alt.case)]
            for filler in fillers:
                if filler not in candidates and filler != word.id:
                    candidates.append(filler)
        return candidates

    def _bind_from(self, role: RoleSpec, word: Word, candidates: list[int], slot_text: str) -> tuple[Binding | None, str]:
        if not candidates:
            return None, (f"{role.role}: no {slot_text}" if role.required else "")
        words = [self.view.words[i] for i in candidates]
        if role.upos is not None:
            words = [w for w in words if w.upos in role.upos]
            if not words:
                found = ", ".join(f"{self.view.words[i].lemma} {self.view.words[i].upos}" for i in candidates)
                return None, (f"{role.role}: {slot_text} '{found}' not {'/'.join(sorted(role.upos))}" if role.required else "")
        if role.lemmas is not None or role.phrases:
            words = [w for w in words if self._in_set(role, w)]
            if not words:
                found = ", ".join(self.view.words[i].lemma for i in candidates)
                return None, (f"{role.role}: {slot_text} '{found}' not in the role's set" if role.required else "")
        if not role.actor:
            return Binding(role.role, tuple(w.id for w in words)), ""
        actors = [(w, self._actor_for(w, word)) for w in words]
        resolved = [(w, a) for w, a in actors if a is not None]
        if not resolved:
            found = ", ".join(w.form for w in words)
            return None, (f"{role.role}: {slot_text} '{found}' names no known actor" if role.required else "")
        unresolved = self._unresolved_conjuncts(words, resolved) if self.codebook.unresolved_actors == "names" else []
        if unresolved:
            resolved = sorted(resolved + unresolved, key=lambda pair: pair[0].id)
        if role.first:  # only the first filler in word order that names an actor, with its conjuncts
            first = min(w.id for w, _ in resolved)
            resolved = [(w, a) for w, a in resolved if w.id in self.view.conjuncts(first)]
        resolved = self._elliptical_agents(resolved)
        resolved += self._conjoined_names(resolved)
        resolved = self._shared_countries(resolved)
        return Binding(role.role, tuple(w.id for w, _ in resolved), tuple(a for _, a in resolved)), ""

    def _bind_unresolved(self, role: RoleSpec, candidates: list[int]) -> Binding | None:
        """The first filler (in word order) that passes the role's ``upos`` and set and is a proper
        name naming no known actor, bound as an unresolved actor (``unresolved_actors: names``);
        tried only when no filler anywhere names a known actor."""
        for word in sorted((self.view.words[i] for i in candidates), key=lambda w: w.id):
            if role.upos is not None and word.upos not in role.upos:
                continue
            if (role.lemmas is not None or role.phrases) and not self._in_set(role, word):
                continue
            actor = self.resolver.unresolved_name(word.id)
            if actor is not None:
                return Binding(role.role, (word.id,), (actor,))
        return None

    def _unresolved_conjuncts(self, words: list[Word], resolved: list[tuple[Word, Actor]]) -> list[tuple[Word, Actor]]:
        """Fillers conjoined to a known actor that are proper names naming none, as unresolved
        actors (``unresolved_actors: names``): "China and **the Eurasia Economic Union** signed an
        agreement" has two parties, one of them missing from the dictionaries."""
        known = {w.id for w, _ in resolved}
        out = []
        for word in words:
            if word.id in known or not any(word.id in self.view.conjuncts(k) for k in known):
                continue
            actor = self.resolver.unresolved_name(word.id)
            if actor is not None:
                out.append((word, actor))
        return out

    def _elliptical_agents(self, resolved: list[tuple[Word, Actor]]) -> list[tuple[Word, Actor]]:
        """"des dirigeants russes et nord-coréens" parsed with *nord-coréens* as a conjunct of
        *dirigeants*: an adjective demonym conjoined to an agent means that agent of that country.
        So does a country's name conjoined to a plural agent of a country named in an ``of``
        phrase: "the ambassadors of Arnor, Osgiliath and Gondor" parsed with *Osgiliath* and
        *Gondor* as conjuncts of *ambassadors*, not of *Arnor* (eventcode-model-en 0.7.0); the
        plural says there are several countries' agents (a singular "the president of France and
        Germany" is left alone)."""
        actors = {w.id: a for w, a in resolved}
        out = []
        for word, actor in resolved:
            top = self._first_conjunct(word)
            first = actors.get(top.id)
            if word.deprel == "conj" and first and first.how == "agent" and (
                (word.upos == "ADJ" and actor.how == "demonym") or self._country_beside_agents_of(word, actor, top)
            ):
                actor = attrs.evolve(actor, code=self._with_country(first, actor.code), actor_id=first.actor_id, how="agent")
            out.append((word, actor))
        return out

    def _first_conjunct(self, word: Word) -> Word:
        """The first of the conjuncts ``word`` belongs to (UD chains them on the first)."""
        while word.deprel == "conj" and word.head in self.view.words:
            word = self.view.words[word.head]
        return word

    def _country_beside_agents_of(self, word: Word, actor: Actor, head: Word) -> bool:
        """``word`` names a country and is conjoined to ``head``, a plural agent noun with an ``of``
        country."""
        return (
            word.upos == "PROPN" and actor.how == "name" and self.resolver.is_country(actor)
            and head.feat("Number") == "Plur"
            and any(c.deprel == "nmod" and self.view.case_of(c.id) == "of" for c in self.view.children[head.id])
        )

    def _shared_countries(self, resolved: list[tuple[Word, Actor]]) -> list[tuple[Word, Actor]]:
        """"Lawmakers and officials in Arnor and Gondor": a modifier of the first conjunct is
        shared by the others (UD attaches it to the first), so an agent conjoined to a composed
        agent and found without a country composes with that agent's countries (ARNGOV, GONGOV)."""
        actors = {w.id: a for w, a in resolved}
        out: list[tuple[Word, Actor]] = []
        for word, actor in resolved:
            first = actors.get(word.head)
            agent = self.resolver.agent_of(word) if word.deprel == "conj" and actor.how == "agent" else None
            if agent is None or actor.code != agent.sector or first is None or first.how != "agent" or len(first.code) <= 3:
                out.append((word, actor))
                continue
            others = [a for w, a in resolved if w.id != word.id and a.how == "agent" and len(a.code) > 3]
            if self.resolver.stacked:  # "the Danish Islamist media and government": DNKMUS + GOV
                codes = dict.fromkeys(self.resolver.stack(self._without_own_agent(a), [agent]) for a in others)
            else:
                codes = dict.fromkeys(agent.compose(country) for country in dict.fromkeys(map(self._country_of, others)))
            out += [(word, attrs.evolve(actor, code=code)) for code in codes]
        return out

    def _conjoined_names(self, resolved: list[tuple[Word, Actor]]) -> list[tuple[Word, Actor]]:
        """Actors named by the conjuncts of a name found inside a filler's phrase ("ties between
        Gondor and Osgiliath", "ties with Mordor, Rohan and Bree"): each conjunct is an actor of
        the role too, as a conjoined filler is (the view expands only the filler's own conjuncts).
        Conjoined demonyms of an agent compose with that agent ("leaders of Russia and North
        Korea", "dirigeants russes et nord-coréens" -> RUSGOV, PRKGOV)."""
        taken = {w.id for w, _ in resolved}
        codes = {a.code for _, a in resolved}
        extra: list[tuple[Word, Actor]] = []
        work = [actor for _, actor in resolved]
        while work:
            actor = work.pop(0)
            span = set(actor.word_ids)
            for member in sorted(span):
                # "des dirigeants russes et nord-coréens" parsed with both demonyms as amod of the
                # noun, the second carrying the "et" ("the Russian/amod and US/compound navies"
                # likewise): a coordination all the same, whichever modifier the agent took
                modifiers = [c for c in self.view.children[member] if c.deprel in MODIFIER_CONJUNCTS]
                coordination = any(self.view.has_child(m.id, "cc") for m in modifiers)
                for child in self.view.children[member]:
                    listed = child.deprel == "appos" and self.resolver.listed_country(child)
                    coordinated = coordination and child.deprel in MODIFIER_CONJUNCTS
                    if not (child.deprel == "conj" or listed or coordinated) or child.id in taken or child.id in span:
                        continue
                    other = self.resolver.resolve(child.id)
                    if other is not None and actor.how == "agent" and len(actor.code) > 3 and self.resolver.is_country(other):
                        # "dirigeants russes et nord-coréens", "lawmakers in Arnor and Gondor": the
                        # agent composes with each conjoined country (demonym or name)
                        other = attrs.evolve(other, code=self._with_country(actor, other.code), actor_id=actor.actor_id, how="agent")
                    if other is not None and other.code not in codes:
                        taken.add(child.id)
                        codes.add(other.code)
                        extra.append((child, other))
                        if listed:  # the list goes on in the appositive's conjuncts
                            work.append(other)
        return extra

    def _country_of(self, actor: Actor) -> str:
        """The country in an agent actor's code (:meth:`Agent.country_in`)."""
        agent = self.codebook.agents_by_id.get(actor.actor_id) if actor.actor_id else None
        return agent.country_in(actor.code) if agent is not None else actor.code[:3]

    def _without_own_agent(self, actor: Actor) -> str:
        """A stacked agent actor's code without its own agent's, at the end: what its modifiers
        name (DNKMUSMED -> DNKMUS for *media* in "the Danish Islamist media")."""
        agent = self.codebook.agents_by_id.get(actor.actor_id) if actor.actor_id else None
        if agent is not None and not agent.prefix and actor.code.endswith(agent.sector):
            return actor.code[: -len(agent.sector)]
        return actor.code

    def _with_country(self, actor: Actor, country: str) -> str:
        """An agent actor's code with ``country`` in place of its own (:meth:`Agent.with_country`)."""
        agent = self.codebook.agents_by_id.get(actor.actor_id) if actor.actor_id else None
        return agent.with_country(actor.code, country) if agent is not None else country[:3] + actor.code[3:]

    def _pronoun(self, word_id: int) -> bool:
        """A fallback looks for an actor named further away; a pronoun there is not one (in *was
        criticized over its dispute with Eriador*, *its* is the target itself)."""
        word = self.view.words.get(word_id)
        return word is not None and word.upos == "PRON"

    def _fallback_candidates(self, role: RoleSpec, word: Word, governor: int) -> list[int]:
        """The fillers of the role's ``fallback`` alternatives ("object/acl/obl": the roads
        *leading into Mordor*; "ccomp/subject": allowed *that Mordor isn't...*)."""
        return self._candidates(attrs.evolve(role, alternatives=role.fallback), word, governor, attached=False)

    def _attached_lower(self, base: int, alt) -> list[int]:
        """PP attachment: a prepositional phrase is often parsed under a noun of the clause
        instead of the predicate: under its object ("livrent des missiles à l'Ukraine": *à
        l'Ukraine* under *missiles*) or under a bare time noun on it ("est en visite lundi à
        Moscou": *à Moscou* under *lundi*). For an ``obl:CASE`` alternative, the ``nmod:CASE``
        dependents of the predicate's object and of its ``obl``/``nmod`` dependents without a
        case, or of a day with its preposition, on the predicate or on its object ("established
        ties on Saturday **with Bhutan**": a day takes no such phrase) (tried only when the
        predicate's own dependents do not fit)."""
        if alt.name != "obl" or alt.case is None or alt.path:
            return []
        objects = self.view.fillers(base, "object")
        timed = [
            f for slot in ("obl", "nmod") for f in self.view.fillers(base, slot)
            if self._bare_noun(f) or self.view.is_time_noun(f)
        ]
        # the day may itself hang on the object ("ties/obj on Saturday with Bhutan")
        timed += [f for o in objects for f in self.view.fillers(o, "nmod") if self.view.is_time_noun(f)]
        hosts = objects + timed
        return [f for host in hosts for f in self.view.fillers(host, "nmod", alt.case)]

    def _attached_higher(self, base: int, alt) -> list[int]:
        """PP attachment the other way: a prepositional phrase right after a noun's phrase is
        often parsed on the clause's verb ("une visite d'État de Vladimir Poutine **à
        Pyongyang**" with *à Pyongyang* on *signé*; "la rencontre de Poutine **avec Xi Jinping**
        a duré"). For an ``nmod:CASE`` alternative, the ``obl:CASE`` dependents of the noun's
        governor that begin where the noun's phrase ends (with their conjuncts)."""
        if alt.name != "nmod" or alt.case is None or alt.path:
            return []
        noun = self.view.words[base]
        if noun.head == 0 or noun.upos not in ("NOUN", "PROPN"):
            return []
        end = max(self.view.phrase_ids(base, exclude=()))
        for filler in self.view.fillers(noun.head, "obl", alt.case):
            if min(self.view.phrase_ids(filler)) == end + 1:
                return list(self.view.conjuncts(filler))
        return []

    def _bare_noun(self, word_id: int) -> bool:
        """A noun without a preposition or a possessive (*lundi*, *Monday*, *2024*)."""
        word = self.view.words[word_id]
        return word.upos in ("NOUN", "PROPN", "NUM") and word.deprel != "nmod:poss" and self.view.case_of(word_id) is None

    def _in_set(self, role: RoleSpec, word: Word) -> bool:
        lemma = fold_lemma(word.lemma)
        if role.lemmas is not None and lemma in role.lemmas:
            return True
        if role.lemmas is not None and any(f in role.lemmas for f in slipped_plural_singulars(word)):
            return True  # a plural the lemmatiser slipped on: "demonstrators" lemmatised *demonstrat*
        if role.lemmas is not None and any(
            fold_lemma(child.lemma) in role.lemmas
            for child in self.view.children[word.id]
            if child.deprel == "nmod" and self.view.case_of(child.id) in QUANTITY_CASES
        ):
            return True  # a quantity noun: "des milliers de soldats", "thousands of troops"
        if role.lemmas is not None and word.upos == "PROPN" and any(
            fold_lemma(child.lemma) in role.lemmas
            for child in self.view.children[word.id]
            if child.deprel in TITLE_RELATIONS
        ):
            return True  # a name with its title: "German journalist Mesale Tolu"
        if role.phrases:
            # a dependent matches by lemma or by form, as a trigger does: "improved relations"
            # has the amod *improved* (lemma *improve*) that a phrase writes as it reads
            dependents = {fold_lemma(x) for c in self.view.children[word.id] for x in (c.lemma, c.form)}
            for phrase in role.phrases:
                if phrase.head == lemma and phrase.dependents <= dependents:
                    return True
        return False

    def _actor_for(self, filler: Word, trigger: Word) -> Actor | None:
        noun = relative_antecedent(filler, self.view)
        if noun is not None:
            # the subject of a relative clause on a text is its author: "a report that found ..."
            authors = self.view.document_authors(noun.id) if filler.deprel in PRONOUN_SUBJECTS else []
            actor = self.resolver.resolve(authors[0] if authors else noun.id)
            return attrs.evolve(actor, text=filler.form, word_ids=(filler.id,), how="pronoun") if actor is not None else None
        if not is_personal_pronoun(filler):
            return self._owned_by_pronoun(filler, self.resolver.resolve(filler.id)) or self._definite_country(filler)
        is_subject = filler.deprel in PRONOUN_SUBJECTS
        excluded: set[str] = set()
        if not is_subject:
            for subject in self.view.fillers(trigger.id, SUBJECT):
                actor = self.resolver.resolve(subject) if subject != filler.id else None
                if actor is not None:
                    excluded.add(actor.code)
        antecedent = self.memory.antecedent(self.sentence.index, filler, is_subject, frozenset(excluded))
        if antecedent is None:
            return None
        return attrs.evolve(antecedent, text=filler.form, word_ids=(filler.id,), how="pronoun")

    def _definite_country(self, filler: Word) -> Actor | None:
        """A bare definite country noun ("**the country** would retaliate", *le pays*) names the
        country of the most recent actor mentioned before it, as a pronoun would: "Iran's foreign
        minister said the country would retaliate" → IRN. Only *the*/*le*/*la* with nothing else
        on the noun: "a country", "the country's army", "the neighbouring country" are left alone."""
        if fold_lemma(filler.lemma) not in self.codebook.profile.country_nouns:
            return None
        children = [c for c in self.view.children[filler.id] if c.upos != "PUNCT"]
        if len(children) != 1 or children[0].deprel != "det" or fold_lemma(children[0].lemma) not in DEFINITE_ARTICLES:
            return None
        country = self._antecedent_country(filler)
        return self._country_actor(country, children[0], filler) if country is not None else None

    def _owned_by_pronoun(self, filler: Word, actor: Actor | None) -> Actor | None:
        """A country noun or an agent owned by a third-person possessive ("Putin said **his
        country** will not lift the ban", "**its forces**", *son gouvernement*) names the
        possessive's antecedent's country, with the agent if there is one: RUS, RUSGOV.

        Why: the possessive is how news writing names the speaker's own state a second time; the
        noun alone names no country (*country*) or only a sector (*government* → GOV). An actor
        found otherwise, or an antecedent that is no country's actor, is left as it is."""
        agent = self.resolver.agent_of(filler) if actor is not None and actor.how == "agent" else None
        if actor is not None and (agent is None or actor.code != agent.sector):
            return actor
        if actor is None and fold_lemma(filler.lemma) not in self.codebook.profile.country_nouns:
            return None
        owner = next((c for c in self.view.children[filler.id] if _is_possessive_pronoun(c)), None)
        country = self._antecedent_country(owner) if owner is not None else None
        if country is None:
            return actor
        if agent is None:
            return self._country_actor(country, owner, filler)
        code = agent.compose(country.code_on(self.date) or country.id)
        return attrs.evolve(actor, code=code, word_ids=tuple(sorted({*actor.word_ids, owner.id})), how="pronoun")

    def _antecedent_country(self, anaphor: Word) -> ActorEntry | None:
        """The country entry of the actor that ``anaphor`` (a possessive, "the country") points
        back to, found as for a non-subject pronoun; None when that actor is no country's."""
        antecedent = self.memory.antecedent(self.sentence.index, anaphor, False)
        country = self._country_of(antecedent) if antecedent is not None else None
        entry = self.codebook.actors.get(country) if country else None
        return entry if entry is not None and entry.type == "country" else None

    def _country_actor(self, country: ActorEntry, *words: Word) -> Actor:
        """``country`` as the actor named by ``words`` ("its country", "the country")."""
        ordered = sorted(words, key=lambda w: w.id)
        return Actor(
            code=country.code_on(self.date) or country.id,
            text=" ".join(w.form for w in ordered),
            actor_id=country.id,
            word_ids=tuple(w.id for w in ordered),
            how="pronoun",
        )

    # -- emitting events -----------------------------------------------------------------------

    def _emit(self, frame: CompiledFrame, word: Word, bindings: tuple[Binding, ...]) -> Iterator[Event]:
        governed = self._governed(frame, word)
        if self.view.in_condition(governed.id):
            return  # a condition says what would happen ("unless Y accepted its demands"), not what did
        code, operator_negated = self._apply_operators(frame.code, governed)
        if code == NO_EVENT:
            return  # an operator says the embedded event is not asserted ("arrested for collaborating")
        negated = (
            self.view.is_negated(word.id)
            or operator_negated
            or self._role_negated(frame, bindings)
            or self._light_verb_negated(frame, governed)
        )
        if negated:
            if frame.on_negated == "drop":
                return
            if frame.on_negated.startswith("recode:"):
                code = frame.on_negated.split(":", 1)[1]
        by_role = {b.role: b for b in bindings}
        sources = self._distributed(frame, "source", by_role)
        targets = self._distributed(frame, "target", by_role)
        pairs: list[tuple[Actor | None, Actor | None]]
        if _distribution(frame, "source") == "pairwise" and len(sources) > 1:
            pairs = [(a, b) for a, b in itertools.permutations(sources, 2) if not self._same_actor(a, b)]
        else:
            pairs = [(s, t) for s, t in itertools.product(sources or [None], targets or [None])]
        target_optional = any(role.role == "target" and not role.required for role in frame.roles)
        for source, target in pairs:
            if source is not None and target is not None and self._same_actor(source, target):
                if not target_optional or len(targets) > 1:
                    continue
                target = None  # "X rejected its own plan": the event stands, without its optional target
            yield self._event(frame, word, code, source, target, negated)
            for paired in frame.also:
                first, second = (target, source) if paired.swap else (source, target)
                also_code = code if paired.code == frame.code else paired.code
                yield self._event(frame, word, also_code, first, second, negated)

    def _same_actor(self, first: Actor, second: Actor) -> bool:
        """One actor on both sides of an event (no event then, or none with that target where it
        is optional and the only one: :meth:`_emit`): the same code, except that two
        unresolved actors (``---``, or a pronoun standing for one), or two agents named without a
        country (CVL, CVL: "the protesters demanded the release of the prisoners"), are the same
        only when they are the same words."""
        if first.code != second.code:
            return False
        if first.code == UNRESOLVED_CODE or self._sector_only(first):  # an unresolved name, or a pronoun for one
            return bool(set(first.word_ids) & set(second.word_ids))
        return True

    def _sector_only(self, actor: Actor) -> bool:
        # an agent, or a pronoun standing for one (it keeps the agent's actor id)
        agent = self.codebook.agents_by_id.get(actor.actor_id) if actor.how in ("agent", "pronoun") and actor.actor_id else None
        return agent is not None and actor.code == agent.sector

    def _distributed(self, frame: CompiledFrame, role: str, by_role: dict[str, Binding]) -> list[Actor]:
        binding = by_role.get(role)
        if binding is None or not binding.actors:
            return []
        if _distribution(frame, role) == "group" and len(binding.actors) > 1:
            codes = ";".join(dict.fromkeys(a.code for a in binding.actors))
            text = " ; ".join(a.text for a in binding.actors)
            ids = tuple(sorted(i for a in binding.actors for i in a.word_ids))
            return [Actor(code=codes, text=text, actor_id=None, word_ids=ids, how="group")]
        return list(binding.actors)

    def _light_verb_negated(self, frame: CompiledFrame, word: Word) -> bool:
        """A frame matched through the trigger's governor ("n'a pas effectué de visite": ``when.head``
        or a ``head.`` slot) is negated by a cue on that governor. ``word`` is the trigger, or the
        last noun of its ``when.head.through`` chain."""
        uses_head = frame.when.head is not None or any(a.on_head for role in frame.roles for a in role.alternatives)
        return uses_head and word.head != 0 and self.view.is_negated(word.head)

    def _role_negated(self, frame: CompiledFrame, bindings: tuple[Binding, ...]) -> bool:
        """A negative determiner on a filler ("aucun accord") negates the event."""
        role_cues = [cue for cue in self.codebook.negation_cues if cue.on]
        for binding in bindings:
            for cue in role_cues:
                if binding.role in cue.on or any(
                    rs.role == binding.role and any(a.name in cue.on for a in rs.alternatives) for rs in frame.roles
                ):
                    for filler in binding.word_ids:
                        if any(cue_matches(cue, child) for child in self.view.children[filler]):
                            return True
        return False

    def _apply_operators(self, code: str, word: Word) -> tuple[str, bool]:
        """Recode through embedding operators above the trigger ("promet de fournir" -> intent),
        and through an auxiliary operator below it (``via: aux``: "will send" -> intent). An
        operator that recodes to ``none`` ends the walk: the embedded event is not coded."""
        negated = False
        for child in self.view.children[word.id]:
            # an auxiliary operator ("will send", "would retaliate") is a dependent of the trigger
            operator = self.codebook.operators.get(fold_lemma(child.lemma))
            if operator is not None and "aux" in operator.via and "aux" in self.view.relation_slots(child.id):
                code = self._through(operator, code)
                if code == NO_EVENT:
                    return NO_EVENT, negated
        node = word
        for _ in range(MAX_OPERATOR_DEPTH):
            head = self.view.words.get(node.head)
            if head is None:
                break
            noun = self.view.object_noun_before(node.id)
            operator = self.codebook.operators.get(fold_lemma(noun.lemma)) if noun is not None else None
            if operator is not None and "acl" in operator.via:
                # "announced plans to attack" parsed with *to attack* on *announced*: the
                # infinitive is the noun's ("plans to attack"), so the noun's operator applies
                code = self._through(operator, code)
                if code == NO_EVENT:
                    return NO_EVENT, negated
            operator = self.codebook.operators.get(fold_lemma(head.lemma))
            if operator is not None and (set(self.view.relation_slots(node.id)) & set(operator.via) or node.deprel in operator.via) and self._marked_for(operator, node):
                code = self._through(operator, code)
                if code == NO_EVENT:
                    return NO_EVENT, negated
                # a negated operator negates what it embeds, whether or not its table recodes the code
                negated = negated or self.view.is_negated(head.id)
                node = head
            elif node.upos in ("NOUN", "PROPN") and node.deprel in LIGHT_VERB_RELATIONS:
                node = head  # a nominal event under its light verb: look above the verb
            elif self.view.is_clause_on_text(node.id):
                node = head  # "vetoed a resolution condemning Y": what the text says goes with the text
            elif self.view.is_infinitive_on_operator_object(node.id):
                node = head  # "dismissed the idea to withdraw": the object's operator verb is next
            else:
                break
        return code, negated

    def _through(self, operator: Operator, code: str) -> str:
        """``code`` as ``operator`` recodes it: unchanged where its table has no entry, NO_EVENT
        where the entry is ``none``."""
        recoded = _recode(operator.recode, code, self.codebook.taxonomy)
        return code if recoded is None else recoded

    def _marked_for(self, operator: Operator, node: Word) -> bool:
        """Whether ``node`` has the ``mark``/``case`` dependent the operator asks for (any if none)."""
        return not operator.marks or self.view.has_mark(node.id, operator.marks) or self.view.case_of(node.id) in operator.marks

    def _event(
        self, frame: CompiledFrame, word: Word, code: str, source: Actor | None, target: Actor | None, negated: bool
    ) -> Event:
        info = self.codebook.taxonomy.get(code) or CodeInfo(code=code, name="", parent=None, root=code[:2])
        return Event(
            code=code,
            root=info.root,
            name=info.name,
            source=source,
            target=target,
            trigger=word.form,
            rule=frame.id,
            rule_location=str(frame.location),
            trigger_ids=(word.id,),
            sentence_index=self.sentence.index,
            doc_id=self.doc_id,
            negated=negated,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover_event=info.plover_event,
            plover_mode=info.plover_mode,
            plover_context=info.plover_context,
            plover_swap=info.plover_swap,
            tags=frame.tags,
            date=self.date,
            sentence_text=self.sentence.text,
        )


#: Words remembered by the trigger look-up memo of one codebook (a vocabulary's worth).
TRIGGER_MEMO_SIZE = 1 << 18


def trigger_frames(codebook: CompiledCodebook, word: Word) -> tuple[CompiledFrame, ...]:
    """The frames ``word`` triggers: by a trigger form (``trigger: {form: [...]}``), else by
    its lemma, else by its word form among the trigger lemmas.

    Trigger forms come first: a dictionary that matches word forms (PETRARCH: *left* is the verb
    LEFT, not LEAVE) says which predicate a form belongs to. The last look-up is a fallback for a
    parser's wrong lemma ("welcomed" lemmatised "welcom"): a codebook that lists the form among
    a predicate's trigger lemmas still matches; so does a verb lemmatised as its stem without the
    final *e* ("telephoned" → "telephon": *telephone*). A word whose lemma triggers frames is never
    looked up by form among the lemmas. Every word of every sentence comes here, so the answer
    is memoised per (lemma, form, part of speech).
    """
    key = (word.lemma, word.form, word.upos)
    frames = codebook.trigger_memo.get(key)
    if frames is None:
        triggers, form = codebook.triggers, fold_lemma(word.form)
        lemma = fold_lemma(word.lemma)
        frames = codebook.form_triggers.get(form) or triggers.get(lemma) or triggers.get(form) or _stem_with_e(triggers, word, lemma, form)
        if len(codebook.trigger_memo) < TRIGGER_MEMO_SIZE:
            codebook.trigger_memo[key] = frames
    return frames


def _stem_with_e(triggers, word: Word, lemma: str, form: str) -> tuple[CompiledFrame, ...]:
    """A verb's lemma that is its inflected form's stem without the final *e* ("telephon",
    "welcom": English model 0.4.0), read as the lemma with it."""
    if word.upos != "VERB" or lemma.endswith("e") or len(form) <= len(lemma) or not form.startswith(lemma):
        return ()
    return triggers.get(lemma + "e", ())


def _pairwise_failure(frame: CompiledFrame, bindings: list[Binding]) -> str:
    """A ``pairwise`` source pairs its actors with each other: with one actor and no target
    ("X se sont rencontrés" parsed with one subject) there is no one to pair it with."""
    by_role = {b.role: b for b in bindings}
    source = by_role.get("source")
    if _distribution(frame, "source") != "pairwise" or source is None or "target" in by_role:
        return ""
    if len({actor.code for actor in source.actors}) < 2:
        return "source: pairwise needs two actors (or a target), found one"
    return ""


#: Articles that make a country noun an anaphor ("the country" = the country just named).
DEFINITE_ARTICLES = frozenset({"the", "le", "la"})


def _is_possessive_pronoun(word: Word) -> bool:
    """A third-person possessive: English *his/its/their* (``nmod:poss`` pronoun), French
    *son/sa/ses/leur* (a ``det`` with ``Poss=Yes``)."""
    if word.feat("Poss") != "Yes" or word.feat("Person") not in ("3", None) or word.feat("Reflex") == "Yes":
        return False
    return (word.deprel == "nmod:poss" and word.upos == "PRON") or (word.deprel == "det" and word.upos in ("DET", "PRON"))


def _distribution(frame: CompiledFrame, role: str) -> str:
    for spec in frame.roles:
        if spec.role == role:
            return spec.distribute
    return "each"


def _recode(table, code: str, taxonomy) -> str | None:
    """Look ``code`` up in an operator's table: exact, then its ancestors, then ``*``."""
    current: str | None = code
    while current is not None:
        if current in table:
            return table[current]
        info = taxonomy.get(current)
        current = info.parent if info is not None else None
    return table.get("*")


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None
