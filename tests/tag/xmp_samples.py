"""XMP written by other tools, in the shapes exiftool's own test files have (generated here, not
downloaded): the sidecars a keyword write must leave exactly as they are, but for the keywords.

Each sample is a whole packet with `<?xpacket` padding, so it can also be put inside a JPEG
(`jpeg_with_packet`) or a PNG (`png_with_packet`) as a photo manager would have."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, PngImagePlugin

from tests.photo_files import photo_pixels

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_HEAD = "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
_PADDING = ("\n" + " " * 99) * 24 + "\n"
_TAIL = "<?xpacket end='w'?>"

# An RDF file describing the photo through a blank node (rdf:nodeID) and a resource (rdf:about),
# the blank node's description first.
NODE_ID = f"""<x:xmpmeta xmlns:x='adobe:ns:meta/' x:xmptk='Adobe XMP Core 5.6-c140 79.160451'>
<rdf:RDF xmlns:rdf='{RDF}'>
 <rdf:Description rdf:nodeID='contact'
  xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/'>
  <Iptc4xmpCore:CiAdrCity>Kingston</Iptc4xmpCore:CiAdrCity>
  <Iptc4xmpCore:CiEmailWork>phil@example.com</Iptc4xmpCore:CiEmailWork>
 </rdf:Description>
 <rdf:Description rdf:about='uuid:faf5bdd5-ba3d-11da-ad31-d33d75182f1b'
  xmlns:dc='http://purl.org/dc/elements/1.1/'
  xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/'>
  <dc:creator><rdf:Seq><rdf:li>Phil Harvey</rdf:li></rdf:Seq></dc:creator>
  <dc:subject><rdf:Bag><rdf:li>harbour</rdf:li></rdf:Bag></dc:subject>
  <Iptc4xmpCore:CreatorContactInfo rdf:nodeID='contact'/>
 </rdf:Description>
</rdf:RDF>
</x:xmpmeta>"""

# Version strings, GPS as text, and properties written as attributes.
VERSIONS = f"""<x:xmpmeta xmlns:x='adobe:ns:meta/' x:xmptk='Image::ExifTool 12.40'>
<rdf:RDF xmlns:rdf='{RDF}'>
 <rdf:Description rdf:about=''
  xmlns:exif='http://ns.adobe.com/exif/1.0/'
  xmlns:tiff='http://ns.adobe.com/tiff/1.0/'
  tiff:Make='Canon' tiff:Orientation='1' exif:PixelXDimension='4000'>
  <exif:ExifVersion>0.2.2.0</exif:ExifVersion>
  <exif:FlashpixVersion>0.1.0.0</exif:FlashpixVersion>
  <exif:GPSLatitude>52,31.2N</exif:GPSLatitude>
  <exif:GPSLongitude>13,24.6E</exif:GPSLongitude>
  <exif:GPSVersionID>2.2.0.0</exif:GPSVersionID>
 </rdf:Description>
</rdf:RDF>
</x:xmpmeta>"""

# Lightroom: a person's hierarchical keywords, develop settings (crs:) as attributes and lists,
# and an ISO written as a plain "400" where the schema wants a Seq.
LIGHTROOM = f"""<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0-c000 1.000000">
 <rdf:RDF xmlns:rdf="{RDF}">
  <rdf:Description rdf:about=""
    xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
   crs:Version="15.0" crs:ProcessVersion="11.0" crs:WhiteBalance="As Shot"
   crs:Exposure2012="+0.35" xmp:Rating="3" xmp:Label="Red">
   <exif:ISOSpeedRatings>400</exif:ISOSpeedRatings>
   <crs:ToneCurvePV2012>
    <rdf:Seq>
     <rdf:li>0, 0</rdf:li>
     <rdf:li>255, 255</rdf:li>
    </rdf:Seq>
   </crs:ToneCurvePV2012>
   <dc:subject>
    <rdf:Bag>
     <rdf:li>Birds</rdf:li>
     <rdf:li>lake</rdf:li>
    </rdf:Bag>
   </dc:subject>
   <lr:hierarchicalSubject>
    <rdf:Bag>
     <rdf:li>Places|lake</rdf:li>
    </rdf:Bag>
   </lr:hierarchicalSubject>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>"""

# Namespaces nobody knows, with nested structures, a darktable-style history and alt-text.
UNKNOWN = f"""<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
 <rdf:RDF xmlns:rdf="{RDF}">
  <rdf:Description rdf:about=""
    xmlns:acme="http://example.com/acme/1.0/"
    xmlns:darktable="http://darktable.sf.net/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    darktable:xmp_version="5" acme:Flag="True">
   <acme:Shot rdf:parseType="Resource">
    <acme:Lens>
     <rdf:Description>
      <acme:Name>EF 100-400mm f/4.5-5.6L</acme:Name>
      <acme:Serial>0000012345</acme:Serial>
     </rdf:Description>
    </acme:Lens>
    <acme:Steps>
     <rdf:Seq>
      <rdf:li rdf:parseType="Resource"><acme:Op>crop</acme:Op>
       <acme:Value>0.10</acme:Value></rdf:li>
      <rdf:li rdf:parseType="Resource"><acme:Op>tone</acme:Op>
       <acme:Value>1.0e-3</acme:Value></rdf:li>
     </rdf:Seq>
    </acme:Steps>
   </acme:Shot>
   <darktable:history>
    <rdf:Seq>
     <rdf:li darktable:operation="exposure" darktable:enabled="1" darktable:params="0000c03f"/>
    </rdf:Seq>
   </darktable:history>
   <dc:title><rdf:Alt>
    <rdf:li xml:lang="x-default">At the lake &amp; after</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>"""

# Prefixes as nobody expects them: `xmp:` for the packet's root and, further down, for Dublin
# Core (the keywords in the last of several descriptions), RDF as `z:`, and comments.
PREFIXES = f"""<!-- xmp:xmpmeta rather than x:xmpmeta -->
<xmp:xmpmeta xmlns:xmp='adobe:ns:meta/' xmp:xmptk='Image::ExifTool 9.97'>
<rdf:RDF xmlns:rdf='{RDF}'>
 <!-- one prefix, two namespaces -->
 <rdf:Description rdf:about='' xmlns:xxxx='http://testtag.com/fish/1.0/'>
  <xxxx:Test>trout</xxxx:Test>
 </rdf:Description>
 <rdf:Description rdf:about='' xmlns:xxxx='http://testtag.com/feline/1.0/'>
  <xxxx:Test>tabby</xxxx:Test>
 </rdf:Description>
 <z:Description rdf:about='' xmlns:y='http://purl.org/dc/elements/1.1/' xmlns:z='{RDF}'>
  <y:title><z:Alt><z:li xml:lang='x-default'>a title</z:li></z:Alt></y:title>
 </z:Description>
 <rdf:Description rdf:about='' xmlns:xmp='http://purl.org/dc/elements/1.1/'>
  <xmp:subject>
   <rdf:Bag>
    <rdf:li>x</rdf:li>
   </rdf:Bag>
  </xmp:subject>
 </rdf:Description>
</rdf:RDF>
</xmp:xmpmeta>"""

SAMPLES = {
    "node_id": NODE_ID, "versions": VERSIONS, "lightroom": LIGHTROOM, "unknown": UNKNOWN,
    "prefixes": PREFIXES,
}  # fmt: skip
# What each sample's dc:subject holds before Pictag writes.
SUBJECTS = {
    "node_id": ["harbour"], "versions": [], "lightroom": ["Birds", "lake"], "unknown": [],
    "prefixes": ["x"],
}  # fmt: skip


def packet(sample: str, *, padded: bool = True) -> bytes:
    """A whole `<?xpacket` packet around a sample, with the usual padding or none."""
    return (_HEAD + sample + (_PADDING if padded else "\n") + _TAIL).encode("utf-8")


def jpeg_with_packet(path: Path, data: bytes) -> Path:
    """A JPEG whose APP1 segment holds `data` as its XMP, as a photo manager embeds it."""
    out = io.BytesIO()
    Image.fromarray(photo_pixels((48, 32), (200, 30, 30))).save(out, format="JPEG")
    jpeg = out.getvalue()
    body = b"http://ns.adobe.com/xap/1.0/\0" + data
    path.write_bytes(jpeg[:2] + b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body + jpeg[2:])
    return path


def png_with_packet(path: Path, data: bytes) -> Path:
    """A PNG whose iTXt chunk holds `data` as its XMP (uncompressed, as Adobe writes it)."""
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", data.decode("utf-8"), zip=False)
    Image.fromarray(photo_pixels((48, 32), (200, 30, 30))).save(path, format="PNG", pnginfo=info)
    return path
