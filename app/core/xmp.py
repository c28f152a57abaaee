"""An XMP packet's keywords, read and changed without disturbing a byte of anything else.

Keywords live where photo managers read them: `dc:subject` (flat) and `lr:hierarchicalSubject`
(`Pictag|heron`). What Pictag wrote is also listed in its own namespace (`pictag:Keywords`,
`pictag:HierarchicalKeywords`, with the chosen `pictag:Labels`, their `pictag:Confidence` and
the `pictag:Model`), so a later run removes exactly those and never a keyword a person wrote
(a keyword the person already had is theirs: Pictag does not list it as its own).

Why byte edits and not a library's writer: exiv2 (and any writer that serialises the whole
packet again) changes what it does not model: on exiftool's test sidecars it turned
`exif:ExifVersion` "0.2.2.0" into "0.2.", emptied properties of an `rdf:nodeID` description,
replaced `x:xmptk` and turned a plain ISO "400" into a list (measured in
tests/benchmarks/bench_xmp.py). Here only the items of the keyword lists and Pictag's own
properties change (`app.core.xmp_edit`); every other byte stays. Each change is checked: the new
packet is parsed again and everything but those properties must read as before, else the
change is refused (`InvalidXmp`) and the file left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from app.core.i18n import translate
from app.core.xmp_edit import Edits, Fresh
from app.core.xmp_tree import InvalidXmp, Node, parse_tree

__all__ = ["DC", "DIGIKAM", "LR", "PICTAG", "InvalidXmp", "OurKeywords", "XmpPacket"]

X = "adobe:ns:meta/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
LR = "http://ns.adobe.com/lightroom/1.0/"
DIGIKAM = "http://www.digikam.org/ns/1.0/"
PICTAG = "https://pictag.app/ns/1.0/"
_PREFIXES = {DC: "dc", LR: "lr", PICTAG: "pictag"}
_ARRAYS = ("Bag", "Seq", "Alt")
_KEYWORDS = ((DC, "subject"), (LR, "hierarchicalSubject"))
_NEW = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="{X}">
 <rdf:RDF xmlns:rdf="{RDF}">
  <rdf:Description rdf:about=""/>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


@dataclass(frozen=True)
class OurKeywords:
    """What Pictag wrote into a packet, as its own namespace records it."""

    keywords: tuple[str, ...] = ()  # the dc:subject values Pictag added
    hierarchical: tuple[str, ...] = ()  # the lr:hierarchicalSubject values Pictag added
    labels: tuple[str, ...] = ()  # the labels chosen, best first
    confidences: tuple[str, ...] = ()  # their probabilities, as written ("0.9312")
    model: str = ""


class XmpPacket:
    """One packet's bytes, parsed: `x:xmpmeta` (or a bare `rdf:RDF`) with its descriptions."""

    def __init__(self, data: bytes) -> None:
        """Raises InvalidXmp (malformed XML, a DOCTYPE, no rdf:RDF) with the reason."""
        root, nodes = parse_tree(data)
        if (root.ns, root.name) == (RDF, "RDF"):
            rdf = root
        elif (root.ns, root.name) != (X, "xmpmeta"):
            message = translate("xmp", "not XMP: the document is <{root}>, not <x:xmpmeta>")
            raise InvalidXmp(message.format(root=root.qname))
        elif not root.kids(RDF, "RDF"):
            raise InvalidXmp(translate("xmp", "not valid XMP: <x:xmpmeta> holds no <rdf:RDF>"))
        else:
            rdf = root.kids(RDF, "RDF")[0]
        self.data = data
        self._root, self._nodes, self._rdf = root, nodes, rdf
        self._edits = Edits(data)  # the change being made (replace_ours)
        self._fresh: Fresh | None = None  # a description it adds

    @classmethod
    def parse(cls, data: bytes | str) -> XmpPacket:
        return cls(data.encode("utf-8") if isinstance(data, str) else data)

    @classmethod
    def new(cls) -> XmpPacket:
        return cls(_NEW.encode("utf-8"))

    def to_text(self) -> str:
        return self.data.decode("utf-8")

    # -- reading ---------------------------------------------------------------------------

    def values(self, ns: str, name: str) -> list[str]:
        """Every value of the property ns:name in any description: an array's items, or a
        simple value (element or attribute)."""
        found: list[str] = []
        for description in self._descriptions():
            if (ns, name) in description.attrs:
                found.append(description.attrs[ns, name])
            for prop in description.kids(ns, name):
                container = _container(prop)
                if container is None:
                    found.append(prop.text.strip())
                else:
                    found += [li.text.strip() for li in container.kids(RDF, "li")]
        return found

    def ours(self) -> OurKeywords:
        model = self.values(PICTAG, "Model")
        return OurKeywords(
            keywords=tuple(self.values(PICTAG, "Keywords")),
            hierarchical=tuple(self.values(PICTAG, "HierarchicalKeywords")),
            labels=tuple(self.values(PICTAG, "Labels")),
            confidences=tuple(self.values(PICTAG, "Confidence")),
            model=model[0] if model else "",
        )

    def foreign(self) -> list[tuple]:
        """Everything in the packet that is not Pictag's to change (the keyword lists and
        Pictag's namespace), element by element: what must read the same after a write."""
        out: list[tuple] = []
        for node in self._nodes:
            if any(_owned(n) for n in _lineage(node)):
                continue
            attrs = sorted((k, v) for k, v in node.attrs.items() if k[0] != PICTAG)
            text = node.text if node.text.strip() else ""  # indentation is no value
            out.append((len(_lineage(node)), node.ns, node.name, attrs, text))
        return out

    # -- changing --------------------------------------------------------------------------

    def replace_ours(
        self,
        keywords: list[str],
        hierarchical: list[str],
        labels: list[str],
        confidences: list[str],
        model: str,
    ) -> OurKeywords:
        """Remove what Pictag wrote before, then add these keywords (those a person already
        has stay theirs) and the record of what was added; returns that record. Raises
        InvalidXmp, changing nothing, when the packet cannot be changed exactly."""
        old = self.ours()
        self._edits, self._fresh = Edits(self.data), None
        added = self._set_array(DC, "subject", set(old.keywords), keywords)
        added_h = self._set_array(LR, "hierarchicalSubject", set(old.hierarchical), hierarchical)
        for description in self._descriptions():
            self._edits.remove_attributes(description, lambda ns, _name: ns != PICTAG)
            for child in description.children:
                if child.ns == PICTAG:
                    self._edits.remove(child)
        record = OurKeywords(
            tuple(added), tuple(added_h), tuple(labels), tuple(confidences), model if labels else ""
        )
        if labels:
            self._add_array(PICTAG, "Keywords", record.keywords, "Bag")
            self._add_array(PICTAG, "HierarchicalKeywords", record.hierarchical, "Bag")
            self._add_array(PICTAG, "Labels", record.labels, "Seq")
            self._add_array(PICTAG, "Confidence", record.confidences, "Seq")
            self._add_property(PICTAG, "Model", lambda q, _rdf, _indent: _simple(q, model))
        if self._fresh is not None:
            self._edits.append(self._rdf, self._fresh.render)
        changed = XmpPacket(self._edits.apply())
        self._check(changed, record)
        self.data, self._root, self._nodes, self._rdf = (
            changed.data, changed._root, changed._nodes, changed._rdf,
        )  # fmt: skip
        return record

    def _check(self, changed: XmpPacket, record: OurKeywords) -> None:
        """The changed packet must read as this one but for the keywords, which must be the
        record's (an exactness check of the edit itself: any slip refuses the file)."""
        if changed.foreign() != self.foreign() or changed.ours() != record:
            raise InvalidXmp(
                translate(
                    "xmp", "XMP Pictag cannot change without touching other properties (its "
                    "layout is one Pictag's editor does not handle)",
                )
            )  # fmt: skip
        wanted_lists = (record.keywords, record.hierarchical)
        for (ns, name), wanted in zip(_KEYWORDS, wanted_lists, strict=True):
            if not set(wanted) <= set(changed.values(ns, name)):
                message = translate("xmp", "XMP whose {property} Pictag cannot change exactly")
                raise InvalidXmp(message.format(property=f"{_PREFIXES[ns]}:{name}"))

    def _set_array(self, ns: str, name: str, remove: set[str], add: list[str]) -> list[str]:
        """Drop the items in `remove` from ns:name (whatever its array kind), append those of
        `add` not there yet; returns the ones appended. An array left empty goes."""
        props = [p for d in self._descriptions() for p in d.kids(ns, name)]
        containers = [c for p in props if (c := _container(p)) is not None]
        gone = [li for c in containers for li in c.kids(RDF, "li") if li.text.strip() in remove]
        present = [
            li.text.strip() for c in containers for li in c.kids(RDF, "li") if li not in gone
        ]
        added = [v for i, v in enumerate(add) if v not in present and v not in add[:i]]
        plain = len(containers) < len(props) or any(
            (ns, name) in d.attrs for d in self._descriptions()
        )
        if plain and (gone or added):
            message = translate(
                "xmp", "XMP whose {property} is not a list (rdf:Bag); Pictag does not rewrite it"
            )
            raise InvalidXmp(message.format(property=f"{_PREFIXES[ns]}:{name}"))
        for prop in props:
            container = _container(prop)
            if container is None:
                continue
            items = container.kids(RDF, "li")
            growing = bool(added) and container is containers[0]
            if items and all(li in gone for li in items) and not growing:
                self._edits.remove(prop)
                continue
            for li in items:
                if li in gone:
                    self._edits.remove(li)
        if added and containers:
            rdf = _prefix_part(containers[0].qname)
            for value in added:
                self._edits.append(containers[0], lambda _i, v=value: _simple(f"{rdf}li", v))
        elif added:
            self._add_array(ns, name, tuple(added), "Bag")
        return added

    def _add_array(self, ns: str, name: str, values: tuple[str, ...], kind: str) -> None:
        def build(q: str, rdf: str, indent: str) -> str:
            inner, item = (indent + " ", indent + "  ") if indent else ("", "")
            items = "".join(item + _simple(f"{rdf}li", v) for v in values)
            return f"<{q}>{inner}<{rdf}{kind}>{items}{inner}</{rdf}{kind}>{indent}</{q}>"

        self._add_property(ns, name, build)

    def _add_property(self, ns: str, name: str, build: Callable[[str, str, str], str]) -> None:
        """A new property in the first description of the photo itself (not of a blank
        `rdf:nodeID` node; a new description if there is none); `build(qname, rdf_prefix,
        indent)` gives its text."""
        descriptions = [d for d in self._descriptions() if (RDF, "nodeID") not in d.attrs]
        if descriptions:
            target: Node | Fresh = descriptions[0]
            rdf = _prefix_part(descriptions[0].qname)
        else:
            rdf = _prefix_part(self._rdf.qname)
            if self._fresh is None:
                self._fresh = Fresh(f"{rdf}Description", f' {rdf}about=""')
            target = self._fresh
        prefix = self._bind(target, ns)
        self._edits.append(target, lambda indent: build(f"{prefix}:{name}", rdf, indent))

    def _bind(self, target: Node | Fresh, ns: str) -> str:
        """A prefix for `ns` at `target`: the one in scope, else a new one declared there
        that no element of the packet uses for anything else."""
        prefix = (target if isinstance(target, Node) else self._rdf).prefix_of(ns)
        declared = self._edits.declared(target)
        if prefix:
            return prefix
        for p, uri in declared.items():
            if uri == ns:
                return p
        taken = {p for n in self._nodes for p in n.decls} | set(declared)
        base = _PREFIXES.get(ns, "ns")
        prefix, n = base, 1
        while prefix in taken:
            prefix, n = f"{base}{n}", n + 1
        self._edits.declare(target, prefix, ns)
        return prefix

    def _descriptions(self) -> list[Node]:
        return self._rdf.kids(RDF, "Description")


def _container(prop: Node) -> Node | None:
    for kind in _ARRAYS:
        found = prop.kids(RDF, kind)
        if found:
            return found[0]
    return None


def _owned(node: Node) -> bool:
    """A keyword list or a Pictag property of a description: Pictag's to change."""
    parent = node.parent
    if parent is None or (parent.ns, parent.name) != (RDF, "Description"):
        return False
    return node.ns == PICTAG or (node.ns, node.name) in _KEYWORDS


def _lineage(node: Node) -> list[Node]:
    chain: list[Node] = []
    current: Node | None = node
    while current is not None:
        chain.append(current)
        current = current.parent
    return chain


def _prefix_part(qname: str) -> str:
    """ "rdf:" of "rdf:Bag" ("" for an element in the default namespace)."""
    prefix, colon, _ = qname.rpartition(":")
    return prefix + colon


def _simple(qname: str, value: str) -> str:
    return f"<{qname}>{escape(value)}</{qname}>"
