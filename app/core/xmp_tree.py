"""An XMP packet parsed into elements that know their place in its bytes.

Why not a DOM: a DOM loses where each element was, so changing one property means writing the
whole packet again, and every writer (exiv2 included) then changes what it does not understand
(version strings like "0.2.2.0", `rdf:nodeID`, `x:xmptk`, a plain "400" where a list is
expected). Knowing the byte offsets of each element lets `app.core.xmp` change only the keyword
properties and keep every other byte. expat (stdlib) does the parsing and reports the offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from app.core.i18n import translate

__all__ = ["InvalidXmp", "Node", "parse_tree"]

_WHITESPACE = b" \t\r\n"


class InvalidXmp(ValueError):
    """Not an XMP packet, or not one Pictag can change exactly; `reason` is one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(eq=False)
class Node:
    """One element: its namespace and name, its qualified name as written, and its bytes
    (`start` is its `<`, `open_end` follows its start tag's `>`, `end` its end tag's)."""

    ns: str
    name: str
    qname: str
    start: int
    open_end: int = 0
    end: int = 0
    attrs: dict[tuple[str, str], str] = field(default_factory=dict)
    decls: dict[str | None, str] = field(default_factory=dict)  # prefixes declared here
    children: list[Node] = field(default_factory=list)
    text: str = ""  # its own character data, entities resolved
    parent: Node | None = None

    @property
    def empty(self) -> bool:
        """Written as `<a/>`: a child cannot be added without rewriting its tag's end."""
        return self.open_end == self.end

    def kids(self, ns: str, name: str) -> list[Node]:
        return [c for c in self.children if c.ns == ns and c.name == name]

    def prefix_of(self, ns: str) -> str | None:
        """The prefix `ns` is bound to here (None: the default namespace; "": none)."""
        node: Node | None = self
        shadowed: set[str | None] = set()
        while node is not None:
            for prefix, uri in node.decls.items():
                if uri == ns and prefix not in shadowed:
                    return prefix
                shadowed.add(prefix)
            node = node.parent
        return ""

    def resolve(self, prefix: str) -> str:
        """The namespace `prefix` stands for here ("" when it is not declared)."""
        node: Node | None = self
        while node is not None:
            if prefix in node.decls:
                return node.decls[prefix]
            node = node.parent
        return ""


def parse_tree(data: bytes) -> tuple[Node, list[Node]]:
    """The root element and every element in document order. Raises InvalidXmp (malformed
    XML, a DOCTYPE, not UTF-8) with the reason."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:1] == b"\0" or data[1:2] == b"\0":
        raise InvalidXmp(
            translate("xmp_tree", "XMP in UTF-16 or UTF-32, which Pictag does not change")
        )
    first, last = data.find(b"<"), data.rfind(b">")
    if first < 0:
        raise InvalidXmp(translate("xmp_tree", "not valid XMP (no XML in it)"))
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.namespace_prefixes = True
    stack: list[Node] = []
    nodes: list[Node] = []
    pending: dict[str | None, str] = {}

    def declare(prefix: str | None, uri: str | None) -> None:
        pending[prefix] = uri or ""

    def start(name: str, attrs: dict[str, str]) -> None:
        ns, local, prefix = _split(name)
        at = first + parser.CurrentByteIndex
        node = Node(ns, local, f"{prefix}:{local}" if prefix else local, at)
        node.open_end = _tag_end(data, at)
        node.attrs = {_split(k)[:2]: v for k, v in attrs.items()}
        node.decls = dict(pending)
        pending.clear()
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        stack.append(node)
        nodes.append(node)

    def end(_name: str) -> None:
        node = stack.pop()
        is_empty = data[node.open_end - 2 : node.open_end] == b"/>"
        at = first + parser.CurrentByteIndex
        node.end = node.open_end if is_empty else data.index(b">", at) + 1

    def text(chars: str) -> None:
        stack[-1].text += chars

    def doctype(*_args: object) -> None:
        raise InvalidXmp(translate("xmp_tree", "not valid XMP (XMP may not have a DOCTYPE)"))

    parser.StartNamespaceDeclHandler = declare
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = doctype
    try:
        parser.Parse(data[first : last + 1], True)
    except expat.ExpatError as exc:
        message = translate("xmp_tree", "not valid XMP (XML error: {why})")
        raise InvalidXmp(message.format(why=exc)) from None
    return nodes[0], nodes


def whitespace_before(data: bytes, at: int) -> int:
    """Where the run of whitespace that ends at `at` begins."""
    while at > 0 and data[at - 1] in _WHITESPACE:
        at -= 1
    return at


def _split(name: str) -> tuple[str, str, str]:
    parts = name.split(" ")
    if len(parts) == 1:
        return "", parts[0], ""
    return parts[0], parts[1], parts[2] if len(parts) > 2 else ""


def _tag_end(data: bytes, at: int) -> int:
    """The offset after the `>` that closes the start tag at `at` (quotes respected)."""
    quote = 0
    for i in range(at + 1, len(data)):
        c = data[i]
        if quote:
            quote = 0 if c == quote else quote
        elif c in (0x22, 0x27):
            quote = c
        elif c == 0x3E:
            return i + 1
    raise InvalidXmp(translate("xmp_tree", "not valid XMP (a tag is not closed)"))
