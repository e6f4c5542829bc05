"""relecture.html: the tutorial's text in its order, each claim in its verdict's colour, a summary on top."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from .match import Verdict

LABELS = {
    "conforme": "Conforme",
    "different": "Différent",
    "introuvable": "Introuvable",
    "non_verifiable": "Non vérifiable",
}


def write_html(directory: Path, tutorial: str, verdicts: list[Verdict]) -> Path:
    """Write relecture.html into `directory`."""
    summary = sorted(Counter(v.verdict for v in verdicts).items())
    loader = FileSystemLoader(Path(__file__).parent / "templates")
    page = Environment(loader=loader, autoescape=True).get_template("relecture.html")
    path = directory / "relecture.html"
    text = page.render(tutoriel=tutorial, verdicts=verdicts, resume=summary, labels=LABELS)
    path.write_text(text, encoding="utf-8")
    return path
