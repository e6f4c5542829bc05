"""A team's repository, tried for real: the wheel in a fresh virtualenv outside this checkout,
`python -m parcours init`, the scaffolded journey against the example service (tests/service_exemple),
and beside it a project that has not opted in, untouched by Parcours."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mock_sites.catalogue import entries

from .child_runs import CHILD_TIMEOUT, ROOT, free_block, free_port, server

pytestmark = pytest.mark.paquet
EXAMPLE_SERVICE = ROOT / "tests" / "service_exemple" / "app.py"
EXAMPLE_FEATURE = ROOT / "tests" / "service_exemple" / "features" / "connexion.feature"
NOT_SOURCES = (
    ".git",
    ".venv",
    "build",
    "reports",
    "site",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    "node_modules",
)


@dataclass(frozen=True)
class Installed:
    """A fresh virtualenv with Parcours' wheel installed, in a folder outside this checkout."""

    folder: Path
    python: Path

    def run(
        self, *args: str, cwd: Path, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Its Python, in `cwd`, without this checkout on the path."""
        clean = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
        return subprocess.run(
            [str(self.python), *args],
            cwd=cwd,
            env={**clean, **(env or {})},
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
        )


def check(result: subprocess.CompletedProcess[str]) -> str:
    """The output of a command that must succeed."""
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """Build the wheel, make a virtualenv, install the wheel there (its dependencies from the index)."""
    folder = tmp_path_factory.mktemp("equipe")
    assert ROOT not in folder.parents
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    # Built from a copy: setuptools' build/ folder in the checkout is shared by concurrent workers and
    # would keep a module the checkout no longer has.
    source = folder / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    check(
        subprocess.run(
            [*pip, "wheel", "--no-deps", "-w", str(folder / "dist"), str(source)],
            capture_output=True,
            text=True,
        )
    )
    [wheel] = (folder / "dist").glob("parcours-*.whl")
    check(
        subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")], capture_output=True, text=True)
    )
    env = Installed(folder, folder / "venv" / "bin" / "python")
    check(env.run("-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel), cwd=folder))
    yield env


def test_the_scaffolded_journey_passes_against_the_example_service(installed: Installed) -> None:
    projet = installed.folder / "projet"
    projet.mkdir()
    # --port is the first of the sites' consecutive ports: all of them must be free, not the first alone
    service_port, franceconnect_port = free_port(), free_block(len(entries()))
    said = check(
        installed.run(
            "-m",
            "parcours",
            "init",
            "--service",
            f"http://127.0.0.1:{service_port}",
            "--nom",
            "Service exemple",
            "--port",
            str(franceconnect_port),
            cwd=projet,
        )
    )
    assert f"http://franceconnect.localhost:{franceconnect_port}/api/v2" in said
    # the example service's own feature, beside the scaffolded one: Parcours' steps only
    (projet / "features" / "service_exemple.feature").write_bytes(EXAMPLE_FEATURE.read_bytes())
    [client] = tomllib.loads((projet / "parcours-clients.toml").read_text(encoding="utf-8"))["client"]
    settings = {
        "SERVICE_EXEMPLE_PORT": str(service_port),
        "SERVICE_EXEMPLE_EMETTEUR": f"http://127.0.0.1:{franceconnect_port}/api/v2",
        "SERVICE_EXEMPLE_CLIENT_ID": client["client_id"],
        "SERVICE_EXEMPLE_SECRET": client["secret"],
    }
    command = [str(installed.python), str(EXAMPLE_SERVICE)]
    with server(command, lambda line: "Running on" in line, installed.folder / "service.log", settings):
        result = installed.run("-m", "pytest", "-p", "no:cacheprovider", cwd=projet)
    assert "2 passed" in check(result), result.stdout
    assert (projet / "reports" / "junit.xml").is_file()
    # a second init refuses, one line
    again = installed.run("-m", "parcours", "init", cwd=projet)
    assert again.returncode == 2 and again.stderr.count("\n") == 1


def test_a_project_that_has_not_opted_in_sees_nothing_of_parcours(installed: Installed) -> None:
    plain = installed.folder / "autre"
    plain.mkdir()
    (plain / "test_plain.py").write_text(
        "def test_plain() -> None:\n    assert 1 + 1 == 2\n", encoding="utf-8"
    )
    result = installed.run("-m", "pytest", "-p", "no:cacheprovider", "--junitxml=mien.xml", cwd=plain)
    assert "1 passed" in check(result)
    assert sorted(path.name for path in plain.iterdir()) == ["mien.xml", "test_plain.py"]
    assert "parcours:" not in result.stdout and "Parcours" not in result.stdout
    listed = check(installed.run("-m", "pytest", "-p", "no:cacheprovider", "--fixtures", cwd=plain))
    assert "parcours" not in listed.split("plugins:")[-1].split("\n", 1)[1]


def test_the_installed_data_and_catalogue_are_found(installed: Installed) -> None:
    probe = (
        "from parcours.layout import data_dir\n"
        "assert (data_dir('parcours_seeds') / 'sources.toml').is_file()\n"
        "assert any(data_dir('parcours_features').rglob('*.feature'))\n"
    )
    check(installed.run("-c", probe, cwd=installed.folder))
    listed = check(installed.run("-m", "parcours", "etapes", cwd=installed.folder))
    assert "défini dans parcours_steps.mon_service" in listed and "exemple : parcours_features/" in listed
