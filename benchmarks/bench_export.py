"""How fast the DOCX export is, against the targets of issue 3 and against LibreOffice.

    .venv/bin/python benchmarks/bench_export.py [--quick]

Targets: a typical example <= 100 ms (median, in-process), the large generated document
(500 duties x 5 results) <= 1 s, 1,000 documents in a batch <= 60 s on 2 cores.
LibreOffice producing a DOCX of the same content (from equivalent HTML) is timed in the
same run and the ratio printed. ``--quick`` runs fewer repetitions and a 100-file batch.
"""

from __future__ import annotations

import html
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import large_document, typical_document

from ametijuhend_desktop import ajx
from ametijuhend_desktop.docx.batch import export_many
from ametijuhend_desktop.docx.body import requirement_rows
from ametijuhend_desktop.docx.export import (
    export_document,
    field_values,
    render,
    resolve_template,
)
from ametijuhend_desktop.model import JobDescription, PostKind, SectionId
from ametijuhend_desktop.model.document import SECTION_ORDER
from ametijuhend_desktop.model.numbering import duty_number, section_numbers
from ametijuhend_desktop.model.wording import bullet_intro, duty_columns, section_heading


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up: imports, template cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def as_html(doc: JobDescription) -> str:
    """The same content as simple HTML, for LibreOffice to turn into a DOCX."""
    e = html.escape
    numbers = section_numbers(doc)
    values = field_values(doc)
    out = [f"<html><head><meta charset='utf-8'></head><body><p align=right>{e(values['header'])}<br>"
           f"{e(values['approval_line'])}</p><h1 align=center>AMETIJUHEND</h1>"]
    for section in SECTION_ORDER:
        if not doc.is_included(section):
            continue
        out.append(f"<h2>{numbers[section]}. {e(section_heading(doc, section))}</h2>")
        if section is SectionId.GENERAL:
            g = doc.general
            out.append(f"<table border=1><tr><th>1.1 Ametinimetus</th><th>1.2 Struktuuriüksus</th></tr>"
                       f"<tr><td>{e(g.job_title)}</td><td>{e(g.unit)}</td></tr></table>")
        elif section is SectionId.DUTIES:
            a, b = duty_columns(doc)
            out.append(f"<table border=1><tr><th>{e(a)}</th><th>{e(b)}</th></tr>")
            for i, duty in enumerate(doc.duties.items):
                results = "".join(f"<li>{e(r)}</li>" for r in duty.results)
                out.append(f"<tr><td>{duty_number(doc, i)} {e(duty.text)}</td><td><ul>{results}</ul></td></tr>")
            out.append("</table>")
        elif section in (SectionId.RIGHTS, SectionId.RESPONSIBILITIES):
            items = "".join(f"<li>{e(t)}</li>" for t in getattr(doc, section.value).items)
            out.append(f"<p>{e(bullet_intro(doc, section))}</p><ul>{items}</ul>")
        elif section is SectionId.REQUIREMENTS:
            out.append("<table border=1>")
            for label, cell in requirement_rows(doc.requirements):
                out.append(f"<tr><td>{e(label)}</td><td>{'<br>'.join(e(p.head + p.text) for p in cell)}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{e(str(getattr(doc, section.value)))}</p>")
    out.append("</body></html>")
    return "".join(out)


def libreoffice_ms(doc: JobDescription, folder: Path, repeat: int) -> float | None:
    if shutil.which("soffice") is None:
        return None
    source = folder / "lo.html"
    source.write_text(as_html(doc), encoding="utf-8")
    profile = (folder / "lo-profile").as_uri()
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
               "docx:MS Word 2007 XML", "--outdir", str(folder / "lo-out"), str(source)]
    return median_ms(lambda: subprocess.run(command, check=True, capture_output=True), repeat)


def main() -> None:
    quick = "--quick" in sys.argv
    repeat = 7 if quick else 30
    template = resolve_template(None)
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        print("DOCX export (median of runs)")
        examples = Path(str(resources.files("ametijuhend_desktop.resources") / "examples"))
        typical: list[float] = []
        for path in sorted(examples.glob("*.ajx")) or []:
            doc = ajx.read_file(path)
            ms = median_ms(lambda doc=doc: export_document(doc, folder / "x.docx", template), repeat)
            typical.append(ms)
            print(f"  {path.stem:40s} {ms:7.1f} ms  (target <= 100 ms)")
        doc = typical_document(PostKind.TOOTAJA)
        ms = median_ms(lambda: export_document(doc, folder / "x.docx", template), repeat)
        typical.append(ms)
        print(f"  {'generated typical (15 duties)':40s} {ms:7.1f} ms  (render only "
              f"{median_ms(lambda: render(doc, template), repeat):.1f} ms)")
        big = large_document(500, 5)
        big_ms = median_ms(lambda: export_document(big, folder / "big.docx", template), 3 if quick else 5)
        print(f"  {'large (500 duties x 5 results)':40s} {big_ms:7.1f} ms  (target <= 1000 ms)")

        count = 100 if quick else 1000
        inputs = folder / "batch-in"
        inputs.mkdir()
        for i in range(count):
            d = typical_document(PostKind.AMETNIK if i % 2 else PostKind.TOOTAJA)
            d.general.job_title = f"Peaspetsialist {i}"
            ajx.write_file(d, inputs / f"juhend-{i:04d}.ajx")
        start = time.perf_counter()
        summary = export_many([inputs], folder / "batch-out", template, jobs=2)
        batch_s = time.perf_counter() - start
        print(f"  batch of {count} files on 2 processes       {batch_s:7.2f} s   "
              f"({len(summary.failed)} failed; target for 1,000: <= 60 s)")

        lo_repeat = 3 if quick else 5
        lo = libreoffice_ms(doc, folder, lo_repeat)
        if lo is None:
            print("LibreOffice: soffice not found, comparison skipped")
        else:
            print(f"LibreOffice HTML -> DOCX, same content      {lo:7.1f} ms  "
                  f"(ratio LibreOffice / ours: {lo / typical[-1]:.0f}x)")
            lo_big = libreoffice_ms(big, folder, 1)
            assert lo_big is not None
            print(f"LibreOffice HTML -> DOCX, large document    {lo_big:7.1f} ms  "
                  f"(ratio: {lo_big / big_ms:.1f}x)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
