"""Where a parser's attachment errors are, against a gold treebank, and which punctuation
convention a treebank follows.

Why: LAS counts every word, punctuation included, and UD treebanks do not all attach punctuation
the same way. UD's guideline (https://universaldependencies.org/u/dep/punct.html) attaches a
comma that follows a dependent unit to that unit (*In early October/obl ,* → *October*); older
annotations attach it to the unit's governor (→ *used* in *In early October, the team used ...*).
A parser learns its training treebank's convention, so scoring it on a treebank with the other
one counts every such comma as an error. This script measures how much of a LAS figure that is.

Sentences are compared when gold and system have the same words (the CoNLL 2018 scorer aligns
by characters and scores every sentence; this profile leaves out the few that were tokenized
differently, and says how many it compared). Relations are compared on their universal part,
as the scorer does.

Usage:
  python models/recipe/error_profile.py GOLD SYSTEM [--conventions TREEBANK ...]
  (SYSTEM as written by `evaluate.py --system-out`)
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Iterable, NamedTuple

FRONTED_RELATIONS = ("obl", "advcl", "advmod")


class Word(NamedTuple):
    id: int
    form: str
    upos: str
    head: int
    deprel: str  # universal part only (obl, not obl:tmod)


Tree = list[Word]


def read_trees(path: Path) -> list[Tree]:
    """The basic trees of a CoNLL-U file (multiword-token lines and empty nodes skipped). A line
    that is no word line stops the reading with its file and line number."""
    trees: list[Tree] = []
    words: Tree = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            if words:
                trees.append(words)
                words = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) == 10 and ("-" in cols[0] or "." in cols[0]):
            continue  # a multiword token's range or an empty node
        if len(cols) != 10 or not cols[0].isdigit() or not cols[6].isdigit():
            raise SystemExit(f"{path}:{number}: not a CoNLL-U word line (10 tab-separated columns, "
                             f"a numeric ID and HEAD): {line[:80]!r}")
        words.append(Word(int(cols[0]), cols[1], cols[3], int(cols[6]), cols[7].split(":")[0]))
    if words:
        trees.append(words)
    return trees


def aligned(gold: list[Tree], system: list[Tree]) -> list[tuple[Tree, Tree]]:
    """Pairs of gold and system trees with the same word forms, each gold tree used once."""
    by_forms: dict[tuple[str, ...], list[Tree]] = {}
    for tree in gold:
        by_forms.setdefault(tuple(w.form for w in tree), []).append(tree)
    pairs = []
    for tree in system:
        candidates = by_forms.get(tuple(w.form for w in tree))
        if candidates:
            pairs.append((candidates.pop(0), tree))
    return pairs


def is_ancestor(tree: Tree, ancestor: int, node: int) -> bool:
    """Whether word `ancestor` dominates word `node` in tree (0 is the root, above everything)."""
    seen = set()
    while node != 0 and node not in seen:
        seen.add(node)
        node = tree[node - 1].head
        if node == ancestor:
            return True
    return False


class Profile(NamedTuple):
    sentences: int
    words: Counter  # gold relation -> words
    errors: Counter  # gold relation -> words with a wrong head or label
    head_errors: Counter  # gold relation -> words with a wrong head
    confusions: Counter  # (gold relation, system relation) -> words with the right head
    punct_direction: Counter  # where a wrongly attached punctuation mark's gold head is


def profile(pairs: Iterable[tuple[Tree, Tree]]) -> Profile:
    """Count errors by gold relation; for punctuation, whether the gold head lies above the
    system's head in the gold tree (the gold convention attaches higher) or below it."""
    result = Profile(0, Counter(), Counter(), Counter(), Counter(), Counter())
    sentences = 0
    for gold, system in pairs:
        sentences += 1
        for g, s in zip(gold, system):
            result.words[g.deprel] += 1
            if g.head == s.head and g.deprel == s.deprel:
                continue
            result.errors[g.deprel] += 1
            if g.head != s.head:
                result.head_errors[g.deprel] += 1
            else:
                result.confusions[(g.deprel, s.deprel)] += 1
            if g.deprel == "punct" and g.head != s.head:
                if is_ancestor(gold, g.head, s.head):
                    result.punct_direction["gold head above the system's"] += 1
                elif is_ancestor(gold, s.head, g.head):
                    result.punct_direction["gold head below the system's"] += 1
                else:
                    result.punct_direction["neither dominates the other"] += 1
    return result._replace(sentences=sentences)


def fronted_comma_attachment(trees: Iterable[Tree]) -> Counter:
    """Where a treebank attaches the comma right after a fronted adverbial (an obl, advcl or
    advmod ending just before the comma, whose governor follows it): to the adverbial's own head
    ("unit", UD's guideline), to the governor ("governor"), or elsewhere ("other")."""
    counts: Counter = Counter()
    for tree in trees:
        for comma in tree:
            if comma.form != "," or comma.deprel != "punct" or comma.id == 1:
                continue
            unit, seen = comma.id - 1, set()
            while 0 < tree[unit - 1].head < comma.id and unit not in seen:  # a malformed cycle ends here
                seen.add(unit)
                unit = tree[unit - 1].head
            governor = tree[unit - 1].head
            if governor <= comma.id or tree[unit - 1].deprel not in FRONTED_RELATIONS:
                continue
            if comma.head == unit or is_ancestor(tree, unit, comma.head):
                counts["unit"] += 1
            elif comma.head == governor:
                counts["governor"] += 1
            else:
                counts["other"] += 1
    return counts


def report(p: Profile) -> str:
    total, wrong = sum(p.words.values()), sum(p.errors.values())
    punct_words, punct_wrong = p.words["punct"], p.errors["punct"]
    lines = [
        f"sentences compared: {p.sentences}, words: {total}",
        f"LAS on these words: {100 * (1 - wrong / total):.2f}",
        f"LAS without punctuation: {100 * (1 - (wrong - punct_wrong) / (total - punct_words)):.2f}",
        f"punctuation: {punct_wrong} of the {wrong} errors ({100 * punct_wrong / max(wrong, 1):.1f} %), "
        f"{100 * punct_wrong / max(punct_words, 1):.1f} % of punctuation marks",
        "wrongly attached punctuation, by where the gold head is: "
        + ", ".join(f"{k}: {v}" for k, v in p.punct_direction.most_common()),
        "",
        "errors by gold relation (words, wrong, of which the head is wrong):",
    ]
    for relation, count in p.errors.most_common(20):
        lines.append(f"  {relation:12} {p.words[relation]:6} {count:6} {p.head_errors[relation]:6}")
    lines.append("label confusions with the right head (gold -> system):")
    for (gold, system), count in p.confusions.most_common(10):
        lines.append(f"  {gold} -> {system}: {count}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--conventions", type=Path, nargs="*", default=[],
                        help="treebanks whose comma-after-a-fronted-adverbial attachment to count")
    args = parser.parse_args(argv)
    print(report(profile(aligned(read_trees(args.gold), read_trees(args.system)))))
    for treebank in args.conventions:
        counts = fronted_comma_attachment(read_trees(treebank))
        print(f"comma after a fronted adverbial in {treebank.name}: "
              + ", ".join(f"{k} {counts[k]}" for k in ("unit", "governor", "other")))


if __name__ == "__main__":
    main()
