"""What the ANTS site stores of a person's démarches (mock_sites/ants/records.py), and when one is
complete enough to be validated (mock_sites/ants/recapitulatif.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from mock_sites.ants.demarche_kinds import IDENTITY_DOCUMENT, PROOF_OF_ADDRESS, demarche
from mock_sites.ants.recapitulatif import missing_step
from mock_sites.ants.records import (
    FINISHED,
    NUMBER_LENGTH,
    SAVED,
    SCHEMA,
    find,
    finished,
    in_progress,
    keep_piece,
    new_number,
    start,
    update,
)
from mock_sites.ants.uploads import Received


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.executescript(SCHEMA)
    yield connection
    connection.close()


def test_a_started_demarche_is_in_progress_for_its_owner_only(db: sqlite3.Connection) -> None:
    demarche_id = start(db, "alice", "cni", "informations", 1.0)

    assert [record.id for record in in_progress(db, "alice", "cni")] == [demarche_id]
    assert in_progress(db, "alice", "passeport") == []
    assert in_progress(db, "bob") == []
    assert find(db, "bob", demarche_id) is None


def test_saving_keeps_fields_and_step_and_finishing_moves_it_to_finished(db: sqlite3.Connection) -> None:
    demarche_id = start(db, "alice", "cni", "informations", 1.0)
    update(db, demarche_id, status=SAVED, saved=2.0, step="pieces", fields={"adresse": "1 rue Haute"})

    saved = find(db, "alice", demarche_id)
    assert saved is not None
    assert (saved.status, saved.step, saved.fields) == (SAVED, "pieces", {"adresse": "1 rue Haute"})

    update(db, demarche_id, status=FINISHED, number=new_number(db))
    assert in_progress(db, "alice", "cni") == []
    assert [record.id for record in finished(db, "alice")] == [demarche_id]


def test_a_file_joined_again_replaces_the_first(db: sqlite3.Connection) -> None:
    demarche_id = start(db, "alice", "cni", "pieces", 1.0)
    keep_piece(db, demarche_id, PROOF_OF_ADDRESS, Received("a.pdf", "PDF", "application/pdf", 3), b"%PD")
    keep_piece(db, demarche_id, PROOF_OF_ADDRESS, Received("b.png", "PNG", "image/png", 2), b"\x89P")

    record = find(db, "alice", demarche_id)
    assert record is not None
    assert record.pieces == {PROOF_OF_ADDRESS: Received("b.png", "PNG", "image/png", 2)}


def test_numbers_are_unique_and_avoid_letters_read_as_digits(db: sqlite3.Connection) -> None:
    numbers = {new_number(db) for _ in range(200)}
    assert len(numbers) == 200
    assert all(len(number) == NUMBER_LENGTH and not set(number) & {"I", "O"} for number in numbers)


@pytest.mark.parametrize(
    ("kind", "fields", "documents", "photo_code", "missing"),
    [
        ("cni", {}, (), None, "informations"),
        ("cni", {"adresse": "1 rue Haute"}, (IDENTITY_DOCUMENT,), None, "pieces"),
        ("cni", {"adresse": "1 rue Haute"}, (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS), None, "photo"),
        ("cni", {"adresse": "1 rue Haute"}, (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS), "CODE", None),
        ("changement-adresse", {"adresse": "x"}, (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS), None, "informations"),
        (
            "changement-adresse",
            {"adresse": "x", "immatriculation": "AB-123-CD"},
            (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS),
            None,
            None,
        ),
    ],
)
def test_a_demarche_validates_only_when_every_step_is_answered(
    db: sqlite3.Connection,
    kind: str,
    fields: dict[str, str],
    documents: tuple[str, ...],
    photo_code: str | None,
    missing: str | None,
) -> None:
    demarche_id = start(db, "alice", kind, "recapitulatif", 1.0)
    update(db, demarche_id, fields=fields, photo_code=photo_code)
    for document in documents:
        keep_piece(db, demarche_id, document, Received("f.pdf", "PDF", "application/pdf", 5), b"%PDF-")
    record = find(db, "alice", demarche_id)
    assert record is not None
    assert missing_step(record, demarche(kind)) == missing
