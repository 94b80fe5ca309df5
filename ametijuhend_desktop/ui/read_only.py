"""A document opened "ainult lugemiseks" (someone else has it open) can be read, not changed.

Text stays selectable and copyable (read-only, not greyed out); choices, buttons and
spin boxes are switched off. The editor refuses changes as well, so nothing reaches
the document by a route the widgets do not cover (a shortcut, a drop on the tree).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def set_read_only(root: QWidget, on: bool) -> None:
    for text in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        if not isinstance(text.parentWidget(), QAbstractSpinBox | QComboBox):
            text.setReadOnly(on)
    for control in (root.findChildren(QAbstractButton) + root.findChildren(QComboBox)
                    + root.findChildren(QAbstractSpinBox)):
        control.setEnabled(not on)
