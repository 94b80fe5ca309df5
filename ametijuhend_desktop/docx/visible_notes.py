"""What reading a Word file's visible text tells the user, at a place in the document.

A note is how text that the model cannot hold stays in front of the user instead of being
dropped: a comment, a line that found no place, a date typed so that it cannot be read,
a change to wording the product prints itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..model.paths import ModelPath


class NoteKind(Enum):
    UNPLACED = "unplaced"  # text the editor could not put anywhere: kept here
    COMMENT = "comment"
    TRACKED_CHANGES = "tracked_changes"
    SECTION_REMOVED = "section_removed"
    FIXED_TEXT = "fixed_text"  # wording the product prints itself was changed
    DATE_UNREAD = "date_unread"  # a date typed so that it is not a date: the old one kept
    APPROVAL_UNREAD = "approval_unread"  # the approval line no longer reads as one
    SIGNATURES_MISSING = "signatures_missing"  # no signature block: signatories kept


_NOTE_TEXT = {
    NoteKind.UNPLACED: ("Seda teksti ei saanud ametijuhendi kohale paigutada (tekst on alles "
                        "siin)", "This text could not be placed in the job description (it is "
                        "kept here)"),
    NoteKind.COMMENT: ("Wordi kommentaar", "Word comment"),
    NoteKind.TRACKED_CHANGES: ("Failis on vastu võtmata muudatusi (jälitatud muudatused): "
                               "need on loetud vastuvõetuna", "The file has unaccepted tracked "
                               "changes: they were read as if accepted"),
    NoteKind.SECTION_REMOVED: ("Jaotise pealkirja ei leitud Wordi failist: jaotis on "
                               "välja jäetud", "The section heading was not found in the Word "
                               "file: the section is left out"),
    NoteKind.FIXED_TEXT: ("Wordis muudeti teksti, mille ametijuhend lisab ise; seda muudatust "
                          "ei saa dokumenti jätta (Wordi tekst on alles siin)", "Text the "
                          "job description prints by itself was changed in Word; the change "
                          "cannot be kept in the document (the Word text is kept here)"),
    NoteKind.DATE_UNREAD: ("Wordis kirjutatud kuupäeva ei saanud lugeda (kirjutage kujul "
                           "pp.kk.aaaa); jäeti senine kuupäev. Wordi tekst", "The date written "
                           "in Word could not be read (write it as dd.mm.yyyy); the earlier date "
                           "is kept. The Word text"),
    NoteKind.APPROVAL_UNREAD: ("Kinnitamise rida ei ole enam kujul „… käskkirjaga nr …”; "
                               "jäeti senised kinnitamise andmed. Wordi tekst", "The approval "
                               "line no longer reads “… käskkirjaga nr …”; the earlier approval "
                               "details are kept. The Word text"),
    NoteKind.SIGNATURES_MISSING: ("Allkirjade plokki ei leitud Wordi failist; allkirjastajad "
                                  "jäeti alles", "The signature block was not found in the Word "
                                  "file; the signatories are kept"),
}


@dataclass(frozen=True)
class WordNote:
    """Something the user should see about the Word file, at a place in the document."""

    kind: NoteKind
    path: ModelPath
    text: str = ""

    def message(self, lang: str = "et") -> str:
        et, en = _NOTE_TEXT[self.kind]
        head = en if lang == "en" else et
        return f"{head}: {self.text}" if self.text else head
