"""PNG pictures of exported documents, as LibreOffice renders them (for docs/ and README).

    python packaging/tools/previews.py [OUT_DIR] [--dpi 60] [--pages 2]

Exports every example in resources/examples, converts the DOCX files to PDF with
LibreOffice (a private profile, so it does not collide with a running LibreOffice) and
writes OUT_DIR/export-<example>-<page>.png with pdftoppm. Needs soffice and pdftoppm.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from importlib import resources
from pathlib import Path

from ametijuhend_desktop.ajx import read_file
from ametijuhend_desktop.docx.export import export_document


def render_previews(out_dir: Path, dpi: int = 60, pages: int = 2) -> list[Path]:
    examples = Path(str(resources.files("ametijuhend_desktop.resources") / "examples"))
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ametijuhend-previews-") as tmp:
        work = Path(tmp)
        docs = [export_document(read_file(p), work / f"{p.stem}.docx") for p in sorted(examples.glob("*.ajx"))]
        subprocess.run(
            ["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(work), *map(str, docs)],
            check=True, capture_output=True, timeout=300,
        )
        for docx_path in docs:
            prefix = out_dir / f"export-{docx_path.stem}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", str(pages),
                 str(docx_path.with_suffix(".pdf")), str(prefix)],
                check=True, capture_output=True, timeout=120,
            )
            # pdftoppm numbers pages with as many digits as the page count needs: -1 or -01.
            for png in sorted(out_dir.glob(f"{prefix.name}-*.png")):
                number = int(png.stem.rsplit("-", 1)[1])
                target = out_dir / f"{prefix.name}-{number}.png"
                if png != target:
                    shutil.move(png, target)
                written.append(target)
    return sorted(set(written))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", nargs="?", default="docs", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--pages", type=int, default=2)
    args = parser.parse_args(argv)
    for path in render_previews(args.out_dir, args.dpi, args.pages):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
