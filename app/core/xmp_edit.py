"""Byte edits of an XMP packet: elements and attributes taken out, children and namespace
declarations added, and every other byte kept as it was.

The edits are collected against the parsed tree (`app.core.xmp_tree`) and applied at once, so
removing the last item of a list and appending a new one after it cannot disturb each other.
New elements follow the indentation of their siblings (or one space deeper than their parent,
as exiftool and exiv2 indent), so a sidecar still reads well in a text editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.xmp_tree import Node, whitespace_before

__all__ = ["Build", "Edits", "Fresh"]

# Given the indentation of the new element (a newline and spaces, or ""), its text.
Build = Callable[[str], str]
_ATTRIBUTE = re.compile(rb"""\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')""")


@dataclass(eq=False)
class Fresh:
    """An element Pictag adds (a new rdf:Description): its children are rendered with it."""

    qname: str
    attributes: str  # as written in its start tag, each with its leading space
    children: list[Build] = field(default_factory=list)
    decls: dict[str, str] = field(default_factory=dict)  # prefix -> namespace

    def render(self, indent: str) -> str:
        inner = indent + " " if indent else ""
        decls = "".join(f' xmlns:{p}="{uri}"' for p, uri in self.decls.items())
        kids = "".join(inner + build(inner) for build in self.children)
        return f"<{self.qname}{self.attributes}{decls}>{kids}{indent}</{self.qname}>"


class Edits:
    """The changes to one packet's bytes; `apply` returns the changed bytes."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._splices: list[tuple[int, int, int, bytes]] = []  # start, end, order, text
        self._appends: dict[Node, list[Build]] = {}
        self._decls: dict[Node, dict[str, str]] = {}

    def remove(self, node: Node) -> None:
        """Take `node` out, with the whitespace that indents it."""
        self._splice(whitespace_before(self._data, node.start), node.end, "")

    def remove_attributes(self, node: Node, keep: Callable[[str, str], bool]) -> None:
        """Take out the attributes of `node`'s start tag whose (namespace, name) `keep`
        refuses; namespace declarations are kept."""
        tag = self._data[node.start : node.open_end]
        for match in _ATTRIBUTE.finditer(tag):
            qname = match.group(1).decode("utf-8")
            prefix, _, local = qname.rpartition(":")
            if prefix == "xmlns" or qname == "xmlns" or not prefix:
                continue
            if not keep(node.resolve(prefix), local):
                self._splice(node.start + match.start(), node.start + match.end(), "")

    def append(self, parent: Node | Fresh, build: Build) -> None:
        """Add a child at the end of `parent`."""
        if isinstance(parent, Fresh):
            parent.children.append(build)
        else:
            self._appends.setdefault(parent, []).append(build)

    def declare(self, element: Node | Fresh, prefix: str, uri: str) -> None:
        if isinstance(element, Fresh):
            element.decls[prefix] = uri
        else:
            self._decls.setdefault(element, {})[prefix] = uri

    def declared(self, element: Node | Fresh) -> dict[str, str]:
        """The declarations added to `element` so far (prefix -> namespace)."""
        return element.decls if isinstance(element, Fresh) else self._decls.get(element, {})

    def apply(self) -> bytes:
        for node in dict.fromkeys([*self._decls, *self._appends]):
            self._close(node)
        out: list[bytes] = []
        at = 0
        for start, end, _, text in sorted(self._splices):
            if start < at:
                raise AssertionError("overlapping XMP edits")
            out += [self._data[at:start], text]
            at = end
        out.append(self._data[at:])
        return b"".join(out)

    def _close(self, node: Node) -> None:
        """The splices that add `node`'s declarations and new children."""
        decls = "".join(f' xmlns:{p}="{uri}"' for p, uri in self._decls.get(node, {}).items())
        builds = self._appends.get(node, [])
        indent = self._child_indent(node)
        kids = "".join(indent + build(indent) for build in builds)
        close = node.open_end - (2 if node.empty else 1)
        if node.empty:
            if builds:
                own = self._indent(node)
                self._splice(close, node.open_end, f"{decls}>{kids}{own}</{node.qname}>")
            elif decls:
                self._splice(close, close, decls)
            return
        if decls:
            self._splice(close, close, decls)
        if builds:
            at = node.children[-1].end if node.children else node.open_end
            self._splice(at, at, kids)

    def _child_indent(self, node: Node) -> str:
        """The whitespace before `node`'s last child, or one space deeper than `node`."""
        if node.children:
            last = node.children[-1].start
            return self._data[whitespace_before(self._data, last) : last].decode("utf-8")
        own = self._indent(node)
        return own + " " if own else ""

    def _indent(self, node: Node) -> str:
        return self._data[whitespace_before(self._data, node.start) : node.start].decode("utf-8")

    def _splice(self, start: int, end: int, text: str) -> None:
        self._splices.append((start, end, len(self._splices), text.encode("utf-8")))
