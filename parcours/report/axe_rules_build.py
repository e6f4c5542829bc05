"""Regenerates axe_rules.json: axe-core's own rules (tags, English and French help) read from the
axe-core copy the harness runs, by `axe.getRules()` in a blank page, with axe's French locale.

Usage: python -m parcours.report.axe_rules_build --locale CHEMIN/fr.json
The locale ships in axe-core's npm package, not in axe-playwright-python: take the one of the same
version, e.g. `npm pack axe-core@4.12.1 && tar xzf axe-core-4.12.1.tgz package/locales/fr.json`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

RULES_FILE = Path(__file__).with_name("axe_rules.json")
# The rules' help and tags are axe-core's text: they keep its licence.
SOURCE = "axe-core, Deque Systems, MPL-2.0: https://github.com/dequelabs/axe-core (axe.min.js, locales/)"
GET_RULES = "() => axe.getRules().map((r) => ({id: r.ruleId, help: r.help, tags: r.tags}))"
LOCALIZED = "(locale) => { axe.configure({locale}); return axe.getRules().map((r) => [r.ruleId, r.help]); }"


def bundled_version(script: str) -> str:
    """The version in the `/*! axe vX.Y.Z` banner of axe's source."""
    found = re.match(r"/\*! axe v(\S+)", script)
    return found.group(1) if found else ""


def read_rules(script: str, locale: dict[str, Any]) -> dict[str, Any]:
    """axe's rules, read once in a blank page of the harness's Chromium."""
    from playwright.sync_api import sync_playwright

    from parcours.browser import find_chromium, launch_args

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_args(find_chromium()))  # type: ignore[arg-type]
        data = rules_in_page(browser.new_page(), script, locale)
        browser.close()
    return data


def rules_in_page(page: Page, script: str, locale: dict[str, Any]) -> dict[str, Any]:
    """axe's rules in that page: their tags, English help, and French help from the locale."""
    page.add_script_tag(content=script)
    english = page.evaluate(GET_RULES)
    french = dict(page.evaluate(LOCALIZED, locale))
    translated = set(locale.get("rules", {}))
    rules = {
        rule["id"]: {
            "help": french[rule["id"]] if rule["id"] in translated else "",
            "help_en": rule["help"],
            "tags": rule["tags"],
        }
        for rule in english
    }
    return {
        "axe": bundled_version(script),
        "locale": locale.get("lang", ""),
        "source": SOURCE,
        "rules": rules,
    }


HOW_TO = "Indiquez le fichier locales/fr.json du paquet npm axe-core de même version."


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        print(
            "Options invalides : python -m parcours.report.axe_rules_build --locale CHEMIN/fr.json.",
            file=sys.stderr,
        )
        print(HOW_TO, file=sys.stderr)
        raise SystemExit(2)


def load_locale(path: Path) -> dict[str, Any] | None:
    """axe's locale file, or None after saying in French why it cannot be used."""
    try:
        locale = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"Locale illisible ({path}) : {error}.", file=sys.stderr)
        print(HOW_TO, file=sys.stderr)
        return None
    if not isinstance(locale, dict) or not isinstance(locale.get("rules"), dict):
        print(f"{path} n'est pas une locale d'axe-core (pas de clé « rules »).", file=sys.stderr)
        print(HOW_TO, file=sys.stderr)
        return None
    return locale


def main(argv: list[str]) -> int:
    """Reads the rules and writes axe_rules.json; 2 with a French line when the locale is unusable."""
    parser = _Parser(prog="python -m parcours.report.axe_rules_build")
    parser.add_argument("--locale", required=True, type=Path, help="fr.json d'axe-core (même version)")
    locale = load_locale(parser.parse_args(argv).locale)
    if locale is None:
        return 2
    from parcours.report.axe_page import axe_script

    data = read_rules(axe_script(), locale)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    RULES_FILE.write_text(text, encoding="utf-8")
    print(f"{len(data['rules'])} règles d'axe {data['axe']} écrites dans {RULES_FILE}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
