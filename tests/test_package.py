"""Parcours in a team's repository: names that cannot clash, a plugin that waits to be asked, the wheel."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import mock_sites.testing
import parcours_mock_sites.testing
import parcours_steps.taches
import steps.taches
from parcours.layout import PACKAGES, data_dir

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
PLAIN_TEST = "def test_plain() -> None:\n    assert 1 + 1 == 2\n"


def test_the_installed_names_are_the_checkouts_modules_not_copies() -> None:
    assert parcours_mock_sites.testing is mock_sites.testing
    assert parcours_steps.taches is steps.taches
    assert mock_sites.testing.__spec__ is not None and mock_sites.testing.__spec__.origin


def test_the_data_folders_are_found() -> None:
    assert (data_dir("parcours_seeds") / "sources.toml").is_file()
    assert any(data_dir("parcours_features").rglob("*.feature"))


@pytest.mark.parametrize("folder", ["parcours", *PACKAGES.values()])
def test_no_module_imports_a_folder_name_the_wheel_does_not_install(folder: str) -> None:
    """steps and mock_sites exist under those names only here: imports use the installed names."""
    wrong = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            wrong += [
                f"{path.relative_to(ROOT)}:{node.lineno} {n}"
                for n in names
                if n.split(".")[0] in PACKAGES.values()
            ]
    assert wrong == [], "importez parcours_mock_sites / parcours_steps (ou en relatif) : " + ", ".join(wrong)


def test_a_project_that_has_not_opted_in_sees_no_side_effect(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain=PLAIN_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    made = sorted(
        path.name
        for path in pytester.path.iterdir()
        if path.suffix == ".py" or path.is_dir() and not path.name.startswith("runpytest")
    )
    assert made == ["test_plain.py"]  # pytester writes its stdout, stderr and runpytest-* here
    assert "parcours: seed" not in result.stdout.str()


def test_the_flag_opts_one_run_in(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain=PLAIN_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--parcours")
    result.assert_outcomes(passed=1)
    assert (pytester.path / "reports" / "junit.xml").is_file()
    result.stdout.fnmatch_lines(["parcours: seed *"])


def test_the_reports_folder_is_an_ini_key(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nparcours = true\nparcours_reports = sortie/rapports\n")
    pytester.makepyfile(test_plain=PLAIN_TEST)
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
    assert (pytester.path / "sortie" / "rapports" / "junit.xml").is_file()
    assert not (pytester.path / "reports").exists()


def test_a_project_that_has_not_opted_in_gets_none_of_parcours_fixtures(pytester: pytest.Pytester) -> None:
    """pytest keeps a module's fixtures after it is unregistered: none may come from a hook module."""
    pytester.makepyfile(test_plain="def test_uses(donnees: object) -> None:\n    assert donnees\n")
    listed = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--fixtures").stdout.str()
    assert "from parcours" not in listed and "secret_values" not in listed
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'donnees' not found*"])


def test_an_opted_in_project_gets_them(pytester: pytest.Pytester) -> None:
    uses = "def test_uses(secret_values: object) -> None:\n    assert secret_values is not None\n"
    pytester.makepyfile(test_plain=uses)
    pytester.runpytest_subprocess("-p", "no:cacheprovider", "--parcours").assert_outcomes(passed=1)
