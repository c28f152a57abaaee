"""An XMP packet's keywords, read and changed without disturbing anything else in it.

Keywords live where photo managers read them: `dc:subject` (flat) and `lr:hierarchicalSubject`
(`Pictag|heron`). What Pictag wrote is also listed in its own namespace (`pictag:Keywords`,
`pictag:HierarchicalKeywords`, with the chosen `pictag:Labels`, their `pictag:Confidence` and
the `pictag:Model`), so a later run removes exactly those and never a keyword a person wrote
(a keyword the person already had is theirs: Pictag does not list it as its own).

Why a DOM and not exiv2's key/value API: pyexiv2's `modify_xmp` writes every array it creates
as an `rdf:Seq`, so writing `lr:hierarchicalSubject` through it turns a Lightroom catalogue's
`rdf:Bag` into a `Seq` (measured with exiv2 0.28). Editing the packet as XML (expat through
`xml.dom.minidom`, which keeps prefixes, order and every other property as they are) changes
only the keywords; exiv2 then writes the packet into the photo or sidecar
(`app.core.xmp_files`), so the files are still exiv2's own serialisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.dom import XMLNS_NAMESPACE, minidom
from xml.dom.minidom import Document, Element
from xml.parsers.expat import ExpatError

__all__ = ["DC", "DIGIKAM", "LR", "PICTAG", "InvalidXmp", "OurKeywords", "XmpPacket"]

X = "adobe:ns:meta/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
LR = "http://ns.adobe.com/lightroom/1.0/"
DIGIKAM = "http://www.digikam.org/ns/1.0/"
PICTAG = "https://pictag.app/ns/1.0/"
_PREFIXES = {X: "x", RDF: "rdf", DC: "dc", LR: "lr", DIGIKAM: "digiKam", PICTAG: "pictag"}
_ARRAYS = ("Bag", "Seq", "Alt")


class InvalidXmp(ValueError):
    """Not an XMP packet; `reason` is one line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class OurKeywords:
    """What Pictag wrote into a packet, as its own namespace records it."""

    keywords: tuple[str, ...] = ()  # the dc:subject values Pictag added
    hierarchical: tuple[str, ...] = ()  # the lr:hierarchicalSubject values Pictag added
    labels: tuple[str, ...] = ()  # the labels chosen, best first
    confidences: tuple[str, ...] = ()  # their probabilities, as written ("0.9312")
    model: str = ""


class XmpPacket:
    """One parsed packet: `x:xmpmeta` (or a bare `rdf:RDF`) with its `rdf:Description`s."""

    def __init__(self, document: Document, rdf: Element) -> None:
        self._doc = document
        self._rdf = rdf

    @classmethod
    def parse(cls, data: bytes | str) -> XmpPacket:
        """Raises InvalidXmp (malformed XML, a DOCTYPE, no rdf:RDF) with the reason."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        try:
            document = minidom.parseString(data.strip().lstrip(b"\xef\xbb\xbf"))
        except (ExpatError, ValueError) as exc:
            raise InvalidXmp(f"not valid XMP (XML error: {exc})") from None
        if document.doctype is not None:
            raise InvalidXmp("not valid XMP (XMP may not have a DOCTYPE)")
        root = document.documentElement
        if (root.namespaceURI, root.localName) == (RDF, "RDF"):
            return cls(document, root)
        if (root.namespaceURI, root.localName) != (X, "xmpmeta"):
            raise InvalidXmp(f"not XMP: the document is <{root.tagName}>, not <x:xmpmeta>")
        rdf = _children(root, RDF, "RDF")
        if not rdf:
            raise InvalidXmp("not valid XMP: <x:xmpmeta> holds no <rdf:RDF>")
        return cls(document, rdf[0])

    @classmethod
    def new(cls) -> XmpPacket:
        return cls.parse(
            f'<x:xmpmeta xmlns:x="{X}"><rdf:RDF xmlns:rdf="{RDF}">'
            '<rdf:Description rdf:about=""/></rdf:RDF></x:xmpmeta>'
        )

    def to_text(self) -> str:
        """The packet, without an XML declaration (as embedded XMP is written)."""
        return "".join(node.toxml() for node in self._doc.childNodes)

    # -- reading ---------------------------------------------------------------------------

    def values(self, ns: str, name: str) -> list[str]:
        """Every value of the property ns:name in any description: an array's items, or a
        simple value (element or attribute)."""
        found: list[str] = []
        for description in self._descriptions():
            attribute = description.getAttributeNodeNS(ns, name)
            if attribute is not None:
                found.append(attribute.value)
            for prop in _children(description, ns, name):
                container = _container(prop)
                if container is None:
                    found.append(_text(prop))
                else:
                    found += [_text(li) for li in _children(container, RDF, "li")]
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
        has stay theirs) and the record of what was added; returns that record."""
        old = self.ours()
        added = self._set_array(DC, "subject", set(old.keywords), keywords)
        added_h = self._set_array(LR, "hierarchicalSubject", set(old.hierarchical), hierarchical)
        self._remove_ours()
        record = OurKeywords(tuple(added), tuple(added_h), tuple(labels), tuple(confidences), model)
        if labels:
            self._add_array(PICTAG, "Keywords", record.keywords, "Bag")
            self._add_array(PICTAG, "HierarchicalKeywords", record.hierarchical, "Bag")
            self._add_array(PICTAG, "Labels", record.labels, "Seq")
            self._add_array(PICTAG, "Confidence", record.confidences, "Seq")
            prop = self._new_property(PICTAG, "Model")
            prop.appendChild(self._doc.createTextNode(model))
        return record

    def _set_array(self, ns: str, name: str, remove: set[str], add: list[str]) -> list[str]:
        """Drop the items in `remove` from ns:name (whatever its array kind), append those of
        `add` not there yet; returns the ones appended. An array left empty goes."""
        props = [p for d in self._descriptions() for p in _children(d, ns, name)]
        containers = [c for p in props if (c := _container(p)) is not None]
        present: list[str] = []
        for container in containers:
            for li in _children(container, RDF, "li"):
                if _text(li) in remove:
                    container.removeChild(li)
                else:
                    present.append(_text(li))
        added = [v for i, v in enumerate(add) if v not in present and v not in add[:i]]
        if added:
            if containers:
                container = containers[0]
            else:
                container = self._doc.createElementNS(RDF, f"{self._prefix(RDF)}:Bag")
                self._new_property(ns, name).appendChild(container)
            for value in added:
                container.appendChild(self._item(value))
        for prop in props:
            container = _container(prop)
            if container is not None and not _children(container, RDF, "li"):
                prop.parentNode.removeChild(prop)
        return added

    def _remove_ours(self) -> None:
        for description in self._descriptions():
            for attribute in list(description.attributes.values()):
                if attribute.namespaceURI == PICTAG:
                    description.removeAttributeNode(attribute)
            for child in list(description.childNodes):
                if isinstance(child, Element) and child.namespaceURI == PICTAG:
                    description.removeChild(child)

    def _add_array(self, ns: str, name: str, values: tuple[str, ...], kind: str) -> None:
        container = self._doc.createElementNS(RDF, f"{self._prefix(RDF)}:{kind}")
        for value in values:
            container.appendChild(self._item(value))
        self._new_property(ns, name).appendChild(container)

    def _item(self, value: str) -> Element:
        li = self._doc.createElementNS(RDF, f"{self._prefix(RDF)}:li")
        li.appendChild(self._doc.createTextNode(value))
        return li

    def _new_property(self, ns: str, name: str) -> Element:
        description = self._target()
        prefix = self._prefix(ns, description)
        prop = self._doc.createElementNS(ns, f"{prefix}:{name}")
        description.appendChild(prop)
        return prop

    def _descriptions(self) -> list[Element]:
        return _children(self._rdf, RDF, "Description")

    def _target(self) -> Element:
        """Where new properties go: the first description (one is made if there is none)."""
        descriptions = self._descriptions()
        if descriptions:
            return descriptions[0]
        description = self._doc.createElementNS(RDF, f"{self._prefix(RDF)}:Description")
        description.setAttributeNS(RDF, f"{self._prefix(RDF)}:about", "")
        self._rdf.appendChild(description)
        return description

    def _prefix(self, ns: str, element: Element | None = None) -> str:
        """The prefix bound to `ns` where `element` is, declaring one on it if none is."""
        element = element or self._rdf
        taken: set[str] = set()
        node = element
        while isinstance(node, Element):
            for attribute in node.attributes.values():
                if attribute.namespaceURI == XMLNS_NAMESPACE and attribute.prefix == "xmlns":
                    if attribute.value == ns:
                        return attribute.localName
                    taken.add(attribute.localName)
            node = node.parentNode
        prefix, n = _PREFIXES.get(ns, "ns"), 1
        while prefix in taken:
            prefix, n = f"{_PREFIXES.get(ns, 'ns')}{n}", n + 1
        element.setAttributeNS(XMLNS_NAMESPACE, f"xmlns:{prefix}", ns)
        return prefix


def _children(element: Element, ns: str, name: str) -> list[Element]:
    return [
        c
        for c in element.childNodes
        if isinstance(c, Element) and c.namespaceURI == ns and c.localName == name
    ]


def _container(prop: Element) -> Element | None:
    for kind in _ARRAYS:
        found = _children(prop, RDF, kind)
        if found:
            return found[0]
    return None


def _text(element: Element) -> str:
    return "".join(n.data for n in element.childNodes if n.nodeType == n.TEXT_NODE).strip()
