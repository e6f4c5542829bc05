"""A guest in a team's pytest: Parcours acts only on a run that asked for it.

A project opts in with `parcours = true` in its pytest configuration (or names its journeys with
`parcours_features = …`), or one run does with `--parcours`. Otherwise every Parcours module stands
aside before pytest configures: no reports/ folder, no junit path, no step package imported, no
fixture overridden; only the options stay declared, so `pytest --help` lists them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parcours_mock_sites.external_clients import ClientConfigError, load_client_config

from .layout import data_dir

DEFAULT_REPORTS = "reports"
DEFAULT_STEPS = ["parcours_steps"]  # Parcours' step library; a team adds its own package after it


def add_ini_keys(parser: pytest.Parser) -> None:
    """The pytest configuration keys a project opts in and places Parcours' folders with."""
    parser.addini("parcours", "use Parcours in this project (its plugin does nothing otherwise)", type="bool")
    parser.addini("parcours_features", "folder of the feature files (default: bdd_features_base_dir)")
    parser.addini("parcours_seeds", "folder of the tutorials' facts (default: Parcours' own seeds)")
    parser.addini("parcours_reports", "folder of the reports (default: reports/; --reports-dir wins)")
    parser.addini("parcours_service", "base URL of the project's own service (step « j'ouvre mon service »)")
    parser.addini(
        "parcours_clients", "TOML file registering the project's services with the mock FranceConnect"
    )
    parser.addini("parcours_premier_port", "port of the mock FranceConnect, the other sites on the next ones")
    parser.addini(
        "parcours_steps",
        "packages of step definitions, every module loaded",
        type="args",
        default=DEFAULT_STEPS,
    )


def opted_in(config: pytest.Config) -> bool:
    """Whether this run uses Parcours: the --parcours flag, or the project's configuration."""
    return bool(
        config.getoption("parcours_opt_in", False)
        or config.getini("parcours")
        or config.getini("parcours_features")
    )


def stand_aside(config: pytest.Config, names: list[str]) -> None:
    """Unregister Parcours' plugin modules, so that none of their hooks runs."""
    for name in names:
        plugin = config.pluginmanager.get_plugin(name)
        if plugin is not None:
            config.pluginmanager.unregister(plugin)


def reports_dir(config: pytest.Config) -> Path:
    """Where reports go: --reports-dir, else the ini key (from the rootdir), else reports/."""
    if config.option.reports_dir:
        return Path(config.option.reports_dir)
    given = config.getini("parcours_reports")
    return config.rootpath / given if given else Path(DEFAULT_REPORTS)


def seeds_dir(config: pytest.Config) -> Path:
    """The tutorials' facts: the project's folder (ini `parcours_seeds`) or Parcours' own."""
    given = config.getini("parcours_seeds")
    return config.rootpath / given if given else data_dir("parcours_seeds")


def sites_settings(config: pytest.Config) -> dict[str, Any]:
    """How the mock sites start for this project: its services registered, FranceConnect's port."""
    settings: dict[str, Any] = {}
    clients = config.getini("parcours_clients")
    if clients:
        try:
            settings["extra_clients"] = load_client_config(config.rootpath / clients)
        except ClientConfigError as error:
            raise pytest.UsageError(f"parcours_clients : {error}") from None
    port = config.getini("parcours_premier_port")
    if port:
        if not str(port).isdigit() or not 1024 <= int(port) <= 65000:
            raise pytest.UsageError(
                f"parcours_premier_port = {port} : indiquez un port entre 1024 et 65000 (ex. 8100)."
            )
        settings["first_port"] = int(port)
    return settings
