"""The comparison window: lists the changes, marks the words, jumps, takes back with undo."""

from __future__ import annotations

import copy
from pathlib import Path

from ametijuhend_desktop import ajx
from ametijuhend_desktop.compare import compare_documents
from ametijuhend_desktop.model import PostKind
from ametijuhend_desktop.ui.compare_dialog import CompareDialog, compare_with_file
from ametijuhend_desktop.ui.main_window import MainWindow

from ..docx.support import sample_document


def _versions(window: MainWindow, tmp_path: Path) -> Path:
    """The window holds an edited version; the file on disk is the earlier one."""
    old = sample_document(PostKind.AMETNIK)
    path = tmp_path / "varasem.ajx"
    ajx.write_file(old, path)
    new = copy.deepcopy(old)
    new.duties.items[1].results[1] = "Lepingud on koostatud enne tähtaega."
    del new.duties.items[0]
    window.set_document(new, None)
    return path


def test_changes_are_listed_marked_and_taken_back_with_undo(window: MainWindow, tmp_path: Path) -> None:
    path = _versions(window, tmp_path)
    dialog = compare_with_file(window.editor, window.reveal, window, path)
    assert isinstance(dialog, CompareDialog)
    assert [dialog.list.item(k).text() for k in range(dialog.list.count())] == [
        "3.1 tulemus 2 muudetud", "3.1 kustutatud"]
    html = dialog.detail.toHtml()
    assert "õigeaegselt" in html and "tähtaega" in html and "line-through" in html

    dialog.go_to()
    assert window.tree.current_node() == window.editor.tree.node_for(("duties", "items", 0))

    dialog.take_back_selected()
    assert window.editor.doc.duties.items[0].results[1] == "Lepingud on õigeaegselt koostatud."
    assert dialog.list.count() == 1
    window.editor.stack.undo()
    assert window.editor.doc.duties.items[0].results[1] == "Lepingud on koostatud enne tähtaega."

    dialog.refresh()
    dialog.take_back_all()
    assert compare_documents(ajx.read_file(path), window.editor.doc) == []
    assert dialog.list.count() == 0 and not dialog.back_all.isEnabled()
    window.editor.stack.undo()  # all at once is one step back
    assert len(window.editor.doc.duties.items) == 2
    dialog.close()


def test_file_menu_has_compare(window: MainWindow) -> None:
    assert window.actions_.compare.text().replace("&", "") == "Võrdle…"
