"""The whole window in Korean, as a person whose system is Korean meets it: every text of every
tab, page, menu and dialog the app shows on the way through classifying, reviewing, sorting,
writing keywords, exporting and training is read back from the widgets, and no English word may
be left but product and format names."""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.core.model_loader import LoadedModel
from app.ui.model.export_dialog import ExportDialog
from app.ui.window.main_window import TRAIN_TAB, MainWindow
from tests.helpers import COLORS, color_model, make_color_model_file, make_photo
from tests.ui.helpers import COLOR_SPEC, make_photos, tiny_parameters

TIMEOUT = 60_000

# Names that stay as they are in every language: the product, formats, libraries, networks,
# keys, and the test's own data (its labels and file names).
KEPT = {
    "Pictag", "JPEG", "JPG", "PNG", "HEIC", "HEIF", "AVIF", "RAW", "DNG", "TIFF", "WebP", "XMP",
    "CSV", "JSON", "Parquet", "TFLite", "SavedModel", "ONNX", "LiteRT", "XNNPACK", "TensorFlow",
    "Keras", "ImageNet", "MobileNetV2", "InceptionV3", "Ray", "Lightroom", "darktable",
    "digiKam", "Qt", "PySide6", "Python", "Linux", "Ctrl", "Shift", "Esc", "Enter", "Tab",
    "Del", "px", "ms", "MB", "GB", "KB", "CPU", "GPU", "Noto", "CJK", "Nanum", "mAP", "F1", "AP",
    "ID", "EXIF", "IPTC", "OK", "keras", "csv", "jpg", "png", "Adam", "Backspace", "Bridge",
    "Capture", "One", "float16", "Float16", "float32", "int8", "mahalanobis", "English",
    *COLORS,
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
# Paths and file names, keyword paths (a|b), CSV headers (file,labels), markup, Qt's %p.
NAMES = re.compile(r"\S*(?:[/\\_|]|\.\w|\w,\w)\S*|<[^>]*>|&\w+;|%[pvmn]|\{\w+\}")


def english_words(text: str) -> set[str]:
    """The words of `text` a Korean reader should not meet."""
    text = NAMES.sub(" ", unescape(re.sub(r"<[^>]*>", " ", text)))
    return {word for word in WORD.findall(text) if word not in KEPT}


def texts(root: QWidget) -> dict[str, str]:
    """Every text the widgets under `root` show or can show (tooltips, hidden pages)."""
    found: dict[str, str] = {}

    def add(where: QWidget | object, text: str | None) -> None:
        if text:
            found[text] = type(where).__name__

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, widget.toolTip())
        add(widget, widget.windowTitle() if widget.isWindow() else "")
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        if isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QLineEdit | QTextEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            add(widget, widget.specialValueText())
            add(widget, getattr(widget, "suffix", lambda: "")())
        if isinstance(widget, QProgressBar):
            add(widget, widget.format())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
                add(widget, widget.tabToolTip(i))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
                add(widget, widget.itemData(i, Qt.ItemDataRole.ToolTipRole))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = _count(model.columnCount)
            for column in range(columns):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(min(_count(model.rowCount), 20)):
                for column in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.index(row, column).data(role)
                        add(widget, value if isinstance(value, str) else None)
        if isinstance(widget, QMenu):
            add(widget, widget.title())
        for action in widget.actions():
            add(action, action.text())
            add(action, action.toolTip())
    return found


def _count(method) -> int:
    """A model's rows or columns, whichever of PySide's signatures its class exposes (a list
    model keeps its one column private)."""
    for arguments in ((QModelIndex(),), ()):
        try:
            return method(*arguments)
        except TypeError:
            continue
    return 1


def clipped_texts(root: QWidget) -> list[str]:
    """The visible one-line labels and buttons whose text is wider than the room they have."""
    clipped = []
    for widget in root.findChildren(QLabel) + root.findChildren(QPushButton):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        text = re.sub(r"<[^>]*>", "", widget.text()).replace("&", "")
        if not text or "\n" in text:
            continue
        room = widget.contentsRect().width()
        if isinstance(widget, QPushButton):
            room -= 8  # the button's frame and margins
        if widget.fontMetrics().horizontalAdvance(text) > room + 1:
            clipped.append(text)
    return clipped


def english_left(*roots: QWidget) -> dict[str, set[str]]:
    left = {}
    for root in roots:
        for text, kind in texts(root).items():
            if words := english_words(str(text)):
                left[f"{kind}: {text!r}"] = words
    return left


@pytest.fixture
def window(qtbot, korean, settings, data_home):
    """The window with a model loaded after the language was installed, as in the app."""
    model = LoadedModel("colors.keras", tuple(COLORS), 32, color_model(32))
    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    w.controller.model, w.controller.spec = model, COLOR_SPEC
    w.controller.ready.emit(model, COLOR_SPEC)
    w.resize(1200, 800)
    w.show()
    yield w
    w.close()


def test_no_english_is_left_in_the_korean_window(qtbot, window, tmp_path):
    photos = tmp_path / "photos"
    for i, name in enumerate(["red", "green", "blue", "red"]):
        make_photo(photos / f"{i}_{name}.png", (40, 30), COLORS[name])
    tab = window.classify_tab
    with qtbot.waitSignal(tab.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        tab.classify_paths([photos])
    opened = [tab.sort_into_folders(), tab.write_keywords()]
    model_file = make_color_model_file(tmp_path / "colors.keras")
    opened.append(ExportDialog(model_file, tmp_path, window))
    tab.review.review_button.click()

    train = window.train_tab
    window.tabs.setCurrentIndex(TRAIN_TAB)
    for name in ("red", "green", "blue"):
        make_photos(tmp_path / "set" / name, 8, COLORS[name])
    train.set_dataset(tmp_path / "set")
    qtbot.waitUntil(lambda: not train.busy and bool(train.scan), timeout=TIMEOUT)
    tiny_parameters(train, head_epochs=1)
    with qtbot.waitSignal(train.training_finished, timeout=TIMEOUT * 3):
        train.start_button.click()
    qtbot.waitUntil(lambda: not train.busy, timeout=TIMEOUT)

    clipped = clipped_texts(window)
    assert not clipped, f"Korean texts cut off at the window's size: {clipped}"
    left = english_left(window, *[d for d in opened if d is not None])
    assert not left, "English left in the Korean window:\n" + "\n".join(
        f"  {where} -> {sorted(words)}" for where, words in sorted(left.items())
    )
    for dialog in opened:
        dialog.close()


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("사진 3장", set()),
        ("Open <b>photos</b>", {"Open", "photos"}),
        ("모델 colors.keras (MobileNetV2, 32 px)", set()),
        ("%p% 완료", set()),
        ("'Auto|Pictag'처럼, file,labels 형식, _unsure로", set()),
        ("Ends a sentence.", {"Ends", "sentence"}),
    ],
)
def test_the_english_finder_finds_words_and_spares_names(text, english):
    assert english_words(text) == english


def test_the_finder_reads_hidden_pages_and_tooltips(qtbot):
    root = QTabWidget()
    qtbot.addWidget(root)
    page = QLabel("Hidden page")
    page.setToolTip("a tooltip")
    root.addTab(page, "탭")
    root.addTab(QLabel("보임"), "Second")
    root.setCurrentIndex(1)
    assert set(english_left(root)) >= {"QLabel: 'Hidden page'", "QLabel: 'a tooltip'"}
    assert any("Second" in words for words in english_left(root).values())


def test_the_clip_finder_finds_a_label_too_narrow_for_its_text(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    narrow, wide = QLabel("아주 긴 한국어 텍스트입니다", root), QLabel("짧음", root)
    narrow.setFixedWidth(30)
    wide.move(0, 40)
    wide.setFixedWidth(200)
    root.show()
    assert clipped_texts(root) == ["아주 긴 한국어 텍스트입니다"]
