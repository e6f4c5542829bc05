"""The distribution's packages: this repository's folders under names that cannot clash in a team's
repository (steps/ → parcours_steps, mock_sites/ → parcours_mock_sites, seeds/ → parcours_seeds,
features/ → parcours_features); everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, find_packages, setup

CODE = {"parcours": "parcours", "parcours_steps": "steps", "parcours_mock_sites": "mock_sites"}
DATA = {"parcours_seeds": "seeds", "parcours_features": "features"}


def mapped(name: str, folder: str, finder=find_packages) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The package `name` at `folder` and its sub-packages, each with its folder."""
    subpackages = {f"{name}.{sub}": f"{folder}/{sub.replace('.', '/')}" for sub in finder(folder)}
    return {name: folder, **subpackages}


PACKAGE_DIR = {
    **{key: value for name, folder in CODE.items() for key, value in mapped(name, folder).items()},
    **{
        key: value
        for name, folder in DATA.items()
        for key, value in mapped(name, folder, find_namespace_packages).items()
    },
}

setup(packages=sorted(PACKAGE_DIR), package_dir=PACKAGE_DIR)
