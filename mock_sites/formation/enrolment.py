"""Opening a class on the running sites: each learner's foyer at the tax office, their accounts at
the identity providers, and their line on the trainer's page."""

from __future__ import annotations

from contextlib import closing

from ..common.storage import connect
from ..franceconnect.identities import pivot_id
from ..runner import RunningSites
from ..testing import Situation, TestData
from ..testing.sites import database_of
from . import SITE
from .classroom import Learner, opened_for_learners, scope
from .records import LearnerRecord, save_learner


def open_class(running: RunningSites, count: int) -> list[Learner]:
    """Enrol learners 1 to `count` (the people `draw_class` gives for the run's seed)."""
    return [open_learner(running, number) for number in range(1, count + 1)]


def open_learner(running: RunningSites, number: int) -> Learner:
    """One learner: a foyer at impots, an account at every other provider, a line for the trainer."""
    data = TestData(running, scope(number))
    learner = Learner(number, data.create_household(Situation.SINGLE))
    person = learner.person
    for entry in opened_for_learners():
        data.enrol(person, entry.name)
    record = LearnerRecord(
        number, person.full_name, person.email, person.numero_fiscal, pivot_id(person.claims())
    )
    with closing(connect(database_of(running, SITE.name))) as db:
        save_learner(db, record)
    return learner
