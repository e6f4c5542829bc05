"""Allure across shards: two parts of real journeys with --alluredir, merged into one result set in
which every scenario is present, its steps' screenshots attached, and no typed secret in clear."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from parcours.report.__main__ import main as report_main
from parcours.report.secrets import MASK
from tests.test_shards import ROOT, _finish, _start

SELECTION = ["tests/test_journeys.py", "-n", "0", "-m", "ants", "-k", "accueil or espaces"]


@dataclass(frozen=True)
class Shards:
    """Two parts of real journeys run with --alluredir, side by side: their folders and what each
    child run returned."""

    parts: list[Path]
    outputs: list[tuple[int, str]]


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Shards:
    """The two shards, run once: the first test merges them, the second merges one of them (a part
    where every scenario passed) with a failing part."""
    folder = tmp_path_factory.mktemp("allure-shards")
    parts = [folder / "part1", folder / "part2"]
    runs = [
        _start(
            [*SELECTION, f"--shard={n}/2", f"--reports-dir={part}", f"--alluredir={part / 'allure-results'}"]
        )
        for n, part in enumerate(parts, start=1)
    ]
    return Shards(parts, [_finish(run) for run in runs])


def test_two_shards_give_one_allure_result_set_with_screenshots_and_no_secret(
    shards: Shards, tmp_path: Path
) -> None:
    """Each scenario once in the merged results, each with screenshots, no secret unmasked."""
    parts, outputs = shards.parts, shards.outputs
    assert all(code == 0 for code, _ in outputs), outputs
    merged = tmp_path / "merged"
    assert report_main(["merge", *map(str, parts), "-o", str(merged), "--racine", str(ROOT)]) == 0
    folder = merged / "allure-results"
    results = [json.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*-result.json")]
    names = [result["name"] for result in results]
    assert len(names) == 4 and len(set(names)) == 4, names
    for result in results:
        attached = [a["source"] for step in result["steps"] for a in step.get("attachments", [])]
        assert attached and all((folder / source).is_file() for source in attached), result["name"]
        assert {p["name"] for p in result["parameters"]} >= {"graine", "commande"}
    text = " ".join(path.read_text(encoding="utf-8") for path in folder.glob("*.json"))
    passwords = re.findall(r"password='([^']*)'", text)  # the person, as allure records a step's fixtures
    assert passwords and set(passwords) == {MASK}, set(passwords)


FAILING = "tests/report_fixtures/failing_journeys.py"


def test_a_failing_scenario_of_a_shard_leaves_its_trace_linked_from_the_merged_report(
    shards: Shards, tmp_path: Path
) -> None:
    """A part with a failing scenario (make shard's trace options) keeps its trace; the merge copies
    it into traces/ and the merged report links the copy. The other part is the first shard above,
    every scenario passed: it has no trace to bring."""
    traced = ["--tracing=retain-on-failure", "--no-accessibilite"]
    failing = tmp_path / "part-echec"
    output = [f"--reports-dir={failing}", f"--output={failing / 'traces'}"]
    run = _start([FAILING, "-n", "0", "-k", "changé_de_nom", *traced, *output])
    parts = [failing, shards.parts[0]]
    codes = [_finish(run), shards.outputs[0]]
    assert [code for code, _ in codes] == [1, 0], codes
    merged = tmp_path / "merged"
    assert report_main(["merge", *map(str, parts), "-o", str(merged), "--racine", str(ROOT)]) == 1
    traces = list((merged / "traces").rglob("trace.zip"))
    assert len(traces) == 1, codes[0][1]
    html = (merged / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]*trace\.zip)"', html)
    assert links and all((merged / link).resolve() == traces[0].resolve() for link in links), links
    assert "playwright show-trace" in html
