"""Opening a class on the running sites: each learner's foyer at the tax office, their accounts at
the identity providers, and their line on the trainer's page."""

from __future__ import annotations

from contextlib import closing

from ..common.storage import connect
from ..franceconnect.identities import pivot_id
from ..runner import RunningSites
from ..telephone.inbox import normalize_number
from ..testing import Situation, TestData
from ..testing.sites import database_of
from . import SITE
from .classroom import Learner, opened_for_learners, scope
from .records import LearnerRecord, save_learner, save_trainer_code
from .walls import learner_secret, new_trainer_code


def open_class(running: RunningSites, count: int) -> list[Learner]:
    """Enrol learners 1 to `count` (the people `draw_class` gives for the run's seed) and lock the
    trainer's page with a new code (read it with `trainer_code`)."""
    with closing(connect(database_of(running, SITE.name))) as db:
        save_trainer_code(db, new_trainer_code())
    return [open_learner(running, number) for number in range(1, count + 1)]


def open_learner(running: RunningSites, number: int) -> Learner:
    """One learner: a foyer at impots, an account at every other provider, a line for the trainer."""
    data = TestData(running, scope(number))
    learner = Learner(number, data.create_household(Situation.SINGLE), learner_secret(running.seed, number))
    person = learner.person
    for entry in opened_for_learners():
        data.enrol(person, entry.name)
    phone = normalize_number(person.phone)
    identity = pivot_id(person.claims())
    record = LearnerRecord(
        number, person.full_name, person.email, person.numero_fiscal, identity, phone, learner.secret
    )
    with closing(connect(database_of(running, SITE.name))) as db:
        save_learner(db, record)
    return learner
