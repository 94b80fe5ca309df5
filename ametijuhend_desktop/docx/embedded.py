"""Find the job description inside a DOCX exported by Ametijuhend: its custom XML part.

Word keeps custom XML parts when it saves, though it may renumber them, so every
customXml/itemN.xml is looked at and the one in the .ajx namespace is the data (read by
the .ajx reader, which migrates older versions). Edits made to the text in Word are not
read back: the embedded data is what the editor exported. ``opening.open_document``
calls this; a package without such a part is a foreign Word file.
"""

from __future__ import annotations

import io

from lxml import etree

from ..ajx import MAX_BYTES, NS
from ..files.bounded import BoundedZip
from .package import ITEM_NAME


def _root_namespace(blob: bytes) -> str | None:
    """The namespace of the root element, from the first tag only: a hostile item of
    millions of elements is not parsed here, the .ajx reader refuses it with its caps."""
    try:
        for _event, element in etree.iterparse(io.BytesIO(blob), events=("start",),
                                               resolve_entities=False, no_network=True,
                                               load_dtd=False, huge_tree=False):
            return etree.QName(element).namespace
    except etree.LxmlError:
        return None
    return None


def embedded_ajx(archive: BoundedZip) -> bytes | None:
    """The .ajx bytes inside a DOCX package; None if it holds none.

    Only the small custom XML items are unpacked, each within the reader's cap.
    """
    for name in archive.names():
        if ITEM_NAME.match(name):
            blob = archive.read(name, MAX_BYTES)
            if _root_namespace(blob) == NS:
                return blob
    return None
