"""Each claim checked against what the sites show (the inventory) and enforce (their rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from parcours.inventory import Inventory
from parcours_mock_sites.rules import KnownGap, Rule

from .claims import Claim
from .normalise import key

NEAR = 70  # rapidfuzz ratio from which a name is "the same element, worded otherwise"
_RULE_KINDS = {
    "format": "format",
    "delai": "delai",
    "version": "version",
    "compte": "compte",
    "position": "position",
    "echeance": "echeance",
}


@dataclass(frozen=True)
class Verdict:
    """A claim's verdict and its evidence."""

    claim: Claim
    verdict: str  # conforme, different, introuvable, non_verifiable
    constate: str | None = None
    site: str | None = None
    capture: str | None = None
    ecart_connu: str | None = None
    raison: str = ""


def check(claim: Claim, inventory: Inventory, rules: tuple[Rule, ...], gaps: tuple[KnownGap, ...]) -> Verdict:
    """The claim's verdict, with what the site shows instead and any deliberate gap."""
    if claim.genre == "texte":
        verdict = Verdict(claim, "non_verifiable", raison=claim.raison)
    elif claim.genre in ("bouton", "lien", "champ"):
        verdict = _element(claim, inventory)
    elif claim.genre == "courriel":
        verdict = _mail(claim, inventory)
    else:
        verdict = _rule(claim, rules)
    gap = _gap(claim, gaps)
    if gap and verdict.verdict in ("different", "introuvable"):
        return Verdict(claim, verdict.verdict, verdict.constate, gap.site, verdict.capture, gap.reason)
    return verdict


def _element(claim: Claim, inventory: Inventory) -> Verdict:
    """Exact name after normalising, then the nearest name on any page."""
    names = [(key(element.nom), element.nom, page) for page in inventory.pages for element in page.elements]
    if not names:
        return Verdict(
            claim, "non_verifiable", raison="l'inventaire des sites est vide : lancez les parcours"
        )
    wanted = key(claim.attendu)
    for normalised, name, page in names:
        if normalised == wanted or (len(wanted) > 6 and normalised.startswith(wanted + " ")):
            return Verdict(claim, "conforme", name, page.site, page.capture)
    best = process.extractOne(wanted, [normalised for normalised, _, _ in names], scorer=fuzz.ratio)
    _, name, page = names[best[2]]
    if best[1] >= NEAR:
        return Verdict(claim, "different", name, page.site, page.capture)
    return Verdict(claim, "introuvable", name if best[1] >= 50 else None)


def _mail(claim: Claim, inventory: Inventory) -> Verdict:
    """A sender or a subject among the mails the sites sent."""
    if not inventory.courriels:
        return Verdict(claim, "non_verifiable", raison="aucun courriel dans l'inventaire des sites")
    wanted = key(claim.attendu)
    values = [(key(v), v, mail.site) for mail in inventory.courriels for v in (mail.expediteur, mail.objet)]
    for normalised, value, site in values:
        if normalised == wanted or wanted in normalised:
            return Verdict(claim, "conforme", value, site)
    best = process.extractOne(wanted, [normalised for normalised, _, _ in values], scorer=fuzz.ratio)
    _, value, site = values[best[2]]
    return Verdict(claim, "different" if best[1] >= 50 else "introuvable", value, site)


def _rule(claim: Claim, rules: tuple[Rule, ...]) -> Verdict:
    """The site's rule on the claim's subject, its value compared with the tutorial's."""
    line = key(claim.texte)
    kind = _RULE_KINDS[claim.genre]
    candidates = [rule for rule in rules if rule.kind == kind and any(key(s) in line for s in rule.subject)]
    if not candidates:
        return Verdict(claim, "non_verifiable", raison="aucune règle des sites ne porte sur ce point")
    rule = candidates[0]
    if _numbers(claim.attendu) == _numbers(str(rule.value)) or key(str(rule.value)) in key(claim.attendu):
        return Verdict(claim, "conforme", rule.text, rule.site)
    return Verdict(claim, "different", rule.text, rule.site)


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _gap(claim: Claim, gaps: tuple[KnownGap, ...]) -> KnownGap | None:
    """The deliberate gap whose words all appear in the claim's sentence."""
    line = key(claim.texte + " " + claim.attendu)
    return next((gap for gap in gaps if all(key(word) in line for word in gap.about)), None)
