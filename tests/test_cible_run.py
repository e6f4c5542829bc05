"""--cible: the @cible journeys pass against `python -m mock_sites serve` started apart, as if it were
an outside environment; the other journeys are skipped with the reason, and no bundled site starts."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from parcours.cible_run import SKIP_REASON

from .child_runs import run_child_pytest, server

SEED = "cible-fixe"
# `# compte <site> <identifier> <password>[ code <code>] — <name>`; a failing account ends with "(…)".
ACCOUNT = re.compile(
    r"# compte (?P<site>\w+) (?P<id>\S+) (?P<secret>\S+)(?: code (?P<code>\d+))? — (?P<name>[^(]+)$"
)
SITE = re.compile(r"(?P<name>\w+) (?P<url>http://\S+)$")
SERVICES = ("franceconnect", "mesdroitssociaux", "impots", "ants")


def cible_file(lines: list[str], path: Path) -> dict[str, str]:
    """Write a cible file for the served sites; returns the environment holding its accounts."""
    urls = {match["name"]: match["url"] for line in lines if (match := SITE.match(line))}
    accounts = [match for line in lines if (match := ACCOUNT.match(line))]
    env = {"CIBLE_NOM_COMPLET": accounts[0]["name"].strip()}
    text = "[sites]\n" + "".join(f'{name} = "{urls[name]}"\n' for name in SERVICES)
    text += '[usager]\nnom_complet_env = "CIBLE_NOM_COMPLET"\n'
    for account in accounts:
        prefix = f"CIBLE_{account['site'].upper()}"
        text += (
            f'[comptes.{account["site"]}]\nidentifiant_env = "{prefix}_ID"\nsecret_env = "{prefix}_SECRET"\n'
        )
        env |= {f"{prefix}_ID": account["id"], f"{prefix}_SECRET": account["secret"]}
        if account["code"]:
            text += f'code_env = "{prefix}_CODE"\n'
            env[f"{prefix}_CODE"] = account["code"]
    path.write_text(text, encoding="utf-8")
    assert len(accounts) == 5, lines  # one person, an account at each of the five providers
    return env


def test_the_cible_journeys_pass_against_a_serve_started_apart(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "mock_sites", "serve", "--seed", SEED]
    with server(
        command, lambda line: line.startswith("# compte msa") and "(" in line, tmp_path / "serve.log"
    ) as lines:
        env = cible_file(lines, tmp_path / "cible.toml")
        reports = tmp_path / "rapports"
        child = run_child_pytest(
            "tests/test_journeys.py",
            "-m",
            "franceconnect",
            f"--cible={tmp_path / 'cible.toml'}",
            f"--reports-dir={reports}",
            "-rs",
            # What this run proves is --cible: axe-core on every page and a WebP per step prove nothing
            # here and cost about a quarter of its CPU (a failing step still gets its picture).
            "--no-accessibilite",
            "--screenshots=failures",
            env=env,
        )
    output = child.stdout
    assert child.returncode == 0, output[-4000:] + child.stderr[-2000:]
    assert re.search(r"\b6 passed\b", output) and re.search(r"\b\d\d+ skipped\b", output), output[-1500:]
    assert "sites fictifs non démarrés" in output
    assert SKIP_REASON.split(" ;")[0] in output  # -rs prints the reason
    html = (reports / "index.html").read_text(encoding="utf-8")
    assert "Ignoré : non exécuté contre la cible (--cible)" in html
    for value in env.values():  # every identifier and secret of the cible is masked in the report
        assert value in (env["CIBLE_NOM_COMPLET"],) or value not in html
