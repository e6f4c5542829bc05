"""Where Parcours' parts are: this checkout's folders, or the packages of an installed distribution.

The distribution installs the step library as `parcours_steps`, the mock sites as
`parcours_mock_sites`, the tutorials' facts as `parcours_seeds` and the journeys as
`parcours_features`, so that nothing clashes with a team's own `steps` or `mock_sites`. In this
checkout the folders keep their names (steps/, mock_sites/, seeds/, features/); the installed names
are aliases of the same modules, so one module is never loaded twice under two names.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

CHECKOUT = Path(__file__).resolve().parent.parent
# installed name → this checkout's folder (and package) name
PACKAGES = {"parcours_steps": "steps", "parcours_mock_sites": "mock_sites"}
DATA = {"parcours_seeds": "seeds", "parcours_features": "features"}


def in_checkout() -> bool:
    """Whether Parcours runs from its own repository (its folders beside parcours/), not installed."""
    return all((CHECKOUT / folder / "__init__.py").is_file() for folder in PACKAGES.values())


def data_dir(installed_name: str) -> Path:
    """A data folder of Parcours (seeds/, features/): this checkout's, or the installed package's."""
    if in_checkout():
        return CHECKOUT / DATA[installed_name]
    # A namespace package (no __init__.py): its folder, not importlib.resources' MultiplexedPath.
    spec = importlib.util.find_spec(installed_name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            f"Parcours est mal installé : {installed_name} introuvable", name=installed_name
        )
    return Path(next(iter(spec.submodule_search_locations)))


class CheckoutAliases(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports `parcours_steps.x` as this checkout's `steps.x` (the same module object)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """A spec for an installed name, when this checkout has the folder it stands for."""
        return importlib.util.spec_from_loader(fullname, self) if _real_name(fullname) else None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        """The checkout's module (imported now if it was not); its own spec kept aside."""
        module = importlib.import_module(_real_name(spec.name))
        spec.loader_state = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        """Nothing runs again; the module gets its own spec back (importlib gave it the alias's),
        which Flask and importlib.resources read to find its files."""
        alias = module.__spec__
        if alias is not None and alias.loader_state is not None:
            module.__spec__ = alias.loader_state


def _real_name(fullname: str) -> str:
    """`steps.x` for `parcours_steps.x`; empty for a name that is no alias."""
    head, dot, rest = fullname.partition(".")
    real = PACKAGES.get(head)
    return f"{real}{dot}{rest}" if real else ""


def install_checkout_aliases() -> None:
    """In this checkout, make the installed names import the checkout's folders (once)."""
    if in_checkout() and not any(isinstance(finder, CheckoutAliases) for finder in sys.meta_path):
        # First: an editable install's own finder would load the folders again under the other name.
        sys.meta_path.insert(0, CheckoutAliases())
