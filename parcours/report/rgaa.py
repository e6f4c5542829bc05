"""axe-core rules in French: axe's own French help, and the RGAA criteria axe's own tags name.

Both come from axe_rules.json, read from the axe-core copy the harness runs (axe-playwright-python's
axe.min.js) and from axe-core's French locale of the same version, by
`python -m parcours.report.axe_rules_build`. axe tags a rule with RGAA tests (`RGAA-1.1.1`: test 1
of criterion 1.1 of RGAA 4); a rule axe tags with no RGAA test has no criterion here, and a rule the
locale leaves untranslated keeps axe's English help.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

IMPACT_ORDER = ("critical", "serious", "moderate", "minor")
IMPACT_LABELS = {"critical": "critique", "serious": "grave", "moderate": "modérée", "minor": "mineure"}
BLOCKING = frozenset({"critical", "serious"})  # what fails an @accessibilite scenario
RULES_FILE = Path(__file__).with_name("axe_rules.json")
RGAA_TEST_TAG = re.compile(r"RGAA-(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class RuleInFrench:
    """An axe rule's help in French and the RGAA 4 criteria it checks a part of ("" when none)."""

    help: str
    criterion: str = ""
    rgaa_tests: tuple[str, ...] = ()


def rgaa_tests(tags: list[str]) -> tuple[str, ...]:
    """The RGAA tests among axe's tags of a rule ("1.1.1", …), in axe's order."""
    return tuple(".".join(found.groups()) for tag in tags if (found := RGAA_TEST_TAG.match(tag)))


def criteria(tests: tuple[str, ...]) -> str:
    """The criteria those tests belong to, once each, in French: "1.1" for "1.1.1" and "1.1.2"."""
    return " et ".join(dict.fromkeys(test.rsplit(".", 1)[0] for test in tests))


def axe_rules_data() -> dict[str, Any]:
    """axe_rules.json as committed: axe's version, the locale's language and the rules."""
    data: dict[str, Any] = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    return data


def _rule_in_french(rule: dict[str, Any]) -> RuleInFrench:
    """One rule of axe_rules.json as the report shows it."""
    tests = rgaa_tests(rule["tags"])
    return RuleInFrench(rule["help"] or rule["help_en"], criteria(tests), tests)


RULES: dict[str, RuleInFrench] = {
    rule_id: _rule_in_french(rule) for rule_id, rule in axe_rules_data()["rules"].items()
}


def in_french(rule: str, english_help: str) -> RuleInFrench:
    """The rule's French help and criterion; axe's own help when we have no translation."""
    return RULES.get(rule, RuleInFrench(english_help))
