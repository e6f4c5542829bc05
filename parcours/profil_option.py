"""The `--profil` option: which dated state of the sites a run shows, and, under `tutoriel`, the
state of each journey's own tutorial (set on the sites at the start of each scenario)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from mock_sites.profiles import PROFILES, TUTORIAL_PROFILE, State, UnknownProfile, checked, state_of

from .facts import facts_of, known_facts

# A journey with no fact tag follows the tutorial of its feature folder (its folder's marker).
FOLDER_TUTORIALS = {"france_identite": "003_8f34ae2baa350dfb.txt"}
DEFAULT_TUTORIAL = "000_7829f83b93e98f95.txt"
SHOWN_ON = pytest.StashKey[Any]()  # the running sites a journey set its state on


def add_option(group: pytest.OptionGroup) -> None:
    """Register `--profil` in Parcours' option group."""
    group.addoption(
        "--profil",
        default=TUTORIAL_PROFILE,
        metavar="NOM",
        help=f"state of the sites the run shows (default: {TUTORIAL_PROFILE}; known: {', '.join(PROFILES)})",
    )


def check_option(config: pytest.Config) -> None:
    """Stop the run on an unknown profile, in one French line (pytest's usage error: exit 4)."""
    try:
        checked(config.getoption("profil"))
    except UnknownProfile as error:
        raise pytest.UsageError(f"--profil : {error}") from None


def tutorial_of(item: pytest.Item) -> str:
    """The tutorial a journey follows: the one most of its facts come from, else its folder's."""
    facts = known_facts()
    sources = Counter(facts[fact].source_file for fact in facts_of(item) if fact in facts)
    if sources:
        return sources.most_common(1)[0][0]
    folders = [tutorial for folder, tutorial in FOLDER_TUTORIALS.items() if item.get_closest_marker(folder)]
    return folders[0] if folders else DEFAULT_TUTORIAL


def journey_state(item: pytest.Item) -> State:
    """The state of the sites this journey sees under the run's profile."""
    return state_of(item.config.getoption("profil"), tutorial_of(item))


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    """Show the journey's state on the run's mock sites before its first step (none under --cible)."""
    if request.config.getoption("cible", None):
        return
    from mock_sites.testing.profiles import show_state

    try:
        sites = request.getfixturevalue("mock_sites")
    except pytest.FixtureLookupError:
        return  # a project without Parcours' browser fixtures: its scenarios fail on their own steps
    show_state(sites, journey_state(request.node))
    request.node.stash[SHOWN_ON] = sites


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """After a journey, the sites show their default state again (tests without a browser expect it)."""
    sites = item.stash.get(SHOWN_ON, None)
    if sites is not None:
        from mock_sites.testing.profiles import show_default

        show_default(sites)
