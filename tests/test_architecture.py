"""The layering rules, checked rather than hoped for.

Arrows run one way: app.core <- feature packages (app.sort, app.dataset, app.export, training) <-
front ends (app.cli, app.ui). The import graph is read from the sources (every import, also those
inside functions), and the run-time rules (no Qt in the engine, no TensorFlow until needed) are
checked in a fresh interpreter.
"""

from __future__ import annotations

import ast
import json
import pkgutil
import re
import shutil
import subprocess
import sys
import tempfile
from collections import deque
from pathlib import Path

import app
import training

ROOT = Path(__file__).resolve().parents[1]

CORE = "app.core"
FEATURES = ("app.sort", "app.tag", "app.dataset", "app.export", "app.cluster", "training")
FRONT_ENDS = ("app.cli", "app.ui")
# What each layer may import from Pictag, besides itself and the `app` package's own __init__.
ALLOWED: dict[str, tuple[str, ...]] = {
    CORE: (),
    "app.sort": (CORE,),
    "app.tag": (CORE,),
    # Adding photos to a training set files them as a sort does: its filer, journal and undo.
    "app.dataset": (CORE, "app.sort"),
    "app.export": (CORE,),
    "training": (CORE,),
    "app.cluster": (CORE,),
    "app.cli": (CORE, *FEATURES, "app.ui"),  # the CLI starts the desktop app
    "app.ui": (CORE, *FEATURES),
}
MAX_LINES = 400
FMT_SKIP = re.compile(r"[ \t]*# fmt: skip[ \t]*$", re.MULTILINE)


def _modules() -> dict[str, Path]:
    found = {}
    for package in (app, training):
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            spec = info.module_finder.find_spec(info.name)  # type: ignore[union-attr]
            if spec is not None and spec.origin:
                found[info.name] = Path(spec.origin)
    return found


def _layer(module: str) -> str | None:
    for layer in ALLOWED:
        if module == layer or module.startswith(layer + "."):
            return layer
    return None


def _type_checking_only(tree: ast.AST) -> set[int]:
    """The nodes under `if TYPE_CHECKING:`: imports for annotations, which never run."""
    return {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for branch in node.body
        for inner in ast.walk(branch)
    }


def _pictag_imports(path: Path, module: str, *, type_checking: bool = True) -> set[str]:
    """Every Pictag module `path` imports, wherever the import statement is (with
    `type_checking=False`, only those that run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    skipped = set() if type_checking else _type_checking_only(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return {n for n in names if n.split(".")[0] in ("app", "training")}


def _allowed(imported: str, layer: str) -> bool:
    if imported == "app" or imported == "app.__version__":
        return True
    for target in (layer, *ALLOWED[layer]):
        if imported == target or imported.startswith(target + "."):
            return True
    return False


def test_every_module_lives_in_a_layer():
    stray = [m for m in _modules() if _layer(m) is None and m not in ("app.__main__",)]
    assert not stray, f"modules outside app.core, a feature package or a front end: {stray}"


def test_imports_follow_the_arrows():
    wrong = []
    for module, path in _modules().items():
        layer = _layer(module)
        if layer is None:
            continue
        for imported in sorted(_pictag_imports(path, module)):
            if not _allowed(imported, layer):
                wrong.append(f"{module} imports {imported}")
    assert not wrong, "\n".join(wrong)


def test_the_import_checker_sees_imports_inside_functions(tmp_path):
    """A lazy import is still an arrow: the checker must not miss one (or this test is void)."""
    source = tmp_path / "probe.py"
    source.write_text("def f():\n    from app.ui.window.main_window import MainWindow\n")
    assert "app.ui.window.main_window" in _pictag_imports(source, "app.core.probe")
    assert not _allowed("app.ui.window.main_window", CORE)


def _arrows(imports: dict[str, set[str]], packages: set[str]) -> dict[str, set[str]]:
    """The modules each module imports, from the names `_pictag_imports` read.

    `from pkg import name` reads as both `pkg` and `pkg.name`: each name becomes the module that
    exists (`pkg.name` when it is a submodule, else `pkg`, the package's __init__). A package
    whose __init__ imports its own modules re-exports them, which is no design cycle: its
    arrows into itself are dropped, and an arrow to it stands for arrows to what it re-exports
    (so `from pkg import Name` still depends on the module that defines Name).
    """

    def existing(name: str) -> str:
        while name not in imports and "." in name:
            name = name.rpartition(".")[0]
        return name

    resolved = {m: {existing(n) for n in names} & imports.keys() for m, names in imports.items()}

    def face(package: str) -> set[str]:
        own = {t for t in resolved[package] if t.startswith(package + ".")}
        return own.union(*(face(t) for t in own if t in packages))

    arrows = {}
    for module, targets in resolved.items():
        through = set().union(*(face(t) for t in targets if t in packages))
        inside = face(module) if module in packages else set()
        arrows[module] = (targets | through) - inside - {module}
    return arrows


def _cycles(arrows: dict[str, set[str]]) -> list[list[str]]:
    """The shortest cycle through each module that is in one, each cycle once, as a chain from
    its first module by name back to it."""
    found: set[tuple[str, ...]] = set()
    for start in sorted(arrows):
        came_from: dict[str, str] = {}
        queue, closed = deque([start]), None
        while queue and closed is None:
            node = queue.popleft()
            for target in sorted(arrows.get(node, ())):
                if target == start:
                    closed = node
                    break
                if target not in came_from:
                    came_from[target] = node
                    queue.append(target)
        if closed is None:
            continue
        chain = [closed]
        while chain[-1] != start:
            chain.append(came_from[chain[-1]])
        chain.reverse()
        first = chain.index(min(chain))
        found.add(tuple(chain[first:] + chain[:first]))
    return [[*cycle, cycle[0]] for cycle in sorted(found)]


def test_no_import_cycles():
    """A cycle hides in a function-level import until the day the order of imports changes;
    imports under `if TYPE_CHECKING:` never run and may go both ways."""
    modules = _modules()
    imports = {m: _pictag_imports(p, m, type_checking=False) for m, p in modules.items()}
    packages = {m for m, p in modules.items() if p.name == "__init__.py"}
    cycles = _cycles(_arrows(imports, packages))
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_cycles():
    arrows = {"a": {"b"}, "b": {"c", "d"}, "c": {"a"}, "d": set(), "e": {"e2"}, "e2": {"e"}}
    assert _cycles(arrows) == [["a", "b", "c", "a"], ["e", "e2", "e"]]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_a_package_reexporting_its_modules_is_no_cycle_but_is_looked_through():
    packages = {"p"}
    # p/__init__.py re-exports p.a; p.b takes a name from p: p.b depends on p.a, not on itself.
    imports = {"p": {"p.a", "p.a.A"}, "p.a": set(), "p.b": {"p", "p.A"}, "q": {"p", "p.B"}}
    assert _arrows(imports, packages) == {
        "p": set(),
        "p.a": set(),
        "p.b": {"p", "p.a"},
        "q": {"p", "p.a"},
    }
    assert _cycles(_arrows(imports, packages)) == []
    # ...but p.a importing q, which takes a name from p, is a cycle through p's face.
    imports["p.a"] = {"q"}
    assert _cycles(_arrows(imports, packages)) == [["p.a", "q", "p.a"]]


# The app's own floors, top down: a package imports only from the floors below it (never a
# sibling on its own floor). ARCHITECTURE.md's map of app/ui says what each one holds.
UI_FLOORS: tuple[tuple[str, ...], ...] = (
    ("tools",),
    ("window",),
    ("classify", "train"),
    ("review", "filing", "check"),
    ("model",),
    ("common",),
    ("workers",),
)


def _ui_floor(module: str) -> int | None:
    parts = module.split(".")
    if parts[:2] != ["app", "ui"] or len(parts) < 4:
        return None
    for floor, packages in enumerate(UI_FLOORS):
        if parts[2] in packages:
            return floor
    return None


def test_every_app_module_lives_in_a_feature_package():
    stray = [
        module
        for module, path in _modules().items()
        if module.startswith("app.ui.") and path.name != "__init__.py" and _ui_floor(module) is None
    ]
    assert not stray, f"app/ui modules outside its feature packages: {stray}"


def _not_downwards(module: str, path: Path) -> list[str]:
    """The imports of an app/ui module that reach a sibling or a higher floor, those under
    `if TYPE_CHECKING:` included: an annotation naming a floor above is an arrow up too."""
    floor = _ui_floor(module)
    if floor is None:
        return []
    own = module.split(".")[2]
    return [
        f"{module} imports {imported}"
        for imported in sorted(_pictag_imports(path, module))
        if (target := _ui_floor(imported)) is not None
        and imported.split(".")[2] != own
        and target <= floor
    ]


def test_app_packages_import_downwards():
    wrong = [line for module, path in _modules().items() for line in _not_downwards(module, path)]
    assert not wrong, "\n".join(wrong)


def test_the_floor_checker_counts_imports_for_type_checking(tmp_path):
    source = tmp_path / "probe.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from app.ui.classify.classify_tab import ClassifyTab\n"
    )
    assert _not_downwards("app.ui.review.probe", source) == [
        "app.ui.review.probe imports app.ui.classify.classify_tab",
        "app.ui.review.probe imports app.ui.classify.classify_tab.ClassifyTab",
    ]
    assert _not_downwards("app.ui.window.probe", source) == []


def _ruff() -> str:
    """The ruff program: a test dependency, so its absence fails rather than skips."""
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is not installed: it is a test dependency (pip install '.[test]')"
    return ruff


def _formatted_lengths(modules: dict[str, Path]) -> dict[str, int]:
    """Each module's length as `ruff format` lays it out without its `# fmt: skip` comments,
    so lines squeezed past the formatter count as what they are."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = {}
        for module, path in modules.items():
            copy = Path(tmp) / path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text(encoding="utf-8")
            copy.write_text(FMT_SKIP.sub("", text), encoding="utf-8")
            copies[module] = copy
        shutil.copy(ROOT / "pyproject.toml", tmp)
        subprocess.run([_ruff(), "format", "--no-cache", "--quiet", tmp], check=True, cwd=tmp)
        return {m: len(c.read_text(encoding="utf-8").splitlines()) for m, c in copies.items()}


def test_product_modules_stay_small():
    big = {m: n for m, n in _formatted_lengths(_modules()).items() if n > MAX_LINES}
    assert not big, (
        f"modules over {MAX_LINES} lines as `ruff format` lays them out without `# fmt: skip` "
        f"(split them along their seams): {big}"
    )


def _modules_after_import(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(json.loads(out.stdout))


def test_engine_imports_no_qt_and_no_tensorflow_until_needed():
    modules = [m for m in _modules() if not m.startswith("app.ui")]
    assert "app.core.classifier" in modules and "app.cli.main" in modules
    loaded = _modules_after_import(modules)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}
    # TensorFlow loads when a model is first needed, so `pictag --help` is instant.
    assert "tensorflow" not in loaded and "keras" not in loaded


def test_the_desktop_app_imports_without_tensorflow():
    """So the window is on screen before TensorFlow's seconds-long import begins."""
    modules = [m for m in _modules() if m.startswith("app.ui")]
    assert "app.ui.window.main_window" in modules and "app.ui.workers.train" in modules
    loaded = _modules_after_import(modules)
    assert "tensorflow" not in loaded and "keras" not in loaded


def test_ruff_is_clean():
    result = subprocess.run([_ruff(), "check", "."], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout


def test_every_package_is_installed():
    """A package missing from pyproject's list works from the checkout and fails installed."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        str(init.parent.relative_to(ROOT)).replace("/", ".")
        for top in ("app", "training")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
