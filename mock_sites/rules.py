"""The rules each site enforces, declared once in its package and read by its own validation.

A site package lists its rules in `RULES` (module `<package>.rules`): each one is a `Rule` whose
`value` the site's validator, template and messages read, so the number a trainer's tutorial is
checked against is the number the site enforces. `KNOWN_GAPS` (module `<package>.gaps`) lists what the
site deliberately does otherwise than a tutorial says, with the reason. `all_rules()` and `known_gaps()`
collect them in the catalogue's order; the proofreader (`python -m parcours relire`) reads nothing else.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from .catalogue import SITE_PACKAGES

RuleKind = Literal[
    "format",  # N chiffres, N caractères minimum, au moins 1 chiffre et 1 lettre, sans la clé
    "delai",  # valable 24 heures, dans les 24h-48h
    "echeance",  # a date, a weekday, an hour, deadlines by département range
    "courriel",  # a mail's sender or subject
    "compte",  # a count or a list: 5 services, 3 espaces and their names
    "position",  # en haut à droite, à gauche
    "version",  # iOS > 16
    "lieu",  # départements, mairies
]


@dataclass(frozen=True)
class Rule:
    """One rule a site enforces, in the words a tutorial would use for it."""

    site: str  # the site's name in the catalogue ("impots")
    key: str  # stable identifier within the site ("numero_fiscal_chiffres")
    kind: RuleKind
    value: object  # what the site enforces: 13, "ne-pas-repondre@…", ("Mon espace", …), {"01-19": …}
    subject: tuple[str, ...]  # the words naming what the rule is about ("numéro fiscal", "identifiant")
    text: str  # the rule in French, as a verdict quotes it: "le numéro fiscal compte 13 chiffres"
    unit: str = ""  # "chiffres", "caractères", "heures", "jours"…


@dataclass(frozen=True)
class KnownGap:
    """A claim of a tutorial that the sites deliberately do not follow, and why."""

    site: str
    about: tuple[str, ...]  # words of the tutorial's sentence that identify it (all must appear)
    reason: str  # in French: why the mock does otherwise
    source: str = ""  # where the reason comes from (a seeds/ fact id, a public address)
    tags: tuple[str, ...] = field(default=())


def _declared(package: str, module_name: str, name: str) -> tuple:
    """`name` from `<package>.<module_name>`, or nothing when the site declares none."""
    try:
        module = importlib.import_module(f"{package}.{module_name}")
    except ModuleNotFoundError as error:
        if error.name != f"{package}.{module_name}":
            raise
        return ()
    return tuple(getattr(module, name, ()))


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every site's rules, in the catalogue's order."""
    return tuple(rule for package in SITE_PACKAGES for rule in _declared(package, "rules", "RULES"))


@cache
def known_gaps() -> tuple[KnownGap, ...]:
    """Every site's deliberate gaps from the tutorials, in the catalogue's order."""
    return tuple(gap for package in SITE_PACKAGES for gap in _declared(package, "gaps", "KNOWN_GAPS"))


def rule_value(site: str, key: str) -> object:
    """What one site's rule enforces: templates read it as `regle(site, key)`."""
    return rule(site, key).value


def rule(site: str, key: str) -> Rule:
    """One site's rule by its key."""
    for found in all_rules():
        if found.site == site and found.key == key:
            return found
    raise LookupError(f"règle inconnue : {site}.{key}")
