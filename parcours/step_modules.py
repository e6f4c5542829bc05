"""Every module of the step packages (ini `parcours_steps`: Parcours' own library `parcours_steps`,
then a project's) is loaded: no list to keep by hand."""

from __future__ import annotations

import importlib
import pkgutil

import pytest


def step_module_names(package_name: str) -> list[str]:
    """The modules of the step package, sub-packages (page objects) and private modules left out."""
    try:
        package = importlib.import_module(package_name)
    except ModuleNotFoundError as error:
        raise pytest.UsageError(
            f"Paquet des étapes « {package_name} » introuvable ({error}). Créez {package_name}/__init__.py "
            "à la racine du projet, ou corrigez la liste parcours_steps = … de la configuration de pytest "
            "(par défaut : parcours_steps, les étapes de Parcours)."
        ) from None
    return sorted(
        f"{package_name}.{module.name}"
        for module in pkgutil.iter_modules(package.__path__)
        if not module.ispkg and not module.name.startswith("_")
    )


def register_step_modules(config: pytest.Config) -> None:
    """Register each step module as a plugin, so its step definitions are fixtures everywhere."""
    packages: list[str] = config.getini("parcours_steps")
    for name in [module for package in packages for module in step_module_names(package)]:
        try:
            config.pluginmanager.import_plugin(name)
        except Exception as error:  # pytest wraps an import's error in PluginImportFailure
            cause = error.__cause__ or error
            raise pytest.UsageError(
                f"Module d'étapes {name} : {type(cause).__name__}: {cause}. Corrigez-le (ou renommez-le "
                "_nom.py s'il ne définit pas d'étapes)."
            ) from None
