"""The endurance table: built from junit files, and a real tiny run of the journeys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.endurance_table import Run, failing, write_table

ROOT = Path(__file__).resolve().parent.parent
PASSED = '<testcase classname="tests.test_journeys" name="{name}" time="1.0"/>'
FAILED = (
    '<testcase classname="tests.test_journeys" name="{name}" time="1.0">'
    '<failure message="AssertionError: le bouton « Valider » est introuvable">trace</failure></testcase>'
)


def junit(folder: Path, *cases: str) -> Path:
    """A junit.xml as pytest writes it, with these test cases."""
    folder.mkdir(parents=True)
    path = folder / "junit.xml"
    body = "".join(cases)
    path.write_text(
        f'<?xml version="1.0"?><testsuites><testsuite name="pytest">{body}</testsuite></testsuites>'
    )
    return path


def test_a_failure_in_one_run_of_three_shows_with_its_seed(tmp_path: Path) -> None:
    runs = [
        Run(
            1, "e-1", junit(tmp_path / "1", PASSED.format(name="test_a"), PASSED.format(name="test_b")), 10.0
        ),
        Run(
            2, "e-2", junit(tmp_path / "2", PASSED.format(name="test_a"), FAILED.format(name="test_b")), 12.0
        ),
        Run(
            3, "e-3", junit(tmp_path / "3", PASSED.format(name="test_a"), PASSED.format(name="test_b")), 11.0
        ),
    ]
    bad, count = failing(runs)
    assert count == 2
    assert [(s.node_id, s.failed_seeds, s.runs) for s in bad] == [
        ("tests/test_journeys.py::test_b", ["e-2"], 3)
    ]
    markdown, page = write_table(runs, ["-m", "ants"], tmp_path / "table")
    text = markdown.read_text(encoding="utf-8")
    assert "| `tests/test_journeys.py::test_b` | 1/3 | `e-2` |" in text
    assert 'python -m pytest "tests/test_journeys.py::test_b" -n 0 --parcours-seed=e-2' in text
    assert "3 runs" in text and "durée totale 33 s" in text and "introuvable" in text
    assert "test_a" not in text
    assert "e-2" in page.read_text(encoding="utf-8") and 'lang="fr"' in page.read_text(encoding="utf-8")


def test_a_run_that_wrote_no_junit_is_named(tmp_path: Path) -> None:
    runs = [Run(1, "e-1", junit(tmp_path / "1", PASSED.format(name="test_a")), 1.0)]
    runs.append(Run(2, "e-2", tmp_path / "absent" / "junit.xml", 1.0))
    markdown, _ = write_table(runs, [], tmp_path / "table")
    text = markdown.read_text(encoding="utf-8")
    assert "runs sans junit (arrêtés avant la fin) : e-2" in text and "Aucun scénario n'a échoué." in text


def run_endurance(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m benchmarks.endurance …` from the checkout."""
    command = [sys.executable, "-m", "benchmarks.endurance", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_two_real_runs_of_one_scenario_write_the_table(tmp_path: Path) -> None:
    selection = ["-k", "votre_espace_particulier__est_en_haut"]
    done = run_endurance("--runs", "2", "--seed", "essai", "--sortie", str(tmp_path), "--", *selection)
    assert done.returncode == 0, done.stdout + done.stderr
    for number in (1, 2):
        assert (tmp_path / f"run-{number}" / "junit.xml").exists()
        assert f"--parcours-seed=essai-{number}" not in done.stdout  # nothing failed, nothing to replay
    text = (tmp_path / "endurance.md").read_text(encoding="utf-8")
    assert "2 runs" in text and "1 scénarios" in text and "essai-1" in text and "essai-2" in text
    assert "Aucun scénario n'a échoué." in text
    assert (tmp_path / "endurance.html").exists()


@pytest.mark.parametrize(
    "option", [["--runs", "0"], ["--runs", "vingt"], ["--workers", "-1"], ["--seed", "a b"]]
)
def test_bad_options_get_one_french_line(option: list[str], tmp_path: Path) -> None:
    done = run_endurance(*option, "--sortie", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.startswith("endurance : ") and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()
