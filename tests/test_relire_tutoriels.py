"""Both bundled tutorials proofread against the inventory of a whole journeys run: every claim the
sites contradict carries the reason the mock does otherwise (a known gap), and a mutant is caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parcours.inventory import INVENTORY_FILE
from parcours.relire.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEEDS = SEEDS if SEEDS.is_dir() else Path("/work/shared/seeds")
TUTORIALS = ("000_7829f83b93e98f95.txt", "003_8f34ae2baa350dfb.txt")
pytestmark = pytest.mark.apres_parcours


def proofread(tutorial: Path, reports: Path, out: Path) -> tuple[int, list[dict]]:
    """The exit code and the claims of `relire` on `tutorial` against the run's inventory."""
    code = main([str(tutorial), f"--sortie={out}", f"--inventaire={reports / INVENTORY_FILE}"])
    return code, json.loads((out / "relecture.json").read_text(encoding="utf-8"))["affirmations"]


@pytest.mark.parametrize("name", TUTORIALS)
def test_a_bundled_tutorial_has_no_contradiction_without_its_known_gap(
    name: str, rapports_parcours: Path, tmp_path: Path
) -> None:
    code, claims = proofread(SEEDS / name, rapports_parcours, tmp_path)
    unexplained = [
        (claim["ligne"], claim["texte"], claim["constate"])
        for claim in claims
        if claim["verdict"] in ("different", "introuvable") and not claim["ecart_connu"]
    ]
    assert unexplained == []
    assert code == 0
    assert sum(claim["verdict"] == "conforme" for claim in claims) >= 3


MUTANTS = [
    (TUTORIALS[0], "S’identifier avec FranceConnect", "S’inscrire avec FranceConnect"),
    (TUTORIALS[0], "Numéro fiscal (13 chiffres)", "Numéro fiscal (11 chiffres)"),
    (TUTORIALS[0], "valable 24 heures", "valable 48 heures"),
    (TUTORIALS[0], "impots.gouv.fr - Activation", "impots.gouv.fr - Confirmation"),
    (TUTORIALS[1], "iOs (>16)", "iOs (>15)"),
    (TUTORIALS[1], "Dans les 24h-48h", "Dans les 72h-96h"),
    (TUTORIALS[1], "Depuis le 13 novembre 2023", "Depuis le 13 novembre 2022"),
]


@pytest.mark.parametrize(("name", "original", "mutated"), MUTANTS)
def test_a_mutant_of_a_bundled_tutorial_is_caught_against_the_sites(
    name: str, original: str, mutated: str, rapports_parcours: Path, tmp_path: Path
) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert original in text
    mutant = tmp_path / "mutant.txt"
    mutant.write_text(text.replace(original, mutated, 1), encoding="utf-8")
    code, claims = proofread(mutant, rapports_parcours, tmp_path / "sortie")
    flagged = [claim for claim in claims if mutated in claim["texte"] and claim["genre"] != "texte"]
    assert code == 1
    # The mutated claim is flagged; another claim of the same line (Android's threshold beside
    # iOS's) may stay conforme.
    assert any(claim["verdict"] in ("different", "introuvable") for claim in flagged), flagged
