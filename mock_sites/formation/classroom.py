"""A class of learners: each their own generated person in a foyer fiscal, the same for the same seed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..catalogue import SiteEntry, identity_providers
from ..common.identities import Household, PeopleGenerator, Person, Situation
from .walls import learner_secret

MAX_LEARNERS = 30
# The impots.gouv.fr account is the espace particulier the learner creates (the tutorial's first
# lesson), from their foyer's identifiers: it is not opened for them.
CREATED_BY_LEARNER = ("impots",)


def opened_for_learners() -> list[SiteEntry]:
    """The identity providers where the sandbox opens each learner's account: not the one they create,
    nor one whose accounts are opened in its own site (France Identité's app)."""
    return [
        entry
        for entry in identity_providers()
        if entry.name not in CREATED_BY_LEARNER
        and entry.identity_provider is not None
        and entry.identity_provider.enrolled_here
    ]


class FormationError(ValueError):
    """Bad input for a class: the message says what is wrong and what to do (one French line)."""


@dataclass(frozen=True)
class Learner:
    """Learner `number` (from 1) of the class, the first member of their own foyer fiscal."""

    number: int
    household: Household
    secret: str  # printed on their sheet: opens their mailbox and phone

    @property
    def person(self) -> Person:
        """The learner's generated person."""
        return self.household.members[0]


def scope(number: int) -> str:
    """The scope the learner's people are drawn from: the same learner for the same seed."""
    return f"formation:apprenant-{number}"


def learner_count(text: str, option: str = "--apprenants") -> int:
    """The number of learners typed after `option` (1 to MAX_LEARNERS), else FormationError."""
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_LEARNERS:
        raise FormationError(
            f"{option} attend un nombre entier d'apprenants, de 1 à {MAX_LEARNERS} (reçu « {text} »)"
        )
    return int(text)


def draw_class(seed: str, count: int) -> list[Learner]:
    """The learners of a class, without any site (a single person's foyer does not depend on the day)."""
    return [
        Learner(
            number,
            PeopleGenerator(seed, scope(number)).household(Situation.SINGLE, date.today()),
            learner_secret(seed, number),
        )
        for number in range(1, count + 1)
    ]
