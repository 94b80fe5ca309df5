"""Why a file operation failed, in plain Estonian and English.

The system's own words (``strerror``) are English and sometimes cryptic ("Resource
temporarily unavailable"); an Estonian message never shows them. The common causes have
words of their own; anything else is named by its code.
"""

from __future__ import annotations

import errno

_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("faili või kausta ei ole", "there is no such file or folder"),
    errno.EACCES: ("puudub luba", "permission denied"),
    errno.EPERM: ("puudub luba", "permission denied"),
    errno.EROFS: ("ketas on ainult lugemiseks", "the drive is read-only"),
    errno.ENOSPC: ("kettal pole ruumi", "the disk is full"),
    errno.EDQUOT: ("kettal pole ruumi (kasutaja kvoot on täis)", "the disk quota is full"),
    errno.EISDIR: ("see on kaust, mitte fail", "it is a folder, not a file"),
    errno.ENOTDIR: ("tee osa ei ole kaust", "part of the path is not a folder"),
    errno.ENAMETOOLONG: ("nimi on liiga pikk", "the name is too long"),
    errno.EIO: ("sisend-väljundviga (võrguketas või seade ei vasta)",
                "input/output error (the network drive or device does not respond)"),
    errno.ELOOP: ("liiga palju nimeviitu järjest", "too many symbolic links in a row"),
    errno.EBUSY: ("fail või seade on kasutusel", "the file or device is in use"),
    errno.ETXTBSY: ("fail on kasutusel", "the file is in use"),
    errno.EAGAIN: ("fail on hõivatud; proovige uuesti", "the file is busy; try again"),
    errno.EMFILE: ("liiga palju faile on korraga avatud", "too many files are open at once"),
    errno.ENFILE: ("liiga palju faile on korraga avatud", "too many files are open at once"),
    errno.EEXIST: ("see on juba olemas", "it already exists"),
    errno.ENXIO: ("seade ei vasta", "the device does not respond"),
    errno.ENODEV: ("seade ei vasta", "the device does not respond"),
    errno.ETIMEDOUT: ("võrguketas ei vastanud", "the network drive did not respond"),
    errno.EHOSTDOWN: ("võrguketas ei ole kättesaadav", "the network drive is unreachable"),
    errno.EHOSTUNREACH: ("võrguketas ei ole kättesaadav", "the network drive is unreachable"),
    errno.ESTALE: ("võrguketta ühendus katkes", "the network drive's connection was lost"),
    errno.EXDEV: ("fail on teisel kettal", "the file is on another drive"),
    errno.EINVAL: ("nimi või toiming ei sobi sellele kettale",
                   "the name or operation does not suit this drive"),
}


def os_reason(exc: OSError) -> tuple[str, str]:
    """The reason in both languages: a plain phrase, or the error's code name."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    name = errno.errorcode.get(exc.errno or 0, "")
    return (f"süsteemi viga{f' ({name})' if name else ''}",
            f"system error{f' ({name})' if name else ''}")


def unexpected(exc: BaseException) -> tuple[str, str]:
    """A fault of the program met while working through many files: named by its type
    only (its text is the program's, in English); the traceback goes to the log."""
    return (f"ootamatu viga ({type(exc).__name__}); üksikasjad on logifailis",
            f"unexpected error ({type(exc).__name__}); the details are in the log file")
