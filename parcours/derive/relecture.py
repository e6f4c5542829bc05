"""The proofreader's profile: its rules in the profile's state, and `profil` plus the changes a
tutorial's facts went through, written into relecture.json."""

from __future__ import annotations

import json
from pathlib import Path

from mock_sites.profile_rules import rules_in_state
from mock_sites.profiles import TUTORIAL_PROFILE, state_of
from mock_sites.rules import Rule

from .differences import differences


def rules_for(rules: tuple[Rule, ...], profile: str | None, tutorial: str) -> tuple[Rule, ...]:
    """The rules a tutorial is checked against under `profile` (its own state under `tutoriel`)."""
    return rules_in_state(rules, state_of(profile or TUTORIAL_PROFILE, tutorial))


def changes_touching(profile: str | None, tutorial: str) -> list[dict[str, object]]:
    """The differences from the tutorial's own state to `profile` that touch this tutorial."""
    if profile in (None, TUTORIAL_PROFILE):
        return []
    return [
        {
            "fait": d.fact.id,
            "changement": d.after.text,
            "avant": d.before.text,
            "faits_du_tutoriel": [fact.id for fact in d.touched],
            "source": d.source.address if d.source else "",
        }
        for d in differences(TUTORIAL_PROFILE, str(profile))
        if d.tutorial == tutorial
    ]


def annotate(path: Path, profile: str | None, tutorial: str) -> list[dict[str, object]]:
    """Add `profil` and `changements_du_profil` to a relecture.json; returns the changes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    changes = changes_touching(profile, tutorial)
    data["profil"] = profile or TUTORIAL_PROFILE
    data["changements_du_profil"] = changes
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return changes
