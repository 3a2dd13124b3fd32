"""The import rules of docs/architecture.md: which package of cmcert_lib may import which."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cmcert_lib import blocs

LIBRARY = Path(blocs.__file__).resolve().parent
INFRASTRUCTURE = {"facts", "domain", "checks", "authoring", "grading", "marking", "report", "demo",
                  "layout", "blocs", "nbgrader_steps", "cli", "publish", "startup", "deploy"}
ALLOWED = {
    "facts": {"facts"},
    "domain": {"facts", "domain"},
    "checks": {"facts", "domain", "checks", "blocs"},
    "authoring": {"facts", "authoring", "layout", "nbgrader_steps"},
    "grading": {"facts", "checks", "authoring", "grading", "layout", "blocs", "nbgrader_steps"},
    "marking": {"facts", "authoring", "grading", "marking", "layout"},
    "report": {"facts", "authoring", "grading", "marking", "report", "layout"},
    "layout": set(),
    "blocs": set(),
    "startup": set(),
    "nbgrader_steps": {"layout"},
    "deploy": {"facts", "layout", "deploy"},
}
BLOC_MAY_IMPORT = {"facts", "domain", "checks", "blocs"}


def imported_packages(path: Path) -> set[str]:
    """The top-level cmcert_lib packages a module imports (at any depth of its code)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] if node.module != "cmcert_lib" else [f"cmcert_lib.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "cmcert_lib" and len(parts) > 1:
                found.add(parts[1])
    return found


def modules() -> list[tuple[str, Path]]:
    return [(path.relative_to(LIBRARY).parts[0].removesuffix(".py"), path)
            for path in sorted(LIBRARY.rglob("*.py"))]


@pytest.mark.parametrize(("package", "path"), modules(), ids=lambda v: str(v))
def test_module_imports_only_what_its_package_may(package, path):
    if package in ("demo", "cli", "publish", "__init__"):
        return  # the top: may import anything
    imported = imported_packages(path)
    # A bloc may import the shared code and itself, never another bloc nor the infrastructure.
    allowed = ALLOWED.get(package, BLOC_MAY_IMPORT | {package})
    assert imported <= allowed, f"{path.relative_to(LIBRARY)} imports {sorted(imported - allowed)}"


def test_every_package_is_governed_by_a_rule():
    packages = {package for package, _ in modules()}
    unknown = packages - INFRASTRUCTURE - set(blocs.bloc_packages()) - {"__init__"}
    assert not unknown, f"packages without an import rule in docs/architecture.md: {sorted(unknown)}"


def test_the_rule_sees_a_bloc_importing_the_infrastructure(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("from cmcert_lib.grading import sandbox\nimport cmcert_lib.facts.brand\n"
                      "from cmcert_lib import report\n", encoding="utf-8")
    assert imported_packages(module) == {"grading", "facts", "report"}
