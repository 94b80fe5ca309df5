"""The command line's ``check``, ``approve`` and ``rename``: the folder's work without a window.

``check`` exits 0 when it finds nothing, 1 when it finds anything, 2 on a usage error or
an unreadable input; ``approve`` exits 0 when every document was approved, 1 when the
batch was refused (nothing changed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..model import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
_LABEL = {"et": {Severity.ERROR: "VIGA", Severity.WARNING: "HOIATUS", Severity.INFO: "MÄRKUS"},
          "en": {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "NOTE"}}


_HELP = {
    "et": {
        "check": "kontrolli kausta ametijuhendeid omavahel (asendamine, juhid, üksused, ülevaatus)",
        "approve": "kinnita mitu ametijuhendit ühe käskkirjaga (Lisa 1 … Lisa N) ja ekspordi",
        "rename": "muuda üksuse või ametikoha nime või standardteksti kõigis dokumentides "
                  "(vaikimisi ainult eelvaade)",
        "format": "väljundi kuju", "date": "käskkirja kuupäev", "number": "käskkirja number",
        "approver": "kinnitaja (vaikimisi iga dokumendi oma)",
        "out_dir": "kaust Wordi failidele ja lisade loetelule",
        "employees": "ka töötajate ametijuhendid (tavaliselt töölepingu lisad)",
        "unit": "struktuuriüksus", "position": "ametikoht", "text": "standardtekst (terve rida)",
        "apply": "kirjuta muudatused (varukoopiatega)",
    },
    "en": {
        "check": "check the job descriptions of a folder against each other (substitutes, "
                 "managers, units, reviews)",
        "approve": "approve several job descriptions with one directive (Annex 1 … N) and export",
        "rename": "rename a unit or a position, or update a standard text, in every document "
                  "(a preview unless --apply)",
        "format": "output format", "date": "the directive's date", "number": "the directive's number",
        "approver": "approver (by default each document's own)",
        "out_dir": "folder for the Word files and the list of annexes",
        "employees": "employees' job descriptions too (usually annexes of the contract)",
        "unit": "structural unit", "position": "position", "text": "standard text (a whole line)",
        "apply": "write the changes (with backups)",
    },
}


def add_parsers(command: Callable[[str, str], argparse.ArgumentParser], lang: str) -> None:
    """The folder commands' parsers; ``command(name, help)`` makes one in the main parser."""
    t = _HELP[lang]
    c = command("check", t["check"])
    c.add_argument("inputs", nargs="+", type=Path, metavar="DIR_OR_FILE")
    c.add_argument("--format", choices=("text", "json"), default="text", help=t["format"])
    a = command("approve", t["approve"])
    a.add_argument("inputs", nargs="+", type=Path, metavar="FILES_OR_DIR")
    a.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=t["date"])
    a.add_argument("--number", required=True, metavar="NR", help=t["number"])
    a.add_argument("--approver", default="", metavar="TEXT", help=t["approver"])
    a.add_argument("--out-dir", type=Path, default=Path("."), metavar="DIR", help=t["out_dir"])
    a.add_argument("--include-employees", action="store_true", help=t["employees"])
    r = command("rename", t["rename"])
    r.add_argument("inputs", nargs="+", type=Path, metavar="FILES_OR_DIR")
    what = r.add_mutually_exclusive_group(required=True)
    what.add_argument("--unit", nargs=2, metavar=("OLD", "NEW"), help=t["unit"])
    what.add_argument("--position", nargs=2, metavar=("OLD", "NEW"), help=t["position"])
    what.add_argument("--text", nargs=2, metavar=("OLD", "NEW"), help=t["text"])
    r.add_argument("--apply", action="store_true", help=t["apply"])


def _inputs(paths: list[Path], lang: str) -> list[Path] | str:
    from ..folder.index import find_documents

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += find_documents(path)
        elif path.exists():
            files.append(path)
        else:
            return f"{path}: " + ("faili ega kausta ei leitud." if lang == "et"
                                  else "no such file or folder.")
    return files


def run_check(args: argparse.Namespace, lang: str) -> int:
    from ..folder.checks import check_set
    from ..folder.index import index_files

    missing = _inputs(args.inputs, lang)
    if isinstance(missing, str):
        print(missing, file=sys.stderr)
        return EXIT_USAGE
    summaries = index_files(args.inputs)
    findings = check_set(summaries, dt.date.today())
    if args.format == "json":
        json.dump([f.to_json(lang) for f in findings], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for f in findings:
            related = ("" if not f.related else
                       " [" + ", ".join(f.related) + "]")
            print(f"{f.file}: {_LABEL[lang][f.severity]}: {f.message.text(lang)}{related}")
        count = len(summaries)
        print((f"{count} ametijuhendit, {len(findings)} leidu" if lang == "et" else
               f"{count} job descriptions, {len(findings)} findings"), file=sys.stderr)
    if any(not s.readable for s in summaries):
        return EXIT_USAGE
    return EXIT_FINDINGS if findings else EXIT_OK


def run_rename(args: argparse.Namespace, lang: str) -> int:
    """Preview (exit 1 when there is something to change, 0 when nothing) or ``--apply``
    (exit 0, or 1 when some file was skipped)."""
    from ..folder import bulk

    files = _inputs(args.inputs, lang)
    if isinstance(files, str):
        print(files, file=sys.stderr)
        return EXIT_USAGE
    if args.unit:
        preview = bulk.rename_unit(files, *args.unit)
    elif args.position:
        preview = bulk.rename_position(files, *args.position)
    else:
        preview = bulk.replace_text(files, *args.text)
    for path, problem in preview.unreadable:
        print(f"{path}: {problem.text(lang)}", file=sys.stderr)
    for change in preview.changes:
        print(f"{change.file}: {change.place.text(lang)}: „{change.old}” → „{change.new}”")
    if not args.apply:
        print((f"{len(preview.changes)} kohta {len(preview.states)} failis; kirjutamiseks lisa --apply"
               if lang == "et" else
               f"{len(preview.changes)} places in {len(preview.states)} files; add --apply to write"),
              file=sys.stderr)
        return EXIT_FINDINGS if preview.changes else EXIT_OK
    done = bulk.apply(preview)
    for path, reason in done.skipped:
        print(f"{path}: " + ("jäi muutmata: " if lang == "et" else "left unchanged: ")
              + reason.text(lang), file=sys.stderr)
    print((f"Muudetud {sum(done.changed.values())} kohta {len(done.changed)} failis"
           if lang == "et" else
           f"Changed {sum(done.changed.values())} places in {len(done.changed)} files"),
          file=sys.stderr)
    return EXIT_FINDINGS if done.skipped or preview.unreadable else EXIT_OK


def run_approve(args: argparse.Namespace, lang: str) -> int:
    from ..folder.approve import Approval, ApprovalRefused, approve

    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError:
        print(f"--date {args.date}: " + ("kuupäev kujul AAAA-KK-PP, nt 2027-01-15."
                                         if lang == "et" else
                                         "a date as YYYY-MM-DD, e.g. 2027-01-15."), file=sys.stderr)
        return EXIT_USAGE
    files = _inputs(args.inputs, lang)
    if isinstance(files, str):
        print(files, file=sys.stderr)
        return EXIT_USAGE
    approval = Approval(day, args.number.strip(), args.approver.strip(), args.include_employees)
    try:
        done = approve(files, approval, args.out_dir, lang=lang,
                       progress=lambda n, total, path: print(f"[{n}/{total}] {path}",
                                                             file=sys.stderr, flush=True))
    except ApprovalRefused as refused:
        print(refused.message(lang), file=sys.stderr)
        return EXIT_FINDINGS
    for path in done.left_out:
        print(f"{path}: " + ("töötaja ametijuhend jäeti välja (see on töölepingu lisa; "
                             "--include-employees võtab ka need)." if lang == "et" else
                             "an employee's job description was left out (it is an annex of "
                             "the employment contract; --include-employees includes them)."),
              file=sys.stderr)
    print(("Lisade loetelu: " if lang == "et" else "List of annexes: ") + str(done.annex_list),
          file=sys.stderr)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, str], int]] = {
    "check": run_check, "approve": run_approve, "rename": run_rename,
}
