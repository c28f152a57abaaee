"""Labels from model files are hostile text: each must become one safe, distinct folder name."""

from __future__ import annotations

import re

import pytest

from app.sort.safe_names import MAX_NAME_BYTES, UNSURE, folder_names, safe_folder_name

HOSTILE = [
    "../../x", "/etc", "C:\\x", "\\\\server\\share", "CON", "con.txt", "NUL", "COM1", "LPT9",
    "lpt¹", ".", "..", "", "   ", "\t\n", "cat. ", "...", '<>:"/\\|?*', "a\x00b\x1bc",
    "\u202egpj.exe", "x" * 300, "猫" * 200, "\ud800bad",
]  # fmt: skip


@pytest.mark.parametrize("label", HOSTILE)
def test_hostile_labels_become_one_plain_component(label):
    name = safe_folder_name(label)
    assert name and name not in (".", "..")
    assert not set(name) & set('<>:"/\\|?*') and name.isprintable()
    assert name == name.strip(" .") or name.startswith("_")
    assert not name.startswith(".") and not name.endswith((".", " "))
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert not re.match(r"(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)", name)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Épinard", "Épinard"),
        ("猫", "猫"),
        ("golden retriever", "golden retriever"),
        ("E\u0301pinard", "Épinard"),  # decomposed accents are composed (NFC)
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("../../x", "_.._x"),
        ("cat. ", "cat"),
    ],
)
def test_readable_names_stay_readable(label, expected):
    assert safe_folder_name(label) == expected


def test_distinct_labels_get_distinct_folders_deterministically():
    labels = ["a/b", "a_b", "a\\b", "Cat", "cat", "CAT.", UNSURE, "_UNSURE", "x", "", " "]
    names = folder_names(labels)
    assert len({n.casefold() for n in names.values()}) == len(labels)
    assert UNSURE.casefold() not in {n.casefold() for n in names.values()}
    assert names["a_b"] == "a_b" and names["x"] == "x" and names["Cat"] == "Cat"
    assert names == folder_names(reversed(labels))  # the order of the labels does not matter
    assert all(len(n.encode()) <= MAX_NAME_BYTES for n in names.values())


def test_a_hostile_label_never_displaces_a_plain_one():
    assert folder_names(["a_b"]) == {"a_b": "a_b"}
    assert folder_names(["a/b", "a_b"])["a_b"] == "a_b"


def test_long_labels_sharing_a_prefix_stay_apart():
    labels = ["é" * 120 + "1", "é" * 120 + "2"]
    names = folder_names(labels)
    assert len(set(names.values())) == 2
    assert all(len(n.encode()) <= MAX_NAME_BYTES for n in names.values())
