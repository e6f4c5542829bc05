"""Scenarios run again (`--reruns`, pytest-rerunfailures): one record per scenario keeping why each
earlier attempt failed, and a junit.xml that says so (surefire's `flakyFailure`/`rerunFailure`)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from _pytest.junitxml import mangle_test_address

from .model import Failure, ScenarioRun

FLAKY_TAG = "instable"
NO_MESSAGE = Failure("L'essai a échoué sans message.", "")
# Characters XML 1.0 cannot hold (a failure message may quote a page's control characters).
NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def why_failed(run: ScenarioRun) -> Failure:
    """The failure of one attempt: its failed step's, or the scenario's own."""
    step = run.failed_step
    return (step.error if step is not None else None) or run.error or NO_MESSAGE


def fold_reruns(runs: list[ScenarioRun]) -> list[ScenarioRun]:
    """The last attempt of each scenario, carrying the failures of the attempts before it."""
    attempts: dict[str, list[ScenarioRun]] = {}
    for run in runs:
        attempts.setdefault(run.nodeid, []).append(run)
    folded = []
    for group in attempts.values():
        last = group[-1]
        earlier = group[:-1]
        last.retries = [failure for run in earlier for failure in [*run.retries, why_failed(run)]]
        folded.append(last)
    return folded


def attempt_word(number: int) -> str:
    """ "1er", "2e"… (French ordinals)."""
    return "1er" if number == 1 else f"{number}e"


def flaky_tag(run: ScenarioRun) -> set[str]:
    """The tag cucumber.json gives a flaky scenario (cucumber has no such status)."""
    return {FLAKY_TAG} if run.flaky else set()


def retries_note(run: ScenarioRun) -> str:
    """What cucumber.json adds to the description of a scenario run more than once."""
    if not run.retries:
        return ""
    outcome = "réussi" if run.flaky else "toujours en échec"
    failures = " ; ".join(
        f"{attempt_word(number)} essai : {failure.plain}" for number, failure in enumerate(run.retries, 1)
    )
    last = attempt_word(len(run.retries) + 1)
    return f"\n\nInstable : {outcome} au {last} essai. Échecs avant : {failures}"


def junit_key(nodeid: str, prefix: str | None) -> tuple[str, str]:
    """(classname, name) of a test in pytest's junit.xml."""
    names = mangle_test_address(nodeid)
    classnames = ([prefix] if prefix else []) + names[:-1]
    return ".".join(classnames), names[-1]


def mark_reruns(path: Path, reruns: dict[tuple[str, str], list[tuple[str, str]]]) -> None:
    """One <testcase> per test (pytest writes one per attempt, the failed ones looking passed), and in
    it a `flakyFailure` (it passed at last) or `rerunFailure` (it never did) for each failed attempt."""
    tree = ElementTree.parse(path)
    for suite in tree.iter("testsuite"):
        cases: dict[tuple[str, str], list[ElementTree.Element]] = {}
        for case in suite.findall("testcase"):
            cases.setdefault((case.get("classname", ""), case.get("name", "")), []).append(case)
        for key, failures in reruns.items():
            group = cases.get(key, [])
            if not group:
                continue
            final = group[-1]
            for earlier in group[:-1]:
                suite.remove(earlier)
            passed = final.find("failure") is None and final.find("error") is None
            for message, detail in failures:
                element = ElementTree.SubElement(final, "flakyFailure" if passed else "rerunFailure")
                element.set("message", NOT_XML.sub("?", message))
                ElementTree.SubElement(element, "stackTrace").text = NOT_XML.sub("?", detail)
    tree.write(path, encoding="utf-8", xml_declaration=True)


class JunitReruns:
    """Notes each attempt pytest-rerunfailures runs again; fixes junit.xml once pytest wrote it."""

    def __init__(self, path: Path, prefix: str | None) -> None:
        self.path = path
        self.prefix = prefix
        self.reruns: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """A failed attempt that will be run again (already stripped of secrets by the recorder)."""
        if report.outcome != "rerun":  # type: ignore[comparison-overlap]
            return
        crash = getattr(report.longrepr, "reprcrash", None)
        lines = report.longreprtext.strip().splitlines()
        message = getattr(crash, "message", "") or (lines[-1] if lines else "")
        failures = self.reruns.setdefault(junit_key(report.nodeid, self.prefix), [])
        number = len(failures) + 1
        failures.append((f"{attempt_word(number)} essai en échec : {message}", report.longreprtext))

    @pytest.hookimpl(trylast=True)  # after junitxml wrote the file
    def pytest_sessionfinish(self) -> None:
        """Rewrite junit.xml only when something was run again."""
        if self.reruns and self.path.is_file():
            mark_reruns(self.path, self.reruns)


def pytest_configure(config: pytest.Config) -> None:
    """Where reports arrive (not in an xdist worker), when pytest writes a junit.xml."""
    xmlpath = getattr(config.option, "xmlpath", None)
    if xmlpath and not hasattr(config, "workerinput"):
        plugin = JunitReruns(Path(xmlpath).resolve(), getattr(config.option, "junitprefix", None))
        config.pluginmanager.register(plugin, "parcours-junit-reruns")
