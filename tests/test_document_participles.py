"""A present participle on a noun of a text someone issues says what the text's author does:
"Arnor issued a statement **condemning** Gondor" → Arnor condemned Gondor; so does a relative
clause whose subject is the text ("a report **that** condemned Gondor"). The author is the
text's owner ("Arnor's statement", "a statement by Arnor") or the subject of the verb it is the
object of, also in the passive ("a statement issued by Arnor"). A participle on another noun, a
past participle ("a statement signed ..."), or a text with no author given, is left alone."""

from __future__ import annotations

import pytest

from .engine.trees import codebook_from_yaml, codebook_triples

CODEBOOK = """
codebook: document-participle-test
language: en
actors:
  - {id: ARN, type: country, code: ARN, names: {en: [Arnor]}}
  - {id: GON, type: country, code: GON, names: {en: [Gondor]}}
predicates:
  - id: condemn
    trigger: {lemma: condemn}
    frames:
      - id: condemn
        args: {source: subject, target: object}
        code: "111"
"""


def _issued(noun: str = "statement", feats: str = "VerbForm=Ger") -> str:
    """ "Arnor issued a <noun> condemning Gondor." """
    return f"""
    1  Arnor       Arnor      PROPN  _  _            2  nsubj  _  _
    2  issued      issue      VERB   _  _            0  root   _  _
    3  a           a          DET    _  _            4  det    _  _
    4  {noun}      {noun}     NOUN   _  Number=Sing  2  obj    _  _
    5  condemning  condemn    VERB   _  {feats}      4  acl    _  _
    6  Gondor      Gondor     PROPN  _  _            5  obj    _  _
    """


# "A statement by Arnor condemning Gondor appeared." -- the author named on the noun
BY_ARNOR = """
1  A           a          DET    _  _            2  det    _  _
2  statement   statement  NOUN   _  Number=Sing  7  nsubj  _  _
3  by          by         ADP    _  _            4  case   _  _
4  Arnor       Arnor      PROPN  _  _            2  nmod   _  _
5  condemning  condemn    VERB   _  VerbForm=Ger 2  acl    _  _
6  Gondor      Gondor     PROPN  _  _            5  obj    _  _
7  appeared    appear     VERB   _  _            0  root   _  _
"""

# "A statement condemning Gondor was issued by Arnor." -- the author in the passive
ISSUED_BY_ARNOR = """
1  A           a          DET    _  _            2  det        _  _
2  statement   statement  NOUN   _  Number=Sing  6  nsubj:pass _  _
3  condemning  condemn    VERB   _  VerbForm=Ger 2  acl        _  _
4  Gondor      Gondor     PROPN  _  _            3  obj        _  _
5  was         be         AUX    _  _            6  aux:pass   _  _
6  issued      issue      VERB   _  VerbForm=Part|Voice=Pass  0  root  _  _
7  by          by         ADP    _  _            8  case       _  _
8  Arnor       Arnor      PROPN  _  _            6  obl:agent  _  _
"""

# "A statement condemning Gondor appeared." -- no author given
NO_AUTHOR = """
1  A           a          DET    _  _            2  det    _  _
2  statement   statement  NOUN   _  Number=Sing  5  nsubj  _  _
3  condemning  condemn    VERB   _  VerbForm=Ger 2  acl    _  _
4  Gondor      Gondor     PROPN  _  _            3  obj    _  _
5  appeared    appear     VERB   _  _            0  root   _  _
"""


# "Arnor issued a report that condemned Gondor."
REPORT_THAT = """
1  Arnor      Arnor     PROPN  _  _                   2  nsubj      _  _
2  issued     issue     VERB   _  _                   0  root       _  _
3  a          a         DET    _  _                   4  det        _  _
4  report     report    NOUN   _  Number=Sing         2  obj        _  _
5  that       that      PRON   _  PronType=Rel        6  nsubj      _  _
6  condemned  condemn   VERB   _  VerbForm=Fin        4  acl:relcl  _  _
7  Gondor     Gondor    PROPN  _  _                   6  obj        _  _
"""


def _triples(tmp_path, tree: str) -> set[tuple[str | None, str, str | None]]:
    return codebook_triples(codebook_from_yaml(tmp_path, CODEBOOK), tree)


@pytest.mark.parametrize("noun", ["statement", "report", "resolution", "letter"])
def test_the_issuer_of_a_text_does_what_its_participle_says(tmp_path, noun: str) -> None:
    assert _triples(tmp_path, _issued(noun)) == {("ARN", "111", "GON")}


def test_a_present_participle_tagged_as_a_participle_counts_too(tmp_path) -> None:
    # French and some English parses: VerbForm=Part|Tense=Pres ("une résolution condamnant")
    assert _triples(tmp_path, _issued(feats="Tense=Pres|VerbForm=Part")) == {("ARN", "111", "GON")}


@pytest.mark.parametrize("tree", [BY_ARNOR, ISSUED_BY_ARNOR], ids=["owner", "passive"])
def test_the_author_named_on_the_text_or_in_the_passive(tmp_path, tree: str) -> None:
    assert _triples(tmp_path, tree) == {("ARN", "111", "GON")}


def test_a_participle_on_a_noun_that_is_no_text_is_left_alone(tmp_path) -> None:
    assert _triples(tmp_path, _issued("soldier")) == set()


def test_a_past_participle_is_left_alone(tmp_path) -> None:
    # "a statement condemned ..." is what was done to the statement, not by its author
    assert _triples(tmp_path, _issued(feats="Tense=Past|VerbForm=Part")) == set()


def test_a_text_with_no_author_gives_no_source(tmp_path) -> None:
    assert _triples(tmp_path, NO_AUTHOR) == set()


def test_a_relative_clause_on_a_text_says_what_its_author_does(tmp_path) -> None:
    assert _triples(tmp_path, REPORT_THAT) == {("ARN", "111", "GON")}
    # on a noun that is no text, the pronoun stands for the noun itself, which names no actor here
    assert _triples(tmp_path, REPORT_THAT.replace("report     report", "plane      plane ")) == set()
