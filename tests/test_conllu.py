"""CoNLL-U in: documents, multi-word tokens, empty nodes, comments, and located errors."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest

from eventcode.model import Document, Token
from eventcode.parsing.conllu import ConllReadError, iter_conllu, read_conllu, split_conllu
from eventcode.parsing.stanza_doc import parse_feats

DATA = Path(__file__).parent / "data"


def conllu(text: str) -> str:
    """Dedent a CoNLL-U literal and turn runs of 2+ spaces into the tab separators."""
    import re

    lines = textwrap.dedent(text).strip("\n").splitlines()
    return "\n".join(line if line.startswith("#") else re.sub(r" {2,}", "\t", line) for line in lines) + "\n\n"


# "Il va au marché." — French "au" is one token and two words (à + le), with an empty node.
AU_MARCHE = conllu(
    """
    # newdoc id = marche
    # date = 2025-10-27
    # sent_id = 1
    # text = Il va au marché.
    1    Il      il      PRON   _  Number=Sing|Person=3|PronType=Prs  2  nsubj  _  _
    2    va      aller   VERB   _  Person=3|Number=Sing|Mood=Ind      0  root   _  _
    3-4  au      _       _      _  _                                  _  _      _  _
    3    à       à       ADP    _  _                                  5  case   _  _
    4    le      le      DET    _  Definite=Def|Gender=Masc           5  det    _  _
    4.1  _       _       _      _  _                                  _  _      2:orphan  _
    5    marché  marché  NOUN   _  Gender=Masc|Number=Sing            2  obl    _  SpaceAfter=No
    6    .       .       PUNCT  _  _                                  2  punct  _  _
    """
)

TWO_SHORT = conllu(
    """
    # newdoc
    1  Moscou     Moscou     PROPN  _  _  2  nsubj  _  _
    2  proteste   protester  VERB   _  _  0  root   _  SpaceAfter=No
    3  .          .          PUNCT  _  _  2  punct  _  _

    # newdoc
    # text = Kiev répond.
    1  Kiev       Kiev       PROPN  _  _  2  nsubj  _  _
    2  répond     répondre   VERB   _  _  0  root   _  SpaceAfter=No
    3  .          .          PUNCT  _  _  2  punct  _  _
    """
)


class TestMultiWordTokens:
    def test_au_is_one_token_two_words(self) -> None:
        """The surface token "au" lists both words, and both words point back at it."""
        (document,) = read_conllu(AU_MARCHE)
        sentence = document.sentences[0]
        assert Token("au", (3, 4)) == sentence.tokens[2]
        assert [2, 2] == [sentence.word(3).token_index, sentence.word(4).token_index]
        assert ["à", "le"] == [sentence.word(3).lemma, sentence.word(4).lemma]
        assert 5 == len(sentence.tokens)
        assert 6 == len(sentence.words)

    def test_empty_node_is_ignored(self) -> None:
        """Enhanced-UD empty nodes (4.1) are not basic-tree words; ids stay 1..n."""
        (document,) = read_conllu(AU_MARCHE)
        assert [1, 2, 3, 4, 5, 6] == [w.id for w in document.sentences[0].words]

    def test_features_sorted_pairs(self) -> None:
        """FEATS become (key, value) pairs sorted by key, whatever order the file used."""
        (document,) = read_conllu(AU_MARCHE)
        verb = document.sentences[0].word(2)
        assert (("Mood", "Ind"), ("Number", "Sing"), ("Person", "3")) == verb.feats
        assert "Ind" == verb.feat("Mood")
        assert () == document.sentences[0].word(3).feats

    def test_bad_feature_is_an_error(self) -> None:
        with pytest.raises(ValueError, match="'Gender' in FEATS"):
            parse_feats("Gender|Number=Sing")


class TestDocuments:
    def test_newdoc_id_date_and_text(self) -> None:
        """``# newdoc id``, our ``# date`` convention and ``# text`` are kept."""
        (document,) = read_conllu(AU_MARCHE, source="au.conllu", lang="fr")
        assert "marche" == document.id
        assert "2025-10-27" == document.date
        assert "fr" == document.lang
        assert "Il va au marché." == document.sentences[0].text

    def test_bare_newdoc_gets_generated_ids(self) -> None:
        """``# newdoc`` without an id: ``doc-N``, N the document's position in the stream."""
        documents = list(read_conllu(TWO_SHORT))
        assert ["doc-1", "doc-2"] == [d.id for d in documents]
        assert [None, None] == [d.date for d in documents]

    def test_text_rebuilt_from_spaceafter_without_text_comment(self) -> None:
        """No ``# text``: the sentence text is the tokens joined by their SpaceAfter."""
        first, second = read_conllu(TWO_SHORT)
        assert "Moscou proteste." == first.sentences[0].text
        assert "Kiev répond." == second.sentences[0].text

    def test_no_newdoc_is_one_document(self) -> None:
        text = conllu(
            """
            1  Paris  Paris   PROPN  _  _  2  nsubj  _  _
            2  cède   céder   VERB   _  _  0  root   _  _

            1  Rome   Rome    PROPN  _  _  2  nsubj  _  _
            2  cède   céder   VERB   _  _  0  root   _  _
            """
        )
        (document,) = read_conllu(text)
        assert "doc-1" == document.id
        assert [0, 1] == [s.index for s in document.sentences]

    def test_sentence_lines_are_file_lines(self) -> None:
        """``Sentence.line`` is the 1-based file line of the sentence's first word."""
        first, second = read_conllu(TWO_SHORT)
        assert 2 == first.sentences[0].line
        assert 8 == second.sentences[0].line

    def test_reads_lazily_from_a_file(self) -> None:
        """An open file is read one document at a time: the first comes before the rest is read."""
        stream = io.StringIO(TWO_SHORT)
        documents = read_conllu(stream)
        first = next(documents)
        assert "doc-1" == first.id
        assert stream.tell() < len(TWO_SHORT)

    def test_sample_file(self) -> None:
        """The hand-written sample: one dated document, its two MWTs, text equal to the tokens."""
        with open(DATA / "sample.fr.conllu", encoding="utf-8") as handle:
            (document,) = read_conllu(handle, source="sample.fr.conllu")
        sentence = document.sentences[0]
        assert ("russie-coree-du-nord", "2025-10-27") == (document.id, document.date)
        assert [("des", (3, 4)), ("du", (10, 11))] == [(t.text, t.word_ids) for t in sentence.tokens if len(t.word_ids) > 1]
        assert sentence.text.startswith("La ministre des Affaires étrangères")
        assert "recevoir" == sentence.word(29).lemma
        assert "Pass" == sentence.word(29).feat("Voice")


# Each bad record: (CoNLL-U, expected line, words of the message). The second document is bad;
# the line numbers are file lines, counted from the first line of the whole input.
GOOD_DOC = conllu(
    """
    # newdoc id = good
    1  Paris  Paris  PROPN  _  _  2  nsubj  _  _
    2  cède   céder  VERB   _  _  0  root   _  _
    """
)
BAD_RECORDS = [
    ("bad head", "1  Rome  Rome  PROPN  _  _  x  nsubj  _  _\n2  cède  céder  VERB  _  _  0  root  _  _", 6, "HEAD 'x'"),
    ("head out of range", "1  Rome  Rome  PROPN  _  _  7  nsubj  _  _\n2  cède  céder  VERB  _  _  0  root  _  _", 6, "HEAD 7, outside 0..2"),
    ("non-integer id", "1  Rome  Rome  PROPN  _  _  2  nsubj  _  _\nb  cède  céder  VERB  _  _  0  root  _  _", 7, "ID 'b'"),
    ("wrong column count", "1  Rome  Rome  PROPN  _  _  2  nsubj  _\n2  cède  céder  VERB  _  _  0  root  _  _", 6, "found 9"),
    (
        "cycle",
        "1  Rome  Rome  PROPN  _  _  2  nsubj  _  _\n2  cède  céder  VERB  _  _  1  obj  _  _\n3  .  .  PUNCT  _  _  0  root  _  _",
        6,
        "cycle",
    ),
    ("no root", "1  Rome  Rome  PROPN  _  _  2  nsubj  _  _\n2  cède  céder  VERB  _  _  1  root  _  _", 6, "found none"),
    ("two roots", "1  Rome  Rome  PROPN  _  _  0  root  _  _\n2  cède  céder  VERB  _  _  0  root  _  _", 7, "found 1, 2"),
    ("ids not in order", "1  Rome  Rome  PROPN  _  _  2  nsubj  _  _\n3  cède  céder  VERB  _  _  0  root  _  _", 7, "found 3 where 2 belongs"),
    ("bad date", "1  Rome  Rome  PROPN  _  _  2  nsubj  _  _\n2  cède  céder  VERB  _  _  0  root  _  _", 6, "not an ISO date"),
]


def _with_bad_second_doc(name: str, body: str) -> str:
    header = "# newdoc id = bad\n" + ("# date = 27/10/2025\n" if name == "bad date" else "")
    return GOOD_DOC + header + conllu(body) + conllu("# newdoc id = after\n1  Oslo  Oslo  PROPN  _  _  0  root  _  _")


class TestMalformed:
    @pytest.mark.parametrize(("name", "body", "line", "words"), BAD_RECORDS, ids=[r[0] for r in BAD_RECORDS])
    def test_error_names_source_document_and_line(self, name: str, body: str, line: int, words: str) -> None:
        """The error says which file, which document, which line, and what is wrong there."""
        documents = read_conllu(_with_bad_second_doc(name, body), source="news.conllu")
        assert "good" == next(documents).id
        with pytest.raises(ConllReadError) as caught:
            next(documents)
        error = caught.value
        assert ("news.conllu", "bad", line) == (error.source, error.doc_id, error.line)
        assert words in str(error)
        assert str(error).startswith(f"news.conllu:{line}: document 'bad': ")

    @pytest.mark.parametrize(("name", "body", "line", "words"), BAD_RECORDS[:2], ids=[r[0] for r in BAD_RECORDS[:2]])
    def test_batch_goes_on_after_a_bad_document(self, name: str, body: str, line: int, words: str) -> None:
        """iter_conllu yields the error in the bad document's place and reads the next one."""
        items = list(iter_conllu(_with_bad_second_doc(name, body), source="news.conllu"))
        assert 3 == len(items)
        assert isinstance(items[0], Document) and "good" == items[0].id
        assert isinstance(items[1], ConllReadError) and "bad" == items[1].doc_id
        assert isinstance(items[2], Document) and "after" == items[2].id

    def test_invalid_utf8_byte_is_located(self) -> None:
        """A byte kept by errors='surrogateescape' rejects its document, naming the line."""
        raw = (GOOD_DOC + "# newdoc id = bad\n1\tRom\xe9\tRome\tPROPN\t_\t_\t0\troot\t_\t_\n\n").encode("latin-1")
        stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="surrogateescape")
        items = list(iter_conllu(stream, source="latin1.conllu"))
        assert isinstance(items[1], ConllReadError)
        assert 6 == items[1].line
        assert "invalid UTF-8: byte 0xe9" in items[1].message

    def test_unparsed_input_is_refused(self) -> None:
        """A tokenised but unparsed file (HEAD '_') cannot be coded: say so."""
        text = conllu("1  Rome  Rome  PROPN  _  _  _  _  _  _")
        with pytest.raises(ConllReadError, match="no head: the input is not parsed"):
            list(read_conllu(text))


class TestSplit:
    def test_chunks_are_contiguous_line_ranges(self) -> None:
        """Every input line belongs to exactly one chunk, so first_line + offset is the file line."""
        chunks = list(split_conllu(TWO_SHORT))
        assert [1, 6] == [c.first_line for c in chunks]
        assert TWO_SHORT.count("\n") == sum(len(c.lines) for c in chunks)
        assert TWO_SHORT.splitlines() == [line for c in chunks for line in c.lines]


class TestStanzaDocuments:
    """to_sentences works on any stanza Document, e.g. the pipeline's, not only CoNLL-U."""

    @staticmethod
    def stanza_document(heads: list[int]) -> object:
        from stanza.models.common.doc import Document as StanzaDocument

        words = ["Kiev", "répond", "vite"]
        return StanzaDocument(
            [
                [
                    {"id": (i + 1,), "text": w, "lemma": w.lower(), "upos": "X", "head": h, "deprel": "dep"}
                    for i, (w, h) in enumerate(zip(words, heads))
                ]
            ]
        )

    def test_converts_a_built_document(self) -> None:
        from eventcode.parsing.stanza_doc import to_sentences

        (sentence,) = to_sentences(self.stanza_document([2, 0, 2]))
        assert [2, 0, 2] == [w.head for w in sentence.words]
        assert "Kiev répond vite" == sentence.text
        assert sentence.line is None

    def test_cycle_is_a_tree_error(self) -> None:
        from eventcode.parsing.stanza_doc import TreeError, to_sentences

        with pytest.raises(TreeError, match="word 1 .* cycle") as caught:
            to_sentences(self.stanza_document([3, 0, 1]))
        assert 0 == caught.value.sentence_index
