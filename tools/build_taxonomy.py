#!/usr/bin/env python3
"""Generate ``codebooks/cameo.yaml``, the CAMEO event-code taxonomy with PLOVER equivalents.

Inputs (read from ``--reference DIR``, by default ``../shared/reference`` beside the repository):

* ``cameo/cameo_event_codes.tsv`` -- the CAMEO 1.1b3 code table: code, level, root, parent, name,
  Goldstein values (ICEWS and GDELT columns) and quad class.  This is the list of codes: every row
  becomes one taxonomy entry, nothing else is added except the eventcode extensions below.
* ``cameo/icews_cameo-codes.csv`` -- the ICEWS code table; only used to cross-check codes and
  Goldstein values (differences are written into the YAML header).
* ``plover/cameo2plover_2021.csv`` -- the official 2021 CAMEO->PLOVER crosswalk (event, mode,
  context per CAMEO code).  ``cameo2plover_2021.json`` and ``CAMEO2PLOVER-2021.txt`` are
  cross-checked against it.
* ``plover/cameo_root2plover_manual_v2.csv`` -- the PLOVER event for each CAMEO root (the 2021
  crosswalk has no rows for the two-digit roots).

Output conventions (see also the header the script writes):

* Every scalar is written as a double-quoted string, so no YAML reader turns "042" into 34 or
  "true" into a boolean behind the schema's back.
* ``goldstein`` is the ICEWS Goldstein value (-10..+10) written as a decimal string ("-0.1",
  "7.0").  The CAMEO 1.1b3 additions that have no published value take their parent's value and
  are marked ``goldstein_inherited: "true"``.
* ``quad_class`` is "1".."4" (verbal cooperation, material cooperation, verbal conflict, material
  conflict), as in the code table.
* ``plover`` holds the non-empty fields of the crosswalk; codes the crosswalk does not map (the
  roots 01 and 02 and their children, which PLOVER drops, and the 1.1b3 additions) have no
  ``plover`` key.  Code 043 (host a visit) gets ``swap: "true"``: PLOVER codes it as CONSULT/visit
  with the visitor as actor, i.e. with CAMEO's source and target exchanged.
* eventcode extension codes are listed in ``EXTENSIONS`` below; each has a CAMEO parent, and its
  Goldstein value, quad class and PLOVER fields are copied from that parent unless given.

The script uses only the standard library and writes the same bytes for the same inputs.

Usage::

    python tools/build_taxonomy.py [--reference DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference"
DEFAULT_OUTPUT = REPO_ROOT / "codebooks" / "cameo.yaml"

CAMEO_VERSION = "1.1b3"
PLOVER_CROSSWALK = "CAMEO2PLOVER 2021 (PLOVER manual draft 0.8, 17 September 2021)"

#: CAMEO codes whose PLOVER coding exchanges CAMEO's source and target.
PLOVER_SWAP = {"043"}

PLOVER_KEYS = ("event", "mode", "context")


@dataclass(frozen=True)
class Extension:
    """An eventcode code that refines a CAMEO code; it always rolls up to ``parent``."""

    code: str
    parent: str
    name: str
    description: str
    goldstein: str | None = None  # None: the parent's value
    quad_class: str | None = None  # None: the parent's value
    plover: dict[str, str] | None = None  # None: the parent's PLOVER fields


#: eventcode extension codes.  Add new ones here; codes are "<CAMEO parent>.<lowercase_slug>".
EXTENSIONS: list[Extension] = [
    Extension(
        code="061.infrastructure",
        parent="061",
        name="Cooperate on infrastructure (eventcode extension)",
        description=(
            "Building, financing or jointly running transport and energy infrastructure such as "
            "bridges, roads, railways, ports and pipelines; counted as economic cooperation (061)."
        ),
    ),
]

EXTENSION_CODE = re.compile(r"^(?P<parent>[0-9]{2,4})\.[a-z][a-z0-9_]*$")


@dataclass
class Code:
    """One taxonomy row as it will be written."""

    code: str
    name: str
    parent: str | None
    goldstein: str
    quad_class: str
    plover: dict[str, str] = field(default_factory=dict)
    goldstein_inherited: bool = False
    extension: bool = False
    description: str | None = None


def decimal_string(value: str) -> str:
    """Write a number as a decimal string with at least one decimal: "-5" -> "-5.0"."""
    number = Decimal(value.strip())
    text = format(number, "f")
    if "." not in text:
        text += ".0"
    if text.startswith("-") and Decimal(text) == 0:
        text = text[1:]
    return text


def sentence_case(name: str) -> str:
    """The CAMEO table writes root names in capitals ("MAKE PUBLIC STATEMENT")."""
    if name.isupper():
        return name[:1] + name[1:].lower()
    return name


def simplified(name: str) -> str:
    """A name without case, quote style or CAMEO's ", not specified below" suffix, for comparison."""
    name = name.strip().lower().replace('"', "'")
    return name.removesuffix(", not specified below")


def read_cameo_table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_icews_table(path: Path) -> dict[str, dict[str, str]]:
    # The ICEWS file mixes encodings in its free-text columns; only code and goldstein are used.
    with path.open(encoding="latin-1", newline="") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


def read_crosswalk(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_crosswalk_text(path: Path) -> list[tuple[str, dict[str, str]]]:
    """The crosswalk's text form: ``0311: AGREE,  ,   economic # label`` (roots have no mode)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([^#]*)", line)
        if not match:
            continue
        parts = [part.strip() for part in match.group(2).split(",")] + ["", ""]
        context = re.sub(r"\s*;\s*", ";", parts[2])
        fields = {"event": parts[0], "mode": parts[1], "context": context}
        rows.append((match.group(1), {key: value for key, value in fields.items() if value}))
    return rows


def read_root_mapping(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["cameo_root"]: row["plover_event"] for row in csv.DictReader(handle)}


def plover_fields(row: dict[str, str]) -> dict[str, str]:
    values = {
        "event": row["plover_event"].strip(),
        "mode": row["plover_mode"].strip(),
        "context": row["plover_context"].strip(),
    }
    return {key: value for key, value in values.items() if value}


def build(reference: Path) -> tuple[list[Code], list[str]]:
    """Read the reference tables; return the taxonomy rows and notes on the sources."""
    notes: list[str] = []
    table = read_cameo_table(reference / "cameo" / "cameo_event_codes.tsv")
    icews = read_icews_table(reference / "cameo" / "icews_cameo-codes.csv")
    crosswalk_rows = read_crosswalk(reference / "plover" / "cameo2plover_2021.csv")
    roots = read_root_mapping(reference / "plover" / "cameo_root2plover_manual_v2.csv")

    codes = [row["code"] for row in table]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise SystemExit(f"duplicate codes in the CAMEO table: {duplicates}")
    known = set(codes)

    # --- cross-check the JSON crosswalk against the CSV one -----------------------------------
    json_path = reference / "plover" / "cameo2plover_2021.json"
    if json_path.exists():
        json_rows = json.loads(json_path.read_text(encoding="utf-8"))
        csv_as_dicts = [dict(row) for row in crosswalk_rows]
        if json_rows != csv_as_dicts:
            notes.append("cameo2plover_2021.json differs from cameo2plover_2021.csv; the CSV is used.")
        else:
            notes.append("cameo2plover_2021.json agrees with cameo2plover_2021.csv (used).")
    txt_path = reference / "plover" / "CAMEO2PLOVER-2021.txt"
    if txt_path.exists():
        txt_rows = read_crosswalk_text(txt_path)
        csv_rows = [(row["cameo"].strip(), plover_fields(row)) for row in crosswalk_rows]
        if txt_rows != csv_rows:
            notes.append("CAMEO2PLOVER-2021.txt differs from cameo2plover_2021.csv; the CSV is used.")
        else:
            notes.append("CAMEO2PLOVER-2021.txt agrees with cameo2plover_2021.csv, row for row.")

    # --- crosswalk: first row wins, report duplicates and unknown codes -----------------------
    crosswalk: dict[str, dict[str, str]] = {}
    for row in crosswalk_rows:
        code = row["cameo"].strip()
        fields = plover_fields(row)
        if code in crosswalk:
            same = "identical mapping" if crosswalk[code] == fields else "different mapping"
            notes.append(f"crosswalk lists {code} twice ({same}); the first row is used.")
            continue
        crosswalk[code] = fields
    for code in sorted(set(crosswalk) - known):
        notes.append(
            f"crosswalk maps {code}, which is not in the CAMEO {CAMEO_VERSION} table; not included."
        )

    # --- ICEWS table --------------------------------------------------------------------------
    missing_icews = [code for code in codes if code not in icews]
    if missing_icews:
        notes.append(
            "in the CAMEO table but not in the ICEWS table: " + ", ".join(missing_icews) + "."
        )
    extra_icews = sorted(set(icews) - known)
    if extra_icews:
        notes.append("in the ICEWS table but not in the CAMEO table: " + ", ".join(extra_icews) + ".")
    for row in table:
        if row["name_source"] != "CAMEO.Manual.1.1b3.tex":
            notes.append(f"{row['code']} is not in the 1.1b3 manual; row taken from {row['name_source']}.")

    # --- rows ---------------------------------------------------------------------------------
    by_code: dict[str, Code] = {}
    inherited: list[str] = []
    gdelt_differs: list[str] = []
    for row in table:
        code = row["code"]
        parent = row["parent"].strip() or None
        if parent is not None and parent not in by_code:
            raise SystemExit(f"{code}: parent {parent} is not listed before it")
        expected_parent = None if len(code) == 2 else code[:-1]
        if parent != expected_parent:
            notes.append(f"{code}: table parent {parent} differs from the code prefix {expected_parent}.")
        goldstein_raw = row["goldstein_icews"].strip()
        if goldstein_raw:
            goldstein = decimal_string(goldstein_raw)
            other = icews.get(code, {}).get("goldstein", "").strip()
            if other and Decimal(other) != Decimal(goldstein_raw):
                notes.append(f"{code}: Goldstein {goldstein_raw} in the code table, {other} in ICEWS.")
            was_inherited = False
        else:
            if parent is None:
                raise SystemExit(f"root {code} has no Goldstein value")
            goldstein = by_code[parent].goldstein
            was_inherited = True
            inherited.append(code)
        gdelt = row["goldstein_gdelt"].strip()
        if goldstein_raw and gdelt and Decimal(gdelt) != Decimal(goldstein_raw):
            gdelt_differs.append(f"{code} ({decimal_string(goldstein_raw)} vs {decimal_string(gdelt)})")
        icews_name = icews.get(code, {}).get("name", "").strip()
        if icews_name and simplified(icews_name) != simplified(row["name_cameo_1.1b3"]):
            notes.append(
                f"{code}: named {row['name_cameo_1.1b3'].strip()!r} in the code table (used), "
                f"{icews_name!r} in ICEWS."
            )
        quad = row["quad_class"].strip()
        if quad not in {"1", "2", "3", "4"}:
            raise SystemExit(f"{code}: quad class {quad!r}")

        if len(code) == 2:
            plover = root_plover(code, roots.get(code, ""), crosswalk, notes)
        else:
            plover = dict(crosswalk.get(code, {}))
        if plover and code in PLOVER_SWAP:
            plover["swap"] = "true"
        by_code[code] = Code(
            code=code,
            name=sentence_case(row["name_cameo_1.1b3"].strip()),
            parent=parent,
            goldstein=goldstein,
            quad_class=quad,
            plover=plover,
            goldstein_inherited=was_inherited,
        )
    if gdelt_differs:
        notes.append(
            "the GDELT Goldstein column differs from the ICEWS one (used) for: "
            + ", ".join(gdelt_differs)
            + "."
        )
    if inherited:
        notes.append(
            "no published Goldstein value (taken from the parent, goldstein_inherited): "
            + ", ".join(inherited)
            + "."
        )
    no_plover = [code for code in codes if not by_code[code].plover]
    notes.append("no PLOVER equivalent (no plover key): " + compress(no_plover) + ".")

    # --- extensions ---------------------------------------------------------------------------
    rows = [by_code[code] for code in codes]
    for extension in EXTENSIONS:
        match = EXTENSION_CODE.match(extension.code)
        if not match or match.group("parent") != extension.parent:
            raise SystemExit(f"extension {extension.code}: code must be '<parent>.<slug>'")
        parent_row = by_code.get(extension.parent)
        if parent_row is None:
            raise SystemExit(f"extension {extension.code}: unknown parent {extension.parent}")
        if extension.code in by_code:
            raise SystemExit(f"extension {extension.code} defined twice")
        row = Code(
            code=extension.code,
            name=extension.name,
            parent=extension.parent,
            goldstein=extension.goldstein or parent_row.goldstein,
            quad_class=extension.quad_class or parent_row.quad_class,
            plover=dict(parent_row.plover if extension.plover is None else extension.plover),
            extension=True,
            description=extension.description,
        )
        by_code[row.code] = row
        rows.append(row)
    return rows, notes


def root_plover(
    root: str, mapped: str, crosswalk: dict[str, dict[str, str]], notes: list[str]
) -> dict[str, str]:
    """PLOVER event of a CAMEO root from the manual root mapping (event only, no mode/context)."""
    mapped = mapped.strip()
    if not mapped or mapped == "dropped":
        return {}
    event = mapped.split()[0]
    if event != mapped:
        notes.append(f"root {root}: the root mapping reads {mapped!r}; only the event {event} is kept.")
    if "|" in event:
        alternatives = event.split("|")
        default = crosswalk.get(root + "0", {}).get("event")
        if default not in alternatives:
            notes.append(f"root {root} maps to {event} in the root mapping; left without plover.")
            return {}
        notes.append(
            f"root {root} maps to {event} in the root mapping; the root takes {default}, "
            f"the event of its unspecified code {root}0."
        )
        event = default
    return {"event": event}


def compress(codes: list[str]) -> str:
    """Shorten runs of whole families: all of 01, 02... are written as '01 and all of its codes'."""
    remaining = list(codes)
    parts: list[str] = []
    for root in sorted({code[:2] for code in codes}):
        family = [code for code in remaining if code[:2] == root]
        if root in family and len(family) > 1:
            parts.append(f"{root} and its {len(family) - 1} codes")
            remaining = [code for code in remaining if code[:2] != root]
    # keep the table order for the rest
    parts.extend(remaining)
    return ", ".join(parts)


def quote(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render_row(row: Code) -> str:
    items = [f"code: {quote(row.code)}", f"name: {quote(row.name)}"]
    if row.parent is not None:
        items.append(f"parent: {quote(row.parent)}")
    if row.extension:
        items.append('extension: "true"')
    items.append(f"goldstein: {quote(row.goldstein)}")
    if row.goldstein_inherited:
        items.append('goldstein_inherited: "true"')
    items.append(f"quad_class: {quote(row.quad_class)}")
    if row.plover:
        keys = [key for key in (*PLOVER_KEYS, "swap") if key in row.plover]
        inner = ", ".join(f"{key}: {quote(row.plover[key])}" for key in keys)
        items.append(f"plover: {{{inner}}}")
    if row.description:
        items.append(f"description: {quote(row.description)}")
    return "    - {" + ", ".join(items) + "}"


def render(rows: list[Code], notes: list[str]) -> str:
    levels = {2: 0, 3: 0, 4: 0}
    for row in rows:
        if not row.extension:
            levels[len(row.code)] += 1
    extensions = sum(row.extension for row in rows)
    lines = [
        "# generated by tools/build_taxonomy.py from the CAMEO 1.1b3 code table and the 2021 "
        "CAMEO→PLOVER crosswalk; do not edit by hand",
        f"# {levels[2]} roots, {levels[3]} three-digit codes, {levels[4]} four-digit codes, "
        f"{extensions} eventcode extension(s)",
        "# notes on the sources:",
    ]
    lines.extend(f"#   - {note}" for note in notes)
    lines += [
        "codebook: cameo",
        f"version: {quote(CAMEO_VERSION)}",
        "taxonomy:",
        "  conventions:",
        "    goldstein: "
        + quote(
            "ICEWS Goldstein conflict-cooperation value per code, -10 (most conflictual) to +10 "
            "(most cooperative); codes without a published value carry their parent's value and "
            "goldstein_inherited"
        ),
        "    quad_class: "
        + quote(
            "1 = verbal cooperation, 2 = material cooperation, 3 = verbal conflict, "
            "4 = material conflict (CAMEO/ICEWS convention)"
        ),
        "    plover: "
        + quote(
            f"{PLOVER_CROSSWALK}: event, mode, context (empty fields omitted); roots carry the "
            "event of the CAMEO-root mapping; codes PLOVER drops (roots 01, 02 and their codes) "
            "and codes the crosswalk predates have no plover key; swap = PLOVER actor and "
            "recipient are CAMEO's target and source"
        ),
        "    extensions: "
        + quote(
            "codes '<parent>.<name>' with extension: true are eventcode refinements of a CAMEO "
            "code; they roll up to their parent and copy its goldstein, quad_class and plover "
            "unless stated"
        ),
        "  codes:",
    ]
    lines.extend(render_row(row) for row in rows)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                        help="the shared reference folder (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help="where to write the YAML (default: %(default)s)")
    args = parser.parse_args(argv)
    if not (args.reference / "cameo" / "cameo_event_codes.tsv").exists():
        print(f"error: no CAMEO code table under {args.reference}", file=sys.stderr)
        return 2
    rows, notes = build(args.reference)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(render(rows, notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
