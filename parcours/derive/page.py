"""Writes « Ce qui a changé depuis le tutoriel » (changements.html)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from mock_sites.profiles import SHOWN_BY_SITES, STATES

from .differences import Difference
from .sentences import sentence_of

PAGE_FILE = "changements.html"


def write_page(directory: Path, before: str, after: str, found: list[Difference], tutorials: Path) -> Path:
    """The page of the differences from `before` to `after`, each with its sentences and source."""
    env = Environment(loader=PackageLoader("parcours.derive"), autoescape=select_autoescape())
    rows = [
        {
            "difference": difference,
            "phrases": [(fact, sentence_of(fact, tutorials)) for fact in difference.touched],
        }
        for difference in found
    ]
    html = env.get_template(PAGE_FILE).render(
        de=before, a=after, etat=STATES[after], lignes=rows, montres=SHOWN_BY_SITES
    )
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / PAGE_FILE
    path.write_text(html, encoding="utf-8")
    return path
