"""The endurance table: from each run's junit.xml, every scenario that failed at least once, with the
seeds to replay it and the command that does; written as Markdown and HTML."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

JOURNEYS = "tests/test_journeys.py"


@dataclass(frozen=True)
class Run:
    """One run of the journeys: its seed, its junit file, how long it took."""

    number: int
    seed: str
    junit: Path
    seconds: float


@dataclass
class Scenario:
    """A scenario across runs: the seeds it failed with, the first lines of its failures."""

    node_id: str
    runs: int = 0
    failed_seeds: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def replay(self, seed: str) -> str:
        """The command that replays this scenario with `seed`."""
        return f'python -m pytest "{self.node_id}" -n 0 --parcours-seed={seed}'


def node_id(case: ElementTree.Element) -> str:
    """pytest's id of a junit test case (`tests.test_journeys` + name → tests/test_journeys.py::name)."""
    module = case.get("classname", "").replace(".", "/") + ".py"
    return f"{module}::{case.get('name', '')}"


def read_run(run: Run, scenarios: dict[str, Scenario]) -> None:
    """Count each test case of `run`, noting the seed of a failure or error (a skip is not a run)."""
    if not run.junit.exists():  # the run ended before pytest wrote it: the table says so
        return
    for case in ElementTree.parse(run.junit).getroot().iter("testcase"):
        if case.find("skipped") is not None:
            continue
        scenario = scenarios.setdefault(node_id(case), Scenario(node_id(case)))
        scenario.runs += 1
        problem = case.find("failure")
        problem = case.find("error") if problem is None else problem
        if problem is not None:
            scenario.failed_seeds.append(run.seed)
            first_line = (problem.get("message") or "").strip().split("\n", 1)[0]
            scenario.messages.append(first_line[:200])


def failing(runs: list[Run]) -> tuple[list[Scenario], int]:
    """The scenarios that failed at least once (most failures first), and how many were run."""
    scenarios: dict[str, Scenario] = {}
    for run in runs:
        read_run(run, scenarios)
    bad = sorted(
        (s for s in scenarios.values() if s.failed_seeds), key=lambda s: (-len(s.failed_seeds), s.node_id)
    )
    return bad, len(scenarios)


def markdown(runs: list[Run], pytest_args: list[str]) -> str:
    """The table as Markdown: totals, then one line per scenario that failed."""
    bad, count = failing(runs)
    missing = [run.seed for run in runs if not run.junit.exists()]
    lines = [
        "# Endurance des parcours",
        "",
        f"- {len(runs)} runs de `{JOURNEYS} {' '.join(pytest_args)}`".rstrip() + f", {count} scénarios",
        f"- durée totale {sum(r.seconds for r in runs):.0f} s ; par run : "
        + ", ".join(f"{r.seed} {r.seconds:.0f} s" for r in runs),
        f"- scénarios en échec au moins une fois : {len(bad)}",
    ]
    if missing:
        lines.append(f"- runs sans junit (arrêtés avant la fin) : {', '.join(missing)}")
    lines.append("")
    if not bad:
        lines.append("Aucun scénario n'a échoué.")
        return "\n".join(lines) + "\n"
    lines += ["| Scénario | Échecs | Graines | Rejouer | Premier message |", "|---|---|---|---|---|"]
    for scenario in bad:
        seeds = ", ".join(f"`{seed}`" for seed in scenario.failed_seeds)
        message = scenario.messages[0].replace("|", "\\|")
        replay = scenario.replay(scenario.failed_seeds[0])
        count_cell = f"{len(scenario.failed_seeds)}/{scenario.runs}"
        lines.append(f"| `{scenario.node_id}` | {count_cell} | {seeds} | `{replay}` | {message} |")
    return "\n".join(lines) + "\n"


def html_page(runs: list[Run], pytest_args: list[str]) -> str:
    """The same table as a standalone French HTML page."""
    bad, count = failing(runs)
    rows = "".join(
        f"<tr><td><code>{html.escape(s.node_id)}</code></td><td>{len(s.failed_seeds)}/{s.runs}</td>"
        f"<td>{html.escape(', '.join(s.failed_seeds))}</td>"
        f"<td><code>{html.escape(s.replay(s.failed_seeds[0]))}</code></td>"
        f"<td>{html.escape(s.messages[0])}</td></tr>"
        for s in bad
    )
    table = (
        "<table><thead><tr><th>Scénario</th><th>Échecs</th><th>Graines</th><th>Rejouer</th>"
        f"<th>Premier message</th></tr></thead><tbody>{rows}</tbody></table>"
        if bad
        else "<p>Aucun scénario n'a échoué.</p>"
    )
    total = sum(r.seconds for r in runs)
    args = html.escape(" ".join(pytest_args))
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Endurance des parcours</title>'
        "</head><body><h1>Endurance des parcours</h1>"
        f"<p>{len(runs)} runs de <code>{JOURNEYS} {args}</code>, {count} scénarios, "
        f"durée totale {total:.0f} s ; "
        f"scénarios en échec au moins une fois : {len(bad)}.</p>{table}</body></html>\n"
    )


def write_table(runs: list[Run], pytest_args: list[str], folder: Path) -> tuple[Path, Path]:
    """Write endurance.md and endurance.html in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    md, page = folder / "endurance.md", folder / "endurance.html"
    md.write_text(markdown(runs, pytest_args), encoding="utf-8")
    page.write_text(html_page(runs, pytest_args), encoding="utf-8")
    return md, page
