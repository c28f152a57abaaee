"""The catalogues are complete and in step with the code: an untranslated message, a catalogue
the code has moved past, or a translation that drops a file name fails here."""

from __future__ import annotations

import ast
import filecmp
import shutil
from pathlib import Path

import pytest

from app.ui.tools.catalogues import CATALOGUES, compile_catalogues, sources, update_catalogues
from tests.i18n.helpers import catalogue_files, counts, fields, marks, messages

ROOT = Path(__file__).resolve().parents[2]


def test_regenerating_the_catalogues_changes_nothing(tmp_path):
    copies = []
    for path in catalogue_files():
        copies.append(tmp_path / path.name)
        shutil.copy(path, copies[-1])
    update_catalogues(copies)
    for path, copy in zip(catalogue_files(), copies, strict=True):
        assert copy.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{path.name} is out of date with the code: run `python -m app.ui.tools.catalogues`"
        )


def test_every_message_has_its_korean_translation():
    unfinished = [(m.context, m.source) for m in messages("ko") if not m.finished]
    assert not unfinished, f"{len(unfinished)} messages have no Korean yet: {unfinished[:20]}"


def test_every_english_plural_has_both_forms():
    plurals = [m for m in messages("en") if m.numerus]
    assert plurals, "no message counts anything with %n"
    incomplete = [m.source for m in plurals if not m.finished or len(m.translations) != 2]
    assert not incomplete, f"English plurals without their two forms: {incomplete}"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_translations_keep_names_counts_mnemonics_and_markup(lang):
    wrong = []
    for message in messages(lang):
        for text in message.translations:
            if not text:
                continue
            if fields(text) != fields(message.source) or marks(text) != marks(message.source):
                wrong.append((message.context, message.source, text))
    assert not wrong, f"translations that lose or add a field, %n, & or a tag: {wrong[:10]}"


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path):
    for path in catalogue_files():
        shutil.copy(path, tmp_path / path.name)
    for compiled in compile_catalogues(tmp_path):
        installed = CATALOGUES / compiled.name
        assert installed.exists(), f"{installed} is missing: installing Pictag compiles it"
        assert filecmp.cmp(compiled, installed, shallow=False), (
            f"{installed.name} is older than its .ts: `pip install -e .` compiles it again"
        )


def _calls(tree: ast.AST):
    """Every call that marks a message, with its text argument."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr" and node.args:
                yield node, node.args[0]
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                yield node, node.args[1]


def _marked(path: Path):
    """(where, context, text, counts) of each message marked in `path` with literals, as
    lupdate should read it: `self.tr` in the class around it, `name.tr` in the context `name`,
    `translate`/`QT_TRANSLATE_NOOP` in their first argument."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes = {}
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for node in ast.walk(cls):
            classes.setdefault(node, cls.name)
    for node, text in _calls(tree):
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        func = node.func
        if getattr(func, "attr", "") == "tr":
            owner = func.value.id if isinstance(func.value, ast.Name) else None
            context = classes.get(node) if owner == "self" else owner
            yield where, context, text.value, len(node.args) >= 3 or _counted(node)
        else:
            context = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
            yield where, context, text.value, len(node.args) >= 4 or bool(node.keywords)


def _counted(node: ast.Call) -> bool:
    return any(keyword.arg == "n" for keyword in node.keywords)


def test_every_marked_message_reaches_the_catalogue_as_written():
    """lupdate reads literals only, drops a `translate` call with keyword arguments, and reads a
    count only from `.tr(text, disambiguation, count)`: a message it missed would stay English,
    a count it missed would read "1 photos"."""
    catalogue = {(m.context, m.source): m.numerus for m in messages("ko")}
    wrong = []
    for path in sources():
        for where, context, text, counted in _marked(path):
            if context is None:
                continue
            if (context, text) not in catalogue:
                wrong.append(f"{where}: not in the catalogue: {text!r}")
            elif catalogue[(context, text)] != counts(text) or counted != counts(text):
                wrong.append(f"{where}: %n and the count go together, in .tr: {text!r}")
    assert not wrong, "\n".join(wrong)


def test_no_message_is_put_together_at_run_time():
    """An f-string or glued text would reach the catalogue as something the code never asks
    for."""
    glued = []
    for path in sources():
        for node, text in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(text, ast.JoinedStr | ast.BinOp):
                glued.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not glued, f"messages built at run time: {glued}"


def test_a_tr_on_a_name_is_on_a_context_or_a_class_of_that_name():
    """lupdate takes `name.tr`'s context from `name`, Qt from the object's class: `name` must be
    a Pictag class, or a `Context` object named as its context (`scan = Context("scan")`)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sources()}
    classes = {n.name for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)}
    wrong = []
    for path, tree in trees.items():
        contexts = set()
        for node in tree.body:
            call = node.value if isinstance(node, ast.Assign) else None
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Context":
                name, given = node.targets[0], call.args[0]
                if getattr(name, "id", None) != getattr(given, "value", None):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: named otherwise")
                contexts.add(getattr(name, "id", None))
        for node, _ in _calls(tree):
            owner = getattr(node.func, "value", None)
            if getattr(node.func, "attr", "") != "tr" or not isinstance(owner, ast.Name):
                continue
            if owner.id != "self" and owner.id not in contexts and owner.id not in classes:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {owner.id}.tr")
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            used = {getattr(call.func.value, "id", None) for call, _ in _calls(function)
                    if isinstance(call.func, ast.Attribute)}  # fmt: skip
            for name in _local_names(function) & contexts & used:
                wrong.append(f"{path.relative_to(ROOT)}:{function.lineno}: {name} shadowed")
    assert not wrong, f"tr calls whose context Qt would not find: {wrong}"


def _local_names(function: ast.FunctionDef) -> set[str]:
    """The names a function binds (parameters, assignments, loops, comprehensions): one that is
    also a module's Context object would hide it from the function's `name.tr` calls."""
    names = {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def test_self_tr_is_used_only_in_classes_nothing_inherits():
    """PySide's `self.tr` looks its context up by the object's class, lupdate by the class the
    code is written in: in a base class they differ and the translation is never found."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sources()}
    bases = {
        base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
    }
    wrong = []
    for path, tree in trees.items():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            if cls.name in bases and any(
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
                for node, _ in _calls(cls)
            ):
                wrong.append(f"{path.relative_to(ROOT)}: {cls.name}")
    assert not wrong, f"self.tr in classes that others inherit (use translate): {wrong}"
