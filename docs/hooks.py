"""MkDocs hooks: tabs survive in code blocks; pages others write join the site when they exist.

Python-Markdown expands every tab to spaces, which breaks CoNLL-U (ten *tab*-separated
columns) copied from a rendered page. Tabs inside fenced code blocks are therefore swapped for a
private-use character before Markdown runs and swapped back in the page's HTML.

Some pages (the models, the property testing guide, evaluation results) are written alongside
the code they describe and may not be there yet in a given checkout. Listed here, each joins
the navigation when its file exists; until then, links to it are shown as plain text, so that
``mkdocs build --strict`` neither fails on a missing page nor hides a broken link elsewhere.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.eventcode")

TAB_MARK = "\ue000"  # a private-use character: never in real text
FENCED = re.compile(r"^(```[^\n]*\n)(.*?)(^```)", re.M | re.S)

#: (file under docs/, section of the navigation, title), in navigation order.
OPTIONAL_PAGES: tuple[tuple[str, str, str], ...] = (
    ("testing.md", "Guides", "Property testing"),
    ("scaling.md", "Guides", "Scaling with Dask"),
    ("models.md", "Models and evaluation", "Offline Stanza models"),
    ("evaluation.md", "Models and evaluation", "Evaluation results"),
    ("petrarch.md", "Models and evaluation", "PETRARCH comparison"),
    ("benchmarks.md", "Models and evaluation", "Benchmarks"),
)


def _missing(docs_dir: str) -> set[str]:
    return {name for name, _, _ in OPTIONAL_PAGES if not (Path(docs_dir) / name).is_file()}


def _in_nav(nav: Any, name: str) -> bool:
    if isinstance(nav, str):
        return nav == name
    if isinstance(nav, dict):
        return any(_in_nav(value, name) for value in nav.values())
    if isinstance(nav, list):
        return any(_in_nav(item, name) for item in nav)
    return False


def on_config(config: Any) -> Any:
    """Add each optional page that exists, and is not listed yet, to its section of the navigation."""
    missing = _missing(config["docs_dir"])
    nav = config["nav"]
    for name, section, title in OPTIONAL_PAGES:
        if _in_nav(nav, name):
            continue
        if name in missing:
            log.info("optional page %s is not there yet: left out of the navigation", name)
            continue
        entries = next((item[section] for item in nav if isinstance(item, dict) and section in item), None)
        if entries is None:
            entries = []
            nav.insert(len(nav) - 1, {section: entries})
        entries.append({title: name})
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Keep the tabs of code blocks; show links to optional pages not there yet as text."""
    markdown = FENCED.sub(lambda m: m.group(1) + m.group(2).replace("\t", TAB_MARK) + m.group(3), markdown)
    for name in _missing(config["docs_dir"]):
        pattern = re.compile(r"\[([^\]]+)\]\((?:\.\./)?" + re.escape(name) + r"(#[^)]*)?\)")
        markdown = pattern.sub(r"\1", markdown)
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Put the tabs of code blocks back (before the search index reads the page)."""
    return html.replace(TAB_MARK, "\t")
