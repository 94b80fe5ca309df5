"""The command line: open the editor, or do the same work headless.

``ametijuhend [FILE_OR_FOLDER]`` opens the editor (a folder: the folder view); the
commands run the same code paths the window uses, without Qt: ``validate``, ``show`` and
``export`` here, ``import`` in ``importing.py``, ``compare`` in ``compare.py``, and the
folder's ``check``, ``approve`` and ``rename`` in ``folder.py``. The parsers and their help
live in ``args.py``, the exit codes in ``codes.py``. A user's mistake (a bad option, a
missing or bad file) is one clear line on stderr and exit code 2, never a traceback; a
fault of the program is one line too, with the traceback in the log file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import ajx, logs
from ..editor_options import check_screenshot, check_select
from ..errors import UserError
from ..model import Severity, validate
from ..model.locations import describe
from ..opening import open_document
from . import folder
from .args import COMMANDS, command_parser, language, parse_editor
from .codes import EXIT_FAULT, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

log = logging.getLogger(__name__)

_SEVERITY = {
    "et": {Severity.ERROR: "VIGA", Severity.WARNING: "HOIATUS", Severity.INFO: "MÄRKUS"},
    "en": {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "NOTE"},
}


def one_line(message: str) -> str:
    """The message on one line, whatever it holds (a file name with a line break …)."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _fail(message: str) -> int:
    print(one_line(message), file=sys.stderr)
    return EXIT_USAGE


def _validate(args: argparse.Namespace) -> int:
    lang, worst = args.lang, EXIT_OK
    log.info("validate: %d file(s)", len(args.files))
    labels = _SEVERITY[lang]
    for path in args.files:
        try:
            opened = open_document(path)
        except UserError as exc:
            print(exc.message(lang), file=sys.stderr)
            worst = EXIT_USAGE
            continue
        doc = opened.doc
        for note in opened.notes:
            print(f"{path}: {note.message(lang)}", file=sys.stderr)
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
    from ..preview.plain_text import to_text

    opened = open_document(args.file)
    for note in opened.notes:  # an edited Word export: how many places differ, …
        print(f"{args.file}: {note.message(args.lang)}", file=sys.stderr)
    sys.stdout.write(to_text(opened.doc))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """Errors found in the document go to stderr first; ``--strict`` then refuses (exit 1)."""
    from ..docx.batch import ExportResult, export_many
    from ..docx.export import (
        check_for_export,
        default_output,
        export_document,
        refused,
        resolve_template,
    )

    lang = args.lang
    if args.template is not None:  # checked once; what exports leave out of it is said
        args.template = resolve_template(args.template)
        for note in args.template.notes:
            print(f"{args.template.source}: {note.message(lang)}", file=sys.stderr)
    single = len(args.inputs) == 1 and not args.inputs[0].is_dir() and args.out_dir is None
    if single:
        source: Path = args.inputs[0]
        doc = ajx.read_file(source)
        check = check_for_export(doc)
        for f in check.errors:
            print(f"{source}: {_SEVERITY[lang][f.severity]}: {describe(doc, f.path, lang)}: "
                  f"{f.message(lang)}", file=sys.stderr)
        if args.strict and check.has_errors:
            print(refused(source, check).message(lang), file=sys.stderr)
            return EXIT_FINDINGS
        if args.pdf:
            from ..docx.pdf import SUFFIX, export_pdf

            out = args.output or default_output(source).with_suffix(SUFFIX)
            written = export_pdf(doc, out, args.template)
        else:
            written = export_document(doc, args.output or default_output(source), args.template)
        log.info("export: %s -> %s", source, written)
        print(("Eksporditud: " if lang == "et" else "Exported: ") + str(written), file=sys.stderr)
        return EXIT_OK
    if args.pdf:
        return _fail("--pdf sobib ühe faili jaoks." if lang == "et"
                     else "--pdf is for one file.")
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

    summary = export_many(args.inputs, args.out_dir, args.template, args.jobs, progress,
                          strict=args.strict)
    log.info("export: %d input(s) to %s, %d failed", len(args.inputs), args.out_dir,
             len(summary.failed))
    print(summary.text(lang), file=sys.stderr)
    return EXIT_FINDINGS if summary.failed else EXIT_OK


def _open_editor(argv: Sequence[str]) -> int:
    """Check every option (the file read, the place in it, the picture's folder) before
    Qt starts, so a mistake is a line here and not an error inside the window."""
    options = parse_editor(argv)
    if options.select is not None:
        from ..library.new_document import new_document

        doc = open_document(options.file).doc if options.file is not None else new_document()
        check_select(doc, options.select)
    elif options.file is not None and not options.file.is_dir():  # a folder: the folder view
        open_document(options.file)
    if options.screenshot is not None:
        check_screenshot(options.screenshot)
    from .. import app

    return app.run(options)


def _command_first(argv: list[str]) -> list[str]:
    """``ametijuhend --lang en validate F`` read as ``ametijuhend validate --lang en F``:
    the language is asked for before the command as often as after it."""
    i = 0
    while i < len(argv) and (argv[i] == "--lang" or argv[i].startswith("--lang=")):
        i += 2 if argv[i] == "--lang" else 1
    if 0 < i < len(argv) and argv[i] in COMMANDS:
        return [argv[i], *argv[:i], *argv[i + 1:]]
    return argv


def _run(argv: list[str]) -> int:
    argv = _command_first(argv)
    if not (argv[:1] and argv[0] in COMMANDS):
        return _open_editor(argv)
    args = command_parser(language(argv)).parse_args(argv)
    args.lang = language(argv)  # --lang, else AMETIJUHEND_LANG, else Estonian
    log.info("command: %s", args.command)
    if args.command == "validate":
        return _validate(args)
    if args.command == "show":
        return _show(args)
    if args.command == "import":
        from .importing import run_import

        return run_import(args, args.lang)
    if args.command == "compare":
        from .compare import run as run_compare

        return run_compare(args, args.lang)
    if args.command in folder.COMMANDS:
        return folder.COMMANDS[args.command](args, args.lang)
    return _export(args)


def _tolerant_streams() -> None:
    """A file name with a byte that is not UTF-8 (or a terminal that cannot show a letter)
    prints as an escape instead of ending the command with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_streams()
    lang = language(argv)
    logs.start_logging()
    try:
        return _run(argv)
    except UserError as exc:
        log.info("refused: %s", type(exc).__name__)
        return _fail(exc.message(lang))
    except SystemExit as done:  # --help and --version print and stop here
        return done.code if isinstance(done.code, int) else EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.exception("unexpected error")
        where = logs.log_file()
        _fail(f"Ootamatu viga ({type(exc).__name__}); üksikasjad logifailis {where}" if lang == "et"
              else f"Unexpected error ({type(exc).__name__}); the details are in {where}")
        return EXIT_FAULT


if __name__ == "__main__":
    sys.exit(main())
