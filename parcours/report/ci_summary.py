"""A run's outcome in Markdown, for a CI job's summary page ($GITHUB_STEP_SUMMARY, a merge request
note): the counts, then each failed and each flaky scenario with why it failed."""

from __future__ import annotations

from .flaky import attempt_word, why_failed
from .model import FAILED, UNDEFINED, ScenarioRun
from .summary import run_totals, summary_line


def _cell(text: str) -> str:
    """Text safe in one line of a Markdown list (no line break, no table pipe)."""
    return " ".join(text.replace("|", "\\|").split())


def _named(run: ScenarioRun) -> str:
    return f"**{_cell(run.name)}** (`{run.feature.uri}:{run.line}`)"


def markdown_summary(runs: list[ScenarioRun], report: str) -> str:
    """The counts, the failed scenarios, the flaky ones."""
    totals = run_totals(runs).scenarios
    lines = [
        f"### {summary_line(totals, report)}",
        "",
        "| Scénarios | Réussis | dont instables | Échoués | Ignorés |",
        "|---:|---:|---:|---:|---:|",
        f"| {totals.total} | {totals.passed} | {totals.flaky} | {totals.failed} | {totals.skipped} |",
    ]
    failed = [run for run in runs if run.status in (FAILED, UNDEFINED)]
    if failed:
        lines += ["", f"#### Scénarios en échec ({len(failed)})", ""]
        lines += [f"- {_named(run)} : {_cell(why_failed(run).plain)}" for run in failed]
    flaky = [run for run in runs if run.flaky]
    if flaky:
        lines += ["", f"#### Scénarios instables ({len(flaky)}) : réussis seulement une fois relancés", ""]
        for run in flaky:
            last = attempt_word(len(run.retries) + 1)
            first = _cell(run.retries[0].plain)
            lines.append(f"- {_named(run)} : réussi au {last} essai ; 1er essai : {first}")
    return "\n".join(lines) + "\n"
