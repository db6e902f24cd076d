"""Checks on the shipped actor codebooks (data only): codebooks/actors/countries.yaml and
codebooks/actors/organizations.yaml."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
ACTORS = REPO / "codebooks" / "actors"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GENERATOR = REPO / "tools" / "build_actors.py"

LANGS = ("fr", "en")
# CAMEO role codes (the manual's actor table) that may follow a country or IGO/IMG prefix.
SECTORS = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "PTY",
}
INTERNATIONAL = {"IGO", "IMG", "NGO", "NGM", "MNC", "INT", "UIS"}
ARTICLES = {
    "fr": re.compile(r"^(le|la|les|l')\b", re.IGNORECASE),
    "en": re.compile(r"^the ", re.IGNORECASE),
}

# Entries allowed to have no demonym in a language, and why.
NO_DEMONYM = {
    "fr": {
        "ASM": "no French demonym distinct from Samoa's",
        "BES": "no demonym", "CCK": "no French demonym", "CXR": "no French demonym",
        "FLK": "'malouin' is the demonym of Saint-Malo",
        "COG": "'congolais' is given to COD (Phoenix convention)",
        "MNP": "no demonym", "SHN": "no French demonym", "SJM": "no demonym",
        "SXM": "no demonym", "TCA": "no demonym", "VGB": "no demonym", "VIR": "no demonym",
    },
    "en": {
        "BES": "no demonym", "COG": "'Congolese' is given to COD (Phoenix convention)",
        "DMA": "'Dominican' is given to DOM", "GGY": "no common demonym",
        "JEY": "no common demonym", "MAF": "no English demonym", "MNP": "no demonym",
        "SCG": "no demonym", "SJM": "no demonym", "SPM": "no English demonym",
        "SXM": "no demonym", "TCA": "no demonym", "VAT": "the adjective is the name",
        "VGB": "no demonym", "VIR": "no demonym",
    },
}


def load(name: str) -> dict:
    with (ACTORS / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.BaseLoader)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.fixture(scope="module")
def countries_doc() -> dict:
    return load("countries.yaml")


@pytest.fixture(scope="module")
def organizations_doc() -> dict:
    return load("organizations.yaml")


@pytest.fixture(scope="module")
def countries(countries_doc: dict) -> list[dict]:
    return [a for a in countries_doc["actors"] if a["type"] == "country"]


@pytest.fixture(scope="module")
def country_codes(countries: list[dict]) -> set[str]:
    return {c["code"] for c in countries}


def all_actors(countries_doc: dict, organizations_doc: dict) -> list[dict]:
    return list(countries_doc["actors"]) + list(organizations_doc["actors"])


def test_headers(countries_doc: dict, organizations_doc: dict) -> None:
    assert countries_doc["codebook"] == "countries"
    assert organizations_doc["codebook"] == "organizations"
    assert countries_doc["version"] == organizations_doc["version"] == "0.1.0"


def test_ids_unique(countries_doc: dict, organizations_doc: dict) -> None:
    ids = [a["id"] for a in all_actors(countries_doc, organizations_doc)]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_country_entries(countries: list[dict]) -> None:
    assert len(countries) >= 240
    for c in countries:
        assert re.fullmatch(r"[A-Z]{3}", c["code"]), c["code"]
        assert c["id"] == c["code"]
        for lang in LANGS:
            names = c["names"][lang]
            assert isinstance(names, list) and names, (c["id"], lang)
            demonyms = c["demonyms"][lang]
            assert isinstance(demonyms, list), (c["id"], lang)
            if not demonyms:
                assert c["id"] in NO_DEMONYM[lang], f"{c['id']} has no {lang} demonym"
            else:
                assert c["id"] not in NO_DEMONYM[lang], f"{c['id']}: drop it from NO_DEMONYM"


def test_names_are_clean_strings(countries_doc: dict, organizations_doc: dict) -> None:
    for actor in all_actors(countries_doc, organizations_doc):
        for field in ("names", "demonyms"):
            for lang, words in actor.get(field, {}).items():
                assert lang in LANGS
                for word in words:
                    assert isinstance(word, str) and word.strip() == word and word, (actor["id"], word)
                    assert not ARTICLES[lang].match(word), f"{actor['id']}: {word!r} starts with an article"
                folded = [fold(w) for w in words]
                assert len(folded) == len(set(folded)), (actor["id"], field, lang, words)


def test_demonyms_are_single_words_in_french(countries: list[dict]) -> None:
    for c in countries:
        for word in c["demonyms"]["fr"]:
            assert " " not in word, (c["id"], word)
            assert word == word.lower(), (c["id"], word)


def test_no_name_shared_by_two_actors(countries_doc: dict, organizations_doc: dict) -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor in all_actors(countries_doc, organizations_doc):
        for field in ("names", "demonyms"):
            for lang, words in actor.get(field, {}).items():
                for word in words:
                    owners[(lang, fold(word))].add(actor["id"])
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not shared, shared


def valid_code(code: str, countries: set[str]) -> bool:
    if not re.fullmatch(r"(?:[A-Z]{3}){1,3}", code):
        return False
    head, rest = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    if head in countries:  # country, then a sector, then an optional organisation code (PSEREBHMS)
        return not rest or rest[0] in SECTORS
    return head in INTERNATIONAL


def test_organization_codes(countries_doc: dict, organizations_doc: dict, country_codes: set[str]) -> None:
    for actor in all_actors(countries_doc, organizations_doc):
        if actor["type"] != "organization":
            continue
        codes = [actor["code"]] if "code" in actor else []
        codes += [role["code"] for role in actor.get("roles", [])]
        assert codes, f"{actor['id']} has neither code nor roles"
        for code in codes:
            assert valid_code(code, country_codes), (actor["id"], code)
        for role in actor.get("roles", []):
            for key in ("from", "to"):
                if key in role:
                    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", role[key]), (actor["id"], role)
        for lang in LANGS:
            assert actor["names"][lang], (actor["id"], lang)


def by_id(countries_doc: dict) -> dict[str, dict]:
    return {a["id"]: a for a in countries_doc["actors"]}


def test_known_entries(countries_doc: dict, organizations_doc: dict) -> None:
    actors = by_id(countries_doc)
    assert actors["RUS"]["demonyms"]["fr"] == ["russe", "russes"]
    assert "Moscou" in actors["RUS"]["names"]["fr"]
    assert actors["PRK"]["demonyms"]["fr"] == ["nord-coréen", "nord-coréenne", "nord-coréens",
                                              "nord-coréennes"]
    assert {"Émirats arabes unis"} <= set(actors["ARE"]["names"]["fr"])
    assert {"émirien", "émirienne", "émiriens", "émiriennes"} <= set(actors["ARE"]["demonyms"]["fr"])
    assert {"ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"} == set(actors["CIV"]["demonyms"]["fr"])
    assert "Côte d'Ivoire" in actors["CIV"]["names"]["fr"]
    assert {"néerlandais", "néerlandaise", "néerlandaises"} <= set(actors["NLD"]["demonyms"]["fr"])
    assert "Pays-Bas" in actors["NLD"]["names"]["fr"]
    assert {"américain", "américaine", "américains", "américaines"} <= set(actors["USA"]["demonyms"]["fr"])
    assert {"États-Unis", "Washington"} <= set(actors["USA"]["names"]["fr"])
    assert {"Pékin", "Beijing"} <= set(actors["CHN"]["names"]["fr"])
    assert {"Kiev", "Kyiv"} <= set(actors["UKR"]["names"]["fr"])
    assert {"ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"} == set(actors["UKR"]["demonyms"]["fr"])
    assert "sud-africain" in actors["ZAF"]["demonyms"]["fr"]
    assert actors["kremlin"]["roles"] == [{"code": "RUSGOV"}]
    assert actors["maison-blanche"]["names"]["fr"][0] == "Maison Blanche"
    assert actors["pentagone"]["roles"] == [{"code": "USAMIL"}]
    orgs = by_id(organizations_doc)
    assert orgs["un"]["code"] == "IGOUNO" and "ONU" in orgs["un"]["names"]["fr"]
    assert orgs["nato"]["code"] == "IGONAT" and "OTAN" in orgs["nato"]["names"]["fr"]
    assert orgs["eu"]["code"] == "IGOEEC"


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(GENERATOR), "--output-dir", str(tmp_path)], check=True)
    for name in ("countries.yaml", "organizations.yaml"):
        assert (tmp_path / name).read_bytes() == (ACTORS / name).read_bytes(), (
            f"codebooks/actors/{name} is stale: run python tools/build_actors.py"
        )


@pytest.mark.skipif(not (SHARED / "reference").is_dir(), reason="../shared/reference is not here")
def test_every_cameo_country_code_is_covered(countries_doc: dict, country_codes: set[str]) -> None:
    path = SHARED / "reference" / "cameo" / "cameo_country_codes.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        table = {row["code"] for row in csv.DictReader(handle, delimiter="\t")}
    header = (ACTORS / "countries.yaml").read_text(encoding="utf-8").split("codebook:")[0]
    aliases = set(re.findall(r"([A-Z]{3}) -> [A-Z]{3}", header))
    assert table - country_codes == aliases
    assert country_codes <= table
