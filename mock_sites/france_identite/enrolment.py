"""Test data: a person whose France Identité app is activated (card read, personal code chosen)."""

from __future__ import annotations

from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from ..common.identities import Person, generate_person, seeded_rng
from ..common.storage import connect
from .cards import IdentityCard, make_card
from .records import enrol


@dataclass(frozen=True, kw_only=True)  # after Person's fields, one of which has a default
class Holder(Person):
    """A person with their identity card, the app's personal code, and the link that installs the app."""

    card: IdentityCard
    pin: str
    install_path: str

    @property
    def person(self) -> Person:
        """The person alone, as other sites know them."""
        return Person(**{name: getattr(self, name) for name in Person.__dataclass_fields__})


def enrol_holder(database: str | Path, seed: str, label: str, today: date) -> Holder:
    """The same holder for the same seed and label, their app activated in the France Identité database."""
    person = generate_person(seed, f"france_identite:{label}")
    card = make_card(seed, label, person, today)
    pin = f"{seeded_rng(seed, f'code:{label}').randint(0, 999_999):06d}"
    with closing(connect(database)) as db:
        token = enrol(db, person, card, pin)
    return Holder(**asdict(person), card=card, pin=pin, install_path=f"/installation/{token}")
