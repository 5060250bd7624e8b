"""Alembic environment: migrations run on the connection ``Database.migrate`` hands over, or on
``VANBAN_DATABASE_URL`` when run from the ``alembic`` command line (``alembic.ini``)."""

import os

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import models.tables  # noqa: F401 - registers the tables on SQLModel.metadata

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # Full-text search lives outside the models (0002): FTS5's tables and facets, PostgreSQL's tsvector column
    # and expression and operator-class indexes (0002, 0003). Autogenerate must not propose to drop them.
    if type_ == "table" and (name.startswith("document_fts") or name in ("search_facet", "facet_value")
                           or name.startswith("award_fts")):
        return False
    if type_ == "column" and name == "search_vector":
        return False
    if type_ == "index" and name in ("ix_document_search_vector", "ix_document_title_trgm", "ix_award_recipient_trgm",
                                     "ix_unit_name_trgm", "ix_award_award_trgm", "ix_award_authority_trgm",
                                     "ix_award_award_prefix", "ix_award_authority_prefix"):
        return False
    return True


def run(conn) -> None:
    context.configure(connection=conn, target_metadata=target_metadata, include_object=include_object,
                      render_as_batch=conn.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    url = os.environ.get("VANBAN_DATABASE_URL") or context.config.get_main_option("sqlalchemy.url")
    with create_engine(url).connect() as conn:
        run(conn)
        conn.commit()
