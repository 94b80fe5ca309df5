"""The command line's words: both argument parsers, their help in Estonian or English.

``ametijuhend [FILE]`` (the editor) and ``ametijuhend validate|show|export|import …``
(the headless commands) each have one parser here, and the editor's parse ends in a
checked ``EditorOptions``. The language is ``--lang`` if given, else AMETIJUHEND_LANG,
else Estonian. argparse's own complaints become a ``UsageError`` (one line, in the
user's language) instead of a usage block and ``SystemExit``.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from .. import __version__
from ..editor_options import LANGUAGES, EditorOptions, parse_select, parse_size
from ..errors import UsageError
from .compare import add_parser as add_compare_parser
from .folder import COMMANDS as FOLDER_COMMANDS
from .folder import add_parsers as add_folder_parsers

COMMANDS = ("validate", "show", "export", "import", "compare", *FOLDER_COMMANDS)

_TEXTS: dict[str, dict[str, str]] = {
    "et": {
        "usage": "kasutus: ", "positionals": "argumendid", "options": "valikud",
        "help": "näita seda abi ja välju", "version": "näita versiooni ja välju",
        "description": (
            "Ametijuhendite redaktor. Ilma käsuta avab redaktori. Käsud: validate FAIL… "
            "(kontroll), show FAIL (tekst), export FAIL… (Wordi fail), import VANA.docx|VANA.txt "
            "(vana ametijuhend .ajx-failiks), compare VANA UUS (versioonide võrdlus), check KAUST (kontroll üle dokumentide), approve "
            "FAILID… (käskkirja lisad), rename KAUST (nimed ja standardtekstid kõigis). "
            "Ilma käsuta ja kaustaga avab kaustavaate."),
        "epilog": "Käsu abi: ametijuhend validate --help, ametijuhend export --help …",
        "file": "avatav ametijuhend (.ajx või meie eksporditud .docx)",
        "screenshot": "salvesta akna pilt (PNG) ja välju; ekraani pole vaja",
        "select": "koht, mis on valitud, nt duties/3, requirements, meta",
        "size": "pildi suurus, nt 1280x800",
        "lang": "keel: et (eesti) või en (inglise)",
        "commands": "käsud",
        "validate": "kontrolli faile ja näita leide", "errors_only": "näita ainult vigu",
        "show": "näita ametijuhendi teksti",
        "export": "ekspordi Wordi (.docx) failiks",
        "output": "väljundfail (üks sisend)", "out_dir": "väljundkaust (mitu sisendit)",
        "template": "oma Wordi mall", "jobs": "paralleelsete tööde arv (1…64)",
        "strict": "ära ekspordi dokumenti, milles on vigu (väljumiskood 1)",
        "pdf": "ekspordi PDF/A-failiks (üks sisend; vajab LibreOffice'it)",
        "import": "loe vanad ametijuhendid (Word, .doc, OpenDocument, RTF, tekst) .ajx-failideks",
        "import_output": "väljundfail (vaikimisi sama nimi .ajx-laiendiga)",
    },
    "en": {
        "usage": "usage: ", "positionals": "arguments", "options": "options",
        "help": "show this help and exit", "version": "show the version and exit",
        "description": (
            "Editor for Estonian job descriptions. Without a command it opens the editor. "
            "Commands: validate FILE… (check), show FILE (text), export FILE… (Word file), "
            "import OLD.docx|OLD.txt (an old job description into an .ajx file), compare OLD NEW "
            "(two versions compared), check DIR "
            "(checks across documents), approve FILES… (a directive's annexes), rename DIR "
            "(names and standard texts in all). With a folder and no command, the folder view."),
        "epilog": "Help on a command: ametijuhend validate --help, ametijuhend export --help …",
        "file": "the job description to open (.ajx, or a .docx we exported)",
        "screenshot": "save a picture (PNG) of the window and exit; needs no screen",
        "select": "the place selected, e.g. duties/3, requirements, meta",
        "size": "picture size, e.g. 1280x800",
        "lang": "language: et (Estonian) or en (English)",
        "commands": "commands",
        "validate": "check files and show the findings", "errors_only": "show errors only",
        "show": "show the job description's text",
        "export": "export to a Word (.docx) file",
        "output": "output file (one input)", "out_dir": "output folder (several inputs)",
        "template": "your own Word template", "jobs": "number of parallel jobs (1…64)",
        "strict": "do not export a document that has errors (exit code 1)",
        "pdf": "export to a PDF/A file (one input; needs LibreOffice)",
        "import": "read old job descriptions (Word, .doc, OpenDocument, RTF, text) into .ajx files",
        "import_output": "output file (by default the same name with .ajx)",
    },
}

# argparse's messages (Python 3.11 … 3.13) in Estonian; anything else is passed on as is.
_ARGPARSE_ET = [
    (re.compile(r"^the following arguments are required: (.+)$"), "puudu: {0}"),
    (re.compile(r"^unrecognized arguments: (.+)$"), "tundmatu: {0}"),
    (re.compile(r"^argument (\S+): expected one argument$"), "{0} vajab väärtust"),
    (re.compile(r"^argument (\S+): expected at least one argument$"), "{0} vajab väärtust"),
    (re.compile(r"^argument (\S+): invalid choice: (.+?) \(choose from (.+)\)$"),
     "{0}: {1} ei sobi; valikud: {2}"),
    (re.compile(r"^argument (\S+): ignored explicit argument (.+)$"), "{0} ei võta väärtust {1}"),
    (re.compile(r"^ambiguous option: (\S+) could match (.+)$"), "{0} on mitmetähenduslik: {1}"),
    (re.compile(r"^argument (\S+): not allowed with argument (.+)$"), "{0} ei sobi koos {1}"),
    (re.compile(r"^argument (\S+): (.+)$"), "{0}: {1}"),  # our own checks' words
]


def language(argv: Sequence[str]) -> str:
    """The language asked for: ``--lang`` on the command line, else AMETIJUHEND_LANG."""
    chosen = os.environ.get("AMETIJUHEND_LANG", "et")
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    return "en" if chosen.lower().startswith("en") else "et"


def _formatter(lang: str) -> type[argparse.HelpFormatter]:
    prefix = _TEXTS[lang]["usage"]

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[Any], prefix_: str | None = None) -> None:
            # argparse asks with prefix "" when it names a subcommand: leave that alone.
            super().add_usage(usage, actions, groups, prefix if prefix_ is None else prefix_)

    return Formatter


class Parser(argparse.ArgumentParser):
    """argparse that raises ``UsageError`` instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        et = message
        for pattern, words in _ARGPARSE_ET:
            match = pattern.match(message)
            if match:
                et = words.format(*match.groups())
                break
        hint_et, hint_en = f"(vt {self.prog} --help)", f"(see {self.prog} --help)"
        raise UsageError(f"{self.prog}: {et} {hint_et}", f"{self.prog}: {message} {hint_en}")


def _new(lang: str, with_lang: bool = True, epilog: str | None = None) -> Parser:
    parser = Parser(prog="ametijuhend", add_help=False, formatter_class=_formatter(lang),
                    description=_TEXTS[lang]["description"], epilog=epilog)
    return _setup(parser, lang, with_lang)


def _setup(parser: Parser, lang: str, with_lang: bool = True) -> Parser:
    """Headings and -h in the user's language, and --lang (on the parser that reads it:
    a subcommand's default would overwrite the main parser's value)."""
    texts = _TEXTS[lang]
    parser._positionals.title = texts["positionals"]
    parser._optionals.title = texts["options"]
    parser.add_argument("-h", "--help", action="help", help=texts["help"])
    if with_lang:
        parser.add_argument("--lang", choices=LANGUAGES, help=texts["lang"])
    return parser


def editor_parser(lang: str = "et") -> Parser:
    """``ametijuhend [FILE] [--screenshot PNG] [--select PATH] [--size WxH] [--lang et|en]``."""
    t = _TEXTS[lang]
    parser = _new(lang, epilog=t["epilog"])
    parser.add_argument("--version", action="version", version=f"ametijuhend {__version__}",
                        help=t["version"])
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help=t["file"])
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=t["screenshot"])
    parser.add_argument("--select", metavar="PATH", help=t["select"])
    parser.add_argument("--size", metavar="WxH", help=t["size"])
    return parser


def command_parser(lang: str = "et") -> Parser:
    """``ametijuhend validate|show|export|import …``."""
    t = _TEXTS[lang]
    parser = _new(lang, with_lang=False)
    parser.add_argument("--version", action="version", version=f"ametijuhend {__version__}",
                        help=t["version"])
    sub = parser.add_subparsers(dest="command", required=True, title=t["commands"],
                                parser_class=Parser)

    def command(name: str) -> Parser:
        made = sub.add_parser(name, help=t[name], description=t[name], add_help=False,
                              formatter_class=_formatter(lang))
        return _setup(made, lang)

    v = command("validate")
    v.add_argument("files", nargs="+", type=Path, metavar="FILE")
    v.add_argument("--errors-only", action="store_true", help=t["errors_only"])
    s = command("show")
    s.add_argument("file", type=Path, metavar="FILE")
    e = command("export")
    e.add_argument("inputs", nargs="+", type=Path, metavar="FILE_OR_DIR")
    e.add_argument("-o", "--output", type=Path, metavar="OUT.docx", help=t["output"])
    e.add_argument("--out-dir", type=Path, metavar="DIR", help=t["out_dir"])
    e.add_argument("--template", type=Path, metavar="T.docx", help=t["template"])
    e.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N", help=t["jobs"])
    e.add_argument("--strict", action="store_true", help=t["strict"])
    e.add_argument("--pdf", action="store_true", help=t["pdf"])
    from .importing import add_arguments as add_import_arguments

    add_import_arguments(command("import"), lang)
    def made(name: str, text: str) -> Parser:
        return _setup(sub.add_parser(name, help=text, description=text, add_help=False,
                                     formatter_class=_formatter(lang)), lang)

    add_compare_parser(made, lang)
    add_folder_parsers(made, lang)
    return parser


def _jobs(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError(f"{text!r} (1…64)")
    return int(text)


def parse_editor(argv: Sequence[str]) -> EditorOptions:
    """The editor's options from the command line, every value checked but the file's
    contents (the caller reads it and checks ``select`` against it)."""
    args = editor_parser(language(argv)).parse_args(list(argv))
    for path in (args.file, args.screenshot):
        if path is not None and "\0" in str(path):
            raise UsageError("failinimes on keelatud märk.", "the file name has a forbidden character.")
    return EditorOptions(
        file=args.file,
        screenshot=args.screenshot,
        select=parse_select(args.select) if args.select is not None else None,
        size=parse_size(args.size) if args.size is not None else EditorOptions.size,
        lang=args.lang,
    )
