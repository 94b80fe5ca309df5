"""Section-aware comparison of two job descriptions, as a reader would name the changes.

``compare_documents(old, new)`` lists each changed, added, deleted or moved place with its
model path (for the window to jump to) and its name in the document ("3.4 tulemus 2");
``words.word_changes`` marks the changed words of one place.
"""

from .changes import Change, ChangeKind, compare_documents
from .words import Segment, SegmentKind, word_changes

__all__ = ["Change", "ChangeKind", "Segment", "SegmentKind", "compare_documents", "word_changes"]
