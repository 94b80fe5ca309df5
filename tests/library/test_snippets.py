"""Own variants of standard texts are kept across sessions; a damaged file is explained."""

from pathlib import Path

import pytest

from ametijuhend_desktop.errors import FileFormatError
from ametijuhend_desktop.library.snippets import Category, SnippetStore
from ametijuhend_desktop.library.standard_texts import STANDARD_RIGHTS


def test_agency_texts_are_always_there(tmp_path: Path) -> None:
    store = SnippetStore.load(tmp_path / "pole.json")
    assert [s.text for s in store.snippets(Category.RIGHTS)] == list(STANDARD_RIGHTS)
    assert not any(s.own for s in store.snippets(Category.BEHAVIOUR))


def test_own_variants_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "kaust" / "standardtekstid.json"
    store = SnippetStore.load(path)
    assert store.add(Category.RIGHTS, "kasutada ameti sõidukit töösõitudeks;")
    assert not store.add(Category.RIGHTS, STANDARD_RIGHTS[0])  # already a standard text
    assert not store.add(Category.RESULT, "   ")
    store.add(Category.RESULT, "Aruanne on esitatud „õigeaegselt”.\n")
    store.save()
    again = SnippetStore.load(path)
    assert [s.text for s in again.snippets(Category.RESULT)] == ["Aruanne on esitatud „õigeaegselt”.\n"]
    own_right = again.snippets(Category.RIGHTS)[-1]
    assert own_right.own and own_right.text.startswith("kasutada ameti sõidukit")
    again.remove(own_right)
    again.save()
    assert len(SnippetStore.load(path).snippets(Category.RIGHTS)) == len(STANDARD_RIGHTS)


@pytest.mark.parametrize("content", [b"{", b"[]", b'{"snippets": 5}', b"\xff\xfe", b"[" * 100000])
def test_a_damaged_file_gives_a_clear_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "standardtekstid.json"
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as info:
        SnippetStore.load(path)
    assert "standardtekstide fail on vigane" in info.value.message("et")
    assert path.read_bytes() == content


def test_odd_entries_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "standardtekstid.json"
    path.write_text('{"snippets": [1, {"category": "nope", "text": "x"}, {"category": "duty", "text": "Ülesanne"}]}',
                    encoding="utf-8")
    assert [s.text for s in SnippetStore.load(path).snippets(Category.DUTY)] == ["Ülesanne"]
