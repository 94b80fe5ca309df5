"""The header and the signature block of an old job description.

The header is "KINNITATUD" over "<approver> DD.MM.YYYY käskkirjaga nr N" (and "Lisa N")
for an ametnik, "Töölepingu juurde kuuluv lisa" for a töötaja. The signature block is
"(allkirjastatud digitaalselt)" over a name and a position; for a töötaja the two parties
stand side by side under "Tööandja: Töötaja:", which text extraction puts on one line.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import JobDescription, PostKind, Signatory, SignatoryRole
from ..model.wording import SIGNED_DIGITALLY
from .lines import Line
from .notes import Notes

_APPROVAL = re.compile(
    r"^(?P<who>.*?)\s*(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\.?\s*(?:a\.\s*)?"
    r"(?:käskkirja(?:ga)?|korraldusega)\s*(?:nr\.?\s*(?P<num>\S+))?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^lisa\s*(?:nr\.?\s*)?\d+\S*$", re.IGNORECASE)
_ROLE = re.compile(r"(tööandja|töötaja|kinnitaja)\s*:", re.IGNORECASE)
_ROLES = {
    "tööandja": SignatoryRole.EMPLOYER,
    "töötaja": SignatoryRole.EMPLOYEE,
    "kinnitaja": SignatoryRole.APPROVER,
}
_SIGNED = re.compile(re.escape(SIGNED_DIGITALLY), re.IGNORECASE)


def is_signature_start(text: str) -> bool:
    folded = text.casefold()
    return (folded.startswith(("poolte allkirjad", SIGNED_DIGITALLY))
            or bool(_ROLE.match(text)))


def _organisation(approver: str) -> str:
    """"Sotsiaalkindlustusameti peadirektori" -> "Sotsiaalkindlustusamet" (genitive -i/-e)."""
    words = approver.split()
    if len(words) >= 2 and words[0][:1].isupper() and words[0].endswith(("ameti", "keskuse",
                                                                          "iooni", "ministeeriumi")):
        return words[0][:-1]
    return ""


def _approval(text: str, doc: JobDescription, notes: Notes) -> bool:
    match = _APPROVAL.match(text)
    if match is None:
        return False
    a = doc.meta.approval
    a.approver = match.group("who").strip()
    a.directive_number = (match.group("num") or "").rstrip(".,")
    day, month, year = (int(x) for x in re.findall(r"\d+", match.group("date")))
    try:
        a.date = dt.date(year, month, day)
    except ValueError:
        date = match.group("date")
        notes.unplaced(("meta", "approval", "date"),
                       f"Kinnitamise kuupäev „{date}” ei ole õige kuupäev.",
                       f"The approval date “{date}” is not a real date.")
    if match.group("rest"):
        rest = match.group("rest")
        notes.unplaced(("meta", "approval"), f"Kinnitusrea lõpp jäi paigutamata: „{rest}”.",
                       f"The end of the approval line was not placed: “{rest}”.")
    doc.meta.organisation = doc.meta.organisation or _organisation(a.approver)
    return True


def _unplaced(notes: Notes, text: str) -> None:
    notes.unplaced((), f"Päises jäi paigutamata rida: „{text}”.",
                   f"A line of the header was not placed: “{text}”.")


def parse_header(lines: list[Line], doc: JobDescription, notes: Notes) -> None:
    """Approval, annex and the kind's header line; other lines are named in the notes."""
    pending: list[str] = []  # lines after KINNITATUD until the directive is named
    approving = False
    stamped = found = False  # "KINNITATUD" seen; an approval line read
    for text in (x.text for x in lines if not x.blank):
        folded = text.casefold()
        if folded == "kinnitatud":
            approving = stamped = True
        elif folded.startswith(("töölepingu juurde kuuluv lisa", "töölepingu lisa")) or (
            folded == "ametijuhend"
        ):
            continue
        elif _ANNEX.match(text):
            doc.meta.approval.annex = text
        elif approving or "käskkirja" in folded:
            pending.append(text)
            if _approval(" ".join(pending), doc, notes):
                pending, approving, found = [], False, True
        else:
            _unplaced(notes, text)
    for text in pending:
        _unplaced(notes, text)
    if stamped and not found:
        notes.guess(("meta", "approval"),
                    "Päises oli ainult „KINNITATUD”: kinnitaja, kuupäev ja käskkirja number on "
                    "täitmata, täida need dokumendi andmetes.",
                    "The header said only “KINNITATUD” (approved): the approver, the date and "
                    "the directive number are empty; fill them in in the document details.")


def _people(line: Line, count: int, notes: Notes) -> list[str]:
    """A line of names or positions of ``count`` signatories side by side."""
    if count == 1:
        return [line.text]
    if len(line.cells) == count:
        return list(line.cells)
    words = line.text.split()
    if len(words) == 2 * count:
        notes.guess(("signatories",),
                    f"Allkirjastajate nimed „{line.text}” on jagatud oletuse järgi.",
                    f"The signatories' names “{line.text}” were split by a guess.")
        return [" ".join(words[i: i + 2]) for i in range(0, len(words), 2)]
    return [line.text]


def _fill(signatory: Signatory, value: str, notes: Notes) -> None:
    if not signatory.name:
        signatory.name = value
    elif not signatory.position:
        signatory.position = value
    else:
        signatory.position = f"{signatory.position}, {value}"
        notes.guess(("signatories",), f"Allkirjaploki rida „{value}” on lisatud ametinimetusele.",
                    f"The signature block's line “{value}” was added to the position.")


def parse_signatures(lines: list[Line], doc: JobDescription, notes: Notes) -> None:
    """Signatories with their names and positions; "(allkirjastatud digitaalselt)" is
    generated by the export, so it is not kept."""
    group: list[Signatory] = []
    for line in lines:
        text = _SIGNED.sub("", line.text).strip()
        if text.casefold().startswith("poolte allkirjad"):
            text = text[len("poolte allkirjad"):].lstrip(" :")
        if not text:
            continue
        roles = list(_ROLE.finditer(text))
        if roles:
            group = []
            for i, role in enumerate(roles):
                end = roles[i + 1].start() if i + 1 < len(roles) else len(text)
                who = Signatory(_ROLES[role.group(1).casefold()], text[role.end(): end].strip())
                group.append(who)
            doc.signatories += group
            continue
        if not group:
            ametnik = doc.kind is PostKind.AMETNIK
            group = [Signatory(SignatoryRole.APPROVER if ametnik else SignatoryRole.EMPLOYER)]
            doc.signatories += group
        values = _people(Line(text, "", line.cells), len(group), notes)
        if len(values) == len(group):
            for signatory, value in zip(group, values, strict=True):
                _fill(signatory, value, notes)
        else:
            empty = [s for s in group if not s.name] or [s for s in group if not s.position]
            _fill(empty[0] if empty else group[0], values[0], notes)
