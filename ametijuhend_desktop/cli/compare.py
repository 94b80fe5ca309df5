"""``ametijuhend compare OLD NEW``, and what the command line says about edited Word files.

Exit codes: 0 the versions are the same, 1 they differ, 2 a file could not be read (one
line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..compare import Change, compare_documents
from ..files.atomic import atomic_write_bytes
from ..model import JobDescription
from ..opening import open_document

EXIT_SAME, EXIT_DIFFER, EXIT_BAD = 0, 1, 2
_WAS = {"et": ("oli", "nüüd"), "en": ("was", "now")}


def read_reporting(path: Path, lang: str) -> JobDescription:
    """The document as the one door opens it, with what it must tell on stderr (for an
    exported Word file whose text was edited: how many places differ, comments, text that
    found no place)."""
    opened = open_document(path)
    for note in opened.notes:
        print(f"{path}: {note.message(lang)}", file=sys.stderr)
    return opened.doc


_HELP = {
    "et": ("võrdle kaht versiooni (.ajx või .docx) jaotiste kaupa",
           "väljund: tekst (vaikimisi), json või Wordi fail (vajab -o)", "Wordi faili nimi",
           "oma Wordi mall"),
    "en": ("compare two versions (.ajx or .docx) section by section",
           "output: text (default), json or a Word file (needs -o)", "the Word file's name",
           "your own Word template"),
}


def add_parser(command: Callable[[str, str], argparse.ArgumentParser], lang: str) -> None:
    """``compare``'s parser; ``command(name, help)`` makes it in the main parser."""
    about, output_format, output, template = _HELP[lang]
    c = command("compare", about)
    c.add_argument("old", type=Path, metavar="OLD")
    c.add_argument("new", type=Path, metavar="NEW")
    c.add_argument("--format", choices=("text", "json", "docx"), default="text",
                   help=output_format)
    c.add_argument("-o", "--output", type=Path, metavar="OUT.docx", help=output)
    c.add_argument("--template", type=Path, metavar="T.docx", help=template)


def as_json(changes: list[Change]) -> str:
    return json.dumps({
        "equal": not changes,
        "changes": [{
            "kind": c.kind.value, "path": list(c.path),
            "old_path": list(c.old_path) if c.old_path is not None else None,
            "place": {"et": c.place("et"), "en": c.place("en")},
            "message": {"et": c.message("et"), "en": c.message("en")},
            "old": c.old, "new": c.new,
            "words": [{"kind": s.kind.value, "text": s.text} for s in c.words],
        } for c in changes],
    }, ensure_ascii=False, indent=2)


def as_text(changes: list[Change], lang: str) -> str:
    was, now = _WAS[lang]
    lines: list[str] = []
    for c in changes:
        lines.append(c.message(lang))
        if c.old:
            lines += [f"    {was}: {line}" for line in c.old.splitlines() or [""]]
        if c.new:
            lines += [f"    {now}: {line}" for line in c.new.splitlines() or [""]]
    return "".join(f"{line}\n" for line in lines)


def run(args: argparse.Namespace, lang: str) -> int:
    """Compare; UserError (a bad file, a bad template, an unwritable target) goes up."""
    if args.format == "docx" and args.output is None:
        print("--format docx vajab väljundfaili: -o MUUDATUSED.docx" if lang == "et"
              else "--format docx needs an output file: -o CHANGES.docx", file=sys.stderr)
        return EXIT_BAD
    old = read_reporting(args.old, lang)
    new = read_reporting(args.new, lang)
    changes = compare_documents(old, new)
    if args.format == "json":
        sys.stdout.write(as_json(changes) + "\n")
    elif args.format == "docx":
        from ..compare.report_docx import changes_docx

        data = changes_docx(old, new, changes, (args.old.name, args.new.name), args.template, lang)
        atomic_write_bytes(args.output, data)
        print(("Kirjutatud: " if lang == "et" else "Written: ") + str(args.output), file=sys.stderr)
    else:
        sys.stdout.write(as_text(changes, lang))
        if not changes:
            print("Versioonid on samad." if lang == "et" else "The versions are the same.", file=sys.stderr)
    return EXIT_DIFFER if changes else EXIT_SAME



