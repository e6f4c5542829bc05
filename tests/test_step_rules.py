"""The rules step modules keep: small modules and functions, no step calling a step, and no site
internals (test data only through mock_sites.testing)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STEP_MODULES = sorted((ROOT / "steps").glob("*.py"))
CHECKED = sorted([*(ROOT / "steps").rglob("*.py"), *(ROOT / "mock_sites" / "testing").rglob("*.py")])
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40
# What a step module may import from mock_sites: the test-data API and the catalogue of sites.
# Under the installed name (parcours_mock_sites), which this checkout aliases to mock_sites.
ALLOWED_MOCK_SITES_IMPORTS = ("parcours_mock_sites.testing", "parcours_mock_sites.catalogue")
STEP_DECORATORS = {"given", "when", "then", "step"}


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef))


def _is_step(function: ast.FunctionDef) -> bool:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in STEP_DECORATORS:
            return True
    return False


@pytest.mark.parametrize("path", CHECKED, ids=_relative)
def test_modules_and_functions_are_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES, (
        f"{_relative(path)} : plus de {MAX_MODULE_LINES} lignes"
    )
    for function in _functions(ast.parse(source)):
        length = (function.end_lineno or function.lineno) - function.lineno + 1
        assert length <= MAX_FUNCTION_LINES, (
            f"{_relative(path)}:{function.lineno} {function.name} : {length} lignes"
        )


def test_steps_never_call_steps() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in STEP_MODULES}
    steps = {function.name for tree in trees.values() for function in _functions(tree) if _is_step(function)}
    calls = [
        f"{_relative(path)}:{node.lineno} {node.func.id}"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in steps
    ]
    assert steps, "aucune étape trouvée dans steps/"
    assert calls == [], "une étape en appelle une autre (partagez une tâche de steps/taches.py)"


@pytest.mark.parametrize("path", STEP_MODULES, ids=_relative)
def test_step_modules_reach_the_sites_only_through_the_testing_api(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert "sqlite3" not in source and "storage" not in source, _relative(path)
    for node in ast.walk(ast.parse(source)):
        names = (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else []
        )
        for name in names:
            if name.split(".")[0] in ("mock_sites", "parcours_mock_sites"):
                assert name.startswith(ALLOWED_MOCK_SITES_IMPORTS), (
                    f"{_relative(path)}:{node.lineno} importe {name}"
                )


# Playwright's ways of finding an element: they belong to the page objects of steps/pages/.
LOCATOR_METHODS = {"locator", "frame_locator"} | {
    f"get_by_{kind}" for kind in ("role", "text", "label", "placeholder", "alt_text", "title", "test_id")
}


@pytest.mark.parametrize("path", STEP_MODULES, ids=_relative)
def test_step_modules_find_nothing_themselves(path: Path) -> None:
    """A step module asks a page object for what it needs; only steps/pages/ holds locators."""
    found = [
        f"{_relative(path)}:{node.lineno} {node.func.attr}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in LOCATOR_METHODS
    ]
    assert found == [], "déplacez ces recherches dans un objet de page de steps/pages/"
