"""Alembic environment: migrations run on the connection ``Database.migrate`` hands over, or on
``VANBAN_DATABASE_URL`` when run from the ``alembic`` command line (``alembic.ini``)."""

import os

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import models.tables  # noqa: F401 - registers the tables on SQLModel.metadata

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")


def run(conn) -> None:
    context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=conn.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    url = os.environ.get("VANBAN_DATABASE_URL") or context.config.get_main_option("sqlalchemy.url")
    with create_engine(url).connect() as conn:
        run(conn)
        conn.commit()
