"""The layout is the architecture: imports point one way and never go round in a circle.

Every import counts, including the ones inside functions and under TYPE_CHECKING: a
lazy import still ties two modules together.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("assistant", "ui", "evals")
BASE = {
    "assistant",
    "assistant.schema",
    "assistant.errors",
    "assistant.settings",
    "assistant.offline",
    "assistant.vocabulary",
    "assistant.verified_file",
    "assistant.llama_runtime",
}
LAYERS = [
    "assistant.knowledge",
    "assistant.safety",
    "assistant.understanding",
    "assistant.coach",
    "assistant.llm",
]
"""Bottom to top: a package may import the ones below it and the shared base, never above."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports, anywhere in its source."""
    modules = _modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
                    break
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _layer(module: str) -> int | None:
    for rank, package in enumerate(LAYERS):
        if module == package or module.startswith(package + "."):
            return rank
    return None


def _edges() -> list[tuple[str, str]]:
    return [(a, b) for a, targets in sorted(import_graph().items()) for b in sorted(targets)]


def test_the_checker_sees_a_circle_and_a_lazy_import() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []
    graph = import_graph()
    assert "assistant.coach.chain" in graph["assistant.factory"]
    assert "evals.runner" in graph["assistant.cli"]  # imported inside `coach eval`


def test_no_module_imports_another_in_a_circle() -> None:
    assert circles(import_graph()) == []


def test_packages_import_only_the_layers_below_them() -> None:
    upward = [
        (a, b)
        for a, b in _edges()
        if (ra := _layer(a)) is not None and (rb := _layer(b)) is not None and rb > ra
    ]
    assert upward == []


def test_the_shared_base_imports_no_package() -> None:
    assert [(a, b) for a, b in _edges() if a in BASE and b not in BASE] == []


@pytest.mark.parametrize("front", ["ui", "evals"])
def test_only_the_cli_reaches_the_front_ends(front: str) -> None:
    """`ui/` and `evals/` build on `assistant/`; the CLI is the one place that starts them."""
    reverse = [
        (a, b)
        for a, b in _edges()
        if a.startswith("assistant") and a != "assistant.cli" and b.split(".")[0] == front
    ]
    assert reverse == []


def test_the_front_ends_do_not_call_into_the_cli() -> None:
    assert [
        (a, b) for a, b in _edges() if not a.startswith("assistant") and b == "assistant.cli"
    ] == []
