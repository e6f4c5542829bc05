"""Regenerate the documentation's screenshots from a run of the harness (`make docs-captures`)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
SCENARIO = "Se_connecter_avec_son_compte_Ameli_et_recevoir"
# image name in docs/images → the step whose screenshot it is (the page the step led to)
CAPTURES = {
    "franceconnect-choix.webp": 'je clique sur le bouton "S\'identifier avec FranceConnect"',
    "ameli-connexion.webp": 'je choisis le compte "Ameli"',
}


def run_journeys(reports: Path) -> None:
    """Run the chosen journey with the harness, its reports in `reports`."""
    command = [sys.executable, "-m", "pytest", "tests/test_journeys.py", "-k", SCENARIO, "-n", "0", "-q"]
    subprocess.run([*command, f"--reports-dir={reports}"], cwd=ROOT, check=True)


def step_screenshots(reports: Path) -> dict[str, str]:
    """Each step's name → its screenshot's path in the reports, from parcours-scenarios.json."""
    data = json.loads((reports / "parcours-scenarios.json").read_text(encoding="utf-8"))
    scenarios = data["runs"]
    return {
        step["name"]: step["screenshot"]
        for scenario in scenarios
        for step in scenario["steps"]
        if step.get("screenshot")
    }


def main() -> int:
    """Run the journey, copy the chosen screenshots into docs/images/."""
    with tempfile.TemporaryDirectory() as folder:
        reports = Path(folder)
        run_journeys(reports)
        shots = step_screenshots(reports)
        IMAGES.mkdir(parents=True, exist_ok=True)
        for image, step in CAPTURES.items():
            if step not in shots:
                print(f"docs/captures.py : pas de capture pour l'étape « {step} ».", file=sys.stderr)
                return 1
            shutil.copyfile(reports / shots[step], IMAGES / image)
            print(f"docs/images/{image} ← « {step} »")
    return 0


if __name__ == "__main__":
    sys.exit(main())
