"""Claims checked against the sites' rules (formats, delays, dates, counts, lists, versions, places)
and against the element's box on its page (positions)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from mock_sites.rules import Rule
from parcours.inventory import Element, Inventory, PageState

from . import patterns as p
from .claims import Claim
from .normalise import key
from .verdict import Verdict

SAME_NAME = 85  # rapidfuzz partial ratio from which a listed name is the site's name
_KINDS = {"liste": ("compte", "lieu"), "lieu": ("lieu",)}
_MONTHS = key(p.MONTHS)
_DOMAIN = re.compile(r"\.(?:gouv\.)?(?:fr|com|net)$")  # a service named by its address
NO_RULE = "aucune règle des sites ne porte sur ce point"


def rule_verdict(claim: Claim, rules: tuple[Rule, ...]) -> Verdict:
    """The site's rule on the claim's subject, its value compared with the tutorial's."""
    candidates = _candidates(claim, rules)
    if claim.genre in ("liste", "lieu"):
        return _listed(claim, candidates)
    if not candidates:
        return Verdict(claim, "non_verifiable", raison=NO_RULE)
    if claim.genre == "echeance" and p.DEPARTMENTS.search(claim.attendu):
        return _range(claim, candidates)
    rule = candidates[0]
    same = {"version": _same_version, "echeance": _same_date}.get(claim.genre, _same_numbers)
    return Verdict(claim, "conforme" if same(claim.attendu, rule) else "different", rule.text, rule.site)


def _candidates(claim: Claim, rules: tuple[Rule, ...]) -> list[Rule]:
    """The rules of the claim's kind whose subject the claim's sentence (a version: its words) names."""
    where = key(claim.attendu if claim.genre == "version" else claim.texte)
    kinds = _KINDS.get(claim.genre, (claim.genre,))
    named = {rule: max((len(s) for s in rule.subject if key(s) in where), default=0) for rule in rules}
    # The rule whose subject the sentence names most precisely first: « code personnel » before « code ».
    words = {word for word in key(claim.attendu).split() if len(word) > 3 and not word.isdigit()}
    # Then the one whose wording shares the claim's words: « 1 chiffre et 1 lettre » is composition.
    found = sorted(
        (r for r in rules if r.kind in kinds and named[r]),
        key=lambda r: (-named[r], -len(words & set(key(r.text + " " + str(r.value)).split()))),
    )
    if claim.genre == "liste":
        found = [rule for rule in found if isinstance(rule.value, tuple)]
    if claim.genre == "compte":
        found = [rule for rule in found if isinstance(rule.value, int)]
    if claim.genre == "echeance" and p.DEPARTMENTS.search(claim.attendu):
        found = [rule for rule in rules if rule.kind == "echeance" and re.search(r"\d a \d", rule.subject[0])]
    return found


def _same_numbers(said: str, rule: Rule) -> bool:
    if "sans" in key(said):
        return "sans la cle" in key(rule.text)
    value = rule.value if isinstance(rule.value, tuple) else (rule.value,)
    return re.findall(r"\d+", p.digits(said)) == [n for v in value for n in re.findall(r"\d+", str(v))]


def _same_version(said: str, rule: Rule) -> bool:
    """« iOS > 16 » and « iOS 17 minimum » both refuse 16 and below."""
    match = p.VERSION.search(said)
    if not match:
        return False
    refused = int(match.group(2)) if match.group(2) else int(match.group(3)) - 1
    return refused == rule.value


def _date_parts(text: str) -> dict[str, str]:
    """Weekday, day, month, year and hour of a written date, those it gives."""
    words = key(text)
    parts = {
        "jour": re.search(rf"\b({p.WEEKDAY})\b", words),
        "date": re.search(rf"\b(\d{{1,2}})(?:er)?\s+(?:{_MONTHS})\b", words),
        "mois": re.search(rf"\b({_MONTHS})\b", words),
        "annee": re.search(r"\b(\d{4})\b", words),
        "heure": re.search(r"\b(\d{1,2}\s*h\s*\d{0,2})", words),
    }
    return {name: found.group(1).replace(" ", "") for name, found in parts.items() if found}


def _same_date(said: str, rule: Rule) -> bool:
    tutorial, site = _date_parts(said), {**_date_parts(rule.text), **_date_parts(str(rule.value))}
    return all(site.get(part, value) == value for part, value in tutorial.items())


def _range(claim: Claim, rules: list[Rule]) -> Verdict:
    """A range of départements, one of those the site's calendar names."""
    wanted = "{} a {}".format(*p.DEPARTMENTS.search(claim.attendu).groups())  # type: ignore[union-attr]
    ranges = [rule.subject[0] for rule in rules]
    for rule in rules:
        if rule.subject[0] == wanted:
            return Verdict(claim, "conforme", rule.text, rule.site)
    return Verdict(
        claim, "different", "le calendrier des sites a les tranches " + ", ".join(ranges), rules[0].site
    )


def _listed(claim: Claim, rules: list[Rule]) -> Verdict:
    """Each name of the tutorial's list, one of the names the site's rule lists."""
    if not rules:
        return Verdict(claim, "non_verifiable", raison=NO_RULE)
    said = [name for name in re.split(r",\s*", claim.attendu) if name]
    for rule in rules:
        names = [key(str(name)) for name in rule.value] if isinstance(rule.value, tuple) else []
        if all(_names_one_of(name, names) for name in said):
            return Verdict(claim, "conforme", rule.text, rule.site)
    return Verdict(claim, "different", rules[0].text, rules[0].site)


def _names_one_of(said: str, names: list[str]) -> bool:
    """The tutorial's name is one of the site's, written out or as its address (« ameli.fr »)."""
    forms = {key(said), key(_DOMAIN.sub("", said.strip()))}
    return any(fuzz.partial_ratio(form, name) >= SAME_NAME for form in forms if form for name in names)


def position_verdict(claim: Claim, inventory: Inventory) -> Verdict:
    """The named element's box, in the part of its page the tutorial says."""
    if not claim.element:
        return Verdict(claim, "non_verifiable", raison="la phrase ne nomme pas l'élément placé")
    found = _box_of(claim.element, inventory)
    if found is None:
        return Verdict(
            claim, "non_verifiable", raison=f"« {claim.element} » n'a pas de boîte dans l'inventaire"
        )
    page, element = found
    where = placed(page, element)
    wanted = set(key(claim.attendu).replace("en ", "").replace("a ", "").split())
    seen = f"« {element.nom} » est {' '.join(sorted(where)) or 'au milieu'} de la page"
    verdict = "conforme" if wanted <= where else "different"
    return Verdict(claim, verdict, seen, page.site, page.capture, boite=element.boite)


def _box_of(name: str, inventory: Inventory) -> tuple[PageState, Element] | None:
    wanted = key(name)
    for page in inventory.pages:
        for element in page.elements:
            if element.boite is not None and key(element.nom) == wanted and page.largeur:
                return page, element
    return None


def placed(page: PageState, element: Element) -> set[str]:
    """Where a box is: `haut` in the top quarter, `bas` in the bottom quarter, `gauche`/`droite` thirds."""
    box = element.boite
    assert box is not None
    centre_x, top = box.x + box.width / 2, box.y
    where = (
        {"gauche"}
        if centre_x < page.largeur / 3
        else {"droite"}
        if centre_x > 2 * page.largeur / 3
        else set()
    )
    if top < page.hauteur / 4:
        where.add("haut")
    elif top > 3 * page.hauteur / 4:
        where.add("bas")
    return where
