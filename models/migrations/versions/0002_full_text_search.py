"""Full-text search, one way per database.

SQLite: an FTS5 table over the folded title and text (lower case, marks stripped, đ -> d), kept
by ``models.fulltext`` as documents come and go; FTS5's own ``remove_diacritics`` leaves ``đ``.
Beside it, ``search_facet`` gives each document, in a few bytes, its issued date and the id of its
(kind, issuer, year) in ``facet_value``: counting facets over 90,000 matches then reads a narrow
table and groups one integer, instead of reading every matching document's row.

PostgreSQL: ``unaccent`` behind an IMMUTABLE wrapper (``unaccent`` itself is only STABLE, so it
cannot appear in an index or a generated column), a stored tsvector of the folded title and text
with a GIN index, and trigram indexes for substring filters (award recipients, forms and
authorities, units, titles).

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE document_fts USING fts5(title, body, tokenize='unicode61')")
        # '' and 0 stand for "none", so the triple is unique (NULLs never collide).
        op.execute("CREATE TABLE facet_value (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, issuer TEXT NOT NULL, "
                   "year INTEGER NOT NULL, UNIQUE (kind, issuer, year))")
        op.execute("CREATE TABLE search_facet (id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE, "
                   "facet_id INTEGER NOT NULL REFERENCES facet_value(id), issued TEXT NOT NULL)")
        # The award register's text filters: a trigram index (substring matches) over the folded
        # recipient, award and authority, kept by triggers (they fire on cascaded deletes too).
        op.execute("CREATE VIRTUAL TABLE award_fts USING fts5(recipient, award, authority, content='', "
                   "tokenize='trigram')")
        op.execute("""CREATE TRIGGER award_fts_insert AFTER INSERT ON award BEGIN
            INSERT INTO award_fts(rowid, recipient, award, authority)
            VALUES (new.id, new.recipient_folded, new.award_folded, new.conferred_by_folded); END""")
        op.execute("""CREATE TRIGGER award_fts_delete AFTER DELETE ON award BEGIN
            INSERT INTO award_fts(award_fts, rowid, recipient, award, authority)
            VALUES ('delete', old.id, old.recipient_folded, old.award_folded, old.conferred_by_folded); END""")
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("""
        CREATE OR REPLACE FUNCTION vanban_fold(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$
    """)
    op.execute("""
        ALTER TABLE document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', vanban_fold(coalesce(title, '') || ' ' || coalesce(symbol, ''))), 'A')
            || setweight(to_tsvector('simple', vanban_fold(text)), 'D')
        ) STORED
    """)
    op.execute("CREATE INDEX ix_document_search_vector ON document USING gin (search_vector)")
    op.execute("CREATE INDEX ix_document_title_trgm ON document USING gin (vanban_fold(title) gin_trgm_ops)")
    op.execute("CREATE INDEX ix_award_recipient_trgm ON award USING gin (recipient_folded gin_trgm_ops)")
    op.execute("CREATE INDEX ix_award_award_trgm ON award USING gin (award_folded gin_trgm_ops)")
    op.execute("CREATE INDEX ix_award_authority_trgm ON award USING gin (conferred_by_folded gin_trgm_ops)")
    op.execute("CREATE INDEX ix_unit_name_trgm ON unit USING gin (name_folded gin_trgm_ops)")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TRIGGER award_fts_delete")
        op.execute("DROP TRIGGER award_fts_insert")
        op.execute("DROP TABLE award_fts")
        op.execute("DROP TABLE search_facet")
        op.execute("DROP TABLE facet_value")
        op.execute("DROP TABLE document_fts")
        return
    op.execute("DROP INDEX ix_unit_name_trgm")
    op.execute("DROP INDEX ix_award_authority_trgm")
    op.execute("DROP INDEX ix_award_award_trgm")
    op.execute("DROP INDEX ix_award_recipient_trgm")
    op.execute("DROP INDEX ix_document_title_trgm")
    op.execute("ALTER TABLE document DROP COLUMN search_vector")
    op.execute("DROP FUNCTION vanban_fold(text)")
