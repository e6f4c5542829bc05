"""The typed test-data API steps and tests use: people, accounts, foyers, mailboxes, records.

Steps never open a site's database nor import a site's modules: they go through `TestData` (the
`donnees` fixture in steps) and the types re-exported here. A scenario's people are drawn from one
RNG seeded by the run's seed and the scenario's id, so a run replays with `--parcours-seed`.

    data = TestData(running_sites, scenario="features/x.feature::Mon scénario")
    person = data.new_person()
    identifier = data.enrol(person, identity_provider_named("Ameli"))
    household = data.create_household(Situation.ATTACHED)    # parents first, then the child
    mails = data.mailbox(person.email)                        # [Mail(sender, subject, text, links)]
    space = data.tax_office.space(person.numero_fiscal)      # None until the creation is confirmed
"""

from __future__ import annotations

from ..common.clock import Clock
from ..common.documents import latin_1
from ..common.identities import Household, Person, Situation
from ..federation.behaviours import Behaviour
from ..impots.creation.connexion import NOT_ACTIVATED as SPACE_NOT_ACTIVATED
from ..impots.creation.notices import SENDER as ACTIVATION_SENDER
from ..impots.creation.notices import SUBJECT as ACTIVATION_SUBJECT
from ..impots.creation.records import Choices, Space
from ..runner import RunningSites
from ..telephone.inbox import Sms
from .accounts import Account, AccountSource, SiteAddresses, TargetUsager, Usager, account_of
from .data import TestData
from .enrolment import behaviour_named, identity_provider_named, identity_provider_of_organism
from .mailboxes import Link, Mail
from .records import TaxOffice

__all__ = [
    "ACTIVATION_SENDER",
    "Account",
    "AccountSource",
    "SiteAddresses",
    "TargetUsager",
    "Usager",
    "account_of",
    "ACTIVATION_SUBJECT",
    "Behaviour",
    "Choices",
    "Clock",
    "Household",
    "Link",
    "Mail",
    "Person",
    "SPACE_NOT_ACTIVATED",
    "RunningSites",
    "Situation",
    "Sms",
    "Space",
    "TaxOffice",
    "TestData",
    "behaviour_named",
    "identity_provider_named",
    "identity_provider_of_organism",
    "latin_1",
]
