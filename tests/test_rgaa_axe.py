"""The RGAA table comes from axe-core's own data: its tags name the RGAA tests, its French locale
the help; axe_rules.json matches the axe-core copy the harness runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page

from parcours.report.axe_page import axe_script
from parcours.report.axe_rules_build import bundled_version, rules_in_page
from parcours.report.rgaa import RULES, axe_rules_data, criteria, in_french, rgaa_tests

ROOT = Path(__file__).resolve().parent.parent


def test_the_committed_rules_are_those_of_the_bundled_axe_version() -> None:
    data = axe_rules_data()
    assert data["axe"] == bundled_version(axe_script()) != ""
    assert data["locale"] == "fr"


@pytest.mark.parametrize(
    ("rule", "criterion"),
    [("image-alt", "1.1"), ("label", "11.1"), ("color-contrast", "3.2"), ("link-name", "6.2")],
)
def test_known_rules_get_their_rgaa_criterion_from_axe_tags(rule: str, criterion: str) -> None:
    tags = axe_rules_data()["rules"][rule]["tags"]
    assert any(tag.startswith(f"RGAA-{criterion}.") for tag in tags)
    assert RULES[rule].criterion == criterion
    assert all(test.startswith(f"{criterion}.") for test in RULES[rule].rgaa_tests)


def test_about_two_thirds_of_the_rules_carry_rgaa_tags() -> None:
    tagged = [rule for rule in RULES.values() if rule.criterion]
    assert len(tagged) == sum(
        any(tag.startswith("RGAA-") for tag in rule["tags"]) for rule in axe_rules_data()["rules"].values()
    )
    assert len(tagged) >= 60


def test_tests_and_criteria_are_read_from_tag_names() -> None:
    tests = rgaa_tests(["wcag2a", "RGAAv4", "RGAA-1.1.1", "RGAA-1.1.2", "RGAA-11.13.1", "EN-301-549"])
    assert tests == ("1.1.1", "1.1.2", "11.13.1")
    assert criteria(tests) == "1.1 et 11.13"


def test_help_is_the_french_locale_else_axe_english() -> None:
    for rule_id, rule in axe_rules_data()["rules"].items():
        assert RULES[rule_id].help == (rule["help"] or rule["help_en"])
    assert RULES["image-alt"].help != axe_rules_data()["rules"]["image-alt"]["help_en"]
    assert in_french("une-regle-future", "English help").help == "English help"


@pytest.mark.parametrize("content", [None, "pas du json", json.dumps({"lang": "fr"}), "no-option"])
def test_the_build_script_refuses_an_unusable_locale_in_french(tmp_path: Path, content: str | None) -> None:
    locale = tmp_path / "fr.json"
    if content not in (None, "no-option"):
        locale.write_text(content, encoding="utf-8")
    options = [] if content == "no-option" else ["--locale", str(locale)]
    command = [sys.executable, "-m", "parcours.report.axe_rules_build", *options]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "locale" in done.stderr.lower() and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 2


def test_the_committed_tags_and_english_help_are_what_the_bundled_axe_says_in_a_browser(page: Page) -> None:
    page.goto("about:blank")
    live = rules_in_page(page, axe_script(), {"lang": "fr", "rules": {}})
    committed = axe_rules_data()["rules"]
    assert {rule: (r["tags"], r["help_en"]) for rule, r in live["rules"].items()} == {
        rule: (r["tags"], r["help_en"]) for rule, r in committed.items()
    }
