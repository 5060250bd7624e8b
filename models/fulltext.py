"""Full-text search over documents, the same contract on SQLite (FTS5) and PostgreSQL (tsvector).

Both index the *folded* text (``fold_aligned``: lower case, marks stripped, đ -> d), so
"thi dua khen thuong" finds "Thi đua – Khen thưởng". Folding keeps every character in place, so
the snippets shown to users are cut from the original text at the offsets found in the folded one.
"""

from __future__ import annotations

import html
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import regex
from sqlalchemy import Connection, text

from extractor.normalize import fold_aligned

_TERM = regex.compile(r'"([^"]+)"|(\S+)')
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class Query:
    """A user's query, folded: each term is a phrase of one or more words, all terms required."""

    raw: str
    terms: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, q: str) -> "Query":
        terms = []
        for m in _TERM.finditer(fold_aligned(q.strip())):
            # A quoted phrase, or a token like 19/ct-ttg, is searched as its words in a row.
            words = tuple(_WORD.findall(m.group(1) or m.group(2)))
            if words:
                terms.append(words)
        return cls(q, tuple(terms))

    @property
    def words(self) -> list[str]:
        return [w for term in self.terms for w in term]

    def fts5(self) -> str:
        return " ".join('"' + " ".join(term) + '"' for term in self.terms)


_INDEX = text("INSERT INTO document_fts(rowid, title, body) VALUES (:id, :title, :body)")
_FACET_VALUE = text("INSERT OR IGNORE INTO facet_value(kind, issuer, year) VALUES (:kind, :issuer, :year)")
_FACET_ID = text("SELECT id FROM facet_value WHERE kind = :kind AND issuer = :issuer AND year = :year")
_SEARCH_FACET = text("INSERT INTO search_facet(id, facet_id, issued) VALUES (:id, :facet, :issued)")
RANKED_MAX = 10_000  # above this many matches, results come newest first: ranking them all costs too much


def index_document(conn: Connection, document_id: int, title: str | None, body: str, kind: str | None = None,
                   issuer: str | None = None, year: int | None = None, issued: str | None = None) -> None:
    """``kind`` (the kind's name), ``issuer``, ``year`` and ``issued`` serve facets, filters and order."""
    if conn.dialect.name != "sqlite":
        return  # PostgreSQL: search_vector is a generated column
    conn.execute(_INDEX, {"id": document_id, "title": fold_aligned(title or ""), "body": fold_aligned(body)})
    values = {"kind": kind or "", "issuer": issuer or "", "year": year or 0}
    conn.execute(_FACET_VALUE, values)
    facet = conn.execute(_FACET_ID, values).scalar_one()
    conn.execute(_SEARCH_FACET, {"id": document_id, "facet": facet, "issued": issued or ""})


def unindex_document(conn: Connection, document_id: int) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM document_fts WHERE rowid = :id"), {"id": document_id})
        conn.execute(text("DELETE FROM search_facet WHERE id = :id"), {"id": document_id})


def sqlite_search(conn: Connection, query: Query, kind: str | None, issuer: str | None, year: int | None,
                  limit: int, offset: int, facet_limit: int) -> tuple[int, list[tuple[int, float]], dict, str]:
    """SQLite's path: (total, [(id, rank)] of the page, facets, order). Two passes over the index:
    facet counts (the total is their sum), then the page, ranked by bm25 or, for very many
    matches, newest first."""
    values = {i: (k or None, s or None, y or None) for i, k, s, y in conn.execute(
        text("SELECT id, kind, issuer, year FROM facet_value"))}
    allowed = None
    if kind or issuer or year:
        needle = fold_aligned(issuer.strip()) if issuer else None
        allowed = [i for i, (k, s, y) in values.items() if (not kind or k == kind) and (not year or y == year)
                   and (not needle or (s and needle in fold_aligned(s)))]
    params = {"fts": query.fts5()}
    join = "JOIN search_facet s ON s.id = f.rowid"
    where = "document_fts MATCH :fts"
    if allowed is not None:
        where += f" AND s.facet_id IN ({','.join(str(i) for i in allowed) or 'NULL'})"
    # Facets are counted on a second connection while this one fetches the page: SQLite lets go
    # of the GIL while it works, so the two passes share the machine's cores.
    facets_future = _FACET_POOL.submit(_facet_counts, conn.engine, join, where, params, values, facet_limit)
    matching = conn.execute(text(f"SELECT count(*) FROM document_fts f {join if allowed is not None else ''} "
                                 f"WHERE {where}"), params).scalar_one()
    page_params = dict(params, limit=limit, offset=offset)
    if matching <= RANKED_MAX:
        order = "relevance"
        page = conn.execute(text(f"SELECT f.rowid, bm25(document_fts, 5.0, 1.0) AS rank FROM document_fts f {join} "
                                 f"WHERE {where} ORDER BY rank, f.rowid DESC LIMIT :limit OFFSET :offset"),
                            page_params).all()
    else:
        order = "date"
        page = conn.execute(text(f"SELECT s.id, 0.0 FROM document_fts f {join} WHERE {where} "
                                 "ORDER BY s.issued DESC, s.id DESC LIMIT :limit OFFSET :offset"), page_params).all()
    total, facets = facets_future.result()
    return total, [(id_, rank) for id_, rank in page], facets, order


_FACET_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="vanban-facets")


def _facet_counts(engine, join: str, where: str, params: dict, values: dict, facet_limit: int) -> tuple[int, dict]:
    counts: dict[str, dict] = {"kind": {}, "issuer": {}, "year": {}}
    total = 0
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT s.facet_id, count(*) FROM document_fts f {join} WHERE {where} "
                                 "GROUP BY s.facet_id"), params).all()
    for facet_id, n in rows:
        total += n
        for name, value in zip(("kind", "issuer", "year"), values.get(facet_id, (None, None, None))):
            counts[name][value] = counts[name].get(value, 0) + n
    return total, facet_lists(counts, facet_limit)


def facet_lists(counts: dict[str, dict], facet_limit: int) -> dict[str, list[dict]]:
    """Facet counts as the API gives them: per facet, the most frequent values first."""
    return {name: [{"value": v, "count": n} for v, n in sorted(c.items(), key=lambda x: (-x[1], str(x[0])))
                   [:facet_limit]] for name, c in counts.items()}


def matches(query: Query) -> tuple[str, dict]:
    """SQLite's SQL selecting ``(id, rank)`` of the documents matching ``query``; lower rank is
    better. (PostgreSQL builds its match in ``api.queries``, on the document's tsvector.)"""
    # Title and symbol weigh five times the body.
    return ("SELECT rowid AS id, bm25(document_fts, 5.0, 1.0) AS rank FROM document_fts "
            "WHERE document_fts MATCH :fts", {"fts": query.fts5()})


def snippet(body: str, query: Query, width: int = 220) -> str:
    """The passage of ``body`` with the most query words, HTML-escaped, words in ``<mark>``."""
    words = set(query.words)
    if not words or not body:
        return html.escape(body[:width])
    folded = fold_aligned(body)
    hits = [(m.start(), m.end()) for m in _WORD.finditer(folded) if m.group() in words]
    if not hits:
        return html.escape(body[:width].strip())
    # The window starting at a hit that covers the most distinct words.
    best, best_score = 0, -1
    for i, (start, _) in enumerate(hits):
        seen = {folded[s:e] for s, e in hits[i:] if e <= start + width}
        if len(seen) > best_score:
            best, best_score = i, len(seen)
    start = max(0, hits[best][0] - width // 4)
    start = body.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(body), start + width)
    out, cursor = [], start
    for s, e in hits:
        if s < start or e > end:
            continue
        out.append(html.escape(body[cursor:s]))
        out.append("<mark>" + html.escape(body[s:e]) + "</mark>")
        cursor = e
    out.append(html.escape(body[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(body) else ""
    return prefix + " ".join("".join(out).split()) + suffix
