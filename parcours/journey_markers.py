"""A folder under features/ is a marker: `pytest -m impots` runs features/impots/, with no list to keep."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from pytest_bdd.parser import ScenarioTemplate
from pytest_bdd.scenario import scenario_wrapper_template_registry


def features_dir(config: pytest.Config) -> Path:
    """features/, as pytest-bdd's `bdd_features_base_dir` says."""
    return config.rootpath / str(config.getini("bdd_features_base_dir") or "features")


def journey_folders(config: pytest.Config) -> list[str]:
    """The folders directly under features/ (one per domain)."""
    base = features_dir(config)
    return sorted(path.name for path in base.iterdir() if path.is_dir()) if base.is_dir() else []


def pytest_configure(config: pytest.Config) -> None:
    """Declare one marker per features/ folder, so --strict-markers accepts it as a tag too."""
    for folder in journey_folders(config):
        config.addinivalue_line("markers", f"{folder}: les parcours de features/{folder}/")


def scenario_of(item: pytest.Item) -> ScenarioTemplate | None:
    """The scenario of a feature file that a collected test runs, if it runs one."""
    return scenario_wrapper_template_registry.get(getattr(item, "obj", None))  # type: ignore[arg-type]


def folder_of(item: pytest.Item, base: Path) -> str | None:
    """The features/ folder of a scenario's feature file, if it is one (`base` resolved)."""
    template = scenario_of(item)
    return None if template is None else _folder(template.feature.filename, base)


@cache  # a feature file's scenarios share its folder: one resolve() a file, not one a scenario
def _folder(filename: str, base: Path) -> str | None:
    path = Path(filename).resolve()
    if not path.is_relative_to(base):
        return None
    parts = path.relative_to(base).parts
    return parts[0] if len(parts) > 1 else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each scenario with the folder of its feature file."""
    base = features_dir(config).resolve()
    for item in items:
        folder = folder_of(item, base)
        if folder is not None:
            item.add_marker(folder)
