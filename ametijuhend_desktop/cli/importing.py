"""``ametijuhend import``: one old file into an .ajx file, or many into a folder.

The command line's part of importing, kept here so ``cli.py`` only wires it: progress on
stderr, the report (text or JSON) on stdout, exit 1 when any file failed and 2 for a
mistake in the command itself. The importer is loaded only when the command runs, so the
other commands start without python-docx.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .codes import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from ..importing.batch import FileReport


_HELP = {
    "et": (".docx, .doc, .odt, .rtf või .txt; kaust annab kõik selle failid",
           "väljundfail (üks sisend; vaikimisi sama nimi .ajx-laiendiga)",
           "väljundkaust (mitu sisendit või kaust)", "aruande kuju", "paralleelsete tööde arv"),
    "en": (".docx, .doc, .odt, .rtf or .txt; a folder gives all its files",
           "output file (one input; by default the same name with .ajx)",
           "output folder (several inputs or a folder)", "report format",
           "number of parallel jobs"),
}


def add_arguments(parser: argparse.ArgumentParser, lang: str = "et") -> None:
    inputs, output, out_dir, report, jobs = _HELP[lang]
    parser.add_argument("inputs", nargs="+", type=Path, metavar="OLD_FILE_OR_DIR", help=inputs)
    parser.add_argument("-o", "--output", type=Path, metavar="NEW.ajx", help=output)
    parser.add_argument("--out-dir", type=Path, metavar="DIR", help=out_dir)
    parser.add_argument("--format", choices=("text", "json"), default="text", help=report)
    parser.add_argument("-j", "--jobs", type=int, default=None, help=jobs)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_USAGE


def _single(args: argparse.Namespace, lang: str) -> int:
    from .. import ajx
    from ..importing.batch import ImportSummary, import_one

    source: Path = args.inputs[0]
    target: Path = args.output or source.with_suffix(ajx.SUFFIX)
    if target.exists() and args.output is None:
        return _fail(f"{target}: " + ("fail on juba olemas; andke teine nimi võtmega -o."
                                      if lang == "et" else
                                      "the file already exists; give another name with -o."))
    report = import_one((source, target))
    if not report.ok:
        return _fail(report.message(lang))
    if args.format == "json":
        sys.stdout.write(ImportSummary([report]).json())
    else:
        for note in report.notes:
            print(f"{source}: {note.message(lang)}", file=sys.stderr)
    print(("Imporditud: " if lang == "et" else "Imported: ") + str(target), file=sys.stderr)
    return EXIT_OK


def run_import(args: argparse.Namespace, lang: str) -> int:
    """The ``import`` subcommand; ``lang`` is "et" or "en"."""
    from ..importing.batch import import_many

    many = len(args.inputs) > 1 or args.inputs[0].is_dir() or args.out_dir is not None
    if not many:
        return _single(args, lang)
    if args.output is not None:
        return _fail("-o sobib ühe faili jaoks; mitme faili korral kasutage --out-dir KAUST."
                     if lang == "et" else "-o is for one file; for several files use --out-dir DIR.")
    if args.out_dir is None:
        return _fail("Mitme faili või kausta importimiseks andke --out-dir KAUST."
                     if lang == "et" else "To import several files or a folder, give --out-dir DIR.")

    def progress(done: int, total: int, report: FileReport) -> None:
        status = "korras" if lang == "et" else "done"
        print(f"[{done}/{total}] {report.source}: {status if report.ok else report.message(lang)}",
              file=sys.stderr, flush=True)

    summary = import_many(args.inputs, args.out_dir, args.jobs, progress)
    sys.stdout.write(summary.json() if args.format == "json" else summary.text(lang))
    return EXIT_FINDINGS if summary.failed else EXIT_OK
