"""The ``vanban`` command."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="Document intelligence for Vietnamese official texts.")
err = Console(stderr=True)


@app.callback()
def main() -> None:
    """vanban: references, dates, units, awards and headers from Vietnamese official texts."""


@app.command()
def extract(
    path: str = typer.Argument(..., help="A document's file, or - for standard input."),
    format: str = typer.Option("json", "--format", "-f", help="json or table"),
) -> None:
    """Print one document's extraction."""
    from extractor import ExtractionError, ReadError, extract as run, read
    from extractor.readers import read_bytes

    if format not in ("json", "table"):
        err.print(f"[red]error:[/] unknown format {format!r}; use json or table")
        raise typer.Exit(2)
    try:
        text = read_bytes(sys.stdin.buffer.read(), "<stdin>") if path == "-" else read(Path(path))
        result = run(text.text)
    except (ReadError, ExtractionError) as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(1)
    except Exception as e:  # a defect of ours: say so plainly, no traceback for the user
        if os.environ.get("VANBAN_DEBUG"):
            raise
        err.print(f"[red]internal error[/] while extracting {path}: {type(e).__name__}: {e}. "
                  "This is a bug in vanban; rerun with VANBAN_DEBUG=1 for details and report it.")
        raise typer.Exit(3)
    if format == "json":
        out = result.to_json()
        out["source"] = text.to_json()
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
        return
    _table(result)


@app.command()
def summary(paths: list[Path] = typer.Argument(..., help="Files or folders of documents.")) -> None:
    """One line per document: kind, symbol, date, and how many references, dates, units and awards."""
    from extractor import ExtractionError, ReadError, extract as run, read

    files = [f for p in paths for f in (sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])]
    table = Table(title=f"{len(files)} documents")
    for col in ("file", "kind", "symbol", "issued", "refs", "dates", "units", "awards"):
        table.add_column(col)
    failed = 0
    for f in files:
        try:
            r = run(read(f).text)
        except (ReadError, ExtractionError) as e:
            failed += 1
            table.add_row(f.name, "[red]error[/]", str(e), "", "", "", "", "")
            continue
        except Exception as e:  # a defect of ours on one file: report it and go on with the others
            failed += 1
            table.add_row(f.name, "[red]internal error[/]", f"{type(e).__name__}: {e}", "", "", "", "", "")
            continue
        h = r.header
        table.add_row(f.name, h.kind or "", h.symbol or "", h.issued or "", str(len(r.references)),
                      str(len({d.value for d in r.dates})), str(len({u.name for u in r.units})), str(len(r.awards)))
    Console().print(table)
    if failed:
        raise typer.Exit(1)


@app.command("ocr-pdf")
def ocr_pdf(source: Path = typer.Argument(..., help="A scanned PDF."),
            target: Path = typer.Argument(..., help="Where to write the searchable copy.")) -> None:
    """Write a scanned PDF back with a text layer (Vietnamese OCR), for the archive."""
    from extractor.readers import ReadError
    from extractor.readers.archive import add_text_layer

    try:
        add_text_layer(source, target)
    except ReadError as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(1)
    Console().print(f"wrote {target}")


def _archive():
    from models import Database

    from .archive import Archive
    from .settings import get_settings

    settings = get_settings()
    db = Database(settings.database)
    db.migrate()
    return Archive(db, settings.files_dir)


def _guard(action):
    """Run ``action``; a clear line for the errors users can fix, no traceback for ours."""
    from models.database import DatabaseError

    try:
        return action()
    except DatabaseError as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(1)
    except KeyboardInterrupt:
        err.print("stopped; run the same command again to go on where it stopped")
        raise typer.Exit(130)
    except typer.Exit:
        raise
    except Exception as e:
        if os.environ.get("VANBAN_DEBUG"):
            raise
        err.print(f"[red]internal error:[/] {type(e).__name__}: {e}. This is a bug in vanban; "
                  "rerun with VANBAN_DEBUG=1 for details and report it.")
        raise typer.Exit(3)


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders (read recursively)."),
           workers: int = typer.Option(0, "--workers", "-w", help="Worker processes; 0: one per core."),
           reextract_stale: bool = typer.Option(False, "--reextract-stale",
                                                 help="Also extract again documents stored by an older extractor.")) -> None:
    """Read, extract and store documents. Idempotent and resumable: stored files are skipped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .bulk import files_under, ingest as run_ingest

    missing = [p for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]error:[/] no such file or folder: {', '.join(map(str, missing))}")
        raise typer.Exit(1)

    def action():
        archive = _archive()
        total = sum(1 for _ in files_under(paths))
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=err, transient=False) as progress:
            task = progress.add_task("ingesting", total=total)
            report = run_ingest(archive, paths, workers or None, on_done=lambda o: progress.advance(task))
        if reextract_stale:
            for document_id in archive.stale():
                archive.reextract(document_id)
        return report

    report = _guard(action)
    console = Console()
    console.print(f"stored {report.count('stored')}, already stored {report.count('duplicate')}, "
                  f"failed {report.count('failed')}")
    if report.failed:
        table = Table(title="Not stored")
        table.add_column("file")
        table.add_column("why")
        for o in report.failed:
            table.add_row(o.source, o.message)
        console.print(table)
        raise typer.Exit(1)


@app.command()
def reextract(all_documents: bool = typer.Option(False, "--all", help="Every document, not only stale ones.")) -> None:
    """Extract stored documents again after an upgrade; each one's records replaced in one transaction."""
    def action():
        archive = _archive()
        from sqlalchemy import select

        from models.tables import Document

        if all_documents:
            with archive.db.engine.connect() as conn:
                ids = list(conn.execute(select(Document.id).order_by(Document.id)).scalars())
        else:
            ids = archive.stale()
        for document_id in ids:
            archive.reextract(document_id)
        return len(ids)

    Console().print(f"extracted again: {_guard(action)} documents")


@app.command()
def serve(host: str = typer.Option("127.0.0.1", help="Address to listen on; 0.0.0.0 for every interface."),
          port: int = typer.Option(8000, help="Port."),
          ingest_paths: list[Path] = typer.Option([], "--ingest", help="Ingest these first (skips stored files).")) -> None:
    """Run the API and the web page."""
    import logging

    import uvicorn

    from .main import create_app
    from .settings import get_settings

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if ingest_paths:
        from .bulk import ingest as run_ingest

        report = _guard(lambda: run_ingest(_archive(), ingest_paths))
        err.print(f"ingested: stored {report.count('stored')}, already stored {report.count('duplicate')}, "
                  f"failed {report.count('failed')}")
    app_ = _guard(lambda: create_app(get_settings()))
    err.print(f"vanban on http://{host}:{port}/  (API documentation: http://{host}:{port}/docs)")
    uvicorn.run(app_, host=host, port=port, log_level="info")


@app.command()
def search(query: str = typer.Argument(..., help="Words, accents optional: thi dua khen thuong"),
           limit: int = typer.Option(10, help="How many results.")) -> None:
    """Full-text search of the archive."""
    import html
    import re

    from . import queries

    def action():
        with _archive().db.engine.connect() as conn:
            return queries.search(conn, query, queries.DocumentFilters(), limit)

    result = _guard(action)
    table = Table(title=f"{result['total']} documents match {query!r}")
    for col in ("id", "document", "issued", "snippet"):
        table.add_column(col)
    for item in result["items"]:
        snippet = html.unescape(re.sub(r"</?mark>", lambda m: "[/]" if m.group().startswith("</") else "[bold yellow]",
                                       item["snippet"]))
        table.add_row(str(item["id"]), " ".join(filter(None, (item["kind_name"], item["symbol"]))) or item["title"] or "",
                      item["issued"] or "", snippet)
    Console().print(table)


@app.command()
def cites(reference: str = typer.Argument(..., help="19/CT-TTg, 'Chỉ thị 19 năm 2021', 'Luật Thi đua, Khen thưởng'")) -> None:
    """Which stored documents cite a reference, grouped by the cited document's year."""
    from . import queries

    def action():
        with _archive().db.engine.connect() as conn:
            return queries.citations(conn, reference, per_group=1000)

    result = _guard(action)
    console = Console()
    if not result["groups"]:
        console.print(f"no stored document cites {reference!r}")
        return
    for group in result["groups"]:
        year = group["year"] or "year unknown"
        table = Table(title=f"{group['cited']} ({year}): {group['count']} documents")
        for col in ("id", "citing document", "relation", "sentence"):
            table.add_column(col)
        for doc in group["documents"]:
            for c in doc["citations"]:
                table.add_row(str(doc["document_id"]), " ".join(filter(None, (doc["kind"], doc["symbol"]))) or
                              (doc["title"] or ""), c["relation"], c["sentence"])
        console.print(table)


@app.command()
def awards(recipient: str = typer.Option(None, help="Part of a recipient's name, accents optional."),
           form: str = typer.Option(None, help="Part of the award: 'huan chuong lao dong'."),
           year: int = typer.Option(None), status: str = typer.Option(None, help="conferred, proposed or planned"),
           export: Path = typer.Option(None, "--export", help="Write the register to a .xlsx or .csv file.")) -> None:
    """The award register: print it, or export it to Excel or CSV."""
    from . import queries
    from .export import awards_csv, awards_xlsx

    if export is not None and export.suffix.lower() not in (".xlsx", ".csv"):
        err.print("[red]error:[/] --export takes a file ending in .xlsx or .csv")
        raise typer.Exit(2)

    def action():
        with _archive().db.engine.connect() as conn:
            filters = queries.AwardFilters(recipient=recipient, form=form, year=year, status=status)
            return queries.awards(conn, filters, None if export else 200)

    result = _guard(action)
    if export is not None:
        data = awards_xlsx(result["items"]) if export.suffix.lower() == ".xlsx" else awards_csv(result["items"])
        try:
            export.write_bytes(data)
        except OSError as e:
            err.print(f"[red]error:[/] cannot write {export}: {e.strerror}")
            raise typer.Exit(1)
        Console().print(f"wrote {result['total']} awards to {export}")
        return
    table = Table(title=f"{result['total']} awards")
    for col in ("award", "recipient", "conferred by", "year", "status", "document"):
        table.add_column(col)
    for a in result["items"]:
        table.add_row(a["award"], a["recipient"] or (f"{a['count']} " if a["count"] else ""), a["conferred_by"] or "",
                      str(a["year"] or ""), a["status"], a["document_symbol"] or str(a["document_id"]))
    Console().print(table)


def _table(result) -> None:
    console = Console()
    h = result.header
    head = Table(title="Document", show_header=False)
    for field in ("kind", "symbol", "issuer", "place", "issued", "title"):
        head.add_row(field, str(getattr(h, field) or ""))
    if h.signer:
        head.add_row("signer", " ".join(x for x in (h.signer.authority, h.signer.position, h.signer.name) if x))
    console.print(head)
    refs = Table(title=f"References ({len(result.references)})")
    for col in ("kind", "symbol / name", "issued", "issuer", "relation"):
        refs.add_column(col)
    for r in result.references:
        refs.add_row(r.kind or "", r.symbol or r.name or f"{r.kind} {r.number}", r.issued or "", r.issuer or "", r.relation)
    console.print(refs)
    dates = Table(title="Dates")
    dates.add_column("value")
    dates.add_column("precision")
    dates.add_column("text")
    for d in result.dates:
        dates.add_row(d.value, d.precision, d.span.text)
    console.print(dates)
    units = Table(title="Units")
    units.add_column("name")
    units.add_column("locality")
    seen = set()
    for u in result.units:
        if (u.name, u.locality) not in seen:
            seen.add((u.name, u.locality))
            units.add_row(u.name, u.locality or "")
    console.print(units)
    awards = Table(title=f"Awards ({len(result.awards)})")
    for col in ("form", "conferred by", "recipient", "year", "status", "count"):
        awards.add_column(col)
    for a in result.awards:
        awards.add_row(a.form, a.conferred_by or "", a.recipient or "", str(a.year or ""), a.status, str(a.count or ""))
    console.print(awards)


if __name__ == "__main__":
    app()
