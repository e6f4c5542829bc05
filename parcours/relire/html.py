"""relecture.html: the tutorial's text in its order, each claim highlighted in its verdict's colour
with its evidence beside it, a summary on top; French, printable."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from parcours.report.guide_zoom import OUTLINE

from .readers import Line
from .verdict import Verdict

LABELS = {
    "conforme": "Conforme",
    "different": "Différent",
    "introuvable": "Introuvable",
    "non_verifiable": "Non vérifiable",
    "ecart": "Écart connu",
}
SIGNS = {"conforme": "✓", "different": "✗", "introuvable": "?", "non_verifiable": "–", "ecart": "≈"}
# Typography a tutorial may use where a claim's text, read through `typography`, has plain signs.
_VARIANTS = {"'": "['’‘]", '"': '["“”«»]', " ": r"[\s\u00a0\u202f]+", "-": "[-–]"}


@dataclass
class Row:
    """One line of the tutorial, its claims' words marked, the checked claims under it."""

    numero: int
    page: int | None
    texte: Markup
    verdicts: list[Verdict] = field(default_factory=list)
    non_verifiable: str = ""  # why a sentence with nothing checkable is not checked

    @property
    def a_corriger(self) -> bool:
        """Whether a claim of the line is to be corrected."""
        return any(is_problem(verdict) for verdict in self.verdicts)


KINDS = {"delai": "délai", "echeance": "échéance", "compte": "nombre", "lieu": "lieux"}  # as trainers say
RULE_KINDS = ("format", "delai", "echeance", "compte", "liste", "version", "lieu")
PROBLEMS = ("different", "introuvable")


def evidence(verdict: Verdict) -> str:
    """What the site shows or its rule says, as the trainer reads it beside the tutorial's words."""
    if not verdict.constate:
        return ""
    if verdict.claim.genre in RULE_KINDS:
        return f"Règle du site : {verdict.constate}"
    if verdict.claim.genre == "position":
        return f"Sur le site : {verdict.constate}"
    return f"Le site affiche « {verdict.constate} »"


def is_problem(verdict: Verdict) -> bool:
    """A claim the trainer has to correct: contradicted or not found, outside the deliberate gaps."""
    return verdict.verdict in PROBLEMS and not verdict.ecart_connu


def css_class(verdict: Verdict) -> str:
    """The colour a claim is shown in: a known gap has its own, whatever its verdict."""
    return "ecart" if verdict.ecart_connu else verdict.verdict


def _pattern(said: str) -> re.Pattern[str]:
    """A claim's words as they may be typed in the line: any apostrophe, quote, space, dash."""
    return re.compile("".join(_VARIANTS.get(char, re.escape(char)) for char in said), re.IGNORECASE)


def _marked(text: str, verdicts: list[Verdict]) -> Markup:
    """The line with each claim's words in a <mark> of its verdict's colour."""
    spans: list[tuple[int, int, Verdict]] = []
    for verdict in verdicts:
        found = _pattern(verdict.claim.attendu).search(text) if verdict.claim.attendu else None
        if found and all(found.end() <= start or found.start() >= end for start, end, _ in spans):
            spans.append((found.start(), found.end(), verdict))
    out, cursor = Markup(""), 0
    for start, end, verdict in sorted(spans, key=lambda span: span[0]):
        label = LABELS[css_class(verdict)]
        out += escape(text[cursor:start])
        out += Markup('<mark class="{}" title="{}">{}</mark>').format(
            css_class(verdict), label, text[start:end]
        )
        cursor = end
    return out + escape(text[cursor:])


def rows(lines: list[Line], verdicts: list[Verdict]) -> list[Row]:
    """The tutorial's lines in order, each with the claims checked on it (not the bare sentences)."""
    by_line: dict[int, list[Verdict]] = defaultdict(list)
    reasons = {v.claim.ligne: v.raison for v in verdicts if v.claim.genre == "texte"}
    for verdict in verdicts:
        if verdict.claim.genre != "texte":
            by_line[verdict.claim.ligne].append(verdict)
    return [
        Row(
            line.numero,
            line.page,
            _marked(line.texte, by_line[line.numero]),
            by_line[line.numero],
            reasons.get(line.numero, ""),
        )
        for line in lines
    ]


def write_html(directory: Path, tutorial: str, verdicts: list[Verdict], lines: list[Line]) -> Path:
    """Write relecture.html into `directory`."""
    counts = Counter(css_class(v) for v in verdicts if v.claim.genre != "texte")
    counts["non_verifiable"] += sum(v.claim.genre == "texte" for v in verdicts)
    loader = FileSystemLoader(Path(__file__).parent / "templates")
    page = Environment(loader=loader, autoescape=True).get_template("relecture.html")
    path = directory / "relecture.html"
    text = page.render(
        tutoriel=tutorial,
        date=datetime.now().astimezone().strftime("%d/%m/%Y à %H:%M"),
        rows=rows(lines, verdicts),
        resume=[(name, counts[name]) for name in LABELS],
        a_corriger=[v for v in verdicts if is_problem(v)],
        ecarts=[v for v in verdicts if v.ecart_connu],
        labels=LABELS,
        signs=SIGNS,
        css_class=css_class,
        evidence=evidence,
        kinds=KINDS,
        is_problem=is_problem,
        outline=OUTLINE,
    )
    path.write_text(text, encoding="utf-8")
    return path
