"""Every checkable claim of a tutorial, with its line, page and kind; the rest kept with a reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import strip_bullet, typography
from .readers import Line, join_lines

VERBS = r"cliquez|cliquer|appuyez|appuyer|s[ée]lectionnez|choisissez|saisissez|indiquez|tapez|validez|touchez"
_ACTION = re.compile(
    rf"(?i:\b(?:{VERBS})\b(?:\s+(?:sur|avec))?(?:\s+(?:le|la|les|l'|un|une))?)\s*"
    r"(?:(?i:(bouton|lien|onglet|rubrique|menu|case|champ))\s+)?"
    r"(?:«\s*([^»]+?)\s*»|\"([^\"]+)\"|'([^']+)'|([A-ZÀ-Ý][^.,;:()!?]*?))"
    r"(?=\s*(?:[.,;:()!?]|$|\s(?:en haut|en bas|à gauche|à droite|puis|afin|pour|et connectez|à chaque)))",
)
# An unquoted name that speaks to the reader or runs into a relative clause describes, not names.
_DESCRIPTION = re.compile(r"\b(?:lequel|laquelle|lesquels|lesquelles|qui|que|dont|vous|votre|vos)\b", re.I)
_FORMAT = re.compile(r"(\d+)\s*(chiffres|caract[èe]res)(\s+minimum)?", re.IGNORECASE)
_DELAY = re.compile(r"(?:valable|dans les|sous)\s+(\d+\s*(?:heures?|h)(?:\s*-\s*\d+\s*h)?)", re.IGNORECASE)
_VERSION = re.compile(r"\b(ios|android)\b\s*\(?\s*(?:[>≥]|sup[ée]rieur [àa])\s*(\d+)", re.IGNORECASE)
_POSITION = re.compile(r"\b(en haut à droite|en haut à gauche|en bas|à gauche|à droite)\b", re.IGNORECASE)
_COUNT = re.compile(r"\b(\d+)\s+(services|étapes|espaces|comptes|comptes proposés)\b", re.IGNORECASE)
_DEADLINE = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\s*\d{1,2}(?:er)?\s+"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    r"(?:\s+\d{4})?(?:\s+au plus tard à \d{1,2}h\d{0,2})?",
    re.IGNORECASE,
)
_SENDER = re.compile(r"exp[ée]diteur\s*:?\s*([\w.+-]+@[\w.-]+\w)", re.IGNORECASE)
_SUBJECT = re.compile(r"(?:avec l'|l')objet\s*:?\s*«?\s*(.+?)\s*»?\s*$", re.IGNORECASE)

_ELEMENT_KINDS = {"lien": "lien", "champ": "champ", "case": "champ"}


@dataclass(frozen=True)
class Claim:
    """One claim: where it is, what kind, what it says the site shows or enforces."""

    ligne: int
    page: int | None
    texte: str  # the line as the tutorial wrote it
    genre: str  # bouton, lien, champ, format, delai, echeance, courriel, compte, position, version, texte
    attendu: str  # what the tutorial says, in its own words
    raison: str = ""  # why a non-checkable sentence is not checked


def extract(lines: list[Line]) -> list[Claim]:
    """The claims of the whole text, in its order; a line with none is kept as not checkable."""
    joined = join_lines(lines)
    claims: list[Claim] = []
    for index, line in enumerate(joined):
        text = typography(strip_bullet(line.texte))
        following = typography(joined[index + 1].texte) if index + 1 < len(joined) else ""
        found = list(_claims_of(text, following))
        claims += [
            Claim(line.numero, line.page, line.texte.strip(), genre, attendu) for genre, attendu in found
        ]
        if not found and len(text.split()) >= 4:
            reason = "aucun élément nommé, nombre, format, délai ni date à vérifier sur les sites"
            claims.append(Claim(line.numero, line.page, line.texte.strip(), "texte", "", reason))
    return claims


def _claims_of(text: str, following: str):
    """(kind, expected) pairs of one line; a name cut at the line's end takes the next line's words."""
    window = f"{text} {following}".strip() if not text.endswith((".", ":", "!", "?")) else text
    for match in _ACTION.finditer(window):
        if match.start() >= len(text):
            break
        name = next(group for group in match.groups()[1:] if group)
        if match.group(5) and _DESCRIPTION.search(name):
            continue  # « choisissez le Compte avec lequel vous… »: a description, not a label
        yield _ELEMENT_KINDS.get((match.group(1) or "").lower(), "bouton"), name.strip()
    for match in _FORMAT.finditer(text):
        yield "format", match.group(0)
    if re.search(r"au moins 1 chiffre", window, re.IGNORECASE) and not _FORMAT.search(text):
        yield "format", "au moins 1 chiffre et 1 lettre"
    for pattern, genre in (
        (_DELAY, "delai"),
        (_VERSION, "version"),
        (_POSITION, "position"),
        (_COUNT, "compte"),
    ):
        for match in pattern.finditer(text):
            yield genre, match.group(0)
    for match in _DEADLINE.finditer(text):
        yield "echeance", match.group(0).strip()
    for match in _SENDER.finditer(window if "xp" in text else ""):
        yield "courriel", match.group(1)
    subject = _SUBJECT.search(window) if "objet" in text.lower() else None
    if subject:
        yield "courriel", subject.group(1).rstrip(". ")
