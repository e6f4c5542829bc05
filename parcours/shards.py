"""Parts of the suite by pytest-split: `--shard=i/n` stands for `--splits n --group i
--splitting-algorithm least_duration`, balanced on `.ci/durations.json` (pytest-split's format,
refreshed by `make durations` through pytest-split's `--store-durations`)."""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

SHARD = re.compile(r"(\d+)/(\d+)")
DURATIONS_FILE = ".ci/durations.json"
ALGORITHM = "least_duration"  # the longest first, each to the part with the least work so far
SPLIT_DEFAULT_NAME = ".test_durations"  # pytest-split's own default file, in the current folder


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


class ShardAction(argparse.Action):
    """Sets pytest-split's options from `i/n`, whatever order the plugins' hooks run in."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, value: Any, option: Any = None) -> None:
        """--shard=i/n → --splits n --group i --splitting-algorithm least_duration."""
        setattr(namespace, self.dest, value)
        namespace.splits, namespace.group = value.total, value.index
        namespace.splitting_algorithm = ALGORITHM


def pytest_addoption(parser: pytest.Parser) -> None:
    """--shard, and where the durations are kept by default."""
    group = parser.getgroup("parcours", "Parcours")
    group.addoption(
        "--shard",
        type=shard_option,
        action=ShardAction,
        default=None,
        help="n'exécuter que la part i sur n (par ex. 1/2) : --splits n --group i de pytest-split, "
        f"algorithme {ALGORITHM}",
    )
    parser.addini(
        "parcours_durations",
        f"durées mesurées des tests (format pytest-split), relatif à la racine (défaut : {DURATIONS_FILE})",
        default=DURATIONS_FILE,
    )


@pytest.hookimpl(tryfirst=True)  # before pytest-split's configure reads the file
def pytest_configure(config: pytest.Config) -> None:
    """pytest-split's --durations-path, when not given, is the project's `.ci/durations.json`;
    under xdist only the controller stores the durations (it receives every worker's reports)."""
    if hasattr(config, "workerinput"):
        config.option.store_durations = False
    given = Path(config.option.durations_path)
    if given.name == SPLIT_DEFAULT_NAME and not given.is_file():
        config.option.durations_path = str(config.rootpath / str(config.getini("parcours_durations")))


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


@pytest.hookimpl(trylast=True)  # after pytest-split kept this part's tests
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In an xdist worker, the measured tests longest first (every worker orders the same
    collection the same way, as xdist requires)."""
    if hasattr(config, "workerinput"):
        items[:] = longest_first(items, read_durations(Path(config.option.durations_path)))


def pytest_report_header(config: pytest.Config) -> str | None:
    """Which part runs, and what it is balanced on."""
    splits, group = config.getoption("splits", None), config.getoption("group", None)
    if not splits or not group:
        return None
    path = Path(config.option.durations_path)
    source = path.name if path.is_file() else "aucune durée mesurée : parts de même nombre de tests"
    return f"parcours: part {group}/{splits} ({source}, {config.option.splitting_algorithm})"
