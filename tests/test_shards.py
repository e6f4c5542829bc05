"""Shards and merged reports: a browserless feature set run whole and as two shards in child pytest
runs, the shards merged, the merge compared with the single run; reruns reported as flaky."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from subprocess import STDOUT
from types import SimpleNamespace
from typing import Any

import pytest

from parcours.report.__main__ import main as report_main
from parcours.report.merge import MergeError, merge
from parcours.report.model import PASSED, FeatureInfo, RunInfo, ScenarioRun, StepRun
from parcours.report.writer import RECORDS_FILE, ReportSettings, save_records
from parcours.shards import longest_first, shard_option
from tests.report_fixtures.counter_steps import FLAKY_MARKER

ROOT = Path(__file__).resolve().parent.parent
PARTS = "tests/report_fixtures/parts_journeys.py"
FLAKY = "tests/report_fixtures/flaky_journeys.py"
SEED = "5eed0002"


def _start(arguments: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    # A child pytest of its own: none of this session's xdist or pytest variables.
    clean = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    command = [sys.executable, "-m", "pytest", f"--parcours-seed={SEED}", *arguments]
    return subprocess.Popen(
        command, cwd=ROOT, env=clean | (env or {}), text=True, stdout=subprocess.PIPE, stderr=STDOUT
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    output, _ = process.communicate(timeout=600)  # a loaded machine starts pytest slowly
    return process.returncode, output


@dataclass(frozen=True)
class ShardedRuns:
    """The same features run whole and as two shards, and the shards merged."""

    single: Path
    shards: list[Path]
    merged: Path
    outputs: list[str]
    codes: list[int]
    durations: Path  # what the single run stored with --store-durations


@pytest.fixture(scope="session")
def sharded(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> ShardedRuns:
    """Three child runs side by side, then the merge: once, even when xdist spreads these tests.
    The single run also stores its durations (pytest-split's --store-durations): that option only
    writes its file, and a run of its own for it cost one more child run of the same features."""
    root = tmp_path_factory.getbasetemp()
    base = (root if worker_id == "master" else root.parent) / "shards-runs"  # the parent is common
    single, shards, merged = base / "single", [base / "part1", base / "part2"], base / "merged"
    durations = base / "durations.json"
    with open(f"{base}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (base / "outputs.json").exists():
            base.mkdir(exist_ok=True)
            storing = ["--store-durations", f"--durations-path={durations}"]
            runs = [_start([PARTS, f"--reports-dir={single}", *storing])]
            runs += [_start([PARTS, f"--shard={n}/2", f"--reports-dir={shards[n - 1]}"]) for n in (1, 2)]
            finished = [_finish(run) for run in runs]
            code = report_main(["merge", *map(str, shards), "-o", str(merged), "--racine", str(ROOT)])
            assert code == 1, "the merge exits 1: one scenario failed"
            (base / "outputs.json").write_text(json.dumps(finished), encoding="utf-8")
    finished = json.loads((base / "outputs.json").read_text(encoding="utf-8"))
    codes, outputs = [code for code, _ in finished], [output for _, output in finished]
    return ShardedRuns(single, shards, merged, outputs, codes, durations)


def _records(folder: Path) -> dict[str, Any]:
    return json.loads((folder / RECORDS_FILE).read_text(encoding="utf-8"))


def _statuses(folder: Path) -> dict[str, str]:
    return {run["nodeid"]: run["status"] for run in _records(folder)["runs"]}


def _cucumber(folder: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    data = json.loads((folder / "cucumber.json").read_text(encoding="utf-8"))
    return sorted(
        (feature["uri"], element["name"], element["type"], tuple(s["result"]["status"] for s in steps))
        for feature in data
        for element in feature["elements"]
        for steps in [element["steps"]]
    )


def _junit(folder: Path) -> tuple[dict[str, str], Counter[str]]:
    suite = next(ElementTree.parse(folder / "junit.xml").iter("testsuite"))
    counts = {name: suite.get(name, "") for name in ("tests", "failures", "errors", "skipped")}
    return counts, Counter(f"{case.get('classname')}::{case.get('name')}" for case in suite.iter("testcase"))


def _results_table(folder: Path) -> str:
    html = (folder / "index.html").read_text(encoding="utf-8")
    return re.search(r"<caption>Résultats</caption>.*?</table>", html, re.S)[0]  # type: ignore[index]


def test_the_shards_run_every_scenario_exactly_once(sharded: ShardedRuns) -> None:
    """Each shard ran some scenarios, none ran one twice, together they ran the single run's."""
    parts = [set(_statuses(shard)) for shard in sharded.shards]
    assert all(parts), sharded.outputs
    assert not parts[0] & parts[1]
    assert parts[0] | parts[1] == set(_statuses(sharded.single))
    assert len(_statuses(sharded.single)) == 8, sharded.outputs[0]
    assert "parcours: part 1/2" in sharded.outputs[1]


def test_the_merged_report_equals_the_single_run(sharded: ShardedRuns) -> None:
    """Same scenarios and statuses, same counts in index.html, cucumber.json, junit.xml and coverage."""
    single, merged = sharded.single, sharded.merged
    assert _statuses(merged) == _statuses(single)
    assert Counter(_statuses(merged).values()) == {"passed": 6, "failed": 1, "skipped": 1}
    assert _results_table(merged) == _results_table(single)
    assert _cucumber(merged) == _cucumber(single)
    assert _junit(merged) == _junit(single)
    assert _junit(merged)[0] == {"tests": "8", "failures": "1", "errors": "0", "skipped": "1"}
    pages = [(folder / "couverture.html").read_text(encoding="utf-8") for folder in (single, merged)]
    coverage = [re.search(r'<p id="bilan".*?</p>', page, re.S) for page in pages]
    assert coverage[0] and coverage[1] and coverage[0][0] == coverage[1][0]
    tutorials = [sorted(path.name for path in (d / "tutoriel").iterdir()) for d in (single, merged)]
    assert tutorials[0] == tutorials[1] and len(tutorials[0]) == 9  # 8 pages and their index


def test_the_summary_lists_the_failed_scenario(
    sharded: ShardedRuns, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m parcours.report summary` prints Markdown for a CI job's summary."""
    assert report_main(["summary", str(sharded.merged)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("### Parcours : 8 scénarios, 6 réussis, 1 échoué, 1 ignoré")
    assert "#### Scénarios en échec (1)" in text
    assert "**Un compteur qui ne vaut pas ce qu'on attend**" in text and "le compteur vaut 2, pas 3" in text


def test_a_flaky_scenario_is_reported_as_flaky(tmp_path: Path) -> None:
    """Failed then passed under --reruns 1: counted apart in every report, never a plain pass."""
    reports = tmp_path / "reports"
    marker = {FLAKY_MARKER: str(tmp_path / "premier-essai")}
    code, output = _finish(_start([FLAKY, "--reruns=1", f"--reports-dir={reports}"], env=marker))
    assert code == 1, output  # the scenario failing at every attempt
    assert "3 scénarios, 2 réussis dont 1 instable, 1 échoué" in output
    runs = {run["name"]: run for run in _records(reports)["runs"]}
    flaky = runs["Un parcours qui réussit au deuxième essai"]
    assert flaky["status"] == PASSED and len(flaky["retries"]) == 1
    assert "premier essai : échec voulu" in flaky["retries"][0]["detail"]
    assert len(runs["Un parcours qui échoue à chaque essai"]["retries"]) == 1
    assert runs["Un parcours stable"]["retries"] == []
    html = (reports / "index.html").read_text(encoding="utf-8")
    assert "Scénarios instables (1)" in html and "réussi au 2e essai après 1 échec" in html
    cucumber = json.loads((reports / "cucumber.json").read_text(encoding="utf-8"))
    elements = [element for feature in cucumber for element in feature["elements"]]
    tagged = [element["name"] for element in elements if {"name": "@instable"} in element.get("tags", [])]
    assert tagged == ["Un parcours qui réussit au deuxième essai"]
    suite = next(ElementTree.parse(reports / "junit.xml").iter("testsuite"))
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert len(cases) == 3 and suite.get("tests") == "3" and suite.get("failures") == "1"
    assert cases["test_un_parcours_qui_réussit_au_deuxième_essai"].find("flakyFailure") is not None
    assert cases["test_un_parcours_qui_échoue_à_chaque_essai"].find("rerunFailure") is not None


def test_a_bad_shard_is_one_french_line() -> None:
    """--shard=3/2 stops pytest before anything runs, saying what is wrong."""
    code, output = _finish(_start([PARTS, "--shard=3/2", "--collect-only"]))
    assert code == 4, output
    assert "part 3/2 impossible : le numéro va de 1 à 2" in output


@pytest.mark.parametrize(
    ("text", "message"),
    [("x", "'x' n'est pas une part : écrivez i/n"), ("0/2", "part 0/2 impossible"), ("1/0", "part 1/0")],
)
def test_bad_shard_values(text: str, message: str) -> None:
    """Anything but i/n with 1 ≤ i ≤ n is refused."""
    with pytest.raises(Exception, match=re.escape(message)):
        shard_option(text)


def test_longest_first_reorders_only_the_measured_tests_in_their_places() -> None:
    items = [SimpleNamespace(nodeid=name) for name in ("unit_a", "j1", "j2", "unit_b", "j3")]
    durations = {"j1": 2.0, "j2": 9.0, "j3": 5.0}
    ordered = longest_first(items, durations)  # type: ignore[arg-type]
    assert [item.nodeid for item in ordered] == ["unit_a", "j2", "j3", "unit_b", "j1"]


def test_durations_are_stored_by_pytest_split_in_its_format(sharded: ShardedRuns) -> None:
    """`--store-durations` is pytest-split's (no clash with an option of ours): seconds by node id."""
    code, output = sharded.codes[0], sharded.outputs[0]  # the single run stored them
    assert code == 1, output  # the scenario meant to fail
    durations = json.loads(sharded.durations.read_text(encoding="utf-8"))
    assert len(durations) == 8 and all(key.startswith(PARTS + "::") for key in durations)
    assert all(isinstance(seconds, float) and seconds > 0 for seconds in durations.values())
    assert "[pytest-split] Stored test durations in" in output


def _part(folder: Path, nodeid: str, image: bytes) -> None:
    """A shard's folder holding one scenario and its screenshot."""
    shot = folder / "screenshots" / f"{nodeid}.webp"
    shot.parent.mkdir(parents=True)
    shot.write_bytes(image)
    feature = FeatureInfo(name="F", keyword="Fonctionnalité", uri="f.feature", line=1)
    picture = f"screenshots/{shot.name}"
    step = StepRun("Étant donné", "une étape", "given", 3, status=PASSED, screenshot=picture)
    run = ScenarioRun(nodeid, nodeid, feature, "Scénario", nodeid, 2, steps=[step], status=PASSED)
    info = RunInfo(datetime.now().astimezone(), 1.0, SEED, "chromium", "pytest")
    save_records([run], info, folder, ReportSettings(folder, "features", embed=False, pdf=False))


def test_merge_copies_and_links_the_screenshots(tmp_path: Path) -> None:
    """Each shard's screenshots land in the merged folder, where its pages and cucumber.json link them."""
    _part(tmp_path / "p1", "un", b"image-1")
    _part(tmp_path / "p2", "deux", b"image-2")
    merge([tmp_path / "p1", tmp_path / "p2"], tmp_path / "out", tmp_path)
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    cucumber = json.loads((tmp_path / "out" / "cucumber.json").read_text(encoding="utf-8"))
    steps = [step for element in cucumber[0]["elements"] for step in element["steps"]]
    attached = {base64.b64decode(step["embeddings"][0]["data"]).decode() for step in steps}
    assert attached == {"screenshots/un.webp", "screenshots/deux.webp"}
    for name, image in (("un", b"image-1"), ("deux", b"image-2")):
        assert (tmp_path / "out" / "screenshots" / f"{name}.webp").read_bytes() == image
        assert f'src="screenshots/{name}.webp"' in html


def test_merge_errors_are_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing or empty folder, the same part twice, the output among the parts: one French line."""
    (tmp_path / "vide").mkdir()
    _part(tmp_path / "p1", "un", b"image-1")
    cases = [
        ([tmp_path / "absent"], "n'existe pas : indiquez le dossier --reports-dir d'une part"),
        ([tmp_path / "vide"], "ne contient aucun rapport"),
        ([tmp_path / "p1", tmp_path / "p1"], "figure dans"),
    ]
    for folders, message in cases:
        with pytest.raises(MergeError, match=re.escape(message)):
            merge(folders, tmp_path / "out", tmp_path)
    with pytest.raises(MergeError, match="aussi une part"):
        merge([tmp_path / "p1"], tmp_path / "p1", tmp_path)
    assert report_main(["merge", str(tmp_path / "absent"), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.startswith("python -m parcours.report merge : ")


def _collected_journeys(*options: str) -> list[str]:
    """The node ids of the journeys a collection with `options` selects."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    command = [sys.executable, "-m", "pytest", "tests/test_journeys.py", "--collect-only", "-q", *options]
    done = subprocess.run(command, cwd=ROOT, env=clean, capture_output=True, text=True, check=True)
    return [line for line in done.stdout.splitlines() if line.startswith("tests/test_journeys.py::")]


def test_two_shards_of_the_real_journeys_hold_each_of_them_exactly_once(tmp_path: Path) -> None:
    every = _collected_journeys(f"--reports-dir={tmp_path / 'tout'}")
    parts = [_collected_journeys(f"--shard={i}/2", f"--reports-dir={tmp_path / str(i)}") for i in (1, 2)]
    assert len(every) > 100 and all(parts)
    assert sorted(parts[0] + parts[1]) == sorted(every)  # none lost, none twice


def test_the_shard_alias_is_pytest_split_least_duration(tmp_path: Path) -> None:
    """--shard=i/n selects what --splits n --group i --splitting-algorithm least_duration does."""
    alias = _collected_journeys("--shard=2/3", f"--reports-dir={tmp_path / 'a'}")
    split = ["--splits=3", "--group=2", "--splitting-algorithm=least_duration"]
    assert alias and alias == _collected_journeys(*split, f"--reports-dir={tmp_path / 'b'}")
