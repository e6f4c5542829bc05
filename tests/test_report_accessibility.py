"""Accessibility checks: a deliberately inaccessible page fails an @accessibilite scenario, and the
report shows each scenario's violations by impact with their RGAA criterion."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from parcours.report.accessibility import PageCheck, blocking_message, violations_of
from parcours.report.accessibility_report import accessibility_totals, scenario_accessibility
from parcours.report.model import FeatureInfo, ScenarioRun
from parcours.report.rgaa import RULES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "tests/report_fixtures/inaccessible_page.py"


def _child(reports: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    # No screenshots: every assertion here reads the accessibility checks, none a picture.
    command = [sys.executable, "-m", "pytest", FIXTURE, f"--reports-dir={reports}", "-n", "0"]
    command += ["--screenshots=off", *options]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def inaccessible_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The inaccessible page's two scenarios, run once in a child pytest, every page checked."""
    reports = tmp_path_factory.mktemp("accessibilite") / "reports"
    return reports, _child(reports, "--accessibilite-toutes")


def test_an_accessibilite_scenario_fails_on_a_critical_violation(
    inaccessible_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, done = inaccessible_run
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "1 failed, 1 passed" in output
    assert "Accessibilité : violation grave ou critique" in output
    assert f"« {RULES['image-alt'].help} » (image-alt, critique, RGAA 1.1" in output
    assert "http://inaccessible.localhost/accueil" in output


def test_the_report_shows_violations_by_impact_with_rgaa_and_a_total(
    page: Page, inaccessible_run: tuple[Path, subprocess.CompletedProcess[str]]
) -> None:
    reports, _ = inaccessible_run
    page.goto((reports / "index.html").as_uri())
    expect(page.locator("#accessibilite")).to_contain_text("2 pages vérifiées")
    expect(page.locator("#accessibilite")).to_contain_text("6 critique, 0 grave")
    expect(page.locator("#accessibilite")).to_contain_text("2 scénarios concernés")
    passed = page.locator("details.scenario[data-statut=passed]")
    passed.locator("summary").first.click()
    checks = passed.locator("details.accessibilite")
    expect(checks.locator("summary").first).to_have_text(
        "Accessibilité : 1 page vérifiée, 3 règles non respectées (3 critique)"
    )
    expect(checks.get_by_role("heading", name="Impact critique")).to_be_visible()
    expect(checks).to_contain_text(RULES["label"].help)
    expect(checks).to_contain_text("critère RGAA 11.1")
    expect(checks).to_contain_text(RULES["button-name"].help)


def test_no_accessibilite_turns_the_checks_off(tmp_path: Path) -> None:
    done = _child(tmp_path / "reports", "--no-accessibilite")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "aucune page vérifiée" in (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")


def _violation(rule: str, impact: str, nodes: int = 1) -> dict[str, object]:
    return {
        "rule": rule,
        "impact": impact,
        "help": "English help",
        "url": "u",
        "nodes": nodes,
        "targets": ["x"],
    }


def test_violations_get_french_help_rgaa_criterion_and_most_severe_first() -> None:
    found = violations_of([_violation("region", "moderate"), _violation("color-contrast", "serious", 4)])
    assert [(v.rule, v.criterion, v.blocking) for v in found] == [
        ("color-contrast", "3.2", True),
        ("region", "9.2", False),
    ]
    assert found[0].help == RULES["color-contrast"].help != "English help"
    unknown = violations_of([_violation("une-regle-future", "minor")])[0]
    assert (unknown.help, unknown.criterion) == ("English help", "")


def test_only_serious_and_critical_violations_fail_a_scenario() -> None:
    moderate = PageCheck("http://a/", "A", 1, [{**_violation("region", "moderate"), "criterion": "12.6"}])
    assert blocking_message([moderate]) == ""
    serious = PageCheck(
        "http://b/", "B", 2, [{**_violation("color-contrast", "serious"), "criterion": "3.2"}]
    )
    assert "(color-contrast, grave, RGAA 3.2, 1 élément(s)) sur http://b/" in blocking_message(
        [moderate, serious]
    )


def test_a_rule_broken_on_two_pages_counts_once_per_scenario_with_its_nodes_summed() -> None:
    run = ScenarioRun("t", "s", FeatureInfo("F", "Fonctionnalité", "f.feature", 1), "Scénario", "S", 2)
    for url, nodes in (("http://a/", 2), ("http://b/", 3)):
        run.accessibility.append(
            {"url": url, "title": "", "step": 1, "violations": violations_of_dicts(nodes)}
        )
    view = scenario_accessibility(run)
    assert view.pages == 2 and view.violations == 1
    finding = view.groups[0].findings[0]
    assert (view.groups[0].label, finding.nodes, finding.pages) == ("grave", 5, ["http://a/", "http://b/"])
    totals = accessibility_totals([run])
    assert (totals.pages, totals.scenarios_with_violations) == (2, 1)
    assert ("grave", 1) in totals.by_impact


def violations_of_dicts(nodes: int) -> list[dict[str, object]]:
    """One serious contrast violation over `nodes` elements, as a PageCheck stores it."""
    return [{**_violation("color-contrast", "serious", nodes), "help": "Contraste", "criterion": "3.2"}]


def test_by_default_only_the_tagged_scenario_is_checked(tmp_path: Path) -> None:
    done = _child(tmp_path / "reports")
    assert done.returncode == 1, done.stdout + done.stderr  # the tagged one still fails
    assert "1 failed, 1 passed" in done.stdout
    summary = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "Accessibilité (axe-core) : 1 page vérifiée ;" in summary  # the untagged scenario's page: none
