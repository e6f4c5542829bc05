"""The tutorials' facts (seeds/*.toml) and the `@fait:<id>` tags scenarios check them with."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from .layout import data_dir

SEEDS_DIR = data_dir("parcours_seeds")  # this checkout's seeds/, or the installed package's
SOURCES_FILE = "sources.toml"  # the tutorials and their headings, not facts
TAG_PREFIX = "fait:"


@dataclass(frozen=True)
class Fact:
    """One fact of a source tutorial."""

    id: str
    source_file: str
    section: str
    type: str
    summary: str
    origin: str
    page: str = ""
    note: str = ""
    source_title: str = ""
    verifiable: bool = True  # false: no site can enforce it by nature (an outside address, advice…)
    reason: str = ""  # why it is not verifiable


@dataclass(frozen=True)
class Tutorial:
    """A source tutorial, as seeds/sources.toml names it: its file, title and headings in order."""

    file: str
    title: str
    sections: tuple[str, ...]


def load_facts(seeds_dir: Path = SEEDS_DIR) -> dict[str, Fact]:
    """Every fact of every seeds/*.toml file, by id; a duplicate id is an error."""
    facts: dict[str, Fact] = {}
    for path in sorted(seeds_dir.glob("*.toml")):
        if path.name == SOURCES_FILE:
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for entry in data.get("fait", []):
            fact = _fact(entry, data["source"])
            if fact.id in facts:
                raise ValueError(f"{path.name}: le fait {fact.id} est déjà défini")
            if not fact.verifiable and not fact.reason:
                raise ValueError(f"{path.name}: le fait {fact.id} est non vérifiable sans « raison »")
            facts[fact.id] = fact
    return facts


def _fact(entry: dict[str, Any], source: dict[str, Any]) -> Fact:
    """One [[fait]] table of a seeds file."""
    return Fact(
        id=entry["id"],
        source_file=source["file"],
        section=entry["section"],
        type=entry["type"],
        summary=entry["resume"],
        origin=entry.get("origine", "tutoriel"),
        page=entry.get("page", ""),
        note=entry.get("note", ""),
        source_title=source.get("title", ""),
        verifiable=entry.get("verifiable", True),
        reason=entry.get("raison", ""),
    )


def load_tutorials(seeds_dir: Path = SEEDS_DIR) -> list[Tutorial]:
    """The source tutorials of seeds/sources.toml, in its order (none when the file is absent)."""
    path = seeds_dir / SOURCES_FILE
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Tutorial(entry["file"], entry.get("title", ""), tuple(entry.get("sections", ())))
        for entry in data.get("tutoriel", [])
    ]


# The run's seeds folder: SEEDS_DIR unless the project names its own (ini `parcours_seeds`).
_run_seeds: list[Path] = [SEEDS_DIR]


def use_seeds(seeds_dir: Path) -> None:
    """Read the facts and tutorials of `seeds_dir` from now on (the plugin sets it at start)."""
    _run_seeds[0] = seeds_dir
    known_facts.cache_clear()
    known_tutorials.cache_clear()


@cache
def known_facts() -> dict[str, Fact]:
    """The facts of the run's seeds folder (read once)."""
    return load_facts(_run_seeds[0])


@cache
def known_tutorials() -> tuple[Tutorial, ...]:
    """The tutorials of the run's seeds/sources.toml (read once)."""
    return tuple(load_tutorials(_run_seeds[0]))


def facts_of(item: pytest.Item) -> list[str]:
    """The fact ids a collected scenario declares."""
    return [mark.args[0] for mark in item.iter_markers("fait")]


def pytest_configure(config: pytest.Config) -> None:
    """Register the `fait` marker that `@fait:<id>` tags become."""
    config.addinivalue_line("markers", "fait(id): the scenario checks this fact of a tutorial (seeds/)")


@pytest.hookimpl(tryfirst=True)  # before pytest-bdd's own, which would make a marker of any tag
def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> bool | None:
    """`@fait:FC-AMELI-NIR-13` becomes `pytest.mark.fait("FC-AMELI-NIR-13")`."""
    if not tag.startswith(TAG_PREFIX):
        return None
    pytest.mark.fait(tag.removeprefix(TAG_PREFIX))(function)
    return True


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Stop the run when a scenario names a fact that seeds/ does not define."""
    facts = known_facts()
    unknown = sorted({(fact, item.nodeid) for item in items for fact in facts_of(item) if fact not in facts})
    if unknown:
        lines = "\n".join(f"  @fait:{fact} dans {nodeid}" for fact, nodeid in unknown)
        raise pytest.UsageError(
            f"Fait inconnu dans un scénario :\n{lines}\n"
            f"Ajoutez-le dans seeds/*.toml ou corrigez l'étiquette (ids connus : voir seeds/)."
        )
