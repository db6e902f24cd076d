"""Actor resolution: from a role filler (a word of the tree) to a CAMEO actor code.

The order of the steps, for a filler word ``f`` (departure from the design study, which
tries the longest name anywhere first; recorded in docs/codebook-language.md):

1. a third-person personal pronoun is resolved to an earlier actor mention (see
   :class:`MentionMemory`);
2. a country name and an agent in ``f``'s phrase core compose ("Calenardhon government" ->
   CALGOV, "Bree Prime Minister Romendacil" -> BREGOV), as PETRARCH codes a noun phrase;
3. a name on ``f``'s own phrase core (``f`` with its ``flat``, ``compound``, ``appos`` and
   ``fixed`` dependents): "le président russe **Vladimir Poutine**" names a person whose role
   on the document date gives the code; a demonym used as a noun ("les Russes") names a country;
4. a generic agent on ``f``'s lemma ("ministre", "soldats") composed with the country of a
   demonym modifier ("russe"), of an ``nmod`` chain ("de la Corée du Nord") or of any
   country named in the phrase: ``PRK`` + ``~GOV`` = ``PRKGOV``; without a country, the
   sector alone (``MIL``), as Phoenix data does;
5. the longest name anywhere in the phrase (clauses and conjuncts excluded); a country named
   there composes with an agent noun that governs it ("an attack by Osgiliath soldiers" ->
   OSGMIL).

Composition follows the codebook's ``agent_codes``: ``country`` (the default) puts one agent on
the country's first three letters; ``stacked`` (PETRARCH's, written by ``eventcode import
petrarch``) puts every agent of the phrase, in word order, on the actor's whole code.

Person and organisation codes come from dated roles: :meth:`ActorEntry.code_on` with the
document date.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from eventcode.codebook.compiled import COMPOSING_TYPES, Agent, CompiledCodebook, NameEntry, fold_form, fold_lemma
from eventcode.coding.view import SentenceView
from eventcode.model import Actor, Sentence, Word

#: Relations inside one name's phrase. English UD (EWT since 2.13) hangs a title on the name as
#: ``nmod:desc`` ("President/nmod:desc Obama"), so a title is part of the phrase it qualifies.
CORE_RELATIONS = frozenset({"flat", "flat:name", "flat:foreign", "compound", "appos", "fixed", "nmod:desc"})
NMOD_RELATIONS = frozenset({"nmod", "nmod:poss"})
AMOD_RELATIONS = frozenset({"amod", "nmod", "compound"})
PRONOUN_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
#: The code of an unresolved actor: a proper name that no dictionary entry names (the code
#: PETRARCH-style data use for an actor that is not known).
UNRESOLVED_CODE = "---"
#: Relations a parser gives a relative clause it attaches to the main verb instead of its noun.
MISATTACHED_RELATIVE = frozenset({"advcl", "ccomp", "parataxis"})
#: Nouns that count a group or part of it ("thousands of protesters", "members of the New People's
#: Army"): the group is the actor.
QUANTITY_NOUNS = frozenset(
    {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "score", "scores",
     "group", "number", "member", "members", "millier", "centaine", "dizaine", "groupe", "membre"}
)

#: How many sentences back a pronoun may find its antecedent (news pronouns rarely reach further).
ANTECEDENT_WINDOW = 2


@attrs.frozen(slots=True)
class Mention:
    """An actor named earlier in the document, remembered for pronoun resolution."""

    sentence_index: int
    word_id: int
    actor: Actor
    is_subject: bool
    number: str | None


class MentionMemory:
    """Actors mentioned so far in a document, found lazily: only a pronoun asks for them.

    Sentences are registered in order with :meth:`add_sentence` (cheap); their mentions are
    extracted the first time :meth:`antecedent` needs them, so documents without pronoun
    fillers never pay for it.

    A subject pronoun ("elle doit être reçue") takes the most recent subject mention that
    agrees in number where both are known (a name has no number: "the United States ... it"); any other pronoun ("en lui fournissant") takes the
    most recent mention of any kind that is not the subject of its own clause. Gender is not
    checked: predicted Gender features are too often wrong on nouns like "ministre". Only the
    current sentence and the :data:`ANTECEDENT_WINDOW` sentences before it are searched.
    """

    def __init__(self, codebook: CompiledCodebook, date: str | None) -> None:
        self.codebook = codebook
        self.date = date
        self.mentions: list[Mention] = []
        self._pending: list[tuple[Sentence, ActorResolver | None]] = []

    def add_sentence(self, sentence: Sentence, resolver: ActorResolver | None = None) -> None:
        """Register the next sentence of the document (with its resolver, if one was built)."""
        self._pending.append((sentence, resolver))

    def antecedent(
        self, sentence_index: int, pronoun: Word, is_subject: bool, excluded_codes: frozenset[str] = frozenset()
    ) -> Actor | None:
        oldest = sentence_index - ANTECEDENT_WINDOW
        self._extract_pending(oldest)
        number = pronoun.feat("Number")
        for mention in reversed(self.mentions):
            if mention.sentence_index < oldest:
                break
            if (mention.sentence_index, mention.word_id) >= (sentence_index, pronoun.id):
                continue
            if is_subject and not mention.is_subject:
                continue
            if not is_subject and mention.actor.code in excluded_codes:
                continue
            if number and mention.number and number != mention.number and not _collective(number, mention):
                continue
            return mention.actor
        return None

    def _extract_pending(self, oldest: int) -> None:
        for sentence, resolver in self._pending:
            if sentence.index < oldest:
                continue
            if resolver is None:
                view = SentenceView(sentence, self.codebook.profile, self.codebook.negation_cues, self.codebook.object_operators)
                resolver = ActorResolver(self.codebook, view, self.date)
            self.mentions.extend(mentions_in(resolver))
        self._pending.clear()


def _collective(pronoun_number: str, mention: Mention) -> bool:
    """A plural pronoun may stand for a singular agent noun: a body is "they" as often as "it"
    ("the Swedish government said they hoped ...", "the ministry ... they")."""
    return pronoun_number == "Plur" and mention.actor.how == "agent"


def mentions_in(resolver: ActorResolver) -> Iterator[Mention]:
    """The actors the resolver's sentence names: each subject, and each noun or proper noun that
    resolves (in the tree the resolver reads, split names rejoined); with ``unresolved_actors:
    names``, a subject's unknown proper name too."""
    sentence = resolver.view.sentence
    for word in sentence.words:
        if is_personal_pronoun(word):
            continue
        is_subject = word.deprel in PRONOUN_SUBJECTS
        if not is_subject and word.upos not in ("PROPN", "NOUN"):
            continue
        actor = resolver.resolve(word.id)
        if actor is None and is_subject and resolver.codebook.unresolved_actors == "names":
            actor = resolver.unresolved_name(word.id)  # "Dhurata Ali said they will not end the strike"
        if actor is not None:
            # a name's grammatical number says nothing of its pronoun: "the United States said it",
            # "the Taliban said they", nor does a demonym's that names a country ("the Israelis ...
            # they", tagged PROPN singular); an agent's does ("the soldiers ... they")
            number = None if actor.how in ("name", "demonym", "unresolved") else word.feat("Number")
            yield Mention(sentence.index, word.id, actor, is_subject=is_subject, number=number)


class ActorResolver:
    """Resolves fillers of one sentence; caches per word id (a filler is often shared by frames)."""

    def __init__(self, codebook: CompiledCodebook, view: SentenceView, date: str | None) -> None:
        self.codebook = codebook
        self.view = view
        self.date = date
        self._cache: dict[int, Actor | None] = {}

    def resolve(self, word_id: int) -> Actor | None:
        """The actor named by the phrase headed by ``word_id``, or None (pronouns excluded)."""
        if word_id not in self._cache:
            word = self.view.words[word_id]
            self._cache[word_id] = (
                self._by_composition(word)
                or self._by_core_name(word)
                or self._by_quantity(word)
                # a quantity noun counting something is that or nothing ("thousands of fans"); bare,
                # it may be an agent itself ("thousands took to the streets": a crowd)
                or (None if self._counted(word) is not None else self._by_agent(word))
                or self._by_nested_name(word_id)
                or self._by_title(word)
                or self._by_demonym_modifier(word)
            )
        return self._cache[word_id]

    def unresolved_name(self, word_id: int) -> Actor | None:
        """The proper name of the phrase headed by ``word_id`` as an unresolved actor, or None.

        Why: a person or organisation missing from the dictionaries ("Zabihullah Mujahid", "the
        Earth Liberation Front") is still who acted; with ``unresolved_actors: names`` the event is
        kept, its actor coded ``---`` with the name as text, which also tells the codebook's
        author what to add. Only phrases with a proper noun in their name (the head or a
        ``compound``/``flat`` word; two capitalised nouns not at the sentence's start count as one)
        count: "the frost", "the agency" stay no actor."""
        word = self.view.words[word_id]
        if is_personal_pronoun(word):
            return None
        ids = [i for i in self._core_ids(word_id) if i == word_id or self._name_like(self.view.words[i])]
        named = [i for i in ids if self._name_like(self.view.words[i])]
        if not any(self.view.words[i].upos == "PROPN" for i in named) and len(named) < 2:
            return None
        return Actor(code=UNRESOLVED_CODE, text=self._text(ids), actor_id=None, word_ids=tuple(ids), how="unresolved")

    # -- steps --------------------------------------------------------------------------------

    def _by_composition(self, word: Word) -> Actor | None:
        """A country name and an agent in one phrase core compose: "Calenardhon government",
        "Gondor police", "Bree Prime Minister Romendacil" -> country + sector (CALGOV, GONCOP,
        BREGOV), as PETRARCH codes a noun phrase. Only a name of a ``country`` actor composes;
        a person's or an organisation's name is left to the next steps, and so is an agent noun
        that is itself a word of a longer name (*Union* in "Republic of the Union of Myanmar",
        *Army* in "Kosovo Liberation Army"). An unknown name with a title composes with the
        title's country ("Iraqi Foreign Minister Fuad Hussein"). With ``agent_codes: stacked``
        see :meth:`_by_stacked_composition`."""
        core = self._core_ids(word.id)
        if self.stacked:
            return self._by_stacked_composition(word, core)
        for word_id in [word.id, *(i for i in core if i != word.id)]:
            agent = self.agent_of(self.view.words[word_id])
            if agent is not None:
                break
        else:
            return None
        phrase = self.view.phrase_ids(word.id)
        whole = self._longest_name(core, "name", phrase)
        if whole is not None and word_id in whole.word_ids:
            return None  # the agent noun is a word of a name ("Republic of the Union of Myanmar")
        country = self._longest_name([i for i in core if i != word_id], "name", phrase)
        entry = self.codebook.actors.get(country.actor_id) if country is not None and country.actor_id else None
        if country is None and word_id != word.id:
            # an unknown name with its title: "Iraqi Foreign Minister Fuad Hussein" -> IRQGOV
            country = self._title_country(word, [i for i in core if i != word_id], agent)
            entry = self.codebook.actors.get(country.actor_id) if country is not None and country.actor_id else None
        if country is None or entry is None or entry.type not in COMPOSING_TYPES:
            return None
        ids = tuple(sorted({word_id, *country.word_ids}))
        code = agent.compose(country.code)
        # a prefix agent elsewhere in the core goes before it ("an MSF Arnor diplomat" -> NGOARNGOV)
        for other_id in core:
            other = self.agent_of(self.view.words[other_id]) if other_id not in (word_id, *country.word_ids) else None
            if other is not None and other.prefix and not agent.prefix:
                code = other.sector + code
                ids = tuple(sorted({*ids, other_id}))
        return Actor(code=code, text=self._text(list(ids)), actor_id=agent.id, word_ids=ids, how="agent")

    def _by_stacked_composition(self, word: Word, core: list[int]) -> Actor | None:
        """PETRARCH's composition (``agent_codes: stacked``): the phrase core's actor, whatever its
        type, with every agent the core names, in word order ("West German world government
        activists" -> GMWGOV + WGO; "the Danish Islamist media" -> DNK + MUS + MED)."""
        core = self.with_adjectives(core)
        agents = self.agents_in(core)
        phrase = self.view.phrase_ids(word.id)
        whole = self._longest_name(core, "name", phrase)
        agents = [(i, agent) for i, agent in agents if whole is None or i not in whole.word_ids]
        if not agents:
            return None
        agent_ids = {i for i, _ in agents}
        # PETRARCH reads the phrase from its first word: a possessor's name comes before the core's
        # ("Ithilen's awful and evil minister Calimehtar" -> ITHGOV)
        owners = [c.id for c in self.view.children[word.id] if c.deprel == "nmod:poss"]
        actor = next((a for a in (self._by_longest_name(i, "name") for i in owners) if a is not None), None)
        actor = actor or self._longest_name([i for i in core if i not in agent_ids], "name", phrase)
        if actor is None and word.id not in agent_ids:
            actor = self._title_country(word, [i for i in core if i != word.id], agents[-1][1])
        if actor is None:
            return None
        ids = tuple(sorted(agent_ids | set(actor.word_ids)))
        code = self.stack(actor.code, [agent for _, agent in agents])
        return Actor(code=code, text=self._text(list(ids)), actor_id=agents[-1][1].id, word_ids=ids, how="agent")

    @property
    def stacked(self) -> bool:
        """Whether agents stack on their actor's whole code (``agent_codes: stacked``)."""
        return self.codebook.agent_codes == "stacked"

    def compose(self, agent: Agent, code: str) -> str:
        """``agent`` of the actor coded ``code``, as the codebook's ``agent_codes`` says."""
        return self.stack(code, [agent]) if self.stacked else agent.compose(code)

    @staticmethod
    def stack(code: str, agents: list[Agent]) -> str:
        """Each agent's code added to ``code`` unless ``code`` already holds it in its
        three-letter parts, a prefix agent before it (GMWGOV + GOV stays GMWGOV; GMWGOV + WGO is
        GMWGOVWGO, the *WGO* across two parts being none of them)."""
        for agent in agents:
            parts = range(0, len(code), 3)
            if all(code[i:i + len(agent.sector)] != agent.sector for i in parts):
                code = agent.sector + code if agent.prefix else code + agent.sector
        return code

    def with_adjectives(self, word_ids: list[int]) -> list[int]:
        """``word_ids`` (a phrase core) and the adjectives on them, as PETRARCH's noun phrase has
        them (*main* in "main opposition group", *West German* in "West German world government
        activists")."""
        ids = set(word_ids)
        ids.update(c.id for i in word_ids for c in self.view.children[i] if c.deprel.split(":")[0] == "amod")
        return sorted(ids)

    def agents_in(self, word_ids: list[int]) -> list[tuple[int, Agent]]:
        """The agents the words ``word_ids`` (a phrase core) name, in word order, each once, as
        PETRARCH reads a noun phrase: a multiword agent is looked for among all of them ("West
        German **world government** activists", *world* and *government* each a compound of
        *activists*), and its words name nothing else (*opposition* in "main opposition group").
        Adjectives on those words count (:meth:`with_adjectives`)."""
        words = [self.view.words[i] for i in self.with_adjectives(word_ids)]
        around: set[str] = set()
        for other in words:
            around.update((fold_lemma(other.lemma), fold_lemma(other.form)))
        found: list[tuple[int, Agent]] = []
        covered: set[int] = set()
        for word in words:
            if word.id in covered:
                continue
            for others, agent in self.codebook.agent_phrases.get(fold_lemma(word.lemma), ()):
                if others <= around:
                    covered.update(w.id for w in words if {fold_lemma(w.lemma), fold_lemma(w.form)} & others)
                    break
            else:
                agent = self.agent_of(word)
            if agent is not None and all(agent.id != known.id for _, known in found):
                found.append((word.id, agent))
        return found

    def _by_title(self, word: Word) -> Actor | None:
        """An unknown name with a title and no country is the title's agent, as the title alone
        is ("Labor Minister Maurizio Sacconi" -> GOV, like "the minister"): the last resort for
        a proper noun whose core holds an agent noun before it."""
        if word.upos != "PROPN":
            return None
        for word_id in sorted(self._core_ids(word.id), reverse=True):
            agent = self.agent_of(self.view.words[word_id]) if word_id < word.id else None
            if agent is not None:
                ids = [word_id, word.id]
                return Actor(code=agent.sector, text=self._text(ids), actor_id=agent.id, word_ids=tuple(ids), how="agent")
        return None

    def _by_demonym_modifier(self, word: Word) -> Actor | None:
        """A common noun that names no actor but has a demonym modifier is that country's, as
        PETRARCH codes a noun phrase with a country and no agent ("Croatian experts" -> HRV,
        "des experts croates"): the last resort, after every agent and name."""
        return self._demonym_modifier(word) if word.upos == "NOUN" else None

    def _demonym_modifier(self, word: Word) -> Actor | None:
        """The country of a demonym modifying ``word``: one of several words hung word by word
        ("North Korean soldiers" with *North* and *Korean* each a compound of *soldiers*, also
        beside another modifier: "the North Korean foreign minister") before any single word
        (*Korean* alone would be another country). The words under a modifier before the noun
        count too: a parser may hang the demonym on the next modifier ("North Korean/obl:unmarked
        foreign/amod minister", eventcode-model-en 0.7.0)."""
        children = self.view.children[word.id]
        direct = [c for c in children if c.deprel in AMOD_RELATIONS or c.deprel.startswith("amod")]
        before = {i for c in direct if c.id < word.id for i in self.view.phrase_ids(c.id)}
        modifiers = sorted({c.id for c in direct} | before)
        for run in sorted((part for r in _runs(modifiers) for part in _spans(r) if len(part) > 1), key=len, reverse=True):
            text = self._text(run)
            country = self.codebook.demonyms.get(fold_form(text))
            actor = self._actor_for(country, text, tuple(run), "demonym") if country else None
            if actor is not None:
                return actor
        for child in children:
            if child.deprel in AMOD_RELATIONS or child.deprel.startswith("amod"):
                actor = self._demonym(child)
                if actor is not None:
                    return actor
        return None

    def _title_country(self, word: Word, core: list[int], agent: Agent) -> Actor | None:
        """The country of an unknown name's title: a demonym in its core ("Iraqi Foreign Minister
        Fuad Hussein"), else a demonym or country phrase on the name ("Japan's Crown Prince
        Naruhito"); None when the core names a known actor (a person keeps their entry's roles)."""
        if self._longest_name([word.id, *core], "name") is not None:
            return None
        for word_id in core:
            actor = self._demonym(self.view.words[word_id])
            if actor is not None:
                return actor
        return self._country_near(word, agent)

    def _by_core_name(self, word: Word) -> Actor | None:
        core = self._core_ids(word.id)
        actor = self._longest_name(core, "name", self.view.phrase_ids(word.id))
        if actor is not None:
            return actor
        return self._demonym(word)

    def _demonym(self, word: Word) -> Actor | None:
        """A demonym on the word, alone ("russe") or with its compounds ("North Korean"); or the
        name of a country or an organisation tagged as an adjective, which modifies as a demonym
        would ("The **U.S.**/ADJ military" -> USAMIL; "a **Kremlin**/ADJ spokesman" -> RUSGOV, an
        agent of a state body being that body)."""
        ids = [i for i in self.view.phrase_ids(word.id) if i == word.id or self.view.words[i].deprel in CORE_RELATIONS]
        for candidate in (ids, [word.id]):
            text = self._text(candidate)
            country = self.codebook.demonyms.get(fold_form(text))
            if country is not None:
                return self._actor_for(country, text, tuple(candidate), "demonym")
        if word.upos == "ADJ":
            name = self._longest_name(ids, "demonym")
            entry = self.codebook.actors.get(name.actor_id) if name is not None and name.actor_id else None
            if entry is not None and entry.type in (*COMPOSING_TYPES, "organization"):
                return name
        return None

    def _name_like(self, word: Word) -> bool:
        """A proper noun written with a capital letter somewhere (*al-Shabab*, *eBay*; "the fallen
        **tree**" tagged PROPN is no name), or a capitalised noun that does not begin the
        sentence: two of these make a name the tagger took for common nouns ("Junior **Doctors
        Association** has warned"); one alone may be a place or an event (*au Salon de l'agriculture*)."""
        if word.upos == "PROPN":
            return any(character.isupper() for character in word.form)
        first = min(self.view.words)
        return word.upos == "NOUN" and word.id != first and word.form[:1].isupper()

    def agent_of(self, word: Word) -> Agent | None:
        """The agent ``word`` names: a multiword agent whose other words are lemmas or forms in
        its phrase ("main opposition group", "human rights activists"), else its lemma's agent."""
        lemma = fold_lemma(word.lemma)
        phrases = self.codebook.agent_phrases.get(lemma)
        if phrases:
            around = set()
            for i in self.view.phrase_ids(word.id):
                other = self.view.words[i]
                around.update((fold_lemma(other.lemma), fold_lemma(other.form)))
            for others, agent in phrases:
                if others <= around:
                    return agent
        agent = self.codebook.agents.get(lemma)
        if agent is None:
            agent = next((a for a in map(self.codebook.agents.get, slipped_plural_singulars(word)) if a is not None), None)
        return agent

    def _by_agent(self, word: Word) -> Actor | None:
        agent = self.agent_of(word)
        if agent is None:
            return None
        country = self._country_near(word, agent)
        if country is None:
            return Actor(code=agent.sector, text=word.form, actor_id=agent.id, word_ids=(word.id,), how="agent")
        body = self.codebook.actors.get(country.actor_id) if country.actor_id else None
        if self.stacked:  # PETRARCH's: the whole code and every agent of the phrase
            code = self.stack(country.code, [a for _, a in self.agents_in(self._core_ids(word.id))] or [agent])
        elif body is not None and body.type == "organization" and len(country.code) > 3:
            code = country.code  # "le président de la Douma": an agent of a state body is that body (RUSLEG)
        else:
            code = agent.compose(country.code)
        return Actor(
            code=code,
            text=self._text(sorted({word.id, *country.word_ids})),
            actor_id=agent.id,
            word_ids=tuple(sorted({word.id, *country.word_ids})),
            how="agent",
        )

    def _country_near(self, word: Word, agent: Agent) -> Actor | None:
        """The country an agent belongs to: demonym modifier, then ``nmod`` chain, then any name."""
        children = self.view.children[word.id]
        if "demonym" in agent.country_from:
            actor = self._demonym_modifier(word)
            if actor is not None:
                return actor
        if any(source.startswith("nmod") for source in agent.country_from):
            for child in children:
                if child.deprel in NMOD_RELATIONS:
                    actor = self._by_longest_name(child.id, "name")
                    if actor is not None:
                        return actor
        return None

    def _by_quantity(self, word: Word) -> Actor | None:
        """A quantity noun is the group it counts: "thousands of protesters" -> CVL, "des
        centaines de soldats russes" -> RUSMIL (its ``nmod`` with case *of*/*de*)."""
        counted = self._counted(word)
        return self.resolve(counted) if counted is not None else None

    def _counted(self, word: Word) -> int | None:
        """The noun a quantity noun counts (its ``nmod`` with case *of*/*de*), if it is one."""
        if fold_lemma(word.lemma) not in QUANTITY_NOUNS:
            return None
        for child in self.view.children[word.id]:
            if child.deprel == "nmod" and self.view.case_of(child.id) in ("of", "de"):
                return child.id
        return None

    def _by_nested_name(self, word_id: int) -> Actor | None:
        """The longest name in the phrase; a country named inside the phrase of an agent noun of
        that phrase composes with it ("an attack by Osgiliath soldiers" -> OSGMIL)."""
        actor = self._by_longest_name(word_id, "name")
        entry = self.codebook.actors.get(actor.actor_id) if actor is not None and actor.actor_id else None
        if actor is None or entry is None or (entry.type not in COMPOSING_TYPES and not self.stacked):
            return actor
        span = set(actor.word_ids)
        phrase = set(self.view.phrase_ids(word_id))
        for governor in sorted({self.view.words[i].head for i in span} - span):
            if governor not in phrase or governor == word_id:
                continue
            agent = self.agent_of(self.view.words[governor])
            if agent is not None:
                ids = tuple(sorted(span | {governor}))
                return Actor(code=self.compose(agent, actor.code), text=self._text(list(ids)), actor_id=agent.id, word_ids=ids, how="agent")
        return actor

    def _by_longest_name(self, word_id: int, how: str) -> Actor | None:
        return self._longest_name(self.view.phrase_ids(word_id), how)

    # -- name matching --------------------------------------------------------------------------

    def _core_ids(self, word_id: int) -> list[int]:
        ids, stack = [], [word_id]
        while stack:
            current = stack.pop()
            ids.append(current)
            for child in self.view.children[current]:
                if child.deprel == "appos" and self.listed_country(child):
                    continue
                if child.deprel in CORE_RELATIONS or self._name_as_case(child):
                    stack.extend(self.view.phrase_ids(child.id) if child.deprel == "appos" else [child.id])
        return sorted(ids)

    def _name_as_case(self, word: Word) -> bool:
        """A capitalised name tagged as the noun's preposition is a modifier of the noun ("Arnor/case
        former security officials", a parse of the PETRARCH suite): a preposition names no
        actor, so a ``case`` word that is an actor's name was mistaken for one."""
        return (
            word.deprel == "case" and word.id < word.head and word.form[:1].isupper()
            and self._longest_name([word.id], "name") is not None
        )

    def listed_country(self, appositive: Word) -> bool:
        """An appositive proper name of another actor beside a country's name is an item of a
        list the parser took for an apposition ("Mordor, the Shire, Arnor and Bree"): a country
        is not renamed by another actor's name."""
        head = self.view.words.get(appositive.head)
        if appositive.upos != "PROPN" or head is None or head.upos != "PROPN":
            return False
        own = self._longest_name(self.view.phrase_ids(appositive.id), "name")
        other = self._longest_name([head.id], "name")
        return (
            own is not None and other is not None and own.code != other.code
            and self.is_country(other)
        )

    def is_country(self, actor: Actor) -> bool:
        """Whether ``actor`` is a country: named by a demonym, or an entry of type country."""
        if actor.how == "demonym":
            return True
        entry = self.codebook.actors.get(actor.actor_id) if actor.actor_id else None
        return entry is not None and entry.type == "country"

    def _longest_name(self, word_ids: list[int], how: str, phrase: list[int] | None = None) -> Actor | None:
        """The longest actor name starting on the tokens of ``word_ids`` (contiguous runs only).

        A name that starts inside a run may go on past the run's end over tokens outside
        ``phrase`` (the filler's whole phrase; default ``word_ids``): a parser that splits a name
        ("Kim Jong | Un", *Un* made a pronoun of its own) does not split the name, which matches
        the text's tokens as written. Tokens of the filler's own phrase are left to the later
        steps (*Republic* in "the People's Republic of China" is not "Republic of China").
        """
        sentence = self.view.sentence
        token_ids = sorted({sentence.word(i).token_index for i in word_ids if sentence.word(i).token_index >= 0})
        inside = {sentence.word(i).token_index for i in (phrase if phrase is not None else word_ids)}
        own = set(token_ids)
        best: tuple[int, int, tuple[NameEntry, ...]] = (0, 0, ())
        # the surface tokens, then the same with a possessive cut off ("Iran's president")
        for texts, tokens in self.view.name_tokens():
            for run in _runs(token_ids):
                for start in run:
                    length, entries = self.codebook.names.longest_at(tokens, start, self.date)
                    if any(t in inside and t not in own for t in range(run[-1] + 1, start + length)):
                        # the name would take in words the parser put elsewhere in this very phrase
                        # (another run of ``word_ids`` is no elsewhere: "Kim | Jong | Un" with
                        # *Jong* hung on another name, *Kim* and *Un* this one's)
                        length, entries = self.codebook.names.longest_at([tokens[t] for t in run], run.index(start), self.date)
                    if length <= best[0]:
                        continue
                    surface = tuple(texts[t] for t in range(start, start + length))
                    entries = tuple(e for e in entries if e.exact is None or _acronym_matches(e.exact, surface, sentence, start))
                    if entries:
                        best = (length, start, entries)
        length, first_token, entries = best
        if not length:
            return None
        entry = _preferred(entries, self.codebook.language)
        matched_tokens = range(first_token, first_token + length)
        ids = tuple(w for t in matched_tokens for w in sentence.tokens[t].word_ids)
        text = " ".join(sentence.tokens[t].text for t in matched_tokens)
        return self._actor_for(entry.actor_id, text, ids, how)

    def _actor_for(self, actor_id: str, text: str, word_ids: tuple[int, ...], how: str) -> Actor | None:
        entry = self.codebook.actors.get(actor_id)
        code = entry.code_on(self.date) if entry is not None else None
        if code is None:
            return None
        return Actor(code=code, text=text, actor_id=actor_id, word_ids=tuple(sorted(word_ids)), how=how)

    def _text(self, word_ids: list[int]) -> str:
        sentence = self.view.sentence
        token_ids = sorted({sentence.word(i).token_index for i in word_ids})
        return " ".join(sentence.tokens[t].text for t in token_ids if t >= 0)


def is_personal_pronoun(word: Word) -> bool:
    """Third-person personal pronouns and clitics (il, elle, lui, leur, it, they, them).

    Reflexives (se, soi, themselves: ``Reflex=Yes``) are not: they denote their own clause's
    subject, never an earlier actor, and a parser that makes "se" a subject has lost the real one.
    """
    return (
        word.upos == "PRON"
        and word.feat("PronType") == "Prs"
        and word.feat("Person") in ("3", None)
        and word.feat("Reflex") != "Yes"
    )


def relative_antecedent(word: Word, view: SentenceView) -> Word | None:
    """The noun a relative pronoun stands for ("the rebels *who* attacked the convoy", "les
    soldats *qui* ont franchi la frontière"): the head of its relative clause (``acl:relcl``).

    Parsers often attach a relative clause that stands between a subject and its verb ("Le
    ministre, qui a rencontré Poutine, est reparti") to the verb instead (``advcl``): then the
    antecedent is that subject, when the pronoun follows its phrase with nothing but
    punctuation between. Nothing else is guessed from word order ("an attack in Iraq that
    killed..." would pick the wrong noun)."""
    if word.upos != "PRON" or word.feat("PronType") != "Rel":
        return None
    clause = view.words.get(word.head)
    if clause is None:
        return None
    if clause.deprel == "acl:relcl":
        return view.words.get(clause.head)
    if clause.deprel not in MISATTACHED_RELATIVE or clause.head < word.id:
        return None
    for subject in view.children[clause.head]:
        if subject.deprel not in PRONOUN_SUBJECTS or subject.id > word.id:
            continue
        between = range(max(view.phrase_ids(subject.id)) + 1, word.id)
        if all(view.words[i].upos == "PUNCT" for i in between):
            return subject
    return None


def _acronym_matches(exact: tuple[str, ...], surface: tuple[str, ...], sentence: Sentence, token: int) -> bool:
    """An acronym name matches its own spelling, or, for a one-word acronym of four letters or
    more, the same word written as a proper noun in title case, as many newspapers write them
    (*Farc*, *Nato*, *Unicef*, French *l'Otan*). Shorter ones stay exact: *Un*, *Who*, *Eu*."""
    if exact == surface:
        return True
    if len(exact) != 1 or len(surface) != 1 or len(exact[0]) < 4 or not exact[0].isalpha():
        return False
    return surface[0] == exact[0].capitalize() and all(sentence.word(w).upos == "PROPN" for w in sentence.tokens[token].word_ids)


def _spans(run: list[int]) -> list[list[int]]:
    """Every contiguous part of a run of word ids, longest first, then leftmost first."""
    return [run[start:start + size] for size in range(len(run), 0, -1) for start in range(len(run) - size + 1)]


def _runs(sorted_ids: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in sorted_ids:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _preferred(entries: tuple[NameEntry, ...], language: str | None) -> NameEntry:
    """Several actors share a name: prefer the document's language ("Congo" is not the same
    country in French and English), then the first actor id, so the result is deterministic."""
    return min(entries, key=lambda e: (e.lang not in (language, None), e.actor_id))


#: Plural endings and their singular, tried in order on a plural noun whose lemma names no
#: agent: lemmatisers trained on small treebanks slip on rare plurals ("demonstrators" ->
#: *demonstrat*), while the form keeps the regular ending (English -ies/-s, French -s/-x).
PLURAL_ENDINGS = (("ies", "y"), ("s", ""), ("x", ""))


def slipped_plural_singulars(word: Word) -> list[str]:
    """The singulars of a plural noun whose lemma is its form cut short or left as it is (a slip:
    *demonstrat*, *demonstrators*), else none: a lemma that is another word (*policy* for
    "polices") is the lemmatiser's reading, trusted."""
    lemma, form = fold_lemma(word.lemma), fold_lemma(word.form)
    if word.feat("Number") != "Plur" or not form.startswith(lemma):
        return []
    return singular_forms(word.form)


def singular_forms(form: str) -> list[str]:
    """The singulars a regular plural ``form`` may have, folded: "Demonstrators" -> ["demonstrator"]."""
    folded = fold_lemma(form)
    return [folded[: -len(ending)] + singular for ending, singular in PLURAL_ENDINGS if folded.endswith(ending) and len(folded) > len(ending) + 2]
