"""Reading what the sites hold: the tax office's spaces and accounts, the SMS on a phone."""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass

from ..common.storage import connect
from ..impots.creation.records import Space, account_exists, find_space
from ..impots.foyers import find_record, household_income
from ..runner import RunningSites
from ..telephone.inbox import Sms, messages
from .sites import database_of


@dataclass(frozen=True)
class TaxOffice:
    """Read-only view of impots.gouv.fr's records for one run."""

    database: str

    @classmethod
    def of(cls, sites: RunningSites) -> TaxOffice:
        """The tax office of this run."""
        return cls(database_of(sites, "impots"))

    def knows(self, numero_fiscal: str) -> bool:
        """Whether a foyer fiscal holds this numéro fiscal."""
        with closing(connect(self.database)) as db:
            return find_record(db, numero_fiscal) is not None

    def household_income(self, numero_fiscal: str) -> int:
        """The RFR of the foyer of this numéro fiscal (on the avis of its declarants)."""
        with closing(connect(self.database)) as db:
            return household_income(db, numero_fiscal)

    def space(self, numero_fiscal: str) -> Space | None:
        """The espace particulier of this numéro fiscal (with its options and preferences), or None."""
        with closing(connect(self.database)) as db:
            return find_space(db, numero_fiscal)

    def account_exists(self, numero_fiscal: str) -> bool:
        """Whether this numéro fiscal has an activated space, i.e. an account usable with FranceConnect."""
        with closing(connect(self.database)) as db:
            return account_exists(db, numero_fiscal)


def read_sms(sites: RunningSites, number: str) -> list[Sms]:
    """The SMS received by the mobile `number`, newest first."""
    with closing(connect(database_of(sites, "telephone"))) as db:
        return messages(db, number)
