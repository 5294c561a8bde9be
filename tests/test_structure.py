"""The shape of the code: no import cycle among statgraph's modules, no function over 50 lines,
no module over 400.

Read from the source with `ast`: imports under `if TYPE_CHECKING:` are left out (they
never run), imports inside functions count (they run when the function does).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "statgraph"
MAX_FUNCTION_LINES = 50
MAX_MODULE_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imported(node: ast.ImportFrom | ast.Import, module: str, is_package: bool) -> set[str]:
    """The statgraph modules one import statement names (a package's submodule when it names one)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in MODULES}
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        source = ".".join(package + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    found = {f"{source}.{alias.name}" if f"{source}.{alias.name}" in MODULES else source for alias in node.names}
    return {name for name in found if name in MODULES}


def _imports(module: str, path: Path) -> set[str]:
    """The statgraph modules a module imports at run time."""
    found: set[str] = set()
    stack: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
    while stack:
        for child in ast.iter_child_nodes(stack.pop()):
            if _type_checking(child):
                continue
            if isinstance(child, ast.Import | ast.ImportFrom):
                found |= _imported(child, module, path.name == "__init__.py")
            stack.append(child)
    return found - {module}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of a graph, or [] when it has none (depth-first search)."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = "done"
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def _long_functions() -> dict[str, int]:
    """module:function -> lines, for every function over the limit."""
    found = {}
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    found[f"{module}:{node.name}"] = lines
    return found


def test_structure_imports_are_found() -> None:
    graph = {module: _imports(module, path) for module, path in MODULES.items()}
    assert "statgraph.extract.cues" in graph["statgraph.pipeline"]
    assert "statgraph.relations" in graph["statgraph.extract.cues"]
    assert "statgraph.store" in graph["statgraph.cli_options"]  # imported inside a function


def test_structure_has_no_import_cycle() -> None:
    graph = {module: _imports(module, path) for module, path in MODULES.items()}
    assert _cycle(graph) == []


def test_structure_cycle_search_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_structure_no_function_over_50_lines() -> None:
    assert _long_functions() == {}


def test_structure_no_module_over_400_lines() -> None:
    lines = {module: len(path.read_text(encoding="utf-8").splitlines()) for module, path in MODULES.items()}
    assert {module: count for module, count in lines.items() if count > MAX_MODULE_LINES} == {}
