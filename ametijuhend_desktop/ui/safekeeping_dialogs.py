"""The questions safekeeping asks: the file is locked, changed on disk, or unreadable.

Each question is one small function, so a test replaces it instead of clicking a box.
The texts keep the "Safekeeping" translation context they were written in.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import UserError
from ..storage import locks
from ..storage.disk_state import Change, ChangedOnDiskError


class LockChoice(Enum):
    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"
    CANCEL = "cancel"


def ask_locked(error: locks.LockedError, lang: str, parent: QWidget | None) -> LockChoice:
    """Someone holds the lock of the file being opened: read only, open anyway, or not."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Safekeeping", "Fail on kasutusel"))
    box.setText(error.message(lang))
    owner = error.owner
    if owner.on_this_machine() and owner.user == locks.LockOwner.current().user:
        # A second double-click on the same file, most likely: say so plainly.
        box.setInformativeText(QCoreApplication.translate("Safekeeping",
            "Fail on juba avatud teises Ametijuhendi aknas selles arvutis; jätkake "
            "pigem seal. Kui avate selle ka siin, võivad kahe akna muudatused "
            "teineteist üle kirjutada."))
    else:
        box.setInformativeText(QCoreApplication.translate("Safekeeping",
            "Kui avate selle tavapäraselt, võivad teie ja teise kasutaja muudatused "
            "teineteist üle kirjutada."))
    read_only = box.addButton(QCoreApplication.translate("Safekeeping", "Ava ainult lugemiseks"),
                              QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(QCoreApplication.translate("Safekeeping", "Ava siiski"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Safekeeping", "Loobu"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    return LockChoice.OPEN_ANYWAY if clicked is anyway else LockChoice.CANCEL


def ask_replace_locked(error: locks.LockedError, lang: str, parent: QWidget | None) -> bool:
    """Save As onto a file that someone has open: replace it only if the user says so."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Safekeeping", "Fail on kasutusel"))
    box.setText(error.message(lang))
    box.setInformativeText(QCoreApplication.translate("Safekeeping",
        "Kui salvestate selle üle, lähevad tema salvestamata muudatused kaotsi; "
        "turvalisem on salvestada teise nimega."))
    replace = box.addButton(QCoreApplication.translate("Safekeeping", "Salvesta siiski"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QCoreApplication.translate("Safekeeping", "Loobu"),
                                       QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is replace


def ask_overwrite(error: ChangedOnDiskError, lang: str, parent: QWidget | None) -> bool:
    """The file changed on disk since it was read: save over it anyway?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Safekeeping", "Fail on muutunud"))
    box.setText(error.message(lang))
    box.setInformativeText(
        QCoreApplication.translate("Safekeeping",
            "Kas salvestada siiski? Teise muudatused lähevad siis kaotsi; "
            "turvalisem on salvestada teise nimega.")
        if error.change is not Change.DELETED
        else QCoreApplication.translate("Safekeeping", "Kas salvestada fail uuesti samasse kohta?"))
    save = box.addButton(QCoreApplication.translate("Safekeeping", "Salvesta siiski"),
                         QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Safekeeping", "Loobu"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is save


def ask_reload(name: str, unsaved: bool, parent: QWidget | None) -> bool:
    """Someone changed the open file: load their version? (``unsaved``: ours is lost then.)"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Safekeeping", "Fail on muutunud"))
    box.setText(QCoreApplication.translate("Safekeeping",
        "Faili „{0}” on väljaspool seda akent muudetud. Kas laadida uus seis?").format(name))
    if unsaved:  # only then is anything lost
        box.setInformativeText(QCoreApplication.translate("Safekeeping",
            "Teie salvestamata muudatused lähevad siis kaotsi."))
    load = box.addButton(QCoreApplication.translate("Safekeeping", "&Laadi uus seis"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Safekeeping", "&Jäta see seis"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(load)
    box.exec()
    return box.clickedButton() is load


def show_error(error: UserError, title: str, lang: str, parent: QWidget | None) -> None:
    QMessageBox.warning(parent, title, error.message(lang))
