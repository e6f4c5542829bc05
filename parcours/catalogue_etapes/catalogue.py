"""The steps of the step packages, read from pytest-bdd's own registry once their modules are imported."""

from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_type_hints

from pytest_bdd.steps import StepFunctionContext, step_function_context_registry

from ..layout import PACKAGES
from ..step_modules import step_module_names

KEYWORDS = {"given": "Étant donné", "when": "Quand", "then": "Alors", None: "Étape"}
NAMED_GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)")  # a parsers.re step's parameter, shown as {name}
PARSER_ARGUMENTS = {"d": "int", "f": "float", "w": "str", "": "str"}  # parse's format types


@dataclass(frozen=True)
class Etape:
    """One step definition: its French text, parameters, docstring, where it is and one example."""

    mot_cle: str
    texte: str
    parametres: tuple[tuple[str, str], ...]  # (name, type)
    doc: str
    module: str
    ligne: int
    exemple: str  # "features/x.feature:12: Quand …", or empty


def load(packages: list[str]) -> None:
    """Import every module of the step packages (their decorators fill pytest-bdd's registry)."""
    for package in packages:
        for name in step_module_names(package):
            importlib.import_module(name)


def parameters(context: StepFunctionContext) -> tuple[tuple[str, str], ...]:
    """The step's parameters, with the type its function declares (else the parser's)."""
    parser: Any = getattr(context.parser, "parser", None)  # parsers.parse: the `parse` library's
    fields: dict[str, str] = dict(getattr(parser, "_name_types", {}))
    regex = getattr(context.parser, "regex", None)  # parsers.re: its named groups
    fields.update({name: "" for name in getattr(regex, "groupindex", {})})
    try:
        hints = get_type_hints(context.step_func)
    except NameError:  # an annotation only for type checkers
        hints = {}
    typed = []
    for name, kind in fields.items():
        hint = hints.get(name)
        shown = getattr(hint, "__name__", str(hint)) if hint is not None else PARSER_ARGUMENTS.get(kind, kind)
        typed.append((name, shown))
    return tuple(typed)


def example(context: StepFunctionContext, lines: list[tuple[str, int, str]]) -> str:
    """The first line of a feature file this step matches, with where it is."""
    for where, number, text in lines:
        words = text.split(maxsplit=1)
        body = words[1] if len(words) == 2 else ""
        for candidate in (body, body.removeprefix("que ").removeprefix("qu'")):
            if candidate and context.parser.is_matching(candidate):
                return f"{where}:{number}: {text}"
    return ""


def feature_lines(folders: list[Path]) -> list[tuple[str, int, str]]:
    """Every step line of the feature files (Étant donné, Quand, Alors, Et, Mais), in order."""
    starts = ("Étant donné", "Quand", "Alors", "Et ", "Mais ")
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.feature")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip().startswith(starts):
                    found.append((f"{folder.name}/{path.relative_to(folder)}", number, line.strip()))
    return found


def catalogue(packages: list[str], folders: list[Path]) -> list[Etape]:
    """Every step of the packages, by module then line."""
    load(packages)
    lines = feature_lines(folders)
    prefixes = tuple(f"{package}." for package in packages)
    steps = []
    for context in list(step_function_context_registry.values()):
        func = context.step_func
        module = installed_name(func.__module__)
        if not module.startswith(prefixes):
            continue
        steps.append(
            Etape(
                mot_cle=KEYWORDS[context.type],
                texte=NAMED_GROUP.sub(r"{\1}", context.parser.name).removeprefix("^").removesuffix("$"),
                parametres=parameters(context),
                doc=inspect.getdoc(func) or "",
                module=module,
                ligne=inspect.getsourcelines(func)[1],
                exemple=example(context, lines),
            )
        )
    # A process that imported a step module under both names (steps.x, parcours_steps.x) holds it twice.
    return sorted(set(steps), key=lambda step: (step.module, step.ligne, step.mot_cle, step.texte))


def installed_name(module: str) -> str:
    """A module under the name the distribution installs it as (in this checkout, steps.x is
    parcours_steps.x)."""
    head, dot, rest = module.partition(".")
    installed = {folder: name for name, folder in PACKAGES.items()}
    return f"{installed[head]}{dot}{rest}" if head in installed else module
