"""Writes: storing, idempotency, re-extraction, deletion, citation links, units (both databases)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models.tables import Award, DateMention, Document, Job, Reference, Unit, UnitMention

from .factories import award_decision, citing, directive_19_2021


def count(conn, table, *where) -> int:
    return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_a_document_is_stored_with_its_header_records_and_file(archive, conn):
    doc = citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", year=2022)
    outcome = archive.ingest(doc.bytes(), "../../etc/kế hoạch.txt")
    assert outcome.status == "stored"
    row = conn.execute(select(Document).where(Document.id == outcome.document_id)).mappings().one()
    assert (row["kind"], row["symbol"], row["issued"], row["year"]) == ("KH", doc.symbol, "2022-03-12", 2022)
    assert row["source_name"] == "kế hoạch.txt"  # the name is shown, never used as a path
    ref = conn.execute(select(Reference).where(Reference.document_id == outcome.document_id,
                                               Reference.symbol == "19/CT-TTg")).mappings().one()
    assert (ref["year"], ref["issued"], ref["relation"]) == (2021, "2021-07-16", "thực hiện")
    assert ref["sentence"].startswith("Thực hiện Chỉ thị số 19/CT-TTg")
    assert row["text"][ref["start"]:ref["end"]] == ref["evidence"]  # spans point into the stored text
    assert count(conn, DateMention, DateMention.document_id == outcome.document_id) >= 2
    assert archive.file_path(outcome.sha256).read_bytes() == doc.bytes()


def test_the_same_file_twice_is_a_no_op_that_says_so(archive, conn):
    doc = citing("Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ")
    first = archive.ingest(doc.bytes(), "a.txt")
    again = archive.ingest(doc.bytes(), "renamed.txt")
    assert again.status == "duplicate" and again.document_id == first.document_id
    assert "already stored" in again.message
    assert count(conn, Document) == 1


def test_a_file_that_cannot_be_read_writes_nothing(archive, conn):
    outcome = archive.ingest(b"%PDF-1.7\n this is not a PDF at all", "broken.pdf")
    assert outcome.status == "failed" and "damaged" in outcome.message
    assert count(conn, Document) == 0
    assert not archive.files_dir.exists() or not any(archive.files_dir.rglob("*"))


def test_reextraction_replaces_records_in_one_transaction(archive, conn, store, monkeypatch):
    document_id = store(award_decision(["Sở Y tế tỉnh Ninh Bình", "Ông Nguyễn Văn Hùng, Giám đốc Sở Nội vụ"]))
    before = conn.execute(select(Award.recipient, Award.award).where(Award.document_id == document_id)).all()
    assert len(before) == 2
    # What an older extractor wrote: a wrong recipient and an extra record.
    from sqlalchemy import insert, update

    with archive.db.engine.begin() as c:
        c.execute(update(Award).where(Award.document_id == document_id).values(recipient="(sai)"))
        c.execute(insert(DateMention).values(document_id=document_id, value="1999-01-01", precision="day",
                                             start=0, end=1, evidence="x"))

    outcome = archive.reextract(document_id)
    assert outcome.status == "reextracted"
    with archive.db.engine.connect() as fresh:
        after = fresh.execute(select(Award.recipient, Award.award).where(Award.document_id == document_id)).all()
        old_date = fresh.execute(select(func.count()).select_from(DateMention)
                                 .where(DateMention.value == "1999-01-01")).scalar_one()
    assert sorted(after) == sorted(before) and old_date == 0

    # A failure half-way leaves the previous records whole.
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(archive, "_write_records", broken)
    with pytest.raises(RuntimeError):
        archive.reextract(document_id)
    with archive.db.engine.connect() as fresh:
        kept = fresh.execute(select(Award.recipient, Award.award).where(Award.document_id == document_id)).all()
    assert sorted(kept) == sorted(before)


def test_stale_documents_are_those_of_an_older_extractor(archive, store):
    from sqlalchemy import update

    first, second = store(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021")), store(citing("Chỉ thị số 05-CT/TW"))
    with archive.db.engine.begin() as c:
        c.execute(update(Document).where(Document.id == first).values(extractor_version="0.0.1+old"))
    assert archive.stale() == [first]
    archive.reextract(first)
    assert archive.stale() == [] and second


def test_delete_takes_records_and_file_with_it(archive, conn, store):
    document_id = store(award_decision(["Trường Trung học phổ thông Chu Văn An"]))
    from api.queries import AwardFilters, awards

    sha = conn.execute(select(Document.sha256).where(Document.id == document_id)).scalar_one()
    assert awards(conn, AwardFilters(recipient="chu van an"))["total"] == 1
    archive.delete(document_id)
    assert awards(conn, AwardFilters(recipient="chu van an"))["total"] == 0  # the text indexes forget it too
    for table in (Reference, DateMention, UnitMention, Award):
        assert count(conn, table, table.document_id == document_id) == 0
    assert not archive.file_path(sha).exists()


def test_citations_link_to_stored_documents_by_key_and_year_whichever_comes_first(archive, conn, store):
    early = store(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", year=2021, month=9))
    covid = store(citing("Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ", year=2020, month=5))
    directive = store(directive_19_2021())
    late = store(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", year=2023))

    def cited(document_id):
        return conn.execute(select(Reference.cited_document_id).where(Reference.document_id == document_id,
                                                                      Reference.symbol == "19/CT-TTg")).scalar_one()

    assert cited(early) == directive  # stored before the directive: linked when it arrived
    assert cited(late) == directive  # stored after: linked at once
    assert cited(covid) is None  # same symbol, 2020: another document, not in the archive


def test_a_reference_without_a_year_is_never_linked_on_its_symbol_alone(conn, store):
    store(directive_19_2021())
    vague = store(citing("Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ"))
    row = conn.execute(select(Reference.year, Reference.cited_document_id)
                       .where(Reference.document_id == vague, Reference.symbol == "19/CT-TTg")).one()
    assert row == (None, None)


def test_units_are_one_row_each_across_documents(conn, store):
    store(citing("Nghị định số 91/2017/NĐ-CP"))
    store(citing("Nghị định số 98/2023/NĐ-CP"))
    rows = conn.execute(select(Unit.id, Unit.locality).where(Unit.name == "Sở Nội vụ")).all()
    assert len(rows) == 1
    assert count(conn, UnitMention, UnitMention.unit_id == rows[0][0]) == 2


def test_jobs_table_is_migrated(conn):
    assert count(conn, Job) == 0


def test_migrating_twice_changes_nothing(archive):
    archive.db.migrate()
    archive.db.migrate()


def test_a_batch_with_one_bad_document_stores_the_others_whole(archive, conn, monkeypatch):
    from api.archive import analyse

    docs = [citing("Nghị định số 91/2017/NĐ-CP"), award_decision(["Sở Y tế tỉnh Ninh Bình"]),
            citing("Chỉ thị số 34-CT/TW")]
    analyses = [analyse(d.bytes(), f"{i}.txt") for i, d in enumerate(docs)]
    real = archive._write_records

    def fails_on_the_decision(c, document_id, analysis, doc):
        real(c, document_id, analysis, doc)
        if doc["kind"] == "QĐ":
            raise RuntimeError("constraint broken half-way")

    monkeypatch.setattr(archive, "_write_records", fails_on_the_decision)
    outcomes = archive.store_many([(a, None) for a in analyses])
    assert [o.status for o in outcomes] == ["stored", "failed", "stored"]
    assert "constraint broken" in outcomes[1].message
    assert count(conn, Document) == 2
    assert count(conn, Award, Award.recipient == "Sở Y tế tỉnh Ninh Bình") == 0  # nothing half-written
