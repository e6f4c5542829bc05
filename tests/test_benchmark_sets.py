"""The benchmark's reference suite is 67 journeys, selected by a marker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def collected(marker: str, tmp_path: Path) -> str:
    """The closing line of a collection of the journeys under the benchmark's marker."""
    command = [sys.executable, "-m", "pytest", "tests/test_journeys.py", "--collect-only", "-q"]
    command += ["-p", "benchmarks.journey_sets", "-m", marker, f"--reports-dir={tmp_path}"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def test_the_suite_is_the_franceconnect_folder_and_the_impots_espace_creation(tmp_path: Path) -> None:
    # 41 + 26: a journey added to these files changes the figure the targets were set on.
    assert collected("bench_reference", tmp_path).startswith("67/")
    assert collected("bench_franceconnect", tmp_path).startswith("41/")
