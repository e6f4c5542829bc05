"""Detection rate and false alarms of `relire` on mutants of the bundled tutorials (tests' fixtures)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_relire import MUTANTS, T000, flagged_lines  # noqa: E402


def main() -> int:
    """Print how many mutants are flagged at their line, and how many other lines are flagged."""
    text = T000.read_text(encoding="utf-8")
    before = flagged_lines(text)
    detected = false_alarms = 0
    for original, mutant in MUTANTS:
        line = next(n for n, t in enumerate(text.splitlines(), start=1) if original in t)
        new = flagged_lines(text.replace(original, mutant, 1)) - before
        detected += bool({line, line - 1} & new)
        false_alarms += len(new - {line, line - 1})
    print(f"mutants détectés : {detected}/{len(MUTANTS)} ; fausses alertes : {false_alarms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
