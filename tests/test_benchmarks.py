"""The benchmark's bare journey still follows the sites, so `make bench` measures a login that passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_bare_journey_logs_in_as_the_harness_scenario_does() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bare_journey.py"), "--sans-accessibilite"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
