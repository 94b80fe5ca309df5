"""The preview HTML: same wording and numbers as the document, user text escaped."""

from __future__ import annotations

from ametijuhend_desktop.library.new_document import new_document
from ametijuhend_desktop.model import (
    AdditionalCompetency,
    Cefr,
    Duty,
    Language,
    PostKind,
    SectionId,
)
from ametijuhend_desktop.preview.html import anchor_for, render_html


def _doc(kind: PostKind = PostKind.AMETNIK):
    doc = new_document(kind, "Sotsiaalkindlustusamet", "Mari Maasikas")
    doc.general.job_title = "Peaspetsialist (ennetusteenus)"
    doc.purpose.paragraphs = ["Laste ja perede heaolu."]
    doc.duties.items = [Duty("Nõustamine <kiire> & „täpne”\nteine rida", ["alapunkt"],
                             ["Klient on nõustatud."]),
                        Duty("Aruandlus", [], ["Aruanne on esitatud."])]
    return doc


def test_sections_are_numbered_with_anchors_and_gaps_closed() -> None:
    doc = _doc()
    html = render_html(doc)
    assert '<a name="general"></a><h2>1. ÜLDOSA</h2>' in html
    assert "<h2>3. TEENISTUSÜLESANDED</h2>" in html
    assert "TÖÖVAHENDID" not in html  # off in a new document
    assert "<h2>6. AMETIKOHALE ESITATAVAD NÕUDED</h2>" in html
    assert f'<a name="{anchor_for(duty=1)}"></a>3.2 Aruandlus' in html
    assert "Ametnikul on õigus:" in html
    assert anchor_for(SectionId.REVIEW) == "review"
    doc.purpose.paragraphs = [" "]  # switched on but empty: no bare heading, the gap closes
    html = render_html(doc)
    assert "EESMÄRK" not in html and "<h2>2. TEENISTUSÜLESANDED</h2>" in html


def test_user_text_is_escaped_and_line_breaks_kept() -> None:
    html = render_html(_doc())
    assert "3.1 Nõustamine &lt;kiire&gt; &amp; „täpne”<br>teine rida" in html
    assert "<li>alapunkt</li>" in html
    assert "<kiire>" not in html


def test_kind_changes_wording_not_text() -> None:
    doc = _doc(PostKind.TOOTAJA)
    html = render_html(doc)
    assert "Töölepingu juurde kuuluv lisa" in html
    assert "<h2>3. TÖÖÜLESANDED</h2>" in html
    assert "Töötajal on õigus:" in html
    assert "Poolte allkirjad:" in html and "Tööandja" in html
    assert "Peaspetsialist (ennetusteenus)" in html


def test_requirements_put_languages_in_their_row() -> None:
    doc = _doc()
    doc.requirements.languages = [Language("eesti", Cefr.C1, True, ""),
                                  Language("inglise", Cefr.B2, False, "")]
    doc.requirements.additional = [AdditionalCompetency("Analüüsivõime", "näeb seoseid")]
    html = render_html(doc)
    assert "Eesti keele oskus vähemalt tasemel C1.<br>Inglise keele oskus tasemel B2 on kasuks." \
        in html
    assert html.index("Töökogemus") < html.index("Keeleoskus") < html.index("Arvutikasutamise")
    assert "<li><b>Analüüsivõime</b>: näeb seoseid</li>" in html  # the name heads its item
    assert "<b>Kliendikesksus:</b>" in html


def test_many_duties_are_listed_instead_of_a_table() -> None:
    doc = _doc()
    doc.duties.items = [Duty(f"Ülesanne {i}", [], [f"Tulemus {i}"]) for i in range(1, 62)]
    html = render_html(doc)
    assert "<th" not in html
    assert f'<a name="{anchor_for(duty=60)}"></a><b>3.61</b> Ülesanne 61' in html
    assert "<li>Tulemus 61</li>" in html
