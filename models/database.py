"""The database: an engine for SQLite (the embedded default) or PostgreSQL, brought to the newest
schema by Alembic.

SQLite is opened in WAL mode (readers never wait for the writer) with foreign keys on, since
records are deleted with their document by ``ON DELETE CASCADE``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from extractor.normalize import fold_aligned

MIGRATIONS = Path(__file__).parent / "migrations"


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says what to check."""


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise DatabaseError(f"unsupported database {self.dialect!r}: use sqlite:///path or postgresql://...")
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            if parsed.drivername == "postgresql":  # psycopg 3 is the driver vanban installs
                url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
            self.engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def migrate(self) -> None:
        """Bring the schema to the newest revision (a no-op when it is there)."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except Exception as e:  # noqa: BLE001 - the message names the database and the cause
            raise DatabaseError(f"cannot open the database {self.describe()}: {type(e).__name__}: {e}") from e

    def optimize(self) -> None:
        """Refresh the planner's statistics after a bulk load. PostgreSQL plans with none until
        autovacuum gets round to a table, and a freshly loaded archive of 100,000 documents is
        then searched with sequential scans (seconds a query); SQLite's ``PRAGMA optimize`` runs
        ANALYZE where its statistics have drifted."""
        with self.engine.begin() as conn:
            conn.execute(text("PRAGMA optimize" if self.is_sqlite else "ANALYZE"))

    def describe(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


MMAP_BYTES = 2**31 - 2**16  # SQLite's default SQLITE_MAX_MMAP_SIZE


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Pages are read through a memory map of the file, shared by every connection through the OS
    # page cache: each connection's own cache (2 MB by default) holds a sliver of an archive of
    # 100,000 documents, and a query that walks 70,000 index entries after another query would
    # copy them in again one page at a time. SQLite caps the size at its compile-time maximum.
    cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cursor.close()
    # The SQL side of extractor.normalize.fold_aligned, as PostgreSQL has it from a migration.
    dbapi_connection.create_function("vanban_fold", 1, _fold_or_null, deterministic=True)


def _fold_or_null(value: str | None) -> str | None:
    return None if value is None else fold_aligned(value)
