"""Change a name or a standard text in every document of the folder: choose what, see
every place it would change, then write. The work is the core's ``folder.bulk``; nothing
is written before the user has seen the preview and pressed the button that says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ..folder import bulk


class What(Enum):
    UNIT = "unit"
    POSITION = "position"
    TEXT = "text"


_PLAN: dict[What, Callable[[Sequence[Path], str, str], bulk.Preview]] = {
    What.UNIT: bulk.rename_unit, What.POSITION: bulk.rename_position, What.TEXT: bulk.replace_text,
}


class BulkDialog(QDialog):
    def __init__(self, paths: list[Path], units: list[str], titles: list[str], lang: str = "et",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.lang = paths, lang
        self.preview: bulk.Preview | None = None
        self.result_: bulk.BulkResult | None = None
        self.setWindowTitle(self.tr("Muuda kõigis dokumentides"))
        self.what = QComboBox()
        self.what.addItem(self.tr("Struktuuriüksuse nimi"), What.UNIT)
        self.what.addItem(self.tr("Ametikoha nimetus"), What.POSITION)
        self.what.addItem(self.tr("Standardtekst (terve rida)"), What.TEXT)
        self.old = QComboBox()
        self.old.setEditable(True)
        self.new = QComboBox()
        self.new.setEditable(True)
        self._choices = {What.UNIT: units, What.POSITION: titles, What.TEXT: []}
        show = QPushButton(self.tr("&Näita muudatusi"))
        show.clicked.connect(self.show_preview)
        self.places = QTreeWidget()
        self.places.setHeaderLabels([self.tr("Fail"), self.tr("Koht"), self.tr("Praegu"),
                                     self.tr("Pärast")])
        self.places.setRootIsDecorated(False)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Muuda need kohad"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sulge"))
        self.buttons.rejected.connect(self.reject)
        self.what.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        form = QFormLayout(self)
        form.addRow(self.tr("Mida muuta"), self.what)
        form.addRow(self.tr("Praegu"), self.old)
        form.addRow(self.tr("Uus"), self.new)
        form.addRow(show)
        form.addRow(self.places)
        form.addRow(self.summary)
        form.addRow(self.buttons)
        self.resize(900, 520)

    def _kind_changed(self, *_args: object) -> None:
        self.old.clear()
        self.old.addItems(self._choices[self.what.currentData()])
        self.old.setCurrentText("")
        self._forget_preview()

    def _forget_preview(self) -> None:
        self.preview = None
        self.places.clear()
        self.apply_button.setEnabled(False)

    def show_preview(self) -> None:
        old, new = self.old.currentText().strip(), self.new.currentText().strip()
        self._forget_preview()
        if not old or not new:
            self.summary.setText(self.tr("Kirjuta, mida muuta ja milleks."))
            return
        self.preview = _PLAN[self.what.currentData()](self.paths, old, new)
        for change in self.preview.changes:
            item = QTreeWidgetItem([change.file.name, change.place.text(self.lang), change.old,
                                    change.new])
            item.setToolTip(0, str(change.file))
            self.places.addTopLevelItem(item)
        for column in range(3):
            self.places.resizeColumnToContents(column)
        self.summary.setText(self.tr("{0} kohta {1} failis.").format(
            len(self.preview.changes), len(self.preview.states)))
        self.apply_button.setEnabled(bool(self.preview.changes))

    def apply(self) -> None:
        if self.preview is None:
            return
        self.result_ = bulk.apply(self.preview)
        text = self.tr("Muudetud {0} kohta {1} failis; eelmised versioonid on varukoopiates.").format(
            sum(self.result_.changed.values()), len(self.result_.changed))
        if self.result_.skipped:
            text += "\n\n" + self.tr("Muutmata jäid:") + "\n" + "\n".join(
                f"{p.name}: {m.text(self.lang)}" for p, m in self.result_.skipped)
        QMessageBox.information(self, self.windowTitle(), text)
        self.accept()
