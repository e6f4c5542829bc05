"""Each claim checked against what the sites show (the inventory) and enforce (their rules)."""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz, process

from mock_sites.rules import KnownGap, Rule
from parcours.inventory import Inventory

from .checks import position_verdict, rule_verdict
from .claims import Claim
from .normalise import key
from .verdict import Verdict

__all__ = ["NEAR", "Verdict", "check"]

NEAR = 70  # rapidfuzz ratio from which a name is "the same element, worded otherwise"


def check(claim: Claim, inventory: Inventory, rules: tuple[Rule, ...], gaps: tuple[KnownGap, ...]) -> Verdict:
    """The claim's verdict, with what the site shows instead and any deliberate gap."""
    if claim.genre == "texte":
        verdict = Verdict(claim, "non_verifiable", raison=claim.raison)
    elif claim.genre in ("bouton", "lien", "champ"):
        verdict = _element(claim, inventory)
    elif claim.genre == "courriel":
        verdict = _mail(claim, inventory, rules)
    elif claim.genre == "position":
        verdict = position_verdict(claim, inventory)
    else:
        verdict = rule_verdict(claim, rules)
    gap = _gap(claim, gaps)
    if gap and verdict.verdict in ("different", "introuvable"):
        return replace(verdict, site=gap.site, ecart_connu=gap.reason)
    return verdict


def _element(claim: Claim, inventory: Inventory) -> Verdict:
    """Exact name after normalising, then the nearest name on any page."""
    names = [
        (key(element.nom), element, page)
        for page in inventory.pages
        for element in page.elements
        if element.nom
    ]
    if not names:
        return Verdict(
            claim, "non_verifiable", raison="l'inventaire des sites est vide : lancez les parcours"
        )
    wanted = key(claim.attendu)
    for normalised, element, page in names:
        if normalised == wanted or (len(wanted) > 6 and normalised.startswith(wanted + " ")):
            return Verdict(claim, "conforme", element.nom, page.site, page.capture, boite=element.boite)
    best = process.extractOne(wanted, [normalised for normalised, _, _ in names], scorer=fuzz.ratio)
    _, element, page = names[best[2]]
    if best[1] >= NEAR:
        return Verdict(claim, "different", element.nom, page.site, page.capture)
    return Verdict(claim, "introuvable", element.nom if best[1] >= 50 else None)


def _mail(claim: Claim, inventory: Inventory, rules: tuple[Rule, ...]) -> Verdict:
    """A sender or a subject among the mails the sites sent, or their declared senders and subjects."""
    values = [(key(v), v, mail.site) for mail in inventory.courriels for v in (mail.expediteur, mail.objet)]
    values += [
        (key(str(rule.value)), str(rule.value), rule.site) for rule in rules if rule.kind == "courriel"
    ]
    if not values:
        return Verdict(claim, "non_verifiable", raison="aucun courriel dans l'inventaire des sites")
    wanted = key(claim.attendu)
    for normalised, value, site in values:
        if normalised == wanted or wanted in normalised:
            return Verdict(claim, "conforme", value, site)
    best = process.extractOne(wanted, [normalised for normalised, _, _ in values], scorer=fuzz.ratio)
    _, value, site = values[best[2]]
    return Verdict(claim, "different" if best[1] >= 50 else "introuvable", value, site)


def _gap(claim: Claim, gaps: tuple[KnownGap, ...]) -> KnownGap | None:
    """The deliberate gap whose words all appear in the claim's sentence."""
    line = key(claim.texte + " " + claim.attendu)
    return next((gap for gap in gaps if all(key(word) in line for word in gap.about)), None)
