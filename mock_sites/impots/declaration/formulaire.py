"""The return's content: what is pre-filled from the foyer, how each field is checked, and the RFR.

Pure functions, so the rules are unit-tested without a browser.
"""

from __future__ import annotations

from dataclasses import dataclass

from .foyer import Foyer

# Boxes of the n° 2042, by their official numbers: salaries of the first and second declarant.
BOXES = {"1AJ": "Salaires du déclarant 1", "1BJ": "Salaires du déclarant 2"}
SITUATIONS = ("célibataire", "marié", "pacsé", "divorcé", "veuf")
PERSONAL_FIELDS = ("nom", "prenom", "rue", "code_postal", "commune", "situation", "personnes_a_charge")
MAX_AMOUNT = 99_999_999
# Déduction forfaitaire de 10 % on salaries, bounded (revenus 2020, supposé).
DEDUCTION_RATE = 0.10
DEDUCTION_MIN = 448
DEDUCTION_MAX = 12_652
MAX_DEPENDANTS = 20


@dataclass(frozen=True)
class Step:
    """One of the five steps, named as the tutorial lists them."""

    number: int
    name: str


STEPS = (
    Step(1, "étapes préalables"),
    Step(2, "renseignements personnels"),
    Step(3, "revenus et charges"),
    Step(4, "résumé et signature"),
    Step(5, "fin de déclaration"),
)


def declarants(foyer: Foyer) -> int:
    """How many declarants sign the return: two for a married or pacsed couple."""
    return 2 if foyer.situation in ("marié", "pacsé", "rattaché au foyer fiscal de ses parents") else 1


def boxes_of(foyer: Foyer) -> dict[str, str]:
    """The salary boxes this foyer fills: 1AJ, and 1BJ for a second declarant."""
    return dict(list(BOXES.items())[: declarants(foyer)])


def prefilled(foyer: Foyer) -> dict[str, str]:
    """The return as the tax office pre-fills it: the household, and salaries its employers declared."""
    first = foyer.members[0]
    address = foyer.address
    situation = foyer.situation if foyer.situation in SITUATIONS else "marié"
    salaries = round(foyer.reference_income / (1 - DEDUCTION_RATE))
    values = {
        "nom": first["family_name"],
        "prenom": first["given_name"],
        "rue": address.rue,
        "code_postal": address.code_postal,
        "commune": address.commune,
        "situation": situation,
        "personnes_a_charge": "1" if len(foyer.members) > declarants(foyer) else "0",
    }
    if declarants(foyer) == 1:
        return values | {"1AJ": str(salaries)}
    first_share = round(salaries * 0.55)
    return values | {"1AJ": str(first_share), "1BJ": str(salaries - first_share)}


def amount(typed: str) -> int | None:
    """A whole number of euros typed with or without spaces; None if it is not one."""
    digits = "".join(typed.split())
    if digits == "":
        return 0
    if not digits.isdigit() or int(digits) > MAX_AMOUNT:
        return None
    return int(digits)


def amount_error(box: str) -> str:
    """What the site says of a box that does not hold an amount."""
    return f"Case {box} : saisissez un montant en euros, en chiffres, sans centimes (par exemple 23 500)."


def income_errors(form: dict[str, str], boxes: dict[str, str]) -> dict[str, str]:
    """Each box holding something else than an amount in whole euros."""
    return {box: amount_error(box) for box in boxes if amount(form.get(box, "")) is None}


def personal_errors(form: dict[str, str], abroad: bool) -> dict[str, str]:
    """The « renseignements personnels » that cannot be kept as typed."""
    errors: dict[str, str] = {}
    for field, what in (("nom", "votre nom"), ("prenom", "votre prénom"), ("rue", "votre adresse")):
        if not form.get(field, "").strip():
            errors[field] = f"Indiquez {what}."
    postcode = form.get("code_postal", "").strip()
    if not abroad and not (len(postcode) == 5 and postcode.isdigit()):
        errors["code_postal"] = "Le code postal doit comporter 5 chiffres (par exemple 69003)."
    if not form.get("commune", "").strip():
        errors["commune"] = "Indiquez votre commune."
    if form.get("situation") not in SITUATIONS:
        errors["situation"] = "Choisissez votre situation de famille dans la liste."
    dependants = form.get("personnes_a_charge", "").strip()
    if not (dependants.isdigit() and int(dependants) <= MAX_DEPENDANTS):
        errors["personnes_a_charge"] = (
            f"Indiquez le nombre de personnes à charge, de 0 à {MAX_DEPENDANTS} (0 si aucune)."
        )
    return errors


def taxable_salary(salary: int) -> int:
    """A salary after the déduction forfaitaire de 10 %, bounded."""
    deduction = min(max(round(salary * DEDUCTION_RATE), DEDUCTION_MIN), DEDUCTION_MAX)
    return max(salary - deduction, 0)


def reference_income(values: dict[str, str], boxes: dict[str, str]) -> int:
    """The revenu fiscal de référence of the return: the salaries after their deduction."""
    return sum(taxable_salary(amount(values.get(box, "")) or 0) for box in boxes)


def french_amount(euros: int) -> str:
    """« 23 500 € »: thousands apart, as French pages print amounts."""
    return f"{euros:,}".replace(",", " ") + " €"
