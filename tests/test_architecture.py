"""The layers of the code, as a test (docs/architecture.md draws them).

Every module's imports are read with `ast` — at the top and inside functions
(deferred imports count: they are dependencies all the same) — and checked
against one table: which layers a layer may import, and which Qt modules it
may use. Import cycles between modules are refused too. The checker is run on
small synthetic trees first (`test_each_rule_fires`), so a rule that silently
stopped working would fail here rather than let a crossing through.

Imports under `if TYPE_CHECKING:` are skipped: they exist for type checkers only.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ftbt_desktop", "ftbt_server")

# Module name prefix → layer; the longest matching prefix wins.
LAYER_OF: dict[str, str] = {
    "ftbt_desktop": "base",  # paths, settings: plain helpers any layer may use
    "ftbt_desktop.core": "core",
    "ftbt_desktop.storage": "storage",
    "ftbt_desktop.sync": "sync",
    "ftbt_desktop.operations": "operations",
    "ftbt_desktop.words": "words",
    "ftbt_desktop.clock_words": "words",
    "ftbt_desktop.mapdraw": "mapdraw",
    "ftbt_desktop.export": "export",
    "ftbt_desktop.cli": "cli",
    "ftbt_desktop.__main__": "main",
    "ftbt_desktop.ui": "ui",
    "ftbt_server": "server",
}

# The rules: layer → the layers it may import (itself always included).
MAY_IMPORT: dict[str, frozenset[str]] = {
    "base": frozenset({"core"}),
    "core": frozenset(),
    "storage": frozenset({"core", "base"}),
    "sync": frozenset({"core", "storage", "base"}),
    "operations": frozenset({"core", "storage", "base"}),
    # Words name what storage and sync return (a rejection, a sync error) by type.
    "words": frozenset({"core", "storage", "sync", "base"}),
    "mapdraw": frozenset({"core", "words", "base"}),
    "export": frozenset({"core", "storage", "operations", "words", "mapdraw", "base"}),
    "cli": frozenset(
        {"core", "storage", "sync", "operations", "words", "mapdraw", "export", "base"}
    ),
    "ui": frozenset(
        {"core", "storage", "sync", "operations", "words", "mapdraw", "export", "cli", "base"}
    ),
    "server": frozenset({"core"}),
    # The program's entry point: it starts the window or runs a command.
    "main": frozenset(
        {"core", "storage", "sync", "operations", "words", "mapdraw", "export", "cli", "ui", "base"}
    ),
}

# The Qt modules a layer may use (PySide6.X; absent: none at all).
QT_ALLOWED: dict[str, frozenset[str]] = {
    "words": frozenset({"QtCore"}),
    "mapdraw": frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"}),
    "export": frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}),
    "cli": frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}),
    "ui": frozenset({"*"}),
    "main": frozenset({"QtCore"}),
}

# core is pure: no storage, network or processes.
CORE_FORBIDDEN = frozenset(
    {"sqlite3", "sqlcipher3", "socket", "http", "urllib", "httpx", "requests", "subprocess"}
    | {"sqlalchemy", "shutil", "tempfile", "multiprocessing", "threading"}
)


@dataclass(frozen=True, order=True)
class Violation:
    module: str
    imported: str
    rule: str


@dataclass(frozen=True)
class Imp:
    target: str  # a module name, resolved
    type_only: bool


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(tree: ast.AST, type_only: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    for child in ast.iter_child_nodes(tree):
        inner = type_only or (isinstance(child, ast.If) and _type_checking(child))
        yield child, inner
        yield from _walk(child, inner)


def imports_of(name: str, source: str, is_package: bool, known: Iterable[str] = ()) -> list[Imp]:
    """Every import of a module, deferred ones included, as resolved module names.

    `from pkg import x` names the submodule `pkg.x` when it is one of `known`."""
    modules = set(known)
    found: list[Imp] = []
    package = name if is_package else name.rpartition(".")[0]
    for node, type_only in _walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Imp(alias.name, type_only) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                sub = f"{origin}.{alias.name}"
                found.append(Imp(sub if sub in modules else origin, type_only))
    return found


def layer(module: str) -> str | None:
    best = None
    for prefix in LAYER_OF:
        if (module == prefix or module.startswith(prefix + ".")) and (
            best is None or len(prefix) > len(best)
        ):
            best = prefix
    return LAYER_OF[best] if best is not None else None


def check(sources: Mapping[str, tuple[str, bool]]) -> list[Violation]:
    """`sources`: module name → (its source, whether it is a package's __init__)."""
    known = set(sources)
    graph: dict[str, set[str]] = {m: set() for m in sources}
    found: list[Violation] = []
    for module, (source, is_package) in sources.items():
        own = layer(module)
        for imp in imports_of(module, source, is_package, known):
            target = imp.target
            top = target.split(".")[0]
            if top == "PySide6":
                qt = target.split(".")[1] if "." in target else "PySide6"
                allowed = QT_ALLOWED.get(own or "", frozenset())
                if "*" not in allowed and qt not in allowed:
                    found.append(Violation(module, target, f"{own} may not use Qt {qt}"))
                continue
            if own == "core" and top in CORE_FORBIDDEN:
                found.append(Violation(module, target, "core does no I/O"))
                continue
            theirs = layer(target)
            if theirs is None or own is None:
                continue
            if theirs != own and theirs not in MAY_IMPORT[own]:
                found.append(Violation(module, target, f"{own} may not import {theirs}"))
            if not imp.type_only:
                # The module itself, or the nearest enclosing package that is one.
                node = target
                while node and node not in known:
                    node = node.rpartition(".")[0]
                if node and node != module:
                    graph[module].add(node)
    for cycle in _cycles(graph):
        first = min(cycle)
        found.append(Violation(first, " -> ".join(sorted(cycle)), "import cycle"))
    return sorted(set(found))


def _cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            advanced = False
            for nxt in edges:
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(component)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return out


def tree_sources(root: Path = ROOT) -> dict[str, tuple[str, bool]]:
    sources = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue  # Alembic scripts: run by Alembic, import only sqlalchemy
            sources[module_name(path, root)] = (
                path.read_text(encoding="utf-8"),
                path.name == "__init__.py",
            )
    return sources


# Crossings that exist today and are being removed (issue 14); the list may only
# shrink: an entry that no longer occurs fails the test too, so it is deleted.
PENDING: frozenset[Violation] = frozenset()


def test_the_tree_keeps_the_layers_and_has_no_cycles() -> None:
    found = set(check(tree_sources()))
    new = sorted(found - PENDING)
    gone = sorted(PENDING - found)
    assert not new, "\n".join(f"{v.module} -> {v.imported}: {v.rule}" for v in new)
    assert not gone, f"fixed, so delete from PENDING: {gone}"


def _synthetic(**modules: str) -> dict[str, tuple[str, bool]]:
    return {name.replace("__", "."): (source, False) for name, source in modules.items()}


@pytest.mark.parametrize(
    ("modules", "rule"),
    [
        ({"ftbt_desktop__core__a": "from PySide6.QtCore import QObject"}, "core may not use Qt"),
        ({"ftbt_desktop__core__a": "def f():\n    import sqlite3\n"}, "core does no I/O"),
        ({"ftbt_desktop__storage__a": "import PySide6.QtWidgets"}, "storage may not use Qt"),
        ({"ftbt_desktop__sync__a": "from PySide6 import QtCore"}, "sync may not use Qt"),
        ({"ftbt_desktop__words__a": "from PySide6.QtWidgets import QLabel"}, "words may not use"),
        (
            {"ftbt_desktop__export__a": "def f():\n    from ftbt_desktop.ui.words import x\n"},
            "export may not import ui",
        ),
        ({"ftbt_desktop__cli__a": "from ftbt_desktop.ui import app"}, "cli may not import ui"),
        (
            {"ftbt_server__a": "from ftbt_desktop.storage.keys import KDF"},
            "server may not import storage",
        ),
        (
            {
                "ftbt_desktop__ui__a": "from ftbt_desktop.ui import b\n",
                "ftbt_desktop__ui__b": "def f():\n    from ftbt_desktop.ui.a import x\n",
            },
            "import cycle",
        ),
    ],
)
def test_each_rule_fires(modules: dict[str, str], rule: str) -> None:
    found = check(_synthetic(**modules))
    assert any(rule in v.rule for v in found), found


def test_allowed_imports_and_type_only_imports_pass() -> None:
    found = check(
        _synthetic(
            ftbt_desktop__export__a="from ftbt_desktop.core.x import y\nimport PySide6.QtGui\n",
            ftbt_desktop__ui__a="from ftbt_desktop.ui import b\n",
            ftbt_desktop__ui__b=(
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from ftbt_desktop.ui.a import x\n"
            ),
            ftbt_server__a="from ftbt_desktop.core.changes import Change\n",
        )
    )
    assert found == []


# The service is the widgets' one way to the vault: a user's edit through
# `VaultService.run` (a named operation), a read or bookkeeping through
# `VaultService.on_vault`. Its repository is private, and no widget writes with
# the repository's string-typed calls (`create_entity("goal", …)`): they belong to
# operations/, which name the user's action.
SERVICE_MODULE = "ftbt_desktop.ui.service"
REPOSITORY_NAMES = frozenset({"repo", "_repo", "_repository"})
STRING_TYPED_WRITES = frozenset(
    {"create_entity", "update_entity", "delete_entities", "restore_entities"}
)


def repository_reach_throughs(sources: Mapping[str, tuple[str, bool]]) -> list[str]:
    """ "module:line" for every repository attribute read or string-typed write in ui/
    outside the service."""
    found = []
    for module, (source, _) in sources.items():
        if layer(module) != "ui" or module == SERVICE_MODULE:
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Attribute) and (
                node.attr in REPOSITORY_NAMES or node.attr in STRING_TYPED_WRITES
            ):
                found.append(f"{module}:{node.lineno}")
            # An `Edit` built in a widget is a raw write in the making.
            if isinstance(node, ast.Name) and node.id == "Edit":
                found.append(f"{module}:{node.lineno}")
    return sorted(set(found))


def test_widgets_reach_the_vault_only_through_the_service() -> None:
    assert repository_reach_throughs(tree_sources()) == []


def test_a_repository_reach_through_is_found() -> None:
    found = repository_reach_throughs(
        _synthetic(
            ftbt_desktop__ui__a="def f(service):\n    return g(service.repo, 1)\n",
            ftbt_desktop__ui__b="def f(service):\n    return service._repository\n",
            ftbt_desktop__ui__c=(
                "def f(service, fid):\n"
                "    service.on_vault(lambda r: r.create_entity('goal', fid, text='x'))\n"
            ),
            ftbt_desktop__ui__d="def f(fid):\n    return [Edit('goal', 'g', fid, 'text', 'x')]\n",
            ftbt_desktop__ui__service="def h(self):\n    return self.repo\n",
            ftbt_desktop__export__b="def f(service):\n    return service.repo\n",
        )
    )
    assert found == [
        "ftbt_desktop.ui.a:2",
        "ftbt_desktop.ui.b:2",
        "ftbt_desktop.ui.c:2",
        "ftbt_desktop.ui.d:2",
    ]
