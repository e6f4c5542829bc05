"""A step's failure in plain French words ("Le bouton « … » est introuvable sur la page de …")."""

from __future__ import annotations

import json
import re
import traceback
from dataclasses import dataclass
from urllib.parse import urlsplit

from .model import Failure

ROLE_NOUNS = {
    "alert": "Le message d'alerte",
    "article": "L'article",
    "banner": "L'en-tête",
    "button": "Le bouton",
    "cell": "La cellule",
    "checkbox": "La case à cocher",
    "combobox": "La liste déroulante",
    "dialog": "La fenêtre",
    "form": "Le formulaire",
    "group": "Le groupe",
    "heading": "Le titre",
    "img": "L'image",
    "link": "Le lien",
    "list": "La liste",
    "listitem": "L'élément de liste",
    "main": "Le contenu principal",
    "menuitem": "L'entrée de menu",
    "navigation": "Le menu de navigation",
    "note": "La note",
    "option": "L'option",
    "paragraph": "Le paragraphe",
    "radio": "Le bouton radio",
    "region": "La zone",
    "row": "La ligne",
    "searchbox": "Le champ de recherche",
    "spinbutton": "Le champ numérique",
    "status": "Le message d'état",
    "switch": "L'interrupteur",
    "tab": "L'onglet",
    "table": "Le tableau",
    "textbox": "Le champ",
}
METHOD_NOUNS = {
    "get_by_label": "Le champ",
    "get_by_placeholder": "Le champ",
    "get_by_text": "Le texte",
    "get_by_alt_text": "L'image",
    "get_by_title": "L'élément",
    "get_by_test_id": "L'élément",
    "locator": "L'élément",
}
ACTIONS = {
    "check": "cocher",
    "click": "cliquer",
    "dblclick": "double-cliquer",
    "fill": "saisir",
    "hover": "survoler",
    "press": "appuyer sur une touche",
    "select_option": "choisir une option",
    "set_input_files": "joindre un fichier",
    "uncheck": "décocher",
}
QUOTED = r'"((?:[^"\\]|\\.)*)"'
# A call such as get_by_role("button", name="Étape (2)", exact=True): quoted strings may hold parentheses.
LOCATOR_PART = re.compile(r'(get_by_\w+|locator)\(((?:"(?:[^"\\]|\\.)*"|[^()"])*)\)')
WAITING_FOR = re.compile(r"waiting for (.+)")
ACTION_TIMEOUT = re.compile(r"^Locator\.(\w+): Timeout \d+ms exceeded")
EXPECTATION = re.compile(r"^(Locator|Page) expected (not )?to (.+?)(?: '(.*)')?$", re.DOTALL)
ACTUAL = re.compile(r"^Actual value: (.*)$", re.MULTILINE)
NET_ERROR = re.compile(r"(net::ERR_\w+) at (\S+)")
TEXT_LIMIT = 120


@dataclass(frozen=True)
class Target:
    """The element a step looked for, as a person would name it."""

    phrase: str  # "Le bouton « S'identifier avec FranceConnect »"


def site_of(url: str | None) -> str:
    """The mock site an address belongs to: http://ameli.localhost:5001/… → "ameli"."""
    host = urlsplit(url or "").hostname or ""
    return host.removesuffix(".localhost") if host.endswith(".localhost") else host


def where(url: str | None) -> str:
    """ "sur la page de <site>", or what the browser showed instead."""
    site = site_of(url)
    if site:
        return f"sur la page {of(site)}"
    return (
        "alors qu'aucune page n'était ouverte" if (url or "about:blank") == "about:blank" else "sur la page"
    )


def of(name: str) -> str:
    """ "de mesdroitssociaux", "d'ameli": French elides "de" before a vowel."""
    return f"d'{name}" if name[:1].lower() in "aeiouyéèêàâîôû" else f"de {name}"


def _unquote(text: str) -> str:
    try:
        return str(json.loads(f'"{text}"'))  # Playwright quotes names as JSON strings
    except ValueError:
        return text


def describe_locator(description: str) -> Target:
    """`get_by_role("button", name="OK", exact=True)` → « Le bouton « OK » »."""
    parts = LOCATOR_PART.findall(description.strip())
    if not parts:
        return Target(f"L'élément « {description.strip()} »")
    method, arguments = parts[-1]  # the innermost element of a chain is the one looked for
    strings = [_unquote(value) for value in re.findall(QUOTED, arguments)]
    if method == "get_by_role":
        role = strings[0] if strings else ""
        noun = ROLE_NOUNS.get(role, f"L'élément de rôle « {role} »")
        name = re.search(r"name=" + QUOTED, arguments)
        return Target(f"{noun} « {_unquote(name.group(1))} »" if name else noun)
    noun = METHOD_NOUNS.get(method, "L'élément")
    return Target(f"{noun} « {strings[0]} »" if strings else noun)


def _target(message: str) -> Target | None:
    match = WAITING_FOR.search(message)
    return describe_locator(match.group(1)) if match else None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def _action_timeout(message: str, place: str) -> str | None:
    action = ACTION_TIMEOUT.match(message)
    target = _target(message)
    if not action or not target:
        return None
    if "locator resolved to" in message:
        verb = ACTIONS.get(action.group(1), action.group(1))
        return (
            f"{target.phrase} existe {place}, mais l'action « {verb} » n'a pas pu aboutir "
            "(élément désactivé, caché ou recouvert)."
        )
    return f"{target.phrase} est introuvable {place}."


def _expectation(message: str, place: str) -> str | None:
    first_line, _, rest = message.partition("\n")
    match = EXPECTATION.match(first_line)
    if not match:
        return None
    subject, negated, check, expected = match.groups()
    actual_match = ACTUAL.search(rest)
    actual = actual_match.group(1).strip() if actual_match else ""
    not_found = "element(s) not found" in rest
    target = _target(rest)
    if subject == "Page":
        what = "L'adresse de la page" if "URL" in check or "url" in check else "Le titre de la page"
        return f"{what} est « {_short(actual)} » au lieu de « {_short(expected or '')} »."
    phrase = target.phrase if target else "L'élément attendu"
    if not_found and not negated:
        wanted = f" (texte attendu : « {_short(expected)} »)" if expected else ""
        return f"{phrase} est introuvable {place}{wanted}."
    if negated:
        return f"{phrase} reste visible {place}, alors que l'étape attendait son absence."
    if check == "be visible":
        return f"{phrase} n'est pas visible {place}."
    if check in ("have text", "have value") and expected is not None:
        return f"{phrase} affiche « {_short(actual)} » au lieu de « {_short(expected)} » {place}."
    if check == "contain text" and expected is not None:
        return (
            f"{phrase} ne contient pas « {_short(expected)} » {place} (texte affiché : « {_short(actual)} »)."
        )
    return f"La vérification « {first_line} » a échoué {place}."


def plain_words(error: BaseException, url: str | None) -> str:
    """One sentence in French saying what went wrong, for a QA engineer or a trainer."""
    message = str(error).strip()
    place = where(url)
    first_line = message.partition("\n")[0]
    sentence = _action_timeout(message, place) or _expectation(message, place)
    if sentence:
        return sentence
    if "strict mode violation" in message and (target := _target(message) or _strict_target(message)):
        return f"{target.phrase} apparaît plusieurs fois {place} : l'étape ne sait pas lequel choisir."
    if net := NET_ERROR.search(message):
        return f"Le site {site_of(net.group(2)) or net.group(2)} ne répond pas ({net.group(1)})."
    if type(error).__name__ == "StepDefinitionNotFoundError":
        return (
            first_line if first_line.startswith("Étape inconnue") else f"Étape sans définition : {first_line}"
        )
    if isinstance(error, AssertionError):
        return (
            f"Une vérification a échoué {place} : {first_line}"
            if first_line
            else f"Une vérification a échoué {place}."
        )
    return f"L'étape a échoué {place} : {type(error).__name__} — {first_line or 'sans message'}"


def _strict_target(message: str) -> Target | None:
    match = re.search(r"strict mode violation: (.+?) resolved to", message)
    return describe_locator(match.group(1)) if match else None


def technical_detail(error: BaseException) -> str:
    """The exception as Playwright or pytest worded it, and where in the project it was raised."""
    kind = type(error)
    lines = [f"{kind.__module__}.{kind.__qualname__}: {str(error).strip()}"]
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if "site-packages" not in frame.filename and "/lib/python" not in frame.filename
    ]
    if frames:
        lines.append("\nDans le code du projet :")
        lines += [f"  {frame.filename}:{frame.lineno} ({frame.name})" for frame in frames]
    return "\n".join(lines)


def describe_failure(error: BaseException, url: str | None) -> Failure:
    """The report's view of an exception."""
    try:
        plain = plain_words(error, url)
    except Exception:  # an unforeseen message must not hide the failure it reports
        plain = f"L'étape a échoué : {type(error).__name__}"
    return Failure(plain=plain, detail=technical_detail(error))
