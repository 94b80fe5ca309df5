# Names vulture (the dead-code check of the test command) cannot see used. Each group
# says why; a name that really goes out of use is deleted from the code, not added here.
# Run: .venv/bin/vulture ametijuhend_desktop packaging/vulture_whitelist.py --min-confidence 60
# ruff: noqa
# mypy: ignore-errors

# Qt calls these virtual methods itself (models, views, event filters, undo commands).
_.eventFilter
_.id
_.mergeWith
_.columnCount
_.filterAcceptsRow
_.dragEnterEvent
_.dropEvent
_.contextMenuEvent
_.highlightBlock
_.supportedDropActions
_.supportedDragActions
_.mimeTypes
_.dropMimeData

# python-docx properties: assigning them writes the document's XML.
_.page_height
_.page_width
_.last_modified_by
_.keywords
_.revision
_.created
_.modified

# Values a file may hold: CEFR levels and a standard text's kind read from user files.
A2
B1
C2
REQUIREMENT

# References held so Qt does not free the object (an event filter, a binding, a bar).
_._toolbar_filter
_._position_binding
_.find_bar

# Parts of the core's and the window's API that the tests drive (a plain-document edit
# for the take-back property test, the log's end, the folder view's visible rows, a
# bullet form's widgets).
apply_edit
stop_logging
_.visible_rows
_.intro_hint
_.bullets
