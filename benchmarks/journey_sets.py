"""The benchmark's sets of journeys, as markers (`-p benchmarks.journey_sets -m bench_issue12`).

`bench_issue12` is the 67 journeys issue 12 was measured on: the `franceconnect` folder (41) and the
impots espace's creation (`impots/creer_espace_particulier*.feature`, 26). Folder markers cannot say
it: `franceconnect`, `impots` and `ants` are also tags of scenarios in other folders, so the set is
named by its feature files. `bench_franceconnect` (the folder alone) is the quick benchmark's suite.
"""

from __future__ import annotations

import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry

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
        template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))  # type: ignore[arg-type]
        if template is None:
            continue
        for name, prefixes in SETS.items():
            if template.feature.rel_filename.startswith(prefixes):
                item.add_marker(name)
