"""Every checkable claim of a tutorial, with its line, page and kind; the rest kept with a reason."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import patterns as p
from .normalise import strip_bullet, typography
from .readers import Line, join_lines

_ELEMENT_KINDS = {"lien": "lien", "champ": "champ", "case": "champ"}
_ARTICLE = re.compile(r"^(?:l'|le |la |les |des |du |de la |de l')", re.I)
NOTHING = "aucun élément nommé, nombre, format, délai, date, courriel, position ni version à vérifier"


@dataclass(frozen=True)
class Claim:
    """One claim: where it is, what kind, what it says the site shows or enforces."""

    ligne: int
    page: int | None
    texte: str  # the line as the tutorial wrote it
    # bouton, lien, champ, format, delai, echeance, courriel, compte, liste, position, version, lieu, texte
    genre: str
    attendu: str  # what the tutorial says, in its own words
    raison: str = ""  # why a non-checkable sentence is not checked
    element: str = ""  # for a position: the element the sentence names


def plain(text: str) -> str:
    """A line as compared: typography, no bullet or step number, markdown emphasis as a quoted label."""
    text = p.MARKUP.sub(lambda m: "« " + next(g for g in m.groups() if g) + " »", typography(text))
    return p.STEP.sub("", strip_bullet(text), count=1).strip()


def extract(lines: list[Line]) -> list[Claim]:
    """The claims of the whole text, in its order; a line with none is kept as not checkable."""
    joined = join_lines(lines)
    texts = [plain(line.texte) for line in joined]
    claims: list[Claim] = []
    for index, line in enumerate(joined):
        found = list(_claims_of(texts[index], texts[index + 1 : index + 9]))
        claims += [
            Claim(line.numero, line.page, line.texte.strip(), genre, attendu, element=element)
            for genre, attendu, element in found
        ]
        if not found and len(texts[index].split()) >= 4:
            claims.append(Claim(line.numero, line.page, line.texte.strip(), "texte", "", NOTHING))
    return claims


def _claims_of(text: str, after: list[str]) -> Iterator[tuple[str, str, str]]:
    """(kind, expected, element) triples of one line; a claim cut at the line's end reads on."""
    following = after[0] if after else ""
    window = f"{text} {following}".strip() if not text.endswith((".", "!", "?")) else text
    names = list(_elements(text, window))
    yield from ((genre, name, "") for genre, name in names)
    yield from ((genre, value, "") for genre, value in _formats(text, window))
    for match in p.DELAY.finditer(text):
        if re.search(r"\d\s*(?:heures?|h|jours?)\b", match.group(0), re.I):
            yield "delai", match.group(0), ""
    for match in p.VERSION.finditer(text):
        yield "version", match.group(0), ""
    for match in p.POSITION.finditer(text):
        yield "position", match.group(0), _named(text, names)
    yield from _counts(text, after)
    for match in p.DEPARTMENTS.finditer(text):
        yield "echeance", match.group(0), ""
    for match in p.DEADLINE.finditer(text):
        yield "echeance", match.group(0).strip(), ""
    for match in p.PLACE.finditer(text):
        yield "lieu", match.group(0), ""
    yield from ((genre, value, "") for genre, value in _mails(text, window))


def _elements(text: str, window: str) -> Iterator[tuple[str, str]]:
    """The elements an action names: quoted, in bold, or a capitalised label."""
    for match in p.ACTION.finditer(window):
        if match.start() >= len(text):
            break
        name = next(group for group in match.groups()[1:] if group)
        if match.group(5) and p.DESCRIPTION.search(name):
            continue  # « choisissez le Compte avec lequel vous… »: a description, not a label
        yield _ELEMENT_KINDS.get((match.group(1) or "").lower(), "bouton"), name.strip()


def _named(text: str, names: list[tuple[str, str]]) -> str:
    """The element a position speaks of: the one acted on in the sentence, else a quoted one."""
    if names:
        return names[0][1]
    quoted = p.QUOTED.search(text)
    return next(group for group in quoted.groups() if group) if quoted else ""


def _formats(text: str, window: str) -> Iterator[tuple[str, str]]:
    """Digit and character counts, the composition of a password, a number without its key."""
    for match in p.FORMAT.finditer(text):
        yield "format", match.group(0).strip()
    composition = p.COMPOSITION.search(window)
    if composition and composition.start() < len(text):
        yield "format", composition.group(0)
    for match in p.WITHOUT_KEY.finditer(text):
        yield "format", match.group(0)


def _counts(text: str, after: list[str]) -> Iterator[tuple[str, str, str]]:
    """A count, and the names listed after it (on the line, or as the next list items)."""
    for match in p.COUNT.finditer(text):
        yield "compte", f"{match.group(1)} {match.group(2)}", ""
        if not match.group(3):
            continue
        rest = text[match.end() :]
        items = _split(rest) if rest.strip(" .") else []
        if rest.strip() and not rest.rstrip().endswith(".") and after:
            items = _split(rest + " " + after[0])
        if not items and after and "," in after[0]:
            items = _split(after[0])
        if not items:
            items = [_split(line.split(" : ")[0])[0] for line in after if line][: p.number(match.group(1))]
        if items:
            yield "liste", ", ".join(items), ""


def _split(text: str) -> list[str]:
    """The names of a list written in a sentence: commas, « et », no article."""
    text = re.split(r"\.(?:\s|$)", text)[0]
    parts = re.split(r"\s*[,;]\s*|\s+et\s+", text.strip(" :"))
    return [_ARTICLE.sub("", part).strip() for part in parts if part.strip()]


def _mails(text: str, window: str) -> Iterator[tuple[str, str]]:
    """A mail's sender address and its subject."""
    for match in p.SENDER.finditer(window):
        if match.start() < len(text):
            yield "courriel", match.group(1)
    if "objet" in text.lower() or "intitul" in text.lower():
        subject = p.SUBJECT.search(window)
        if subject:
            value = next(group for group in subject.groups() if group)
            yield "courriel", value.rstrip(". ")
