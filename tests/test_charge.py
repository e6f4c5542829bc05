"""The load test of a class: a few learners through the real login journey on serve's waitress."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STEPS = {
    "accueil du service",
    "choix du compte",
    "connexion Ameli",
    "retour à FranceConnect",
    "espace du service",
}


def run_charge(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m benchmarks.charge …` from the checkout, as `make charge` runs it."""
    command = [sys.executable, "-m", "benchmarks.charge", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_three_learners_log_in_at_once_without_error(tmp_path: Path) -> None:
    report_path = tmp_path / "charge.json"
    done = run_charge("--apprenants", "3", "--seed", "test-charge", "--sortie", str(report_path))
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["erreurs"] == []
    assert report["apprenants"] == 3
    # every learner went through every step of the journey, each page measured
    assert report["pages"] == 3 * len(STEPS) == len(report["pages_detail"])
    assert {page["learner"] for page in report["pages_detail"]} == {1, 2, 3}
    assert {page["step"] for page in report["pages_detail"]} == STEPS
    assert all(page["seconds"] > 0 and page["status"] == 200 for page in report["pages_detail"])
    # the OpenID Connect redirects were followed: more requests than pages
    assert report["requetes"] > report["pages"]
    assert 0 < report["p50_s"] <= report["p95_s"] <= report["max_s"]
    assert report["pages_par_seconde"] > 0
    assert len(report["machine"]["charge_avant"]) == 3
    assert "p95" in done.stdout and "erreurs : 0" in done.stdout


@pytest.mark.parametrize(
    "option", [["--apprenants", "31"], ["--apprenants", "trente"], ["--concurrence", "0"]]
)
def test_bad_numbers_get_one_french_line(option: list[str], tmp_path: Path) -> None:
    done = run_charge(*option, "--sortie", str(tmp_path / "x.json"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("charge : ") and "de 1 à 30" in done.stderr
    assert not (tmp_path / "x.json").exists()
