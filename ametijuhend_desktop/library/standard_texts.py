"""The agency's standard texts: what most job descriptions repeat word for word."""

from __future__ import annotations

from ..model import CompetencyGroup

STANDARD_RIGHTS: tuple[str, ...] = (
    "teha kaugtööd kokkuleppel vahetu juhiga;",
    "kasutada kõiki ameti esindusi töö tegemiseks;",
    "saada tööülesannete täitmiseks vajalikku infot, sh ligipääs tööks vajalikele infosüsteemidele;",
    "saada tööalast juhendamist ja põhjendatud juhul supervisiooni;",
    "osaleda ja esindada ametit oma valdkonna piires töörühmades, koolitustel jne;",
    "vastu võtta otsuseid oma pädevuse piires.",
)

STANDARD_RESPONSIBILITIES: tuple[str, ...] = (
    "tööülesannete tulemusliku täitmise eest vastavalt ametijuhendile, ameti põhimäärusele, "
    "äriprotsesside töövoogudele ja muudele kehtivatele õigusaktidele, juhenditele ning "
    "püstitatud eesmärkidele;",
    "tööülesannete täitmiseks antud riigi vara heaperemeheliku kasutamise eest;",
    "tööülesannete täitmisega seoses teatavaks saanud isikuandmete ning juurdepääsupiiranguga "
    "teabe ja konfidentsiaalse info hoidmise eest;",
    "andmebaaside ja infosüsteemide turvalise ja sihipärase kasutamise eest;",
    "oma kvalifikatsiooni hoidmise ning täiendamise eest;",
    "ameti maine hoidmise eest enda poolt vahendatavas teabes ja oma tegevustes.",
)

STANDARD_REQUIREMENT_LABELS: tuple[str, ...] = (
    "Haridus",
    "Töökogemus",
    "Arvutikasutamise oskus",
)

STANDARD_COMPETENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Kliendikesksus", (
        "Lähtub töös kliendi (nii sise- kui väliskliendi) vajadustest ning õigustest.",
        "Püüdleb oma töös kõrge kvaliteedi ning kliendirahulolu tagamise poole.",
        "Näitab üles austust avalikkuse ja kolleegide suhtes.",
    )),
    ("Asjatundlikkus", (
        "Tunneb põhjalikult oma vastutusala, hoiab end kursis valdkonna arengute ja parimate "
        "praktikatega.",
        "Seab kõrged standardid töötamisele, tegutseb professionaalselt ja saavutab "
        "kokkulepitud eesmärgid.",
        "Täiendab ja jagab oma teadmisi ja infot, arendab end erialaselt. Järgib tööks "
        "vajalikke õigusakte ja juhendmaterjale.",
        "Tagab usaldusväärsuse oma pühendunud ja kohusetundliku tööga.",
    )),
    ("Koostöövõime", (
        "Tajub oma rolli ameti eesmärkide täitmisel ning teeb koostööd kolleegide ja "
        "partneritega.",
        "Tegutseb meeskonna liikmena ning leiab lahendusi koos kolleegidega.",
        "Täidab kokkulepped ja lubadused.",
        "On avatud, kuulab ja mõtleb kaasa. Annab ja kasutab tagasisidet eesmärkide "
        "saavutamiseks. Näitab üles algatusvõimet ja teeb ettepanekuid.",
    )),
    ("Efektiivsus", (
        "Organiseerib oma tööd efektiivselt, seab prioriteete ja täidab ülesanded õigeaegselt. "
        "On süsteemne ja sihipärane, kasutab efektiivseid tegutsemis-meetodeid, viib asjad "
        "lõpuni.",
        "On muutuvas keskkonnas võimeline kohanema.",
        "Võtab vastutuse enda tegevuse eest.",
        "Edastab infot selgelt ja otsekoheselt.",
        "Kasutab ressursse tulemuslikult ning vastutustundlikult.",
    )),
)


def standard_competency_groups() -> list[CompetencyGroup]:
    return [CompetencyGroup(name, list(behaviours)) for name, behaviours in STANDARD_COMPETENCIES]
