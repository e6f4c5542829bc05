"""`--shard=i/n`: run one of n parts of the suite, balanced by the durations measured before
(`.ci/durations.json`, refreshed by `make durations` through `--store-durations`)."""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

SHARD = re.compile(r"(\d+)/(\d+)")
DURATIONS_FILE = ".ci/durations.json"
DEFAULT_SECONDS = 1.0  # a test never measured, when no test was


@dataclass(frozen=True)
class Shard:
    """Part `index` (from 1) of `total`."""

    index: int
    total: int

    def __str__(self) -> str:
        return f"{self.index}/{self.total}"


def shard_option(text: str) -> Shard:
    """`i/n` as typed after --shard, 1 ≤ i ≤ n."""
    match = SHARD.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(
            f"{text!r} n'est pas une part : écrivez i/n, deux nombres entiers (par exemple --shard=1/2)"
        )
    index, total = int(match[1]), int(match[2])
    if total < 1 or not 1 <= index <= total:
        raise argparse.ArgumentTypeError(
            f"part {text} impossible : le numéro va de 1 à {max(total, 1)} (--shard=1/{max(total, 1)} "
            f"… --shard={max(total, 1)}/{max(total, 1)})"
        )
    return Shard(index, total)


def pytest_addoption(parser: pytest.Parser) -> None:
    """--shard, --shard-durations, --store-durations."""
    group = parser.getgroup("parcours", "Parcours")
    group.addoption(
        "--shard",
        type=shard_option,
        default=None,
        help="n'exécuter que la part i sur n (par ex. 1/2), équilibrée selon les durées mesurées",
    )
    group.addoption(
        "--shard-durations",
        default=DURATIONS_FILE,
        help=f"fichier des durées mesurées, relatif à la racine du projet (défaut : {DURATIONS_FILE})",
    )
    group.addoption(
        "--store-durations",
        action="store_true",
        default=False,
        help="enregistrer la durée de chaque test de ce run dans ce fichier (make durations)",
    )


def durations_path(config: pytest.Config) -> Path:
    """Where the measured durations are kept."""
    return config.rootpath / config.option.shard_durations


def read_durations(path: Path) -> dict[str, float]:
    """Seconds by node id; none when the file does not exist yet."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise pytest.UsageError(
            f"{path} : durées illisibles ({error}). Régénérez-les avec « make durations »."
        ) from None
    return {str(nodeid): float(seconds) for nodeid, seconds in data.items()}


def split(nodeids: list[str], durations: dict[str, float], total: int) -> list[list[str]]:
    """The longest first, each to the part with the least work so far (ties: the lowest part);
    a test never measured counts as the mean of those that were. Deterministic for given inputs."""
    known = [durations[nodeid] for nodeid in nodeids if nodeid in durations]
    default = sum(known) / len(known) if known else DEFAULT_SECONDS
    weights = {nodeid: durations.get(nodeid, default) for nodeid in nodeids}
    parts: list[list[str]] = [[] for _ in range(total)]
    loads = [0.0] * total
    for nodeid in sorted(nodeids, key=lambda nodeid: (-weights[nodeid], nodeid)):
        lightest = min(range(total), key=lambda part: (loads[part], part))
        parts[lightest].append(nodeid)
        loads[lightest] += weights[nodeid]
    return parts


def longest_first(items: list[pytest.Item], durations: dict[str, float]) -> list[pytest.Item]:
    """The measured tests longest first, in the places measured tests held; the others stay put.

    xdist hands the tests out in this order, a few at a time: a long journey handed out last would
    keep one worker busy while the other waits; the short ones at the end even the workers out.
    """
    places = [index for index, item in enumerate(items) if item.nodeid in durations]
    ordered = sorted((items[index] for index in places), key=lambda item: -durations[item.nodeid])
    result = list(items)
    for index, item in zip(places, ordered, strict=True):
        result[index] = item
    return result


@pytest.hookimpl(trylast=True)  # after -k/-m have deselected: the parts split what is left
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep only this shard's tests; in an xdist worker, the measured ones longest first (every
    worker orders the same collection the same way, as xdist requires)."""
    shard: Shard | None = config.option.shard
    if shard is None and not hasattr(config, "workerinput"):
        return
    durations = read_durations(durations_path(config))
    if shard is not None:
        mine = set(split([item.nodeid for item in items], durations, shard.total)[shard.index - 1])
        deselected = [item for item in items if item.nodeid not in mine]
        if deselected:
            config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item.nodeid in mine]
    if hasattr(config, "workerinput"):
        items[:] = longest_first(items, durations)


def pytest_report_header(config: pytest.Config) -> str | None:
    """Which part runs, and what it is balanced on."""
    shard: Shard | None = config.option.shard
    if shard is None:
        return None
    path = durations_path(config)
    source = path.name if path.is_file() else "aucune durée mesurée : parts de même nombre de tests"
    return f"parcours: part {shard} ({source})"


class DurationStore:
    """Adds up each test's phases as their reports arrive; writes them all when the run ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seconds: dict[str, float] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """One phase of one test (any worker's: xdist hands reports to the controller)."""
        self.seconds[report.nodeid] = self.seconds.get(report.nodeid, 0.0) + report.duration

    def pytest_sessionfinish(self) -> None:
        """Earlier measures of tests this run skipped are kept."""
        merged = read_durations(self.path) | {k: round(v, 3) for k, v in self.seconds.items()}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(dict(sorted(merged.items())), ensure_ascii=False, indent=1)
        self.path.write_text(text + "\n", encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    """The store, where reports arrive (never in an xdist worker)."""
    if config.option.store_durations and not hasattr(config, "workerinput"):
        config.pluginmanager.register(DurationStore(durations_path(config)), "parcours-durations")
