"""The package's shape: imports go one way through the layers, no import cycle, no code
module over 400 lines.  Like a lint of the data, this checks what the project is made of."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "smtperr"
MAX_LINES = 400
# Low to high: a module may import from its own component and from components to its left.
LAYERS = (
    ("_data",),
    ("_reason",),
    ("_records",),
    ("_errors", "_tables", "_frames"),
    ("_compile",),
    ("_classify",),
    ("_scan",),
    ("_stream", "_render", "_output"),
    ("_inputs", "_explain"),
    ("strategies", "_cli", "dask"),
    ("_hypothesis", "__init__", "__main__"),
)
LEVEL = {name: i for i, names in enumerate(LAYERS) for name in names}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every smtperr module ``name`` imports, function-level imports included."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("smtperr"))
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("smtperr"):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


def _component(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_follow_the_layers(name: str) -> None:
    mine = _component(name)
    for target in _imports(name, MODULES[name]):
        theirs = _component(target)
        assert theirs == mine or LEVEL[theirs] < LEVEL[mine], (
            f"{name} imports {target}: {theirs} is not below {mine}"
        )


def test_no_import_cycle() -> None:
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    # A package imports its own modules to re-export them; that is not a cycle.
    for name in graph:
        graph[name] = {t for t in graph[name] if not t.startswith(name + ".")}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*trail, node, nxt]))
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])


@pytest.mark.parametrize(
    "name", sorted(n for n in MODULES if "._data" not in n and not n.endswith("_data"))
)
def test_code_modules_are_short(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name}: {lines} lines"


def test_every_component_has_a_layer() -> None:
    assert {_component(n) for n in MODULES} <= set(LEVEL)
