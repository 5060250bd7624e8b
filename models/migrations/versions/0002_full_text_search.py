"""Full-text search, one way per database.

SQLite: an FTS5 table over the folded title and text (lower case, marks stripped, đ -> d), kept
by ``models.fulltext`` as documents come and go; FTS5's own ``remove_diacritics`` leaves ``đ``.
It also carries the document's kind, issuer and year (unindexed), so one pass over the matches
gives the total and every facet count without joining 100,000 rows back to ``document``.

PostgreSQL: ``unaccent`` behind an IMMUTABLE wrapper (``unaccent`` itself is only STABLE, so it
cannot appear in an index or a generated column), a stored tsvector of the folded title and text
with a GIN index, and trigram indexes for substring filters (recipients, units, titles).

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
        op.execute("CREATE VIRTUAL TABLE document_fts USING fts5(title, body, kind UNINDEXED, issuer UNINDEXED, "
                   "year UNINDEXED, tokenize='unicode61')")
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
    op.execute("CREATE INDEX ix_unit_name_trgm ON unit USING gin (name_folded gin_trgm_ops)")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE document_fts")
        return
    op.execute("DROP INDEX ix_unit_name_trgm")
    op.execute("DROP INDEX ix_award_recipient_trgm")
    op.execute("DROP INDEX ix_document_title_trgm")
    op.execute("ALTER TABLE document DROP COLUMN search_vector")
    op.execute("DROP FUNCTION vanban_fold(text)")
