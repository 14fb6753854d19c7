"""The lead list: compiled statements reused by filter shape give the same rows as a
query built from scratch with the real values."""

from __future__ import annotations

import itertools

import pytest

from contactos import listing
from contactos.models import Contact, Lead, Representada, Source, Stage, Tag, database, now


@pytest.fixture
def demo(db):
    from contactos import demo

    demo.load_demo()
    return db


def reference(flt, sort, descending, limit, offset):
    query = listing._lead_query(flt, now()).order_by(*listing.lead_order(sort, descending))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [row[0] for row in database.execute(query).fetchall()]


def test_cached_statements_match_fresh_queries(demo):
    stage = Stage.select().first().id
    representada = Representada.select().first().id
    source = Source.select().first().id
    tag = Tag.select().first().name
    contact = Lead.select().first().contact_id
    filters = [
        listing.LeadFilter(),
        listing.LeadFilter(status="open"),
        listing.LeadFilter(status="won", representada_id=representada),
        listing.LeadFilter(stage_id=stage, source_id=source),
        listing.LeadFilter(tag=tag),
        listing.LeadFilter(contact_id=contact),
        listing.LeadFilter(search="nunez"),
        listing.LeadFilter(search="ferre", status="open"),
        listing.LeadFilter(search="55", tag=tag),
        listing.LeadFilter(status="lost", search="compra"),
    ]
    cases = itertools.product(
        filters, ("next_action", "title", "value"), (False, True), ((None, 0), (5, 0), (5, 5))
    )
    for flt, sort, descending, (limit, offset) in cases:
        got = [
            r.id
            for r in listing.lead_rows(
                flt, sort=sort, descending=descending, limit=limit, offset=offset
            )
        ]
        assert got == reference(flt, sort, descending, limit, offset), (flt, sort, descending)
    assert Contact.select().count() > 0


def test_filters_select_the_leads_they_name(demo):
    """Each filter against rows worked out without the listing's own query: a filter
    inverted (a tag's leads left out instead of kept) fails here."""
    from contactos.models import ContactTag

    def ids(flt) -> set[int]:
        return {r.id for r in listing.lead_rows(flt)}

    leads = list(Lead.select())
    assert ids(listing.LeadFilter()) == {lead.id for lead in leads}
    for tag in Tag.select():
        tagged = {ct.contact_id for ct in ContactTag.select().where(ContactTag.tag == tag)}
        expected = {lead.id for lead in leads if lead.contact_id in tagged}
        assert ids(listing.LeadFilter(tag=tag.name)) == expected, tag.name
        assert expected and expected != {lead.id for lead in leads}  # (a filter that filters)
    for status in Lead.STATUSES:
        expected = {lead.id for lead in leads if lead.status == status}
        assert ids(listing.LeadFilter(status=status)) == expected
    for rep in Representada.select():
        expected = {lead.id for lead in leads if lead.representada_id == rep.id}
        assert ids(listing.LeadFilter(representada_id=rep.id)) == expected
    for source in Source.select():
        for stage in Stage.select():
            expected = {
                lead.id
                for lead in leads
                if lead.source_id == source.id and lead.stage_id == stage.id
            }
            assert ids(listing.LeadFilter(stage_id=stage.id, source_id=source.id)) == expected
    contact = leads[0].contact_id
    expected = {lead.id for lead in leads if lead.contact_id == contact}
    assert ids(listing.LeadFilter(contact_id=contact)) == expected
