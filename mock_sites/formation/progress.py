"""Each learner's progress, read where the sites keep it: the espace particulier at impots, the
logins FranceConnect recorded, the mails the webmail received."""

from __future__ import annotations

import dataclasses
from contextlib import closing
from dataclasses import dataclass

from ..catalogue import site
from ..common.site import SiteConfig
from ..common.storage import connect
from ..federation.registrations import HUB
from ..franceconnect.identities import logins_of
from ..impots.creation.records import find_space
from ..messagerie.mailbox import inbox
from .records import LearnerRecord

TAX_OFFICE, WEBMAIL = "impots", "messagerie"


@dataclass(frozen=True)
class Progress:
    """What a learner has done so far, in the words of the trainer's page."""

    learner: LearnerRecord
    tax_space: str  # « à créer », « créé, à activer », « activé »
    logins: list[tuple[str, str]]  # (account, service) of each FranceConnect login
    mails: int


def _database(config: SiteConfig, name: str) -> str:
    """The SQLite file of another site of the run."""
    return str(dataclasses.replace(config, name=name).database)


def tax_space_state(config: SiteConfig, numero_fiscal: str) -> str:
    """Where the learner's espace particulier stands."""
    with closing(connect(_database(config, TAX_OFFICE))) as db:
        space = find_space(db, numero_fiscal)
    if space is None:
        return "à créer"
    return "activé" if space.activated else "créé, à activer"


def progress_of(config: SiteConfig, learner: LearnerRecord) -> Progress:
    """One learner's line on the trainer's page."""
    with closing(connect(_database(config, HUB))) as db:
        logins = [(site(idp).title, service) for idp, service in logins_of(db, learner.identity_id)]
    with closing(connect(_database(config, WEBMAIL))) as db:
        mails = len(inbox(db, learner.email))
    return Progress(learner, tax_space_state(config, learner.numero_fiscal), logins, mails)
