"""A malformed feature file fails collection with its file, its line and what to fix, not a traceback."""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest
from pytest_bdd.exceptions import GherkinParseError

HOW_TO_FIX = (
    "Corrigez cette ligne : le fichier commence par « # language: fr » puis « Fonctionnalité: » ; "
    "chaque étape commence par Étant donné, Quand, Alors, Et ou Mais, dans un « Scénario: » ou le "
    "« Contexte: »."
)


def gherkin_error(error: BaseException | None) -> GherkinParseError | None:
    """The Gherkin syntax error behind a collection error, if that is what it is."""
    while error is not None:
        if isinstance(error, GherkinParseError):
            return error
        error = error.__cause__ or error.__context__
    return None


def describe(error: GherkinParseError, rootpath: Path) -> str:
    """Two lines: where the file is wrong, and how to fix it."""
    path = Path(error.filename)
    shown = os.path.relpath(path, rootpath) if path.is_absolute() else str(path)
    return (
        f"{shown}, ligne {error.line} : syntaxe Gherkin invalide « {error.line_content.strip()} » "
        f"({error.message})\n{HOW_TO_FIX}"
    )


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    """Replace the traceback of a feature file that does not parse by what to fix, and where."""
    report = yield
    call = getattr(report, "call", None)  # set by pytest's own implementation for this hook
    excinfo = getattr(call, "excinfo", None)
    error = gherkin_error(excinfo.value) if excinfo is not None else None
    if report.failed and error is not None:
        report.longrepr = describe(error, collector.config.rootpath)
    return report
