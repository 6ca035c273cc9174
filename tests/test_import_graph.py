"""The package's modules import each other in one direction only: no circle, counting every
import (those inside functions and under ``TYPE_CHECKING`` too, where a circle hides)."""

from __future__ import annotations

import ast
from pathlib import Path

import noticeboard

PACKAGE = Path(noticeboard.__file__).resolve().parent


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, package: Path = PACKAGE) -> list[tuple[str, list[str]]]:
    """(module imported, names imported) of every import in ``path``, made absolute."""
    name = module_name(path, package)
    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            found.append((module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports (``from . import x`` imports module x)."""
    paths = {module_name(p, package): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        edges = graph.setdefault(name, set())
        for module, names in imports_of(path, package):
            submodules = {f"{module}.{n}" for n in names} & paths.keys()
            edges |= submodules
            if module in paths and (not names or len(submodules) < len(names)):
                edges.add(module)
        edges.discard(name)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_circle_between_the_package_modules() -> None:
    found = circles(import_graph())
    assert not found, "modules that import each other:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_an_import_inside_a_function_closes_a_circle(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from .b import x\n")
    (package / "b.py").write_text("x = 1\n\ndef late():\n    from . import a\n    return a\n")
    (package / "c.py").write_text("from . import b\n")
    graph = import_graph(package)
    assert graph["pkg.b"] == {"pkg.a"} and graph["pkg.c"] == {"pkg.b"}
    assert circles(graph) == [["pkg.a", "pkg.b"]]


# The layers of the package's top-level modules and packages, lowest first: a module imports
# from its own layer and those below (README, "Design"). The pipeline's stages run load -> plan
# -> render -> output; the model and the pieces every stage shares sit under them all.
LAYERS = [
    {"", "model", "fields", "errors", "messages", "slug", "resources", "fonts", "labels", "qr"},
    {"load"},
    {"plan"},
    {"render"},
    {"output"},
    {"posters", "channels", "verify", "importers", "decisions"},
    {"api"},
    {"cli", "app", "__main__"},
]


def layer_of(module: str) -> int:
    part = (module.split(".") + [""])[1]
    return next(i for i, names in enumerate(LAYERS) if part in names)


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return [f"{a} -> {b}" for a, bs in sorted(graph.items()) for b in sorted(bs) if layer_of(a) < layer_of(b)]


def test_every_top_level_module_has_a_layer() -> None:
    parts = {(m.split(".") + [""])[1] for m in import_graph()}
    assert parts <= set().union(*LAYERS), f"place these in LAYERS: {sorted(parts - set().union(*LAYERS))}"


def test_no_stage_imports_a_later_one() -> None:
    found = upward_imports(import_graph())
    assert not found, "imports of a later layer (move the shared piece down, or invert):\n" + "\n".join(found)


def test_an_upward_import_is_found() -> None:
    graph = {"noticeboard.load.x": {"noticeboard.output.atomic"}, "noticeboard.output.atomic": {"noticeboard.load.y"}}
    assert upward_imports(graph) == ["noticeboard.load.x -> noticeboard.output.atomic"]


def private_imports(package: Path = PACKAGE) -> list[str]:
    """Each ``from x import _name`` of another module of the package (inside functions too): a
    private name is its module's own; what others need is made public or moved where it belongs."""
    top = package.name
    return [f"{module_name(path, package)} imports {module}.{name}"
            for path in sorted(package.rglob("*.py")) for module, names in imports_of(path, package)
            if module.split(".")[0] == top and module != module_name(path, package)
            for name in names if name.startswith("_") and not name.startswith("__")]


def test_no_module_imports_another_modules_private_names() -> None:
    found = private_imports()
    assert not found, "private names taken from another module:\n" + "\n".join(found)


def test_a_private_name_imported_inside_a_function_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("__version__ = '1'\n")
    (package / "a.py").write_text("_x = 1\ny = _x\n")
    (package / "b.py").write_text("from . import __version__\nfrom .a import y\n\ndef late():\n"
                                  "    from .a import _x\n    return _x\n")
    assert private_imports(package) == ["pkg.b imports pkg.a._x"]


def late_imports(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each import inside a function that gives no reason: a comment on it, on
    the imports right above it or on the line above those (an optional extra, a slow import),
    or a ``try`` that catches its ImportError."""
    lines = path.read_text("utf-8").splitlines()
    tree = ast.parse("\n".join(lines))
    guarded = {id(n) for t in ast.walk(tree) if isinstance(t, ast.Try)
               and any(isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                       for h in t.handlers) for s in t.body for n in ast.walk(s)}
    found = []
    for f in ast.walk(tree):
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(f):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in guarded:
                    first = node.lineno - 1
                    while first > 0 and lines[first - 1].strip().startswith(("import ", "from ")):
                        first -= 1
                    block = lines[first:node.end_lineno]
                    if not any("#" in x for x in block) and not lines[first - 1].strip().startswith("#"):
                        found.append((node.lineno, lines[node.lineno - 1].strip()))
    return found


def test_imports_inside_functions_say_why() -> None:
    """Module level is the rule; the two front ends, the CLI and the app, import a stage when a
    command needs it (the reason is given once, in cli/__init__.py)."""
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}: {text}"
             for path in sorted(PACKAGE.rglob("*.py")) if not {"cli", "app"} & set(path.relative_to(PACKAGE).parts)
             for line, text in late_imports(path)]
    assert not found, "imports inside functions without a reason (move them up or comment why):\n" + "\n".join(found)
