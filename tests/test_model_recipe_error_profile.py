"""The model recipe's error profile (models/recipe/error_profile.py): errors counted by gold
relation, wrongly attached punctuation sorted by where the gold head is, and the two ways
treebanks attach the comma after a fronted adverbial."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._recipe import recipe_module

profile_module = recipe_module("error_profile")

# "In October , the team met ." -- UD's guideline: the comma belongs to the fronted unit
GUIDELINE = """\
1\tIn\tin\tADP\tIN\t_\t2\tcase\t_\t_
2\tOctober\tOctober\tPROPN\tNNP\t_\t6\tobl:tmod\t_\t_
3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\tteam\tteam\tNOUN\tNN\t_\t6\tnsubj\t_\t_
6\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_
"""
# the same sentence with the comma on the governor, as older annotations (PUD) have it
ON_GOVERNOR = GUIDELINE.replace("3\t,\t,\tPUNCT\t,\t_\t2\tpunct", "3\t,\t,\tPUNCT\t,\t_\t6\tpunct")
# a parse that also takes "the" for a dependent of "met" (a head error) and "team" for an obj
# (a label error with the right head)
WORSE = (GUIDELINE.replace("4\tthe\tthe\tDET\tDT\t_\t5\tdet", "4\tthe\tthe\tDET\tDT\t_\t6\tdet")
         .replace("5\tteam\tteam\tNOUN\tNN\t_\t6\tnsubj", "5\tteam\tteam\tNOUN\tNN\t_\t6\tobj"))
# a longer fronted unit, ending in a clause: "When it rained , we left ."
CLAUSE = """\
1\tWhen\twhen\tSCONJ\tWRB\t_\t3\tmark\t_\t_
2\tit\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_
3\trained\train\tVERB\tVBD\t_\t6\tadvcl\t_\t_
4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_
5\twe\twe\tPRON\tPRP\t_\t6\tnsubj\t_\t_
6\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_
"""


def _trees(tmp_path: Path, name: str, *sentences: str) -> list:
    path = tmp_path / name
    path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return profile_module.read_trees(path)


def test_relations_are_compared_on_their_universal_part(tmp_path: Path) -> None:
    gold = _trees(tmp_path, "gold.conllu", GUIDELINE)
    system = _trees(tmp_path, "system.conllu", GUIDELINE.replace("obl:tmod", "obl"))
    result = profile_module.profile(profile_module.aligned(gold, system))
    assert result.sentences == 1
    assert sum(result.errors.values()) == 0


def test_errors_by_gold_relation_and_label_confusions(tmp_path: Path) -> None:
    gold = _trees(tmp_path, "gold.conllu", GUIDELINE)
    system = _trees(tmp_path, "system.conllu", WORSE)
    result = profile_module.profile(profile_module.aligned(gold, system))
    assert result.errors == {"det": 1, "nsubj": 1}
    assert result.head_errors == {"det": 1}
    assert result.confusions == {("nsubj", "obj"): 1}
    assert "LAS on these words: 71.43" in profile_module.report(result)  # 5 of 7 words right


def test_punctuation_the_gold_attaches_higher_is_told_apart(tmp_path: Path) -> None:
    gold = _trees(tmp_path, "gold.conllu", ON_GOVERNOR)
    system = _trees(tmp_path, "system.conllu", GUIDELINE)
    result = profile_module.profile(profile_module.aligned(gold, system))
    assert result.errors == {"punct": 1}
    assert result.punct_direction == {"gold head above the system's": 1}
    # and the other way round
    reverse = profile_module.profile(profile_module.aligned(system, gold))
    assert reverse.punct_direction == {"gold head below the system's": 1}
    assert "LAS without punctuation: 100.00" in profile_module.report(result)


def test_sentences_tokenized_differently_are_left_out(tmp_path: Path) -> None:
    gold = _trees(tmp_path, "gold.conllu", GUIDELINE, CLAUSE)
    system = _trees(tmp_path, "system.conllu", CLAUSE.replace("rained", "rains"), GUIDELINE)
    result = profile_module.profile(profile_module.aligned(gold, system))
    assert result.sentences == 1
    assert sum(result.words.values()) == 7


def test_fronted_comma_attachment_counts_both_conventions(tmp_path: Path) -> None:
    guideline = _trees(tmp_path, "a.conllu", GUIDELINE, CLAUSE)
    assert profile_module.fronted_comma_attachment(guideline) == {"unit": 2}
    older = _trees(tmp_path, "b.conllu", ON_GOVERNOR, CLAUSE.replace("4\t,\t,\tPUNCT\t,\t_\t3", "4\t,\t,\tPUNCT\t,\t_\t6"))
    assert profile_module.fronted_comma_attachment(older) == {"governor": 2}


def test_a_comma_after_a_subject_is_not_counted(tmp_path: Path) -> None:
    # "The team , met ." -- the unit before the comma is a subject, not an adverbial
    sentence = """\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tteam\tteam\tNOUN\tNN\t_\t4\tnsubj\t_\t_
3\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_
4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
"""
    assert profile_module.fronted_comma_attachment(_trees(tmp_path, "c.conllu", sentence)) == {}


def test_a_line_that_is_no_word_line_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.conllu"
    path.write_text(GUIDELINE.replace("4\tthe\tthe\tDET\tDT\t_\t5\tdet", "4\tthe\tthe\tDET\tDT\t_\tfive\tdet"), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.conllu:4: not a CoNLL-U word line"):
        profile_module.read_trees(path)


def test_a_cycle_in_a_malformed_tree_ends(tmp_path: Path) -> None:
    # "In" and "October" each other's head, both left of the comma
    cyclic = GUIDELINE.replace("2\tOctober\tOctober\tPROPN\tNNP\t_\t6\tobl:tmod", "2\tOctober\tOctober\tPROPN\tNNP\t_\t1\tobl:tmod")
    assert profile_module.fronted_comma_attachment(_trees(tmp_path, "cycle.conllu", cyclic)) == {}
