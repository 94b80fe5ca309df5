"""Old job descriptions written the way agencies' older files are, in every layout the
importer knows, holding the shapes it used to misread (issue 13).

``write_old_document(layout, path)`` writes a Word file; the constants are what an import
of any of them must give. The benchmark builds its folder of 200 files from here too
(``variant`` changes the title so files differ).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import docx
from docx.table import _Cell


class Layout(Enum):
    AGENCY = "agency"  # ÜLDOSA labels in a row, values under them; duties in a table
    OLDER = "older"  # ÜLDOSA as label | value rows, purpose among them
    PLAIN = "plain"  # no tables at all: labels, numbered duties, "Oodatavad tulemused:"


TITLE = ("Peaspetsialist", "(ennetusteenus)")
UNIT = ("Laste heaolu osakond", "Ennetustalitus")
PURPOSE = "Laste ja perede heaolu valdkonna arendamine ja teenuste kvaliteedi tagamine."
DUTIES = (
    ("Ennetustegevuste planeerimine ja korraldamine.",
     ("Tegevused on planeeritud.", "Tegevused on korraldatud õigeaegselt.")),
    ("Koolituste väljatöötamine.", ("Koolitused on kasutusel.",)),
)
EDUCATION = ("Kõrgharidus.", "Eelistatult sotsiaalteaduste valdkonnas.")
LANGUAGES = ("Eesti keele oskus C1 tasemel.", "Inglise või vene keele oskus B2 tasemel.",
             "Saksa keele oskus B1 tasemel. Kasuks tuleb soome keele oskus.")
ADDITIONAL = (("Analüüsivõime", "Oskab andmeid koguda ja tõlgendada."),
              ("Suhtlemisoskus", "Väljendab end selgelt kõnes ja kirjas."))
CLOSING = "Nõuded on kooskõlas asutuse kompetentsimudeliga."


def _cell(cell: _Cell, *texts: str, style: str | None = None) -> None:
    cell.paragraphs[0].text = texts[0]
    if style:
        cell.paragraphs[0].style = style
    for text in texts[1:]:
        cell.add_paragraph(text, style)


def _lines(paragraph: docx.text.paragraph.Paragraph, first: str, *rest: str) -> None:
    """One paragraph whose lines are split by line breaks (Shift+Enter)."""
    run = paragraph.add_run(first)
    for line in rest:
        run.add_break()
        run = paragraph.add_run(line)


def duties_for(count: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``DUTIES`` and, past them, more duties of the same shape (for a realistic size)."""
    more = tuple((f"Valdkonna {n}. tegevuste koordineerimine ja aruandlus.",
                  (f"Valdkonna {n}. tegevused on koordineeritud.", "Aruanded on esitatud."))
                 for n in range(len(DUTIES) + 1, count + 1))
    return (DUTIES + more)[:count]


def write_old_document(layout: Layout, path: Path, variant: int = 0,
                       duty_count: int = len(DUTIES)) -> Path:
    d = docx.Document()
    d.add_paragraph("KINNITATUD")
    d.add_paragraph("AMETIJUHEND")
    if layout is not Layout.OLDER:  # the older layout opens with its table, no heading
        d.add_paragraph("1. ÜLDOSA")
    suffix = f" {variant}" if variant else ""
    if layout is Layout.AGENCY:
        table = d.add_table(rows=4, cols=3)
        _cell(table.rows[0].cells[0], "1.1 Ametinimetus")
        _cell(table.rows[0].cells[1], "1.2 Struktuuriüksus")
        _cell(table.rows[1].cells[0], TITLE[0] + suffix, TITLE[1])
        _cell(table.rows[1].cells[1], *UNIT)
        for i, label in enumerate(("1.3 Vahetu juht", "1.4 Kes asendab", "1.5 Keda asendab")):
            _cell(table.rows[2].cells[i], label)
        for i, value in enumerate(("Talituse juht", "Spetsialist", "Spetsialist")):
            _cell(table.rows[3].cells[i], value)
        d.add_paragraph("2. TEENISTUSKOHA EESMÄRK")
        d.add_paragraph(PURPOSE)
    elif layout is Layout.OLDER:
        table = d.add_table(rows=0, cols=2)
        for label, values in (("Teenistuskoht", (TITLE[0] + suffix, TITLE[1])),
                              ("Struktuuriüksus", UNIT), ("Vahetu juht", ("Talituse juht",)),
                              ("Teenistuja asendaja", ("Spetsialist",)),
                              ("Teenistuskoha eesmärk", (PURPOSE,))):
            cells = table.add_row().cells
            _cell(cells[0], label)
            _cell(cells[1], *values)
    else:
        _lines(d.add_paragraph(), "Ametinimetus: " + TITLE[0] + suffix, TITLE[1])
        _lines(d.add_paragraph(), "Struktuuriüksus: " + UNIT[0], UNIT[1])
        d.add_paragraph("Vahetu juht: Talituse juht")
        d.add_paragraph("Kes asendab: Spetsialist")
        d.add_paragraph("2. TEENISTUSKOHA EESMÄRK")
        d.add_paragraph(PURPOSE)
    d.add_paragraph("3. TEENISTUSÜLESANDED")
    if layout is Layout.PLAIN:
        for n, (duty, results) in enumerate(duties_for(duty_count), 1):
            d.add_paragraph(f"3.{n} {duty}")
            d.add_paragraph("Oodatavad tulemused:")
            for result in results:
                d.add_paragraph(result, "List Bullet")
    else:
        table = d.add_table(rows=1, cols=2)
        _cell(table.rows[0].cells[0], "Põhiülesanded")
        _cell(table.rows[0].cells[1], "Oodatavad tulemused")
        for duty, results in duties_for(duty_count):
            cells = table.add_row().cells
            _cell(cells[0], duty)
            _cell(cells[1], *results, style="List Bullet")
    d.add_paragraph("4. ÕIGUSED")
    d.add_paragraph("saada tööks vajalikku teavet;", "List Bullet")
    d.add_paragraph("osaleda koolitustel.", "List Bullet")
    d.add_paragraph("5. VASTUTUS")
    d.add_paragraph("tööülesannete täpse täitmise eest.", "List Bullet")
    d.add_paragraph("6. TEENISTUSKOHALE ESITATAVAD NÕUDED")
    rows: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("Haridus", EDUCATION), ("Keeleoskus", LANGUAGES),
        ("Täiendavad kompetentsid, isikuomadused ja teadmised",
         tuple(f"{name}. {text}" for name, text in ADDITIONAL)),
    )
    if layout is Layout.PLAIN:
        for label, values in rows:
            d.add_paragraph(label + ":")
            for value in values:
                d.add_paragraph(value)
    else:
        table = d.add_table(rows=0, cols=2)
        for label, values in rows:
            cells = table.add_row().cells
            _cell(cells[0], label)
            _cell(cells[1], *values)
        cells = table.add_row().cells
        merged = cells[0].merge(cells[1])
        _cell(merged, CLOSING)
    d.add_paragraph("7. AMETIJUHENDI MUUTMINE")
    d.add_paragraph("Ametijuhend vaadatakse üle koos teenistuja arenguvestlusega.")
    d.add_paragraph("(allkirjastatud digitaalselt)")
    d.add_paragraph("Mari Maasikas")
    d.add_paragraph("Peadirektor")
    d.save(str(path))
    return path
