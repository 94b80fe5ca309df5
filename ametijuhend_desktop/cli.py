"""The command line: open the editor, or do the same work headless.

``ametijuhend [FILE.ajx]`` opens the editor; ``validate``, ``show`` and ``export`` run
the same code paths the window uses, without Qt. A user's mistake (a missing or bad
file) is one clear line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, ajx
from .compare_command import add_parser as _compare_parser
from .compare_command import read_reporting
from .compare_command import run as _compare
from .errors import UserError
from .model import JobDescription, Severity, validate
from .model.locations import describe
from .opening import read_document

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
COMMANDS = ("validate", "show", "export", "import", "compare")

_SEVERITY = {
    "et": {Severity.ERROR: "VIGA", Severity.WARNING: "HOIATUS", Severity.INFO: "MÄRKUS"},
    "en": {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "NOTE"},
}


def _lang(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None) or os.environ.get("AMETIJUHEND_LANG", "et")
    return "en" if lang.lower().startswith("en") else "et"


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("et", "en"), help="keel / language (et, en)")


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ametijuhend",
        description=(
            "Ametijuhendite redaktor. Käsud: validate FAIL… (kontroll), show FAIL (tekst), "
            "export FAIL… (Wordi fail), import VANA.docx|VANA.txt (vana ametijuhend .ajx-failiks). "
            "Ilma käsuta avab redaktori."
        ),
        epilog="ametijuhend validate --help, ametijuhend export --help",
    )
    parser.add_argument("--version", action="version", version=f"ametijuhend {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="avatav .ajx-fail")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="salvesta akna pilt ja välju (ekraanita)")
    parser.add_argument("--select", metavar="PATH",
                        help="puu sõlm, mis pildil valitud on (nt duties/3)")
    parser.add_argument("--size", metavar="LxK", help="pildi suurus, nt 1280x800")
    _add_common(parser)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ametijuhend")
    parser.add_argument("--version", action="version", version=f"ametijuhend {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    v = sub.add_parser("validate", help="kontrolli faile ja näita leide")
    v.add_argument("files", nargs="+", type=Path, metavar="FILE")
    v.add_argument("--errors-only", action="store_true", help="näita ainult vigu")
    _add_common(v)

    s = sub.add_parser("show", help="näita ametijuhendi teksti")
    s.add_argument("file", type=Path)
    _add_common(s)

    e = sub.add_parser("export", help="ekspordi Wordi (.docx) failiks")
    e.add_argument("inputs", nargs="+", type=Path, metavar="FILE_OR_DIR")
    e.add_argument("-o", "--output", type=Path, metavar="OUT.docx", help="väljundfail (üks sisend)")
    e.add_argument("--out-dir", type=Path, metavar="DIR", help="väljundkaust (mitu sisendit)")
    e.add_argument("--template", type=Path, metavar="T.docx", help="oma Wordi mall")
    e.add_argument("-j", "--jobs", type=int, default=None, help="paralleelsete tööde arv")
    _add_common(e)

    i = sub.add_parser("import", help="loe vana ametijuhend (Word või tekst) .ajx-failiks")
    i.add_argument("file", type=Path, metavar="VANA.docx|VANA.txt")
    i.add_argument("-o", "--output", type=Path, metavar="UUS.ajx",
                   help="väljundfail (vaikimisi sama nimi .ajx-laiendiga)")
    _add_common(i)
    _add_common(_compare_parser(sub))
    return parser


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_USAGE


def _validate(args: argparse.Namespace) -> int:
    lang, worst = _lang(args), EXIT_OK
    labels = _SEVERITY[lang]
    for path in args.files:
        try:
            doc = read_reporting(path, lang)
        except UserError as exc:
            print(exc.message(lang), file=sys.stderr)
            worst = EXIT_USAGE
            continue
        findings = validate(doc)
        if args.errors_only:
            findings = [f for f in findings if f.severity is Severity.ERROR]
        for f in findings:
            print(f"{path}: {labels[f.severity]}: {describe(doc, f.path, lang)}: {f.message(lang)}")
        if any(f.severity is Severity.ERROR for f in findings):
            worst = max(worst, EXIT_FINDINGS)
        elif not findings:
            print(f"{path}: " + ("korras" if lang == "et" else "no findings"))
    return worst


def _show(args: argparse.Namespace) -> int:
    from .preview.plain_text import to_text

    doc = read_reporting(args.file, _lang(args))
    sys.stdout.write(to_text(doc))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from .docx.batch import ExportResult, export_many
    from .docx.export import export_file

    lang = _lang(args)
    single = len(args.inputs) == 1 and not args.inputs[0].is_dir() and args.out_dir is None
    if single:
        written = export_file(args.inputs[0], args.output, args.template)
        print(("Eksporditud: " if lang == "et" else "Exported: ") + str(written), file=sys.stderr)
        return EXIT_OK
    if args.output is not None:
        return _fail("-o sobib ühe faili jaoks; mitme faili korral kasutage --out-dir KAUST."
                     if lang == "et" else
                     "-o is for one file; for several files use --out-dir DIR.")
    if args.out_dir is None:
        return _fail("Mitme faili või kausta eksportimiseks andke --out-dir KAUST."
                     if lang == "et" else "To export several files or a folder, give --out-dir DIR.")

    def progress(done: int, total: int, result: ExportResult) -> None:
        status = f"{result.source} → {result.output}" if result.ok else result.message(lang)
        print(f"[{done}/{total}] {status}", file=sys.stderr, flush=True)

    summary = export_many(args.inputs, args.out_dir, args.template, args.jobs, progress)
    print(summary.text(lang), file=sys.stderr)
    return EXIT_FINDINGS if summary.failed else EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from .importing.importer import import_file

    lang = _lang(args)
    target: Path = args.output or args.file.with_suffix(ajx.SUFFIX)
    if target.exists() and args.output is None:
        return _fail(f"{target}: " + ("fail on juba olemas; andke teine nimi võtmega -o."
                                      if lang == "et" else
                                      "the file already exists; give another name with -o."))
    result = import_file(args.file)
    for note in result.notes:
        print(f"{args.file}: {note}", file=sys.stderr)
    ajx.write_file(result.doc, target)
    print(("Imporditud: " if lang == "et" else "Imported: ") + str(target), file=sys.stderr)
    return EXIT_OK


def _open_editor(args: argparse.Namespace, argv: Sequence[str]) -> int:
    if args.file is not None:
        doc: JobDescription = read_document(args.file)  # fail early with a clear line
        del doc
    from . import app

    return app.run(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = argv[:1] and argv[0] in COMMANDS
    parser = _command_parser() if commands else _editor_parser()
    args = parser.parse_args(argv)
    try:
        if not commands:
            return _open_editor(args, argv)
        if args.command == "validate":
            return _validate(args)
        if args.command == "show":
            return _show(args)
        if args.command == "import":
            return _import(args)
        if args.command == "compare":
            return _compare(args, _lang(args))
        return _export(args)
    except UserError as exc:
        return _fail(exc.message(_lang(args)))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
