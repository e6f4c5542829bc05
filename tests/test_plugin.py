"""Bad input gets a clear error: small pytest sessions run with the Parcours plugin (pytester)."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page

import mock_sites.ameli
from parcours.browser import HOW_TO_INSTALL, NoBrowserError, find_chromium
from parcours.snippets import snippet

pytest_plugins = ["pytester"]

FEATURE_HEAD = "# language: fr\nFonctionnalité: Essai\n  Scénario: Un essai\n"
BINDING = 'from pytest_bdd import scenarios\n\nscenarios("features")\n'
NO_BROWSER = "PARCOURS_CHROMIUM=/nulle/part n'existe pas."
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A small project using the plugin (opted in); reports go to its own folder."""
    pytester.makeconftest('pytest_plugins = ["parcours.plugin"]\n')
    pytester.makeini("[pytest]\nparcours = true\n")
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest in-process in the small project, without pytest-playwright (it keeps global state)."""
    return pytester.runpytest(
        "-p", "no:cacheprovider", "-p", "no:playwright", f"--reports-dir={pytester.path / 'rapports'}", *args
    )


def run_subprocess(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest in a subprocess (a browser, or xdist workers, cannot share this process)."""
    return pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", f"--reports-dir={pytester.path / 'rapports'}", *args
    )


def write_feature(pytester: pytest.Pytester, steps: str) -> None:
    """features/essai.feature with these step lines, and the test module that binds it."""
    (pytester.path / "features").mkdir(exist_ok=True)
    (pytester.path / "features" / "essai.feature").write_text(FEATURE_HEAD + steps, encoding="utf-8")
    pytester.makepyfile(test_essai=BINDING)


@pytest.mark.parametrize(
    ("step_type", "text", "expected"),
    [
        ("given", "un usager", "@given('un usager')\ndef _() -> None:\n"),
        (
            "when",
            'je clique sur le bouton "Me connecter"',
            "@when(parsers.parse('je clique sur le bouton \"{valeur}\"'))\ndef _(valeur: str) -> None:\n",
        ),
        (
            "then",
            'le courriel "A" mentionne "B"',
            '@then(parsers.parse(\'le courriel "{valeur}" mentionne "{valeur2}"\'))\n'
            "def _(valeur: str, valeur2: str) -> None:\n",
        ),
        ("when", "j'ouvre ma boîte", '@when("j\'ouvre ma boîte")\ndef _() -> None:\n'),
    ],
)
def test_snippet_turns_quoted_values_into_parameters(step_type: str, text: str, expected: str) -> None:
    assert snippet(step_type, text) == expected + "    raise NotImplementedError\n"


def test_an_unknown_step_fails_with_the_definition_to_paste(project: pytest.Pytester) -> None:
    write_feature(project, '    Quand je range "le dossier" dans "l\'armoire"\n')
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            'Étape inconnue : « Quand je range "le dossier" dans "l\'armoire" » '
            "(features/essai.feature, ligne 4).",
            "Ajoutez cette définition dans steps/<domaine>.py "
            "(from pytest_bdd import given, parsers, then, when) :",
            '@when(parsers.parse(\'je range "{valeur}" dans "{valeur2}"\'))',
            "def _(valeur: str, valeur2: str) -> None:",
        ]
    )
    assert "Traceback" not in result.stdout.str()
    assert "site-packages/pluggy" not in result.stdout.str()


def test_the_pasted_definition_is_found(project: pytest.Pytester) -> None:
    step = 'Quand je range "le dossier" dans "l\'armoire"'
    write_feature(project, f"    {step}\n")
    code = snippet("when", step.removeprefix("Quand "))
    project.makepyfile(test_essai=f"from pytest_bdd import parsers, scenarios, when\n\n{code}\n\n{BINDING}")
    result = run(project)
    result.assert_outcomes(failed=1)  # the pasted snippet runs: its body says it is still to write
    assert "NotImplementedError" in result.stdout.str()
    assert "Étape inconnue" not in result.stdout.str()


def test_a_malformed_feature_file_names_the_file_the_line_and_the_fix(project: pytest.Pytester) -> None:
    write_feature(project, "    Étant donné un usager\n    Ceci n'est pas une étape\n")
    result = run(project)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(
        [
            "features/essai.feature, ligne 5 : syntaxe Gherkin invalide « Ceci n'est pas une étape » *",
            "Corrigez cette ligne : le fichier commence par « # language: fr »*",
        ]
    )
    assert "Traceback" not in result.stdout.str()
    assert "gherkin_parser.py" not in result.stdout.str()


def test_a_feature_without_its_language_line_is_reported_the_same_way(project: pytest.Pytester) -> None:
    write_feature(project, "")
    (project.path / "features" / "essai.feature").write_text(
        "Fonctionnalité: Essai\n  Scénario: Un\n    Quand je clique\n", encoding="utf-8"
    )
    result = run(project)
    result.stdout.fnmatch_lines(["features/essai.feature, ligne 1 : syntaxe Gherkin invalide*"])


def test_a_seed_that_cannot_be_replayed_is_a_usage_error(project: pytest.Pytester) -> None:
    project.makepyfile(test_rien="def test_rien() -> None:\n    assert True\n")
    result = run(project, "--parcours-seed", "une graine")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*argument --parcours-seed: graine invalide 'une graine' : lettres, chiffres*"]
    )


def test_a_given_seed_is_printed_to_replay_the_run(project: pytest.Pytester) -> None:
    project.makepyfile(test_rien="def test_rien() -> None:\n    assert True\n")
    result = run(project, "--parcours-seed", "1a2b3c4d")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["parcours: seed 1a2b3c4d (rejouer : --parcours-seed 1a2b3c4d)"])


def test_a_reports_dir_that_is_a_file_is_a_usage_error(project: pytest.Pytester) -> None:
    project.makepyfile(test_rien="def test_rien() -> None:\n    assert True\n")
    result = project.runpytest("-p", "no:cacheprovider", "--reports-dir=test_rien.py")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --reports-dir=test_rien.py : impossible d'y écrire les rapports *"])


BROKEN_SITE = 'def create_app(config):\n    raise ValueError("base de données illisible")\n'
USES_SITES = "def test_sites(mock_sites) -> None:\n    assert mock_sites\n"


def test_a_site_that_fails_to_start_stops_the_run_with_one_line(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyfile(site_en_panne=BROKEN_SITE, test_sites=USES_SITES)
    project.syspathinsert()
    monkeypatch.setattr(mock_sites.ameli, "create_app", importlib.import_module("site_en_panne").create_app)
    result = run(project)
    assert result.ret == pytest.ExitCode.INTERNAL_ERROR
    result.stdout.fnmatch_lines(
        [
            "*Sites fictifs : le site ameli n'a pas démarré : ValueError: base de données illisible"
            " (*site_en_panne.py:2) ; corrigez le site à cet endroit.*"
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_under_xdist_a_site_that_fails_to_start_fails_its_tests_with_one_line(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(
        "import mock_sites.ameli\nimport site_en_panne\n\n"
        "mock_sites.ameli.create_app = site_en_panne.create_app\n"
        'pytest_plugins = ["parcours.plugin"]\n'
    )
    pytester.makeini("[pytest]\nparcours = true\n")
    pytester.makepyfile(site_en_panne=BROKEN_SITE, test_sites=USES_SITES)
    result = run_subprocess(pytester, "-n", "1")  # one test: a second worker would start for nothing
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*Sites fictifs : le site ameli n'a pas démarré : ValueError*"])
    assert "INTERNALERROR" not in result.stdout.str()
    assert "Traceback" not in result.stdout.str()


USES_BROWSER = "def test_page(page) -> None:\n    assert page\n"


@pytest.mark.parametrize(
    ("workers", "exit_code"),
    # One test, so one xdist worker: a second would start (plugins, Playwright) for nothing.
    [([], pytest.ExitCode.USAGE_ERROR), (["-n", "1"], pytest.ExitCode.TESTS_FAILED)],
    ids=["un processus", "xdist"],
)
def test_a_missing_browser_says_what_to_install(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, workers: list[str], exit_code: pytest.ExitCode
) -> None:
    monkeypatch.setenv("PARCOURS_CHROMIUM", "/nulle/part")
    project.makepyfile(test_page=USES_BROWSER)
    result = run_subprocess(project, *workers)
    assert result.ret == exit_code
    result.stdout.fnmatch_lines([f"*{NO_BROWSER} Aucun Chromium trouvé. Lancez `make setup`*"])
    assert "Traceback" not in result.stdout.str()
    assert "INTERNALERROR" not in result.stdout.str()


JOURNEY_ON_SITES = (
    BINDING + "from pytest_bdd import given\n\n\n"
    '@given("les sites fictifs sont démarrés")\ndef _(mock_sites) -> None:\n    assert mock_sites\n'
)


def write_journey_on_sites(pytester: pytest.Pytester) -> None:
    """A one-step journey on the mock sites: its run launches the browser while the sites start."""
    (pytester.path / "features").mkdir(exist_ok=True)
    feature = FEATURE_HEAD + "    Étant donné les sites fictifs sont démarrés\n"
    (pytester.path / "features" / "essai.feature").write_text(feature, encoding="utf-8")
    pytester.makepyfile(test_essai=JOURNEY_ON_SITES)


def test_a_missing_browser_while_the_sites_start_says_what_to_install(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARCOURS_CHROMIUM", "/nulle/part")
    write_journey_on_sites(project)
    result = run_subprocess(project)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines([f"*{NO_BROWSER} Aucun Chromium trouvé. Lancez `make setup`*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_a_site_that_fails_while_the_browser_launches_stops_the_run_with_one_line(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(
        "import mock_sites.ameli\nimport site_en_panne\n\n"
        "mock_sites.ameli.create_app = site_en_panne.create_app\n"
        'pytest_plugins = ["parcours.plugin"]\n'
    )
    pytester.makeini("[pytest]\nparcours = true\n")
    pytester.makepyfile(site_en_panne=BROKEN_SITE)
    write_journey_on_sites(pytester)
    result = run_subprocess(pytester)
    assert result.ret == pytest.ExitCode.INTERNAL_ERROR
    result.stdout.fnmatch_lines(["*Sites fictifs : le site ameli n'a pas démarré : ValueError*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_find_chromium_without_any_browser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PARCOURS_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no chromium on this PATH
    with pytest.raises(NoBrowserError) as error:
        find_chromium(None)
    assert str(error.value) == HOW_TO_INSTALL


def test_find_chromium_prefers_parcours_chromium_then_playwright(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = tmp_path / "chromium"
    chosen.touch()
    monkeypatch.setenv("PARCOURS_CHROMIUM", str(chosen))
    assert find_chromium(tmp_path / "playwright-chromium") == chosen
    monkeypatch.delenv("PARCOURS_CHROMIUM")
    assert find_chromium(tmp_path / "playwright-chromium") is None  # None: Playwright's own build


def test_find_chromium_takes_the_headless_shell_for_headless_runs_and_the_full_browser_headed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PARCOURS_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    for name in ("chromium-headless-shell", "chromium"):
        (tmp_path / name).touch(mode=0o755)
    assert find_chromium(None) == tmp_path / "chromium-headless-shell"
    assert find_chromium(None, headless=False) == tmp_path / "chromium"
    (tmp_path / "chromium").unlink()
    with pytest.raises(NoBrowserError):
        find_chromium(None, headless=False)  # the headless shell cannot show a window


def test_the_browser_speaks_french_on_paris_time(page: Page) -> None:
    page.set_content('<input type="date" aria-label="Date">')
    assert page.evaluate("navigator.language") == "fr-FR"
    assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == "Europe/Paris"
    assert page.evaluate("new Date(Date.UTC(2023, 10, 13)).toLocaleDateString()") == "13/11/2023"


def test_the_browser_check_command_fails_with_the_message_only() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "parcours.browser"],
        cwd=ROOT,
        env={**os.environ, "PARCOURS_CHROMIUM": "/nulle/part"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"{NO_BROWSER} {HOW_TO_INSTALL}"]


def test_a_run_without_xdist_loads_the_plugin(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-q",
            "tests/test_catalogue.py",
            f"--reports-dir={tmp_path}",
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "passed" in result.stdout
