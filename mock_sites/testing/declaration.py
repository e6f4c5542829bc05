"""The tax return's test data: a foyer living in a département, and the return's own words and figures
that steps check pages against (the steps, the accusé's file name, amounts as the site writes them)."""

from __future__ import annotations

from ..common.identities import Household, PeopleGenerator, Situation
from ..impots.declaration.calendrier import MONTHS, NON_RESIDENT, PARIS
from ..impots.declaration.documents import RECEIPT_FILE
from ..impots.declaration.formulaire import DEDUCTION_RATE, STEPS, french_amount
from ..impots.declaration.foyer import generate_address, settle_household
from ..runner import RunningSites
from .households import create_household
from .sites import database_of

__all__ = [
    "DEDUCTION_RATE",
    "MONTHS",
    "NON_RESIDENT",
    "PARIS",
    "RECEIPT_FILE",
    "STEPS",
    "create_household_living_in",
    "french_amount",
]


def create_household_living_in(
    sites: RunningSites, people: PeopleGenerator, scenario: str, situation: Situation, departement: str
) -> Household:
    """The scenario's next foyer, recorded at the tax office with an address in `departement`
    (`NON_RESIDENT` for one abroad); an unknown département fails with the codes that exist."""
    household = create_household(sites, people, situation)
    address = generate_address(sites.seed, scenario, departement)
    settle_household(database_of(sites, "impots"), household, address)
    return household
