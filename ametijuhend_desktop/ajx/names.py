"""Names shared by the .ajx reader and writer."""

NS = "urn:x-ametijuhend:ajx"
CURRENT_VERSION = 1
MEDIA_TYPE = "application/x-ametijuhend+xml"


def q(name: str) -> str:
    """The qualified tag of an .ajx element."""
    return f"{{{NS}}}{name}"
