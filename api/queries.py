"""Reads of the archive: documents, search, citations, the award register, units, statistics.

Each function takes a connection and returns plain data (dicts), so the API, the CLI and the
benchmarks share one implementation. Filters are folded where users type free text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Float, Integer, and_, column, func, literal_column, or_, select, text
from sqlalchemy.sql import Select

from extractor.normalize import fold_aligned
from extractor.query import CitationQuery
from extractor.version import extractor_version
from models import fulltext
from models.fulltext import Query, facet_lists, matches, snippet, sqlite_search
from models.tables import Award, DateMention, Document, Period, Reference, Unit, UnitMention

DOCUMENT_LIST_COLUMNS = (Document.id, Document.source_name, Document.format, Document.kind, Document.kind_name,
                         Document.symbol, Document.issuer, Document.place, Document.issued, Document.year,
                         Document.title, Document.summary, Document.pages, Document.method, Document.created_at)


@dataclass(frozen=True)
class DocumentFilters:
    kind: str | None = None
    issuer: str | None = None  # folded substring
    unit: str | None = None  # a unit id, or a folded substring of unit names
    issued_from: str | None = None  # ISO, inclusive
    issued_to: str | None = None
    year: int | None = None
    cites: str | None = None  # a reference in any form

    def apply(self, conn: Connection, stmt: Select) -> Select:
        if self.kind:
            stmt = stmt.where(or_(Document.kind == self.kind, Document.kind_name == self.kind))
        if self.issuer:
            stmt = stmt.where(_folded_contains(conn, Document.issuer, self.issuer))
        if self.year:
            stmt = stmt.where(Document.year == self.year)
        if self.issued_from:
            stmt = stmt.where(Document.issued >= self.issued_from)
        if self.issued_to:
            # A partial date ("2021-11") sorts before every day of its month: compare on a prefix.
            stmt = stmt.where(func.substr(Document.issued, 1, len(self.issued_to)) <= self.issued_to)
        if self.unit:
            unit_ids = select(Unit.id).where(Unit.id == int(self.unit)) if self.unit.isdigit() else \
                select(Unit.id).where(Unit.name_folded.contains(fold_aligned(self.unit)))
            stmt = stmt.where(Document.id.in_(select(UnitMention.document_id).where(UnitMention.unit_id.in_(unit_ids))))
        if self.cites:
            stmt = stmt.where(Document.id.in_(_citing_documents(CitationQuery.parse(self.cites))))
        return stmt


def _folded_contains(conn: Connection, column, value: str):
    """Accent- and case-insensitive substring test on a column that is stored as written.
    ``vanban_fold`` is a SQL function on both databases: a migration creates it on PostgreSQL,
    and every SQLite connection registers it (models.database)."""
    return func.vanban_fold(column).contains(fold_aligned(value.strip()))


def list_documents(conn: Connection, filters: DocumentFilters, limit: int = 20, offset: int = 0,
                   order: str = "issued") -> dict[str, Any]:
    base = filters.apply(conn, select(Document.id))
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    ordering = {"issued": (Document.issued.desc(), Document.id.desc()), "created": (Document.id.desc(),),
                "symbol": (Document.symbol, Document.id)}.get(order, (Document.id.desc(),))
    rows = conn.execute(filters.apply(conn, select(*DOCUMENT_LIST_COLUMNS)).order_by(*ordering)
                        .limit(limit).offset(offset)).mappings().all()
    return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}


def document_detail(conn: Connection, document_id: int) -> dict[str, Any] | None:
    doc = conn.execute(select(Document).where(Document.id == document_id)).mappings().first()
    if doc is None:
        return None
    out = dict(doc)
    out.pop("symbol_key", None)

    def rows(table, *order) -> list[dict[str, Any]]:
        cols = [c for c in table.__table__.columns if c.name not in ("document_id", "key_folded", "recipient_folded",
                                                                        "award_folded")]
        return [dict(r) for r in conn.execute(select(*cols).where(table.document_id == document_id)
                                              .order_by(*order)).mappings()]

    out["references"] = rows(Reference, Reference.start)
    cited = {r["cited_document_id"] for r in out["references"] if r["cited_document_id"]}
    if cited:
        names = dict(conn.execute(select(Document.id, Document.symbol).where(Document.id.in_(cited))).all())
        for r in out["references"]:
            r["cited_document_symbol"] = names.get(r["cited_document_id"])
    out["dates"] = rows(DateMention, DateMention.start)
    out["periods"] = rows(Period, Period.start)
    out["units"] = [dict(r) for r in conn.execute(
        select(UnitMention.id, UnitMention.start, UnitMention.end, UnitMention.evidence, Unit.id.label("unit_id"),
               Unit.name, Unit.locality, Unit.level, Unit.canonical)
        .join(Unit, Unit.id == UnitMention.unit_id).where(UnitMention.document_id == document_id)
        .order_by(UnitMention.start)).mappings()]
    out["awards"] = rows(Award, Award.start)
    out["cited_by"] = [dict(r) for r in conn.execute(
        select(Reference.document_id, Document.symbol, Document.title, Reference.relation, Reference.sentence)
        .join(Document, Document.id == Reference.document_id)
        .where(Reference.cited_document_id == document_id).order_by(Reference.document_id)).mappings()]
    out["stale"] = doc["extractor_version"] != extractor_version()
    return out


# ---------------------------------------------------------------------------------------------
# Search


FACETS = {"kind": Document.kind_name, "issuer": Document.issuer, "year": Document.year}


def search(conn: Connection, q: str, filters: DocumentFilters, limit: int = 20, offset: int = 0,
           facet_limit: int = 12) -> dict[str, Any]:
    query = Query.parse(q)
    if not query.terms:
        return {"query": q, "total": 0, "limit": limit, "offset": offset, "items": [], "facets": {}}
    simple = not (filters.unit or filters.issued_from or filters.issued_to or filters.cites)
    if conn.dialect.name == "sqlite" and simple:
        total, page_ids, facets, order = sqlite_search(conn, query, _kind_name(filters.kind), filters.issuer,
                                                       filters.year, limit, offset, facet_limit)
        rows = {r["id"]: r for r in conn.execute(select(*DOCUMENT_LIST_COLUMNS, Document.text)
                                                 .where(Document.id.in_([i for i, _ in page_ids]))).mappings()}
        items = [_hit(rows[i], rank, query) for i, rank in page_ids if i in rows]
        return {"query": q, "total": total, "limit": limit, "offset": offset, "order": order, "items": items,
                "facets": facets}
    if conn.dialect.name == "postgresql":
        return _postgresql_search(conn, query, filters, limit, offset, facet_limit)
    sql, params = matches(query)  # SQLite, with filters its fast path does not take
    hits = text(sql).bindparams(**params).columns(column("id", Integer), column("rank", Float)).subquery("hits")
    matched = filters.apply(conn, select(Document.id, hits.c.rank).join(hits, hits.c.id == Document.id)).subquery()
    total = conn.execute(select(func.count()).select_from(matched)).scalar_one()
    page = conn.execute(select(*DOCUMENT_LIST_COLUMNS, Document.text, matched.c.rank)
                        .join(matched, matched.c.id == Document.id)
                        .order_by(matched.c.rank, Document.id.desc()).limit(limit).offset(offset)).mappings().all()
    items = [_hit(row, row["rank"], query) for row in page]
    facets = {}
    for name, facet in FACETS.items():
        counts = conn.execute(select(facet, func.count()).join(matched, matched.c.id == Document.id)
                              .group_by(facet).order_by(func.count().desc(), facet).limit(facet_limit)).all()
        facets[name] = [{"value": v, "count": n} for v, n in counts]
    return {"query": q, "total": total, "limit": limit, "offset": offset, "order": "relevance", "items": items,
            "facets": facets}


def _postgresql_search(conn: Connection, query: Query, filters: DocumentFilters, limit: int, offset: int,
                       facet_limit: int) -> dict[str, Any]:
    """PostgreSQL's path, shaped as SQLite's: one pass counts the facets (the total is their
    sum), a second fetches the page, ranked, or newest first above ``RANKED_MAX`` matches."""
    # The GIN index decides the match from its posting lists. Left to itself, the planner scans the
    # table for a common word and unpacks every document's tsvector to test it (0.9 s against 0.2 s
    # at 100,000 documents); its cost model does not see that.
    conn.execute(text("SET LOCAL enable_seqscan = off"))
    # The raw query goes through the parser that built the vector: it keeps "19/ct-ttg" as one token.
    vector = literal_column("document.search_vector")
    tsquery = func.websearch_to_tsquery(literal_column("'simple'"), func.vanban_fold(query.raw))
    matching = vector.op("@@")(tsquery)
    groups = conn.execute(filters.apply(conn, select(*FACETS.values(), func.count()).where(matching)
                                        .group_by(*FACETS.values()))).all()
    total = sum(n for *_, n in groups)
    counts: dict[str, dict] = {name: defaultdict(int) for name in FACETS}
    for *values, n in groups:
        for name, value in zip(FACETS, values):
            counts[name][value] += n
    facets = facet_lists(counts, facet_limit)
    if total <= fulltext.RANKED_MAX:
        order = "relevance"
        rank = -func.ts_rank_cd(vector, tsquery)
        ordering = (rank, Document.id.desc())
    else:
        order, rank = "date", None
        ordering = (Document.issued.desc().nulls_last(), Document.id.desc())
    columns = (*DOCUMENT_LIST_COLUMNS, Document.text) + ((rank.label("rank"),) if rank is not None else ())
    page = conn.execute(filters.apply(conn, select(*columns).where(matching))
                        .order_by(*ordering).limit(limit).offset(offset)).mappings().all()
    items = [_hit(row, row["rank"] if rank is not None else 0.0, query) for row in page]
    return {"query": query.raw, "total": total, "limit": limit, "offset": offset, "order": order, "items": items,
            "facets": facets}


def _kind_name(kind: str | None) -> str | None:
    """A kind's name from its name or its abbreviation ("QĐ" -> "Quyết định")."""
    if not kind:
        return None
    from extractor import lexicon

    for k in lexicon.load().kinds:
        if kind in (k.name, k.abbr):
            return k.name
    return kind


def _hit(row, rank: float, query: Query) -> dict[str, Any]:
    item = {k: v for k, v in row.items() if k not in ("text", "rank")}
    item["score"] = round(-float(rank), 4)
    item["snippet"] = snippet(row["text"], query)
    return item


# ---------------------------------------------------------------------------------------------
# Citations


def _reference_match(cq: CitationQuery):
    if cq.key_folded:
        cond = Reference.key_folded == cq.key_folded
    elif cq.number:
        cond = and_(Reference.number == cq.number, Reference.kind == cq.kind)
    elif cq.name_folded:
        cond = Reference.name_folded == cq.name_folded
    else:
        return None
    if cq.year:
        cond = and_(cond, Reference.year == cq.year)
    return cond


def _citing_documents(cq: CitationQuery):
    cond = _reference_match(cq)
    return select(Reference.document_id).where(cond if cond is not None else False)


def citations(conn: Connection, ref: str, year: int | None = None, per_group: int = 20,
              offset: int = 0) -> dict[str, Any]:
    """Every document citing ``ref``, grouped by the cited document's year (unknown last): each
    group's count of citing documents, the cited document when stored, and a page of citing
    documents (most recently stored first) with their citing sentences. ``year`` picks one group
    (0: year unknown) to page through. ``total`` sums the groups: a document citing two documents
    of the same number (2020 and 2021) counts in both."""
    cq = CitationQuery.parse(ref)
    parsed = {"key": cq.key_folded, "kind": cq.kind, "number": cq.number, "year": cq.year, "name": cq.name_folded}
    empty = {"query": ref, "parsed": parsed, "total": 0, "ambiguous": False, "groups": []}
    conditions = [_reference_match(cq)]
    if cq.name_folded:  # a canonical key ("nghị quyết trung ương 4 khóa XII"), then a part of a name
        conditions += [Reference.key_folded == cq.name_folded,
                       Reference.name_folded.contains(cq.name_folded, autoescape=True)]
    counts: dict[int | None, int] = {}
    for cond in conditions:
        if cond is None:
            continue
        # Served from a covering index: no reference row is read to count.
        counts = dict(conn.execute(select(Reference.year, func.count(func.distinct(Reference.document_id)))
                                   .where(cond).group_by(Reference.year)).all())
        if counts:
            break
    if not counts:
        return empty
    groups = []
    for group_year in sorted(counts, key=lambda y: (y is None, y or 0)):
        if year is not None and (group_year or 0) != year:
            continue
        group_cond = and_(cond, Reference.year.is_(None) if group_year is None else Reference.year == group_year)
        group = _citation_group(conn, group_cond, group_year, counts[group_year])
        group["offset"], group["limit"] = (offset if year is not None else 0), per_group
        group["documents"] = _citing_page(conn, group_cond, per_group, group["offset"])
        groups.append(group)
    return {"query": ref, "parsed": parsed, "total": sum(counts.values()),
            "ambiguous": len([y for y in counts if y is not None]) > 1, "groups": groups}


def _citation_group(conn: Connection, cond, year: int | None, count: int, sample: int = 200) -> dict[str, Any]:
    """What the citations say of the cited document (symbol, dates, issuers, the stored copy),
    from a sample of them: a law cited by 70,000 documents is described by its first 200."""
    cited = cited_id = None
    issued, issuers = set(), set()
    for symbol, name, day, issuer, cited_document_id in conn.execute(
            select(Reference.symbol, Reference.name, Reference.issued, Reference.issuer, Reference.cited_document_id)
            .where(cond).limit(sample)):
        cited = cited or symbol or name
        cited_id = cited_id or cited_document_id
        issued.update([day] if day else [])
        issuers.update([issuer] if issuer else [])
    return {"year": year, "cited": cited, "cited_document_id": cited_id, "count": count, "issued": sorted(issued),
            "issuers": sorted(issuers)}


def _citing_page(conn: Connection, cond, limit: int, offset: int) -> list[dict[str, Any]]:
    # Most recently stored first. The page's ids are read off the covering index (key or name,
    # year, document id) backwards, so a page costs the same whether 20 or 70,000 documents cite.
    ids = conn.execute(select(Reference.document_id).where(cond).distinct()
                       .order_by(Reference.document_id.desc()).limit(limit).offset(offset)).scalars().all()
    if not ids:
        return []
    rows = {row[0]: row for row in conn.execute(
        select(Document.id, Document.symbol, Document.kind_name, Document.title, Document.issuer, Document.issued)
        .where(Document.id.in_(ids)))}
    page = [rows[i] for i in ids if i in rows]
    documents = {id_: {"document_id": id_, "symbol": symbol, "kind": kind, "title": title, "issuer": issuer,
                       "issued": issued, "citations": []}
                 for id_, symbol, kind, title, issuer, issued in page}
    for r in conn.execute(select(Reference.id, Reference.document_id, Reference.relation, Reference.sentence,
                                 Reference.evidence, Reference.start, Reference.end)
                          .where(cond, Reference.document_id.in_(list(documents)))
                          .order_by(Reference.document_id, Reference.start)).mappings():
        documents[r["document_id"]]["citations"].append(
            {"reference_id": r["id"], "relation": r["relation"], "sentence": r["sentence"], "evidence": r["evidence"],
             "start": r["start"], "end": r["end"]})
    return list(documents.values())


# ---------------------------------------------------------------------------------------------
# Award register


@dataclass(frozen=True)
class AwardFilters:
    recipient: str | None = None  # folded substring
    unit: str | None = None  # folded substring of the recipient or the document's units
    form: str | None = None  # folded substring of the award ("huan chuong lao dong")
    conferred_by: str | None = None
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    status: str | None = None
    category: str | None = None
    document_id: int | None = None

    def apply(self, conn: Connection, stmt: Select, ordered_page: str | None = None) -> Select:
        """``ordered_page``: the sort column of a page being fetched (SQLite then walks its index)."""
        # Text filters are accentless substrings, served by trigram indexes on both databases.
        text_filters = {"recipient": self.recipient}
        # Forms and authorities are typed from their start ("huan chuong lao dong", "thu tuong"):
        # an index range. Only when nothing starts so are they looked for inside ("lao dong").
        for name, value in (("award", self.form), ("authority", self.conferred_by)):
            if value and value.strip():
                prefix = fold_aligned(value.strip())
                starts = _starts_with(conn, _AWARD_FOLDED[name], prefix)
                if conn.execute(select(Award.id).where(starts).limit(1)).first() is not None:
                    if ordered_page and conn.dialect.name == "sqlite":
                        # A page in sort order is quickest walking the sort column's index and
                        # testing each row; ifnull() keeps SQLite from taking the prefix index
                        # instead and sorting 50,000 rows to keep 50.
                        column = func.ifnull(_AWARD_FOLDED[name], "")
                        starts = and_(column >= prefix, column < prefix + "\uffff")
                    stmt = stmt.where(starts)
                else:
                    text_filters[name] = value
        # With a year or a document the rows are few: testing each beats intersecting a trigram
        # match of 200,000 "bằng khen" with them.
        narrow = bool(self.year or self.document_id)
        stmt = _award_text_filters(conn, stmt, {k: fold_aligned(v.strip()) for k, v in text_filters.items()
                                                if v and v.strip()}, narrow)
        if self.unit:
            needle = fold_aligned(self.unit.strip())
            in_units = select(UnitMention.document_id).join(Unit, Unit.id == UnitMention.unit_id) \
                .where(Unit.name_folded.contains(needle))
            by_recipient = _award_text_filters(conn, select(Award.id), {"recipient": needle})
            stmt = stmt.where(or_(Award.id.in_(by_recipient), Award.document_id.in_(in_units)))
        if self.year:
            stmt = stmt.where(Award.year == self.year)
        if self.year_from:
            stmt = stmt.where(Award.year >= self.year_from)
        if self.year_to:
            stmt = stmt.where(Award.year <= self.year_to)
        if self.status:
            # By year, the (status, year) index serves filter and order; by another column, walking
            # that column's index and testing the status is quicker than sorting every match.
            walk = ordered_page not in (None, "year") and conn.dialect.name == "sqlite"
            stmt = stmt.where((func.ifnull(Award.status, "") if walk else Award.status) == self.status)
        if self.category:
            stmt = stmt.where(Award.category == self.category)
        if self.document_id:
            stmt = stmt.where(Award.document_id == self.document_id)
        return stmt


_AWARD_FOLDED = {"recipient": Award.recipient_folded, "award": Award.award_folded,
                 "authority": Award.conferred_by_folded}


def _starts_with(conn: Connection, column, prefix: str):
    # SQLite compares bytes, so a range is a prefix and uses the index; PostgreSQL's collations do
    # not order that way, and LIKE 'x%' is served by its trigram indexes.
    if conn.dialect.name == "sqlite":
        return and_(column >= prefix, column < prefix + "\uffff")
    return column.startswith(prefix, autoescape=True)


def _award_text_filters(conn: Connection, stmt: Select, needles: dict[str, str], narrow: bool = False) -> Select:
    """Substring filters on the folded columns. SQLite: one MATCH on the trigram FTS5 table
    (needles of three characters or more) unless other filters leave few rows; PostgreSQL: LIKE,
    which its trigram indexes serve."""
    use_index = conn.dialect.name == "sqlite" and not narrow
    indexed = {k: v for k, v in needles.items() if len(v) >= 3} if use_index else {}
    if indexed:
        match = " AND ".join(f'{column} : "{needle.replace(chr(34), " ")}"' for column, needle in indexed.items())
        hits = text("SELECT rowid FROM award_fts WHERE award_fts MATCH :award_match").bindparams(award_match=match)
        stmt = stmt.where(Award.id.in_(hits.columns(column("rowid", Integer))))
    for name, needle in needles.items():
        if name not in indexed:
            stmt = stmt.where(_AWARD_FOLDED[name].contains(needle, autoescape=True))
    return stmt


AWARD_COLUMNS = (Award.id, Award.document_id, Award.award, Award.form, Award.category, Award.award_class,
                 Award.conferred_by, Award.recipient, Award.recipient_kind, Award.year, Award.status, Award.count,
                 Award.evidence, Award.start, Award.end)
AWARD_SORTS = {"year": Award.year, "recipient": Award.recipient, "award": Award.award, "form": Award.form,
               "conferred_by": Award.conferred_by, "status": Award.status, "id": Award.id}


def awards(conn: Connection, filters: AwardFilters, limit: int | None = 50, offset: int = 0,
           sort: str = "-year") -> dict[str, Any]:
    descending = sort.startswith("-")
    key = AWARD_SORTS.get(sort.lstrip("-"), Award.year)
    # The tie-breaker runs the same way, so an index on the sort column serves both.
    ordering = (key.desc(), Award.id.desc()) if descending else (key.asc(), Award.id.asc())
    total = conn.execute(filters.apply(conn, select(func.count()).select_from(Award))).scalar_one()
    stmt = filters.apply(conn, select(*AWARD_COLUMNS, Document.symbol.label("document_symbol"),
                                      Document.issued.label("document_issued"))
                         .join(Document, Document.id == Award.document_id),
                         ordered_page=sort.lstrip("-") if limit is not None else None) \
        .order_by(*ordering).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    items = [dict(r) for r in conn.execute(stmt).mappings()]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def award_summary(conn: Connection, filters: AwardFilters) -> list[dict[str, Any]]:
    """Counts by year and form, for the register's chart."""
    rows = conn.execute(filters.apply(conn, select(Award.year, Award.form, func.count()).select_from(Award))
                        .group_by(Award.year, Award.form).order_by(Award.year, Award.form)).all()
    return [{"year": y, "form": f, "count": n} for y, f, n in rows]


# ---------------------------------------------------------------------------------------------
# Units and statistics


def units(conn: Connection, q: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    counts = (select(UnitMention.unit_id, func.count(func.distinct(UnitMention.document_id)).label("documents"),
                     func.count().label("mentions")).group_by(UnitMention.unit_id).subquery())
    stmt = select(Unit.id, Unit.name, Unit.locality, Unit.level, Unit.canonical, counts.c.documents,
                  counts.c.mentions).join(counts, counts.c.unit_id == Unit.id)
    if q:
        stmt = stmt.where(Unit.name_folded.contains(fold_aligned(q.strip())))
    total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    rows = conn.execute(stmt.order_by(counts.c.documents.desc(), Unit.name).limit(limit).offset(offset)).mappings()
    return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}


def stats(conn: Connection) -> dict[str, Any]:
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    by = defaultdict(list)
    for name, grouped in (("kind", Document.kind_name), ("year", Document.year)):
        for value, n in conn.execute(select(grouped, func.count()).group_by(grouped).order_by(func.count().desc())):
            by[name].append({"value": value, "count": n})
    stale = conn.execute(select(func.count()).select_from(Document)
                         .where(Document.extractor_version != extractor_version())).scalar_one()
    return {
        "documents": count(Document), "references": count(Reference), "dates": count(DateMention),
        "units": count(Unit), "unit_mentions": count(UnitMention), "awards": count(Award),
        "resolved_citations": conn.execute(select(func.count()).select_from(Reference)
                                           .where(Reference.cited_document_id.is_not(None))).scalar_one(),
        "stale_documents": stale, "extractor_version": extractor_version(),
        "by_kind": by["kind"], "by_year": by["year"],
    }
