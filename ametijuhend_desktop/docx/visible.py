"""The visible text of one of our Word exports, read back into the model.

The text people read and sign is what counts, so a DOCX that carries our embedded data is
read twice: the embedded document is the map (which sections are there, which heading is
which, what the metadata is) and the visible paragraphs and tables give the words. The
approval block and the signatures are read the same way (``visible_frame``); what the
text does not carry (kind, metadata, own labels that print the same) comes from the
embedded data. Text that cannot be placed is never dropped: it is
returned as a note with the place it stood, as are comments and unaccepted tracked
changes, so the user sees them.
"""

from __future__ import annotations

import copy
import difflib
import functools
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..compare import Change, compare_documents
from ..errors import FileFormatError
from ..files.bounded import ZIP_FAULTS
from ..model import JobDescription, SectionId
from ..model.document import OPTIONAL_SECTIONS, SECTION_ORDER, BulletSection
from ..model.paths import ModelPath
from ..model.printing import comma_list, is_printed
from ..model.wording import bullet_intro, duty_columns, general_labels, section_heading
from . import visible_parts as vp
from .visible_frame import FrameReader
from .visible_notes import NoteKind, WordNote
from .word_blocks import Block, Para, Table, WordBody, flat_paragraphs, read_word_body


@dataclass
class VisibleReading:
    doc: JobDescription  # as the visible text says
    embedded: JobDescription  # as the editor exported it
    notes: list[WordNote] = field(default_factory=list)

    @functools.cached_property
    def changes(self) -> list[Change]:
        """What was changed in Word: the embedded version compared with the visible one."""
        return compare_documents(self.embedded, self.doc)

    def summary(self, lang: str = "et") -> list[str]:
        """Lines for the user: how many places differ, then each note; none when equal."""
        lines: list[str] = []
        if self.changes:
            n = len(self.changes)
            lines.append(
                f"Wordi failis on muudetud {n} {'kohta' if n != 1 else 'koht'}: avatakse Wordi "
                "tekst (mitte faili peidetud andmed)." if lang != "en" else
                f"{n} {'places differ' if n != 1 else 'place differs'} in the Word text: the "
                "Word text is opened (not the data hidden in the file)."
            )
        return lines + [note.message(lang) for note in self.notes]


class _Mapper:
    def __init__(self, embedded: JobDescription, body: WordBody) -> None:
        self.old = embedded
        self.doc = copy.deepcopy(embedded)
        self.comments = body.comments
        self.notes: list[WordNote] = []

    def seen(self, paras: list[Para], path: ModelPath) -> None:
        """Comments on these paragraphs become notes at ``path``."""
        for p in paras:
            for cid in p.comments:
                self.notes.append(WordNote(NoteKind.COMMENT, path, self.comments.get(cid, "")))

    def unplaced(self, blocks: list[Block], path: ModelPath) -> None:
        for block in blocks:
            paras = [block] if isinstance(block, Para) else [p for r in block.rows for c in r for p in c]
            self.seen(paras, path)
            text = "\n".join(p.text for p in paras if p.text.strip())
            if text:
                self.notes.append(WordNote(NoteKind.UNPLACED, path, text))

    # -- sections ----------------------------------------------------------------------

    def heading(self, section: SectionId, para: Para) -> None:
        self.seen([para], (section.value, "heading"))
        part = getattr(self.doc, section.value)
        shown = section_heading(self.old, section)
        if vp.printed(shown) != para.text:
            part.heading = para.text

    def section(self, section: SectionId, blocks: list[Block]) -> None:
        getattr(self, f"_{section.value}")(blocks)

    def _tables(self, blocks: list[Block], section: SectionId, count: int) -> list[Table]:
        """The first ``count`` tables; other non-empty blocks are unplaced notes."""
        tables = [b for b in blocks if isinstance(b, Table)][:count]
        rest = [b for b in blocks if not any(b is t for t in tables)]
        self.unplaced(rest, (section.value,))
        return tables

    def _general(self, blocks: list[Block]) -> None:
        g, old = self.doc.general, self.old.general
        tables = self._tables(blocks, SectionId.GENERAL, 3)
        cells = [c for t in tables[:2] for row in t.rows[1:2] for c in row]
        labels = [c for t in tables[:2] for row in t.rows[:1] for c in row]
        keys = ("job_title", "unit", "manager", "substituted_by", "substitutes")
        defaults = general_labels(self.old)
        for key, paras in zip(keys, labels, strict=False):
            self.seen(paras, ("general", key))
            label = vp.row_label(vp.cell_text(paras))
            if label != vp.printed(defaults[key]):
                setattr(g.labels, key, label)
        for key, paras in zip(keys, cells, strict=False):
            self.seen(paras, ("general", key))
            if key in ("substituted_by", "substitutes"):
                was: list[str] = getattr(old, key)
                text = vp.cell_text(paras)
                if vp.printed(text) == vp.printed(comma_list(was)):  # one line, as printed
                    setattr(g, key, list(was))
                    continue
                items = [i.strip() for i in text.replace("\n", ",").split(",") if i.strip()]
                setattr(g, key, vp.keep_texts(was, items))
            else:
                setattr(g, key, vp.keep(getattr(old, key), vp.cell_text(paras)))
        extra = tables[2].rows if len(tables) > 2 else []
        rows = [vp.LabelledRow(vp.cell_text(r[0]) if r else "",
                               vp.cell_text([p for c in r[1:] for p in c])) for r in extra]
        for k, r in enumerate(extra):
            self.seen([p for c in r for p in c], ("general", "extra_rows", k))
        g.extra_rows = vp.keep_items(old.extra_rows, rows,
                                     lambda r: (vp.printed(r.label), vp.printed(r.text)))

    def _paragraphs(self, blocks: list[Block], section: SectionId) -> list[Para]:
        paras = [b for b in blocks if isinstance(b, Para)]
        self.unplaced([b for b in blocks if isinstance(b, Table)], (section.value,))
        return paras

    def _purpose(self, blocks: list[Block]) -> None:
        paras = self._paragraphs(blocks, SectionId.PURPOSE)
        self.seen(paras, ("purpose", "paragraphs"))
        shown = [p.text for p in paras if p.text]
        self.doc.purpose.paragraphs = vp.keep_texts(self.old.purpose.paragraphs, shown)

    def _duties(self, blocks: list[Block]) -> None:
        tables = self._tables(blocks, SectionId.DUTIES, 1)
        rows = tables[0].rows if tables else []
        d = self.doc.duties
        if rows and rows[0] and all(p.role == "label" for c in rows[0] for p in c if p.text):
            head, rows = rows[0], rows[1:]
            old_cols = duty_columns(self.old)
            for k, attr in enumerate(("duty_column", "result_column")):
                shown = vp.cell_text(head[k]) if k < len(head) else ""
                if shown != vp.printed(old_cols[k]):
                    setattr(d, attr, shown)
        for k, row in enumerate(rows):
            self.seen([p for c in row for p in c], ("duties", k))
        known = vp.known_texts(t for x in self.old.duties.items for t in (*x.sub_items, *x.results))
        d.items = vp.keep_duties(self.old.duties.items, vp.read_duty_rows(rows, known))

    def _bullets(self, blocks: list[Block], section: SectionId) -> None:
        part: BulletSection = getattr(self.doc, section.value)
        old: BulletSection = getattr(self.old, section.value)
        paras = self._paragraphs(blocks, section)
        intro, expected = "", vp.printed(bullet_intro(self.old, section))
        first = paras[0] if paras else None
        if first and first.role not in vp.LIST_ROLES and (
            first.text == expected or not vp.untyped(first.text, first.role)[1]
        ):
            intro = paras[0].text
            self.seen(paras[:1], (section.value, "intro"))
            paras = paras[1:]
        if intro != expected:
            part.intro = intro
        self.seen(paras, (section.value, "items"))
        part.items = vp.keep_texts(old.items, vp.cell_items(paras, vp.known_texts(old.items)))

    def _rights(self, blocks: list[Block]) -> None:
        self._bullets(blocks, SectionId.RIGHTS)

    def _responsibilities(self, blocks: list[Block]) -> None:
        self._bullets(blocks, SectionId.RESPONSIBILITIES)

    def _text(self, blocks: list[Block], section: SectionId) -> None:
        paras = self._paragraphs(blocks, section)
        self.seen(paras, (section.value, "text"))
        part = getattr(self.doc, section.value)
        part.text = vp.keep(getattr(self.old, section.value).text, vp.cell_text(paras))

    def _tools(self, blocks: list[Block]) -> None:
        self._text(blocks, SectionId.TOOLS)

    def _review(self, blocks: list[Block]) -> None:
        self._text(blocks, SectionId.REVIEW)

    def _requirements(self, blocks: list[Block]) -> None:
        tables = self._tables(blocks, SectionId.REQUIREMENTS, 1)
        rows = tables[0].rows if tables else []
        for k, row in enumerate(rows):
            self.seen([p for c in row for p in c], ("requirements", "rows", k))
        self.doc.requirements = vp.read_requirement_rows(self.old.requirements, rows)


def _is_signature(block: Block) -> bool:
    return block.role in ("signature", "signatures")


def _match_sections(
    expected: list[SectionId], old: JobDescription, headings: list[Para]
) -> list[tuple[SectionId | None, int | None]]:
    """Pairs (section, heading index): in order when the counts agree, else by text."""
    if len(expected) == len(headings):
        return list(zip(expected, range(len(headings)), strict=True))
    want = [vp.printed(section_heading(old, s)).casefold() for s in expected]
    have = [h.text.casefold() for h in headings]
    pairs: list[tuple[SectionId | None, int | None]] = []
    matcher = difflib.SequenceMatcher(None, want, have, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(max(i2 - i1, j2 - j1)):
            section = expected[i1 + k] if i1 + k < i2 else None
            index = j1 + k if j1 + k < j2 else None
            if op != "equal" and section is not None and index is not None and (i2 - i1) != (j2 - j1):
                pairs += [(section, None), (None, index)]  # unsure: keep both apart
            else:
                pairs.append((section, index))
    return pairs


def visible_document(embedded: JobDescription, body: WordBody) -> VisibleReading:
    """The document as ``body`` shows it, with ``embedded`` as the map."""
    mapper = _Mapper(embedded, body)
    blocks = [b for b in body.blocks if not _is_signature(b)]
    starts = [k for k, b in enumerate(blocks)
              if isinstance(b, Para) and b.role == "heading" and b.text]  # never empty when printed
    frame = FrameReader(embedded, mapper.doc, mapper.notes, mapper.seen)
    frame.front(blocks[:starts[0]] if starts else [b for b in blocks if b.role in ("approval", "title")])
    frame.signatures([b for b in body.blocks if _is_signature(b)])
    headings = [blocks[k] for k in starts]
    assert all(isinstance(h, Para) for h in headings)
    expected = [s for s in SECTION_ORDER if is_printed(embedded, s)]  # an empty part prints nothing
    pairs = _match_sections(expected, embedded, [h for h in headings if isinstance(h, Para)])
    last: SectionId | None = None
    for section, index in pairs:
        if index is None:
            assert section is not None
            if section in OPTIONAL_SECTIONS:
                mapper.doc.set_included(section, False)
                mapper.notes.append(WordNote(NoteKind.SECTION_REMOVED, (section.value,),
                                             section_heading(embedded, section)))
            continue
        end = starts[index + 1] if index + 1 < len(starts) else len(blocks)
        content = blocks[starts[index] + 1:end]
        heading = blocks[starts[index]]
        if section is None or not isinstance(heading, Para):
            mapper.unplaced([heading, *content], (last.value,) if last else ())
            continue
        last = section
        mapper.heading(section, heading)
        mapper.section(section, content)
    if body.tracked_changes:
        mapper.notes.insert(0, WordNote(NoteKind.TRACKED_CHANGES, ()))
    return VisibleReading(mapper.doc, embedded, mapper.notes)


def read_visible(data: bytes, embedded: JobDescription, source: Path) -> VisibleReading:
    """``embedded`` corrected by the visible text of the DOCX bytes ``data``."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = read_word_body(archive)
    except (*ZIP_FAULTS, etree.XMLSyntaxError):  # a corrupt deflate stream too (the fuzzer's)
        raise FileFormatError("Wordi faili teksti ei saanud lugeda: fail on vigane.",
                              "the text of the Word file could not be read: the file is damaged.",
                              path=source) from None
    if _as_exported(embedded, body):
        return VisibleReading(copy.deepcopy(embedded), embedded, [])
    return visible_document(embedded, body)


def _as_exported(embedded: JobDescription, body: WordBody) -> bool:
    """Whether the body reads exactly as the export of ``embedded`` with the shipped
    template would: then nothing was edited and the data is the document, whatever the
    text alone could not tell apart (an empty item the export leaves out, …)."""
    if body.tracked_changes or body.comments:
        return False
    from .export import render, resolve_template  # only for a file that carries our data

    with zipfile.ZipFile(io.BytesIO(render(embedded, resolve_template(None)))) as archive:
        fresh = read_word_body(archive)
    return _texts(fresh) == _texts(body)


def _texts(body: WordBody) -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in flat_paragraphs(body.blocks)]
