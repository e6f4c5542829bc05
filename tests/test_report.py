"""The report as its readers see it: a deliberately failing run, its files, opened in a real browser."""

from __future__ import annotations

import base64
import copy
import fcntl
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from playwright.sync_api import Page, expect

from mock_sites.common.identities import generate_person
from parcours.report.pdf import print_page
from steps.franceconnect import WRONG_SECRET

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "tests/report_fixtures/failing_journeys.py"
SCHEMA = ROOT / "tests/report_fixtures/cucumber-jvm.schema.json"
SEED = "5eed5eed"
FAILING = "Le bouton de connexion a changé de nom"
PLAIN_ERROR = "Le bouton « Se connecter avec FranceConnect » est introuvable sur la page de mesdroitssociaux."


@dataclass(frozen=True)
class FailingRun:
    """A finished run of the failing feature: its reports and what it printed."""

    reports: Path
    results: Path  # pytest-playwright's --output, where traces are kept
    output: str
    returncode: int


def _pytest(arguments: list[str], module: str = FIXTURE) -> subprocess.CompletedProcess[str]:
    # A child pytest of its own: none of this session's xdist or pytest variables.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    command = [sys.executable, "-m", "pytest", module, f"--parcours-seed={SEED}", *arguments]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="session")
def failing_run(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> FailingRun:
    """The failing feature, run once per session even when xdist spreads these tests over workers."""
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent  # the parent is common to the workers
    where = shared / "failing-run"
    with open(shared / "failing-run.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (where / "returncode").exists():
            where.mkdir(exist_ok=True)
            # Traces and PDFs are one flag away from the default: this run checks both. Accessibility
            # has its own run (test_report_accessibility.py): axe-core on each page here checks nothing.
            options = ["--tracing=retain-on-failure", "--tutoriel-pdf", "--no-accessibilite"]
            done = _pytest([f"--reports-dir={where / 'reports'}", f"--output={where / 'results'}", *options])
            (where / "output.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
            (where / "returncode").write_text(str(done.returncode))
    return FailingRun(
        reports=where / "reports",
        results=where / "results",
        output=(where / "output.txt").read_text(encoding="utf-8"),
        returncode=int((where / "returncode").read_text()),
    )


def _scenario_nodeids(reports: Path) -> list[str]:
    tree = ElementTree.parse(reports / "junit.xml")
    return [
        f"{case.get('classname', '').replace('.', '/')}.py::{case.get('name')}"
        for case in tree.iter("testcase")
    ]


def _secrets(reports: Path) -> set[str]:
    """What was typed into secret fields: each person's password (same seed, same person), the wrong code."""
    return {WRONG_SECRET} | {generate_person(SEED, nodeid).password for nodeid in _scenario_nodeids(reports)}


# -- the run itself --------------------------------------------------------------------------------


def test_a_failing_run_exits_non_zero_and_ends_with_its_summary_line(failing_run: FailingRun) -> None:
    assert failing_run.returncode == 1, failing_run.output
    last_line = failing_run.output.strip().splitlines()[-1]
    expected = (
        f"Parcours : 5 scénarios, 2 réussis, 2 échoués, 1 ignoré — rapport : {failing_run.reports}/index.html"
    )
    assert last_line == expected
    commands = re.findall(r"playwright show-trace (\S+)", failing_run.output)
    assert len(commands) == 2 and all(Path(path).is_file() for path in commands)


# -- index.html in a browser -----------------------------------------------------------------------


def test_the_summary_counts_features_scenarios_and_steps(page: Page, failing_run: FailingRun) -> None:
    page.goto((failing_run.reports / "index.html").as_uri())
    results = page.get_by_role("table", name="Résultats")
    for header, counts in [
        ("Fonctionnalités", ["1", "0", "1", "0"]),
        ("Scénarios", ["5", "2", "2", "1"]),
        ("Étapes", ["30", "24", "2", "4"]),
    ]:
        row = results.get_by_role("row").filter(has=page.get_by_role("rowheader", name=header))
        expect(row.get_by_role("cell")).to_have_text(counts)
    summary = page.get_by_role("region", name="Résumé")
    expect(summary.get_by_role("definition").filter(has_text="rejouer")).to_contain_text(SEED)
    expect(summary.get_by_role("definition").filter(has_text="Chromium")).to_have_text(
        re.compile(r"Chromium \d+\.")
    )


def test_a_failing_step_says_what_went_wrong_and_shows_trace_and_screenshot(
    page: Page, failing_run: FailingRun
) -> None:
    page.goto((failing_run.reports / "index.html").as_uri())
    scenario = page.get_by_role("group", name=FAILING)
    step = scenario.get_by_role("listitem").filter(has_text="Se connecter avec FranceConnect")
    expect(step).to_contain_text("échouée")
    expect(step.get_by_text(PLAIN_ERROR)).to_be_visible()

    detail = step.get_by_text("Locator.click: Timeout")
    expect(detail).to_be_hidden()  # folded below the plain words
    step.get_by_text("Détail technique").click()
    expect(detail).to_be_visible()

    expect(scenario.get_by_text(re.compile(r"playwright show-trace \S+trace\.zip"))).to_be_visible()
    trace_link = scenario.get_by_role("link", name="trace.zip")
    assert (failing_run.reports / str(trace_link.get_attribute("href"))).resolve().is_file()

    screenshot = step.get_by_role("img", name=re.compile("^Capture d'écran après l'étape 3"))
    screenshot.scroll_into_view_if_needed()
    expect(screenshot).to_have_js_property("naturalWidth", 1280)  # loaded (lazily), full viewport width


def test_filters_by_status_and_tag_and_the_search_box(page: Page, failing_run: FailingRun) -> None:
    page.goto((failing_run.reports / "index.html").as_uri())
    count = page.get_by_role("status")
    passing = page.get_by_role("group", name="Se connecter avec son compte Ameli")
    expect(count).to_have_text("5 scénarios affichés sur 5")

    page.get_by_label("Échoués").check()
    expect(count).to_have_text("2 scénarios affichés sur 5")
    expect(passing).to_be_hidden()
    expect(page.get_by_role("group", name=FAILING)).to_be_visible()

    page.get_by_label("Tous").check()
    page.get_by_label("Étiquette").select_option("erreurs")
    expect(count).to_have_text("2 scénarios affichés sur 5")
    expect(
        page.get_by_role("group", name="Un code confidentiel erroné n'ouvre pas la session")
    ).to_be_visible()

    page.get_by_label("Étiquette").select_option("")
    page.get_by_label("Rechercher").fill("change de nom")  # without accents, as people type
    expect(count).to_have_text("1 scénario affiché sur 5")
    expect(page.get_by_role("group", name=FAILING)).to_be_visible()
    expect(passing).to_be_hidden()
    # The search reads the page itself: a fact's id, and the feature's title, which is outside the scenario.
    page.get_by_label("Rechercher").fill("fc-ameli-erreur-code")
    expect(count).to_have_text("1 scénario affiché sur 5")
    page.get_by_label("Rechercher").fill("volontairement en echec")
    expect(count).to_have_text("5 scénarios affichés sur 5")
    page.get_by_label("Rechercher").fill("volontairement en echec xyzzy")
    expect(count).to_have_text("0 scénario affiché sur 5")


# -- cucumber.json, junit.xml, secrets -------------------------------------------------------------


def _with_embeddings(schema: dict) -> dict:
    """The published schema plus step embeddings (see tests/report_fixtures/README.md)."""
    extended = copy.deepcopy(schema)
    extended["definitions"]["JvmStep"]["properties"]["embeddings"] = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "data": {"type": "string"},
                "mime_type": {"type": "string"},
                "name": {"type": "string"},
            },
            "required": ["mime_type", "data"],
            "additionalProperties": False,
        },
    }
    return extended


def test_cucumber_json_follows_cucumber_jvm_schema_with_a_screenshot_per_step(
    failing_run: FailingRun,
) -> None:
    features = json.loads((failing_run.reports / "cucumber.json").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(_with_embeddings(schema)).validate(features)
    without_embeddings = copy.deepcopy(features)
    for element in (element for feature in without_embeddings for element in feature["elements"]):
        for step in element["steps"]:
            step.pop("embeddings", None)
    jsonschema.Draft7Validator(schema).validate(without_embeddings)  # as published, nothing else added

    steps = [step for feature in features for element in feature["elements"] for step in element["steps"]]
    ran_on_a_page = [step for step in steps if step["result"]["status"] in ("passed", "failed")]
    ran_on_a_page = [step for step in ran_on_a_page if not step["name"].startswith("un usager")]
    missing = [line for line in failing_run.output.splitlines() if "pas de capture" in line]  # why, if any
    assert ran_on_a_page and all(step.get("embeddings") for step in ran_on_a_page), missing
    for step in ran_on_a_page:  # each screenshot by its path, a WebP file next to cucumber.json
        (embedding,) = step["embeddings"]
        assert embedding["mime_type"] == "text/uri-list"
        image = (failing_run.reports / base64.b64decode(embedding["data"]).decode("utf-8")).read_bytes()
        assert image[:4] == b"RIFF" and image[8:12] == b"WEBP"
    failed = [step for step in steps if step["result"]["status"] == "failed"]
    assert len(failed) == 2
    assert any(step["result"]["error_message"].startswith(PLAIN_ERROR) for step in failed)


def test_junit_xml_counts_the_scenarios(failing_run: FailingRun) -> None:
    suite = ElementTree.parse(failing_run.reports / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("5", "2", "1")


def test_no_secret_in_any_report_file_nor_in_the_output(failing_run: FailingRun) -> None:
    secrets = _secrets(failing_run.reports)
    # The secrets were really typed: the Playwright trace (kept outside reports/) records them.
    traces = list(failing_run.results.rglob("trace.zip"))
    recorded = "".join(
        archive.read(name).decode("utf-8", "replace")
        for trace in traces
        for archive in [zipfile.ZipFile(trace)]
        for name in archive.namelist()
        if name.endswith(".trace")
    )
    assert any(secret in recorded for secret in secrets)
    texts = [path for path in failing_run.reports.rglob("*") if path.suffix in (".html", ".json", ".xml")]
    assert len(texts) >= 5
    for path in texts:
        content = path.read_text(encoding="utf-8")
        assert not [secret for secret in secrets if secret in content], path
    assert not [secret for secret in secrets if secret in failing_run.output]
    assert "••••" in (failing_run.reports / "cucumber.json").read_text(encoding="utf-8")


# -- the trainers' view and the coverage page ------------------------------------------------------


def test_each_scenario_becomes_a_numbered_illustrated_tutorial_with_its_pdf(
    page: Page, failing_run: FailingRun
) -> None:
    tutorials = failing_run.reports / "tutoriel"
    page.goto((tutorials / "index.html").as_uri())
    page.get_by_role("link", name="Se connecter avec son compte Ameli").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Se connecter avec son compte Ameli")
    steps = page.get_by_role("main").get_by_role("list").first.get_by_role("listitem")
    expect(steps).to_have_count(9)
    expect(steps.nth(2)).to_contain_text("Je clique sur le bouton « S'identifier avec FranceConnect ».")
    expect(steps.nth(8)).to_contain_text("Résultat attendu : mesdroitssociaux m'accueille par mon nom.")
    # Step 1 creates the person: no page is open yet, so it has no screenshot.
    expect(page.get_by_role("img", name=re.compile(r"^Étape \d+ : "))).to_have_count(8)
    pdfs = sorted(tutorials.glob("*.pdf"))
    assert len(pdfs) == 5 and all(pdf.read_bytes().startswith(b"%PDF") for pdf in pdfs)


def test_the_coverage_page_lists_each_fact_with_its_scenarios_and_their_status(
    page: Page, failing_run: FailingRun
) -> None:
    page.goto((failing_run.reports / "index.html").as_uri())
    page.get_by_role("link", name="Couverture du tutoriel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Couverture du tutoriel")
    # Both tutorials and the total, counted at the top.
    expect(page.get_by_role("table", name="Bilan par tutoriel").get_by_role("row")).to_have_count(4)
    section = page.get_by_role("region", name="Se connecter avec France Connect", exact=True)
    row = section.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name=re.compile("FC-MDS-BOUTON"))
    )
    expect(row.get_by_role("cell").first).to_have_text("En échec")
    expect(row.get_by_role("listitem").filter(has_text=FAILING)).to_contain_text("échoué")
    passing = page.get_by_role("link", name="Se connecter avec son compte Ameli", exact=True)
    expect(row.get_by_role("listitem").filter(has=passing)).to_contain_text("réussi")
    # What no scenario checks is listed, and what no site can show says why.
    expect(page.get_by_role("cell", name="Non couvert", exact=True).first).to_be_visible()
    kit = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name=re.compile("RES-KIT-ETAT")))
    expect(kit).to_contain_text("Non vérifiable : Document extérieur réel")
    identite = page.get_by_role("region", name="« Le compte certifié France Identité »", exact=True)
    expect(identite.get_by_role("heading", name="Comment obtenir son compte certifié ?")).to_be_visible()
    row.get_by_role("link", name=FAILING).click()
    expect(page.get_by_role("group", name=FAILING)).to_be_visible()


# -- the switch that turns the report off ----------------------------------------------------------


def test_no_parcours_report_writes_no_report_but_keeps_junit(tmp_path: Path) -> None:
    done = _pytest(["-k", "mis_de_côté", "--no-parcours-report", f"--reports-dir={tmp_path}"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "junit.xml").is_file()
    assert not (tmp_path / "index.html").exists() and not (tmp_path / "cucumber.json").exists()
    assert "Parcours :" not in done.stdout


def test_a_scenario_naming_an_unknown_fact_stops_the_run(tmp_path: Path) -> None:
    done = _pytest(
        ["--collect-only", f"--reports-dir={tmp_path}"], module="tests/report_fixtures/unknown_fact.py"
    )
    assert done.returncode == pytest.ExitCode.USAGE_ERROR
    assert "Fait inconnu dans un scénario" in done.stderr
    assert "@fait:FC-FAIT-QUI-N-EXISTE-PAS dans tests/report_fixtures/unknown_fact.py::" in done.stderr


def test_the_pdf_printer_says_when_a_page_could_not_be_printed(page: Page, tmp_path: Path) -> None:
    good = tmp_path / "bon.html"
    good.write_text("<!doctype html><html lang='fr'><title>t</title><p>Étape 1</p></html>", encoding="utf-8")
    browser = page.context.browser
    assert browser is not None
    assert print_page(browser, good) == ""
    assert good.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    problem = print_page(browser, tmp_path / "absent.html")
    assert problem.startswith("export PDF de absent.html en échec : ") and "absent.html" in problem
