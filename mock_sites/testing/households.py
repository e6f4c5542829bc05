"""Creating a foyer fiscal at the tax office: generated members, recorded at the impots site."""

from __future__ import annotations

from ..common.identities import Household, PeopleGenerator, Situation
from ..impots.foyers import record_household
from ..runner import RunningSites
from .sites import database_of


def create_household(sites: RunningSites, people: PeopleGenerator, situation: Situation) -> Household:
    """Draw the next foyer of `people` (ages as of the run's clock) and record it at impots."""
    household = people.household(situation, sites.clock.datetime().date())
    record_household(database_of(sites, "impots"), household)
    return household
