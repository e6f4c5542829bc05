"""TestData: the test data of one scenario, over the running sites."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..common.identities import Household, PeopleGenerator, Person, Situation
from ..federation.behaviours import Behaviour
from ..runner import RunningSites
from ..telephone.inbox import Sms
from .declaration import create_household_living_in
from .enrolment import enrol, identity_provider_named
from .households import create_household
from .mailboxes import Mail, read_mailbox
from .records import TaxOffice, read_sms


class TestData:
    """People of one scenario (reproducible from the run's seed and the scenario's id), their accounts
    and foyers recorded at the sites, and what the sites hold for them — never through a page."""

    __test__: ClassVar[bool] = False  # a class, not a test, whatever module imports it

    def __init__(self, sites: RunningSites, scenario: str) -> None:
        self.sites = sites
        self.scenario = scenario
        self.people = PeopleGenerator(sites.seed, scenario)
        self.tax_office = TaxOffice.of(sites)

    def new_person(self) -> Person:
        """The scenario's next person, known to no site yet."""
        return self.people.person()

    def enrol(self, person: Person, provider: str, behaviour: Behaviour = Behaviour.NORMAL) -> str:
        """Give `person` an account at the identity provider site `provider`; returns its identifier."""
        return enrol(self.sites, provider, person, behaviour)

    def usager_with_accounts(self, providers: Sequence[str]) -> Person:
        """The scenario's next person, with an account at each provider (by button title: "Ameli")."""
        person = self.new_person()
        for provider in providers:
            self.enrol(person, identity_provider_named(provider))
        return person

    def create_household(self, situation: Situation) -> Household:
        """The scenario's next foyer fiscal, recorded at the tax office (declarants first)."""
        return create_household(self.sites, self.people, situation)

    def create_household_living_in(self, situation: Situation, departement: str) -> Household:
        """The scenario's next foyer fiscal, recorded with an address in `departement` (tax return)."""
        return create_household_living_in(self.sites, self.people, self.scenario, situation, departement)

    def unknown_numero_fiscal(self, unlike: str) -> str:
        """A valid numéro fiscal that the tax office does not know."""
        while self.tax_office.knows(number := self.people.numero_fiscal(unlike)):
            pass
        return number

    def mailbox(self, address: str) -> list[Mail]:
        """The mails of `address`, newest first."""
        return read_mailbox(self.sites, address)

    def sms(self, number: str) -> list[Sms]:
        """The SMS of the mobile `number`, newest first."""
        return read_sms(self.sites, number)
