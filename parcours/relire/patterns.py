"""The ways French tutorials word a checkable claim, as regular expressions."""

from __future__ import annotations

import re

VERBS = (
    r"cliquez|cliquer|appuyez|appuyer|s[ée]lectionnez|s[ée]lectionner|choisissez|choisir|saisissez|"
    r"saisir|indiquez|tapez|taper|validez|valider|touchez|toucher|cochez|cocher"
)
ACTION = re.compile(
    rf"(?i:\b(?:{VERBS})\b(?:\s+(?:sur|avec|par))?(?:\s+(?:le|la|les|l'|un|une))?)\s*"
    r"(?:(?i:(bouton|lien|onglet|rubrique|menu|case|champ|icône|icone))\s+)?"
    r"(?:«\s*([^»]+?)\s*»|\"([^\"]+)\"|'([^']+)'|([A-ZÀ-Ý][^.,;:()!?]*?))"
    r"(?=\s*(?:[.,;:()!?]|$|\s(?:en haut|en bas|à gauche|à droite|puis|afin|pour|et connectez|à chaque)))",
)
# An unquoted name that speaks to the reader or runs into a relative clause describes, not names.
DESCRIPTION = re.compile(r"\b(?:lequel|laquelle|lesquels|lesquelles|qui|que|dont|vous)\b", re.I)
QUOTED = re.compile(r"«\s*([^»]+?)\s*»|\"([^\"]+)\"")
FORMAT = re.compile(
    r"(?:au moins|minimum)?\s*(\d+)\s*(chiffres|caract[èe]res|lettres)(\s+(?:minimum|au moins))?", re.I
)
COMPOSITION = re.compile(r"au moins\s+(\d+)\s+chiffres?\s+et\s+(\d+)\s+lettres?", re.I)
WITHOUT_KEY = re.compile(r"sans (?:la cl[ée]|les 2 derniers|les deux derniers)", re.I)
DELAY = re.compile(
    r"(?:valable|dans les|sous|pendant|d[ée]lai de|entre)\s+"
    r"(\d+\s*(?:heures?|h|jours?)?(?:\s*(?:-|à|et)\s*\d+\s*(?:heures?|h|jours?))?)(?=\W|$)",
    re.I,
)
VERSION = re.compile(
    r"\b(ios|android)\b[^.\d]{0,45}?"
    r"(?:(?:[>≥]|sup[ée]rieur(?:e)? (?:ou [ée]gale? )?[àa]|plus r[ée]cent que)\s*(\d+)"
    r"|(\d+)\s*(?:minimum|ou plus|et plus|au moins|ou sup[ée]rieur))",
    re.I,
)
POSITION = re.compile(
    r"\b(en haut à droite|en haut à gauche|en bas à droite|en bas à gauche|en haut|en bas|à gauche|"
    r"à droite)\b(?!\s+d[eu]\s+(?!l'écran|la page|votre écran))",
    re.I,
)
NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}
COUNT = re.compile(
    r"\b(\d+|deux|trois|quatre|cinq|six|sept|huit)\s+"
    r"(services|étapes|espaces|comptes|départements|mairies|communes)\b([^:.]{0,80}:)?",
    re.I,
)
WEEKDAY = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
DEADLINE = re.compile(
    rf"\b(?:(?:{WEEKDAY})\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTHS})(?:\s+\d{{4}})?"
    r"(?:\s*(?:,\s*)?(?:au plus tard\s+)?(?:à|avant)\s+\d{1,2}\s*h\s*\d{0,2})?",
    re.I,
)
DEPARTMENTS = re.compile(r"départements?\s*(?:n°|no|numéros?)?\s*(\d{2,3})\s*(?:à|-|au)\s*(\d{2,3})", re.I)
PLACE = re.compile(r"\b(?i:mairies?) d[e'] ?([A-ZÀ-Ý][\w-]+)")
ADDRESS = r"([\w.+-]+@[\w.-]+\w)"
SENDER = re.compile(
    rf"(?:exp[ée]diteur|envoy[ée]e? par|de la part de|re[çc]ue? de|provenant de)\s*:?\s*«?\s*{ADDRESS}",
    re.I,
)
SUBJECT = re.compile(
    r"(?:objet|intitul[ée])(?:\s+d[ue]\s+(?:ce\s+)?(?:courriel|mail|message))?(?:\s+est)?\s*:?\s*(?:«\s*([^»]+?)\s*»|\"([^\"]+)\"|(.+?)\s*$)",
    re.I,
)
MARKUP = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`|\[([^\]]+)\]\([^)]*\)")
STEP = re.compile(r"^\s*(?:#+\s*|étape\s+\d+\s*[:.–-]\s*|\d+\s*[:.)]\s*)", re.I)


def number(word: str) -> int:
    """A count written in digits or in words."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def digits(text: str) -> str:
    """The text with its counts written in words as digits (« trois départements » → « 3 départements »)."""
    return re.sub(
        rf"\b({'|'.join(NUMBER_WORDS)})\b", lambda m: str(NUMBER_WORDS[m.group(1).lower()]), text, flags=re.I
    )
