"""The differences between two profiles, each with its documentation fact and the tutorial's facts it
touches (read from seeds/: a documentation fact lists them under `tutoriel`)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mock_sites.profiles import STATES, TUTORIAL_PROFILE, TUTORIAL_STATES, Setting, State, checked
from parcours.facts import SEEDS_DIR, Fact, known_facts


@dataclass(frozen=True)
class Source:
    """Where a documentation fact comes from."""

    address: str
    title: str
    dated: str  # the date the source states
    seen: str  # the date it was read


@dataclass(frozen=True)
class Difference:
    """One setting that differs: before (the tutorial's state), after (the later profile's)."""

    tutorial: str  # the tutorial's file in ../shared/seeds/
    before: Setting
    after: Setting
    fact: Fact  # the documentation fact of `after`
    source: Source | None
    touched: tuple[Fact, ...]  # the tutorial's facts this difference makes out of date


def documentation_entries(seeds_dir: Path = SEEDS_DIR) -> dict[str, dict[str, Any]]:
    """The raw [[fait]] tables of seeds/ whose origine is documentation, by id."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(seeds_dir.glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("fait", []):
            if entry.get("origine") == "documentation":
                found[entry["id"]] = entry
    return found


def source_of(entry: dict[str, Any] | None) -> Source | None:
    """The source of a documentation fact, if it gives an address."""
    if not entry or not entry.get("adresse"):
        return None
    return Source(
        entry["adresse"], entry.get("titre_source", ""), entry.get("date_source", ""), entry.get("vu_le", "")
    )


def starting_states(profile: str) -> list[tuple[str, State]]:
    """(tutorial file, state) pairs a profile starts from: each tutorial's own under `tutoriel`."""
    if checked(profile) == TUTORIAL_PROFILE:
        return [(tutorial, STATES[state]) for tutorial, state in TUTORIAL_STATES.items()]
    tutorials = [tutorial for tutorial, state in TUTORIAL_STATES.items() if state == profile]
    return [(tutorials[0] if tutorials else "", STATES[profile])]


def differences(before: str, after: str) -> list[Difference]:
    """Every setting of `after` that some starting state of `before` describes differently."""
    target = STATES[checked(after)] if after != TUTORIAL_PROFILE else None
    if target is None:
        raise ValueError("--a : un profil daté est attendu, pas « tutoriel »")
    facts, entries = known_facts(), documentation_entries()
    found = []
    for tutorial, state in starting_states(before):
        for setting in target.settings:
            old = state.setting(setting.key)
            if old is None or old.value == setting.value:
                continue
            entry = entries.get(setting.fact)
            touched = tuple(facts[i] for i in (entry or {}).get("tutoriel", ()) if i in facts)
            fact = facts[setting.fact]
            found.append(Difference(tutorial, old, setting, fact, source_of(entry), touched))
    return found
