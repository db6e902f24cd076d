"""``unresolved_actors: names`` keeps an event whose actor is a proper name no entry names,
coded ``---`` with the name as its text; ``none`` (the default) fails the frame as before."""

from __future__ import annotations

import subprocess
import sys
from textwrap import dedent

from eventcode.coding.actors import UNRESOLVED_CODE
from eventcode.coding.coder import code_document
from eventcode.explain import explain_document
from eventcode.parsing.conllu import read_conllu

from .engine.trees import codebook_from_yaml, conllu, rows_document

CODEBOOK = """
codebook: unresolved-test
language: en
{setting}
actors:
  - {{id: ARN, type: country, code: ARN, names: {{en: [Arnor]}}}}
  - {{id: BRE, type: country, code: BRE, names: {{en: [Bree]}}}}
predicates:
  - id: attack
    trigger: {{lemma: attack}}
    frames:
      - id: attack
        args: {{source: subject, target: object}}
        code: "190"
"""

ROWS_FRONT_ATTACKS_ARNOR = [
    ("The", "the", "DET", 4, "det"),
    ("Earth", "Earth", "PROPN", 4, "compound"),
    ("Liberation", "Liberation", "PROPN", 4, "compound"),
    ("Front", "Front", "PROPN", 5, "nsubj"),
    ("attacked", "attack", "VERB", 0, "root"),
    ("Arnor", "Arnor", "PROPN", 5, "obj"),
]


def _codebook(tmp_path, setting: str = "unresolved_actors: names"):
    return codebook_from_yaml(tmp_path, CODEBOOK.format(setting=setting))


def _subject_attacks_arnor(*subject: tuple[str, str, str]):
    """``subject`` words (form, lemma, upos), the last one the head, then "attacked Arnor"."""
    head = len(subject)
    rows = [(f, lem, u, head, "compound") for f, lem, u in subject[:-1]]
    rows.append((*subject[-1], head + 1, "nsubj"))
    rows += [("attacked", "attack", "VERB", 0, "root"), ("Arnor", "Arnor", "PROPN", head + 1, "obj")]
    return rows_document(rows)


def test_a_proper_name_no_entry_names_is_an_unresolved_actor(tmp_path):
    (event,) = code_document(_codebook(tmp_path), rows_document(ROWS_FRONT_ATTACKS_ARNOR))
    assert (event.source.code, event.code, event.target.code) == (UNRESOLVED_CODE, "190", "ARN")
    assert event.source.text == "Earth Liberation Front"
    assert event.source.how == "unresolved" and event.source.actor_id is None
    assert event.to_dict()["source"]["code"] == "---"


def test_by_default_the_frame_fails_and_says_the_name_is_unknown(tmp_path):
    codebook = _codebook(tmp_path, setting="")
    document = rows_document(ROWS_FRONT_ATTACKS_ARNOR)
    assert code_document(codebook, document) == []
    (explained,) = explain_document(codebook, document)
    (frame,) = explained.triggers[0].frames
    assert "names no known actor" in frame.reason


def test_a_common_noun_is_no_unresolved_actor(tmp_path):
    document = _subject_attacks_arnor(("the", "the", "DET"), ("agency", "agency", "NOUN"))
    assert code_document(_codebook(tmp_path), document) == []


def test_a_lower_case_word_tagged_as_a_proper_noun_is_no_name(tmp_path):
    # eventcode-model-en 0.5.0: "The fallen tree blocked the road" with *tree* tagged PROPN
    lower = _subject_attacks_arnor(("the", "the", "DET"), ("tree", "tree", "PROPN"))
    assert code_document(_codebook(tmp_path), lower) == []
    mixed = _subject_attacks_arnor(("al-Shabab", "al-Shabab", "PROPN"))
    assert [e.source.text for e in code_document(_codebook(tmp_path), mixed)] == ["al-Shabab"]


def test_a_personal_pronoun_is_no_unresolved_actor(tmp_path):
    document = _subject_attacks_arnor(("They", "they", "PRON"))
    assert code_document(_codebook(tmp_path), document) == []


def test_a_known_actor_among_the_fillers_is_preferred(tmp_path):
    # "Mujahid and Arnor attacked Arnor's ally": the known conjunct is the source, alone
    rows = [
        ("Mujahid", "Mujahid", "PROPN", 4, "nsubj"),
        ("and", "and", "CCONJ", 3, "cc"),
        ("Arnor", "Arnor", "PROPN", 1, "conj"),
        ("attacked", "attack", "VERB", 0, "root"),
        ("Gondor", "Gondor", "PROPN", 4, "obj"),
    ]
    events = code_document(_codebook(tmp_path), rows_document(rows))
    assert [(e.source.code, e.target.code) for e in events] == [("ARN", UNRESOLVED_CODE)]


def test_two_different_unresolved_names_make_an_event(tmp_path):
    document = rows_document(
        [("Gondor", "Gondor", "PROPN", 2, "nsubj"), ("attacked", "attack", "VERB", 0, "root"), ("Rohan", "Rohan", "PROPN", 2, "obj")]
    )
    (event,) = code_document(_codebook(tmp_path), document)
    assert (event.source.text, event.target.text) == ("Gondor", "Rohan")


def test_an_unknown_setting_is_an_error_with_its_location(tmp_path):
    (tmp_path / "cb.yaml").write_text(dedent(CODEBOOK.format(setting="unresolved_actors: nams")).lstrip(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "eventcode", "check", str(tmp_path / "cb.yaml")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2
    assert "cb.yaml:3:20" in run.stdout + run.stderr
    assert "did you mean 'names'?" in run.stdout + run.stderr


SAID_THEY_ATTACKED = """
1  Mujahid   Mujahid  PROPN  _  _                               2  nsubj  _  _
2  said      say      VERB   _  _                               0  root   _  _
3  they      they     PRON   _  Number=Plur|Person=3|PronType=Prs  4  nsubj  _  _
4  attacked  attack   VERB   _  _                               2  ccomp  _  _
5  Arnor     Arnor    PROPN  _  _                               4  obj    _  _
"""


def test_a_pronoun_takes_an_unresolved_subject_as_its_antecedent(tmp_path):
    (document,) = read_conllu(conllu(SAID_THEY_ATTACKED))
    (event,) = code_document(_codebook(tmp_path), document)
    assert (event.source.code, event.source.text, event.code, event.target.code) == (UNRESOLVED_CODE, "they", "190", "ARN")
    assert code_document(_codebook(tmp_path, setting=""), document) == []


def test_a_pronoun_for_an_unresolved_name_and_another_unresolved_name_are_two_actors(tmp_path):
    (document,) = read_conllu(conllu(SAID_THEY_ATTACKED.replace("Arnor     Arnor", "Hamid     Hamid")))
    (event,) = code_document(_codebook(tmp_path), document)
    found = (event.source.code, event.source.text, event.target.code, event.target.text)
    assert found == (UNRESOLVED_CODE, "they", UNRESOLVED_CODE, "Hamid")


def test_a_name_conjoined_to_a_known_actor_is_an_actor_too(tmp_path):
    # "Arnor and the Earth Liberation Front attacked Bree": two sources, one of them unknown
    rows = [
        ("Arnor", "Arnor", "PROPN", 7, "nsubj"),
        ("and", "and", "CCONJ", 6, "cc"),
        ("the", "the", "DET", 6, "det"),
        ("Earth", "Earth", "PROPN", 6, "compound"),
        ("Liberation", "Liberation", "PROPN", 6, "compound"),
        ("Front", "Front", "PROPN", 1, "conj"),
        ("attacked", "attack", "VERB", 0, "root"),
        ("Bree", "Bree", "PROPN", 7, "obj"),
    ]
    events = code_document(_codebook(tmp_path), rows_document(rows))
    assert sorted((e.source.code, e.source.text, e.target.code) for e in events) == [
        (UNRESOLVED_CODE, "Earth Liberation Front", "BRE"), ("ARN", "Arnor", "BRE")]
    # without the setting, the known conjunct alone is coded
    events = code_document(_codebook(tmp_path, setting=""), rows_document(rows))
    assert [(e.source.code, e.target.code) for e in events] == [("ARN", "BRE")]


def test_capitalised_nouns_inside_the_sentence_are_a_name(tmp_path):
    # "Junior Doctors Association attacked Arnor", every word tagged a common noun
    document = _subject_attacks_arnor(("Junior", "junior", "ADJ"), ("Doctors", "doctor", "NOUN"), ("Association", "association", "NOUN"))
    (event,) = code_document(_codebook(tmp_path), document)
    assert (event.source.code, event.source.text) == (UNRESOLVED_CODE, "Doctors Association")


def test_a_capitalised_noun_that_begins_the_sentence_or_stands_alone_is_no_name(tmp_path):
    assert code_document(_codebook(tmp_path), _subject_attacks_arnor(("Agency", "agency", "NOUN"))) == []
    document = _subject_attacks_arnor(("The", "the", "DET"), ("Agency", "agency", "NOUN"))
    assert code_document(_codebook(tmp_path), document) == []
