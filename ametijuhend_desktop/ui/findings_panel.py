"""The validation findings, live: re-checked a moment after the user stops typing.

Below them, marked apart, the places where the document departs from the agency's
standard texts, so a reviewer sees at a glance what this one changed, and after an import
each place where the importer guessed or found no place for a line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from ..importing.notes import ImportNote
from ..library.departures import Departure, departures
from ..model import Finding, JobDescription, SectionId, Severity, validate

DEBOUNCE_MS = 300


class FindingsPanel(QListWidget):
    findingActivated = Signal(object)  # the Finding the user clicked
    updated = Signal()

    def __init__(self, lang: str = "et", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.findings: list[Finding] = []
        self.departures: list[Finding] = []
        self.import_notes: list[Finding] = []  # what the import of this document guessed
        self.doc: JobDescription | None = None
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        style = self.style()
        self._icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self._standard_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        self._import_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)

    def watch(self, doc: JobDescription) -> None:
        self.doc = doc
        self.import_notes = []  # a new document: the notes of an earlier import go
        self.check_now()

    def show_import_notes(self, notes: Sequence[ImportNote]) -> None:
        """List what an import guessed or could not place, under the findings, until
        another document is opened; clicking one goes to its place."""
        self.import_notes = [_note_as_finding(n) for n in notes]
        self.check_now()

    def schedule(self) -> None:
        """Something changed: check again once the typing pauses."""
        self.timer.start()

    def check_now(self) -> None:
        self.timer.stop()
        if self.doc is None:
            return
        self.findings = validate(self.doc)
        self.clear()
        for finding in self.findings:
            item = QListWidgetItem(self._icons[finding.severity], finding.message(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.addItem(item)
        if not self.findings:
            item = QListWidgetItem(self.tr("Vigu ega märkusi pole."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        self.departures = [_as_finding(d) for d in departures(self.doc)]
        for finding in self.departures:
            item = QListWidgetItem(self._standard_icon, finding.message(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(self.tr("Erinevus asutuse standardtekstist"))
            self.addItem(item)
        for finding in self.import_notes:
            item = QListWidgetItem(self._import_icon, finding.message(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(self.tr("Importimisel tehtud oletus või paigutamata rida: kontrolli"))
            self.addItem(item)
        self.updated.emit()

    def _clicked(self, item: QListWidgetItem) -> None:
        finding = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            self.findingActivated.emit(finding)

    def summary(self) -> str:
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        others = len(self.findings) - errors
        text = self.tr("Vigu: {0}, märkusi: {1}").format(errors, others)
        if self.departures:
            text += self.tr(", standardtekstist erinevusi: {0}").format(len(self.departures))
        return text


def _as_finding(departure: Departure) -> Finding:
    """A departure in the shape the window already knows how to go to."""
    section = SectionId(departure.path[0])
    where = _ITEM_WORDS.get(section)
    et, en = departure.message("et"), departure.message("en")
    if where is not None and len(departure.path) > 2 and isinstance(departure.path[-1], int):
        n = departure.path[-1] + 1
        et, en = f"{where[0]} {n}: {et}", f"{where[1]} {n}: {en}"
    elif where is not None:
        et, en = f"{where[0]}: {et}", f"{where[1]}: {en}"
    return Finding(Severity.INFO, section, departure.path, et, en)


_SECTIONS = {s.value: s for s in SectionId}


def _note_as_finding(note: ImportNote) -> Finding:
    """An import note in the shape the window already knows how to go to."""
    section = _SECTIONS.get(str(note.path[0])) if note.path else None
    return Finding(Severity.INFO, section, tuple(note.path), f"Import: {note.message_et}",
                   f"Import: {note.message_en}")


_ITEM_WORDS = {
    SectionId.RIGHTS: ("Õigused", "Rights"),
    SectionId.RESPONSIBILITIES: ("Vastutus", "Responsibilities"),
    SectionId.REQUIREMENTS: ("Kompetentsid", "Competencies"),
}
