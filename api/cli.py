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
