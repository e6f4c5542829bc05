"""Identity cards: generated from the run's seed, and the app's card reader (a test double).

A browser has no NFC: the app's "read the card" step asks a `CardReader`. The one bundled is a
virtual reader returning the card enrolled with the account, as if the person held it to the phone.
"""

from __future__ import annotations

import json
import re
import sqlite3
import string
from dataclasses import asdict, dataclass
from datetime import date

from ..common.identities import Person, seeded_rng

# Supposed format (seeds: FI-NUMERO-CARTE-9): 9 characters, capital letters and digits.
CARD_NUMBER = re.compile(r"[A-Z0-9]{9}")
CARD_ALPHABET = string.ascii_uppercase + string.digits
VALIDITY_YEARS = 10


@dataclass(frozen=True)
class IdentityCard:
    """What the card's chip holds, as the app reads it."""

    number: str
    family_name: str
    given_name: str
    birthdate: str  # ISO date
    expires: str  # ISO date

    def to_json(self) -> str:
        """The card as stored with the account."""
        return json.dumps(asdict(self), ensure_ascii=False)


def make_card(seed: str | int, label: str, person: Person, today: date) -> IdentityCard:
    """The same valid card for the same seed and label, issued up to 5 years before `today`."""
    rng = seeded_rng(seed, f"carte:{label}")
    number = "".join(rng.choice(CARD_ALPHABET) for _ in range(9))
    issued = date(today.year - rng.randint(0, 4), rng.randint(1, 12), rng.randint(1, 28))
    expires = issued.replace(year=issued.year + VALIDITY_YEARS)
    return IdentityCard(number, person.family_name, person.given_name, person.birthdate, expires.isoformat())


def is_card_number(text: str) -> bool:
    """Whether `text` has the format of a card number."""
    return CARD_NUMBER.fullmatch(text) is not None


class VirtualCardReader:
    """The card reader of the app in tests: it returns the card enrolled with the account."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def read(self, email: str) -> IdentityCard:
        """The card the person holds against the phone."""
        row = self.db.execute("SELECT card FROM account WHERE email = ?", (email,)).fetchone()
        if row is None:
            raise LookupError(f"aucune carte pour {email}")
        return IdentityCard(**json.loads(row["card"]))
