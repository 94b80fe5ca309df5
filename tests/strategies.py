"""Hypothesis strategies for whole job descriptions with any text a user can type or paste."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from ametijuhend_desktop.model import (
    AdditionalCompetency,
    Approval,
    BulletSection,
    Cefr,
    CompetencyGroup,
    Duties,
    Duty,
    GeneralLabels,
    GeneralPart,
    JobDescription,
    LabelledRow,
    Language,
    Metadata,
    PostKind,
    Purpose,
    Requirements,
    ReviewClause,
    Signatory,
    SignatoryRole,
    Tools,
)

# What pastes from Word and PDF bring, and what Estonian needs.
_TRICKY = "õäöüšžÕÄÖÜŠŽ„“”«»‘’–—…\u00a0\u00ad\u200b\t\n\r\x0b\x0c\x00\x1f\x7f\ufeff\ufffe\uffff <>&\"'"

texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=_TRICKY, max_size=20),
    # Every code point, lone surrogates included (they can come out of broken pastes).
    st.text(alphabet=st.characters(exclude_categories=()), max_size=20),
)
short_lists = st.lists(texts, max_size=4)
dates = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
rows = st.builds(LabelledRow, texts, texts)

meta = st.builds(
    Metadata,
    kind=st.sampled_from(PostKind),
    organisation=texts,
    approval=st.builds(Approval, texts, dates, texts, texts),
    version=texts,
    effective_date=dates,
    last_review=dates,
    author=texts,
)
general = st.builds(
    GeneralPart, texts, texts, texts, texts, short_lists, short_lists, st.lists(rows, max_size=3),
    st.builds(GeneralLabels, texts, texts, texts, texts, texts),
)
bullets = st.builds(BulletSection, st.booleans(), texts, st.none() | texts, short_lists)


@st.composite
def requirements(draw: st.DrawFn) -> Requirements:
    row_list = draw(st.lists(rows, max_size=4))
    return Requirements(
        included=draw(st.booleans()),
        heading=draw(texts),
        rows=row_list,
        languages_label=draw(texts),
        languages_index=draw(st.integers(0, len(row_list))),
        languages=draw(st.lists(
            st.builds(Language, texts, st.sampled_from(Cefr), st.booleans(), texts), max_size=3)),
        competencies_label=draw(texts),
        competency_groups=draw(st.lists(st.builds(CompetencyGroup, texts, short_lists), max_size=3)),
        additional_label=draw(texts),
        additional=draw(st.lists(st.builds(AdditionalCompetency, texts, texts), max_size=3)),
    )


documents = st.builds(
    JobDescription,
    meta=meta,
    general=general,
    purpose=st.builds(Purpose, st.booleans(), texts, short_lists),
    duties=st.builds(
        Duties, texts, texts, texts,
        st.lists(st.builds(Duty, texts, short_lists, short_lists), max_size=5),
    ),
    rights=bullets,
    responsibilities=bullets,
    tools=st.builds(Tools, st.booleans(), texts, texts),
    requirements=requirements(),
    review=st.builds(ReviewClause, st.booleans(), texts, texts),
    signatories=st.lists(st.builds(Signatory, st.sampled_from(SignatoryRole), texts, texts), max_size=3),
)
