"""Bulk ingest: many files, read and extracted in worker processes, stored by one writer.

Resumable and idempotent: a file whose SHA-256 is already stored is skipped before any work, so
an interrupted run picks up where it stopped. One process writes, each document in its own
transaction (SQLite has one writer anyway; PostgreSQL gets the same ordering).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from models.tables import Document

from .archive import Analysis, Archive, Outcome, analyse, display_name, reason_of, sha256_of

SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
BATCH = 32  # documents per transaction of the writer


def files_under(paths: Iterable[Path]) -> Iterator[Path]:
    """Files of the given paths, folders recursively, in a stable order; hidden files skipped."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts) \
                        and f.name not in SKIPPED_NAMES:
                    yield f
        else:
            yield p


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def _work(path: str, sha: str):
    """In a worker process: read and extract; errors come back as values, never as exceptions."""
    from extractor import ExtractionError, ReadError

    p = Path(path)
    try:
        return analyse(p, p.name, sha)
    except (ReadError, ExtractionError) as e:
        return Outcome(display_name(p.name), "failed", str(e), sha256=sha, reason=reason_of(e))
    except Exception as e:  # noqa: BLE001 - one file's defect must not stop the run
        return Outcome(display_name(p.name), "failed", f"internal error: {type(e).__name__}: {e}", sha256=sha,
                       reason="internal")


# A bulk load this large changes the tables' statistics enough to refresh them at the end.
ANALYZE_AFTER = 1000


def _warm() -> None:
    from extractor.pipeline import nlp

    nlp()


def _in_workers(todo: list[tuple[Path, str]], workers: int, take: Callable[[Analysis | Outcome, Path], None]) -> None:
    """Read and extract in worker processes; results go to ``take`` in this process, as they come."""
    _warm()  # loaded once here, shared with the forked workers
    by_future: dict[Future, Path] = {}
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        queue = iter(todo)
        window = workers * 8  # bounded: memory stays flat however many files there are

        def refill() -> None:
            while len(by_future) < window:
                try:
                    f, sha = next(queue)
                except StopIteration:
                    return
                by_future[pool.submit(_work, str(f), sha)] = f

        refill()
        while by_future:
            finished, _ = wait(by_future, return_when=FIRST_COMPLETED)
            for future in finished:
                f = by_future.pop(future)
                try:
                    result = future.result()
                except Exception as e:  # noqa: BLE001 - a worker died (memory, a signal)
                    result = Outcome(display_name(f.name), "failed", f"the worker stopped: {type(e).__name__}: {e}",
                                     reason="internal")
                take(result, f)
            refill()


def ingest(archive: Archive, paths: Iterable[Path], workers: int | None = None,
           on_done: Callable[[Outcome], None] | None = None) -> Report:
    files = list(files_under(paths))
    report = Report()
    with archive.db.engine.connect() as conn:
        stored = dict(conn.execute(select(Document.sha256, Document.id)).all())

    def done(outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        if on_done:
            on_done(outcome)

    todo: list[tuple[Path, str]] = []
    for f in files:
        try:
            sha = sha256_of(f)
        except OSError as e:
            done(Outcome(display_name(f.name), "failed", f"cannot be read: {e.strerror}", reason="unreadable"))
            continue
        if sha in stored:
            done(Outcome(display_name(f.name), "duplicate", f"already stored as document {stored[sha]}", stored[sha],
                         sha))
            continue
        stored[sha] = -1  # the same file twice in one run is stored once
        todo.append((f, sha))

    pending: list[tuple[Analysis, Path]] = []

    def flush() -> None:
        if pending:
            for outcome in archive.store_many(pending):
                done(outcome)
            pending.clear()

    def take(result: Analysis | Outcome, f: Path) -> None:
        """Failures are reported at once; analyses are stored in batches, a transaction each."""
        if isinstance(result, Outcome):
            done(result)
            return
        pending.append((result, f))
        if len(pending) >= BATCH:
            flush()

    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(todo) <= 1:
        for f, sha in todo:
            take(_work(str(f), sha), f)
    else:
        _in_workers(todo, workers, take)
    flush()
    if report.count("stored") >= ANALYZE_AFTER:
        archive.db.optimize()
    return report
