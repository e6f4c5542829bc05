"""The benchmark's sets of journeys, as markers (`-p benchmarks.journey_sets -m bench_issue12`).

`bench_issue12` is the reference suite of 67 journeys: the `franceconnect` folder (41) and the
impots espace's creation (`impots/creer_espace_particulier*.feature`, 26). Folder markers cannot say
it: `franceconnect`, `impots` and `ants` are also tags of scenarios in other folders, so the set is
named by its feature files. `bench_franceconnect` (the folder alone) is the quick benchmark's suite.
"""

from __future__ import annotations

import pytest

from parcours.journey_markers import scenario_of

# Journeys added to those files since the issue's measure: left out, so the figures stay comparable.
ADDED_SINCE_ISSUE_12 = (
    "franceconnect/nos_services.feature",
    "franceconnect/libelle_compte.feature",
    "franceconnect/comptes_proposes.feature",
    "Une demande de connexion au niveau eidas1 mène au choix du compte",
    "Une demande de connexion sans niveau de garantie (acr_values) est refusée par FranceConnect",
)

SETS = {
    "bench_issue12": ("franceconnect/", "impots/creer_espace_particulier"),
    "bench_franceconnect": ("franceconnect/",),
}


def pytest_configure(config: pytest.Config) -> None:
    """Declare the markers (the project's markers are strict)."""
    for name, prefixes in SETS.items():
        config.addinivalue_line(
            "markers", f"{name}: the benchmark's journeys of features/{', '.join(prefixes)}"
        )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each journey with the sets its feature file belongs to."""
    for item in items:
        template = scenario_of(item)
        if template is None or added_since_issue_12(template.feature.rel_filename, template.name):
            continue
        for name, prefixes in SETS.items():
            if template.feature.rel_filename.startswith(prefixes):
                item.add_marker(name)


def added_since_issue_12(feature_file: str, scenario_name: str) -> bool:
    """Whether a journey came after the 67 the issue was measured on."""
    return feature_file in ADDED_SINCE_ISSUE_12 or scenario_name in ADDED_SINCE_ISSUE_12
