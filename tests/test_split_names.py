"""Names and titles as the English model parses them (eventcode-model-en 0.2.0, each tree below
as it gave it), read as one phrase each:

- a name split into sibling arguments ("Turkish/nsubj President/nsubj Erdogan/nsubj agreed",
  "German/nsubj Chancellor/nsubj Angela Merkel/nsubj urged") is one subject, so one event with one
  source instead of one per part (view.rejoin_split_names); a second subject after a conjunction
  ("Mexico and the United Kingdom", the cc under Kingdom) stays a second subject;
- a title hung on a name as ``nmod:desc`` ("President/nmod:desc Dawda Jawara"), as English UD
  analyses titles, is part of the name's phrase, so the title's agent and the demonym compose;
- a title noun the tagger took for an adjective ("journalist/ADJ amod Mesale Tolu") still makes
  the name a filler of a role whose set holds the title (released *journalist* -> 0841).
"""

from __future__ import annotations

import pytest

from eventcode import Coder
from eventcode.coding.view import rejoin_split_names
from eventcode.parsing.conllu import read_conllu

from .engine.trees import coded_triples, conllu

TURKISH_PRESIDENT_SPLIT = """
# text = Turkish President Erdogan agreed to a ceasefire.
1   Turkish      Turkish      PROPN  _  Number=Sing                              4   nsubj      _  _
2   President    President    PROPN  _  Number=Sing                              4   nsubj      _  _
3   Erdogan      Erdogan      PROPN  _  Number=Sing                              4   nsubj      _  _
4   agreed       agree        VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0   root       _  _
5   to           to           ADP    _  _                                        7   case       _  _
6   a            a            DET    _  Definite=Ind|PronType=Art                7   det        _  _
7   ceasefire    ceasefire    NOUN   _  Number=Sing                              4   obl        _  _
8   .            .            PUNCT  _  _                                        4   punct      _  _
"""

GERMAN_CHANCELLOR_SPLIT = """
# text = German Chancellor Angela Merkel urged Ethiopia on Tuesday to open up its politics.
1   German       German       PROPN  _  Number=Sing                              5   nsubj      _  _
2   Chancellor   Chancellor   PROPN  _  Number=Sing                              5   nsubj      _  _
3   Angela       Angela       PROPN  _  Number=Sing                              2   flat       _  _
4   Merkel       Merkel       PROPN  _  Number=Sing                              5   nsubj      _  _
5   urged        urge         VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0   root       _  _
6   Ethiopia     Ethiopia     PROPN  _  Number=Sing                              5   obj        _  _
7   on           on           ADP    _  _                                        8   case       _  _
8   Tuesday      Tuesday      PROPN  _  Number=Sing                              5   obl        _  _
9   to           to           PART   _  _                                        10  mark       _  _
10  open         open         VERB   _  VerbForm=Inf                             5   advcl      _  _
11  up           up           ADP    _  _                                        10  compound:prt _  _
12  its          its          PRON   _  Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs 13  nmod:poss  _  _
13  politics     politics     NOUN   _  Number=Plur                              10  obj        _  _
14  .            .            PUNCT  _  _                                        5   punct      _  _
"""

MEXICO_AND_THE_UNITED_KINGDOM = """
# text = Mexico and the United Kingdom signed an agreement.
1   Mexico       Mexico       PROPN  _  Number=Sing                              6   nsubj      _  _
2   and          and          CCONJ  _  _                                        5   cc         _  _
3   the          the          DET    _  Definite=Def|PronType=Art                5   det        _  _
4   United       United       ADJ    _  Degree=Pos                               5   amod       _  _
5   Kingdom      Kingdom      PROPN  _  Number=Sing                              6   nsubj      _  _
6   signed       sign         VERB   _  Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0   root       _  _
7   an           a            DET    _  Definite=Ind|PronType=Art                8   det        _  _
8   agreement    agreement    NOUN   _  Number=Sing                              6   obj        _  _
9   .            .            PUNCT  _  _                                        6   punct      _  _
"""

GAMBIAN_PRESIDENT_TITLE = """
# text = Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate in a border dispute.
1   Gambian      Gambian      PROPN  _  Number=Sing                              6   nsubj      _  _
2   President    President    PROPN  _  Number=Sing                              3   nmod:desc  _  _
3   Dawda        Dawda        PROPN  _  Number=Sing                              4   compound   _  _
4   Jawara       Jawara       PROPN  _  Number=Sing                              6   nsubj      _  _
5   will         will         AUX    _  VerbForm=Fin                             6   aux        _  _
6   visit        visit        VERB   _  VerbForm=Inf                             0   root       _  _
7   Mauritania   Mauritania   PROPN  _  Number=Sing                              6   obj        _  _
8   and          and          CCONJ  _  _                                        9   cc         _  _
9   Senegal      Senegal      PROPN  _  Number=Sing                              7   conj       _  _
10  to           to           PART   _  _                                        11  mark       _  _
11  mediate      mediate      VERB   _  VerbForm=Inf                             6   advcl      _  _
12  in           in           ADP    _  _                                        15  case       _  _
13  a            a            DET    _  Definite=Ind|PronType=Art                15  det        _  _
14  border       border       NOUN   _  Number=Sing                              15  compound   _  _
15  dispute      dispute      NOUN   _  Number=Sing                              11  obl        _  _
16  .            .            PUNCT  _  _                                        6   punct      _  _
"""

JOURNALIST_SPLIT_OBJECT = """
# text = A Turkish court has released German journalist Mesale Tolu.
1   A            a            DET    _  Definite=Ind|PronType=Art                3   det        _  _
2   Turkish      Turkish      ADJ    _  Degree=Pos                               3   amod       _  _
3   court        court        NOUN   _  Number=Sing                              5   nsubj      _  _
4   has          have         AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 5   aux        _  _
5   released     release      VERB   _  Tense=Past|VerbForm=Part|Voice=Pass      0   root       _  _
6   German       German       ADJ    _  Degree=Pos                               7   compound   _  _
7   journalist   journalist   ADJ    _  Degree=Pos                               8   compound   _  _
8   Mesale       Mesale       PROPN  _  Number=Sing                              5   obj        _  _
9   Tolu         Tolu         PROPN  _  Number=Sing                              5   obj        _  _
10  .            .            PUNCT  _  _                                        5   punct      _  _
"""

JOURNALIST_TAGGED_ADJ = """
# text = A Turkish court has released German journalist Mesale Tolu after nearly eight months in prison.
1   A            a            DET    _  Definite=Ind|PronType=Art                3   det        _  _
2   Turkish      Turkish      ADJ    _  Degree=Pos                               3   amod       _  _
3   court        court        NOUN   _  Number=Sing                              5   nsubj      _  _
4   has          have         AUX    _  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 5   aux        _  _
5   released     release      VERB   _  Tense=Past|VerbForm=Part|Voice=Pass      0   root       _  _
6   German       German       ADJ    _  Degree=Pos                               9   amod       _  _
7   journalist   journalist   ADJ    _  Degree=Pos                               9   amod       _  _
8   Mesale       Mesale       PROPN  _  Number=Sing                              9   compound   _  _
9   Tolu         Tolu         PROPN  _  Number=Sing                              5   obj        _  _
10  after        after        ADP    _  _                                        13  case       _  _
11  nearly       nearly       ADV    _  _                                        13  advmod     _  _
12  eight        eight        ADJ    _  Degree=Pos                               13  amod       _  _
13  months       month        NOUN   _  Number=Plur                              9   nmod       _  _
14  in           in           ADP    _  _                                        15  case       _  _
15  prison       prison       NOUN   _  Number=Sing                              13  nmod       _  _
16  .            .            PUNCT  _  _                                        5   punct      _  _
"""


@pytest.fixture(scope="module")
def en() -> Coder:
    return Coder.load("en")


def triples(coder: Coder, tree: str) -> set[tuple[str | None, str, str | None]]:
    return coded_triples(coder, tree, "1995-06-01")


def test_a_split_name_is_read_as_one_subject(en: Coder) -> None:
    (source,) = {source for source, _, _ in triples(en, TURKISH_PRESIDENT_SPLIT)}  # not TUR, GOV and Erdogan's
    assert source.startswith("TUR") and len(source) == 6


def test_a_title_split_from_its_name_gives_one_source(en: Coder) -> None:
    found = triples(en, GERMAN_CHANCELLOR_SPLIT)
    assert len({source for source, _, _ in found}) == 1
    assert {target for _, _, target in found} == {"ETH"}


def test_the_split_parts_hang_on_the_last_with_their_dependents() -> None:
    (document,) = read_conllu(conllu(GERMAN_CHANCELLOR_SPLIT))
    words = rejoin_split_names(document.sentences[0]).words
    german, chancellor, angela, merkel = words[:4]
    assert (german.head, german.deprel) == (merkel.id, "compound")
    assert (chancellor.head, chancellor.deprel) == (merkel.id, "compound")
    assert (angela.head, angela.deprel) == (merkel.id, "flat")  # Chancellor's dependent moves with it
    assert (merkel.head, merkel.deprel) == (5, "nsubj")


def test_a_subject_after_a_conjunction_is_not_part_of_the_first(en: Coder) -> None:
    (document,) = read_conllu(conllu(MEXICO_AND_THE_UNITED_KINGDOM))
    assert rejoin_split_names(document.sentences[0]) == document.sentences[0]
    assert {source for source, _, _ in triples(en, MEXICO_AND_THE_UNITED_KINGDOM)} == {"MEX", "GBR"}


def test_a_title_hung_as_nmod_desc_composes_with_the_demonym(en: Coder) -> None:
    assert ("GMBGOV", "036", "MRT") in triples(en, GAMBIAN_PRESIDENT_TITLE)


def test_a_split_object_name_keeps_its_title_and_demonym(en: Coder) -> None:
    assert triples(en, JOURNALIST_SPLIT_OBJECT) == {("TURJUD", "0841", "DEUMED")}


def test_a_title_tagged_adjective_still_qualifies_the_name(en: Coder) -> None:
    assert ("TURJUD", "0841", None) in triples(en, JOURNALIST_TAGGED_ADJ)


THE_PRESIDENT_SPLIT = """
# text = The President Trump condemned Iran.
1  The        the        DET    _  _  2  det    _  _
2  President  President  PROPN  _  _  4  nsubj  _  _
3  Trump      Trump      PROPN  _  _  4  nsubj  _  _
4  condemned  condemn    VERB   _  _  0  root   _  _
5  Iran       Iran       PROPN  _  _  4  obj    _  _
"""


def test_the_first_part_may_begin_with_a_determiner() -> None:
    (document,) = read_conllu(conllu(THE_PRESIDENT_SPLIT))
    the, president, trump = rejoin_split_names(document.sentences[0]).words[:3]
    assert (president.head, president.deprel) == (trump.id, "compound")
    assert the.head == trump.id  # the first part's determiner moves with it
    assert (trump.head, trump.deprel) == (4, "nsubj")
