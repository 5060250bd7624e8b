"""The store and the service: ingest throughput, and query latency over a large archive.

    .venv/bin/python bench/bench_store.py [--ingest 10000] [--archive 100000] [--requests 300]
                                          [--database-url postgresql://...] [--skip-ingest] [--skip-latency]

- ingest: ``--ingest`` text documents (built from corpus/documents and corpus/holdout/documents,
  each copy with its numbers and dates shifted so every file is a different document) written to
  a folder and stored with ``vanban ingest``'s code path (worker processes read and extract, one
  writer stores); documents/s over the whole run, wall clock, on every core of this machine.
- latency: an archive of ``--archive`` documents generated from the same samples: each sample is
  extracted once, then stored again and again with a new symbol, year, text and records shifted to
  match (through ``Archive.store_many``, the bulk writer's path, 200 documents a transaction). Then a real ``vanban serve`` process is
  queried over HTTP on loopback, one request at a time: p50/p99 of /search (accentless words,
  common and rare, with and without filters), /citations (symbols in several written forms) and
  /awards (filters, sorts, pages).
Targets (issue 4): ingest >= 100 documents/s on this 2-core machine; p99 <= 50 ms for citations and
awards, <= 150 ms for search.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

from bench_extract import sample_documents  # noqa: E402


def shifted(text: str, rng: random.Random) -> str:
    """A copy of a sample with its document numbers and years moved: a different document."""
    shift = rng.randint(1, 9000)
    years = rng.randint(-8, 0)
    text = re.sub(r"(?<![\d/])(\d{1,4})(?=/(?:\d{4}/)?[A-ZĐ])", lambda m: str(int(m.group(1)) + shift), text, count=1)
    return re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + years), text)


# ---------------------------------------------------------------------------------------------
# Ingest


def bench_ingest(count: int, database_url: str | None, workers: int | None) -> dict:
    from api.archive import Archive
    from api.bulk import ingest
    from models import Database

    folder = OUT / f"ingest-{count}"
    if not folder.exists() or len(list(folder.glob("*.txt"))) != count:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        rng = random.Random(4)
        samples = sample_documents()
        for i in range(count):
            (folder / f"doc{i:05d}.txt").write_text(shifted(rng.choice(samples), rng) + f"\n(bản {i})\n",
                                                    encoding="utf-8")
    store = OUT / "ingest-store"
    shutil.rmtree(store, ignore_errors=True)
    url = database_url or f"sqlite:///{store / 'vanban.db'}"
    db = Database(url)
    if not db.is_sqlite:
        _reset_postgres(db)
    db.migrate()
    archive = Archive(db, store / "files")
    size = sum(f.stat().st_size for f in folder.glob("*.txt"))
    started = time.perf_counter()
    report = ingest(archive, [folder], workers)
    seconds = time.perf_counter() - started
    stored = report.count("stored")
    return {"documents": count, "stored": stored, "failed": report.count("failed"), "seconds": round(seconds, 1),
            "documents_per_s": round(stored / seconds, 1), "mb": round(size / 1e6, 1),
            "workers": workers or os.cpu_count(), "database": db.dialect}


def _reset_postgres(db) -> None:
    from sqlalchemy import text

    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))


# ---------------------------------------------------------------------------------------------
# A large archive


def build_archive(count: int, data_dir: Path, database_url: str | None) -> tuple[str, dict]:
    from api.archive import Archive, analyse
    from models import Database

    url = database_url or f"sqlite:///{data_dir / 'vanban.db'}"
    marker = data_dir / f"built-{count}.json"
    if marker.exists() and database_url is None:
        return url, json.loads(marker.read_text())
    if database_url is not None and _stored(database_url) == count:
        return url, {"documents": count, "build_seconds": None, "reused": True}
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    db = Database(url)
    if not db.is_sqlite:
        _reset_postgres(db)
    db.migrate()
    archive = Archive(db, data_dir / "files")
    rng = random.Random(7)
    samples = [analyse(text.encode("utf-8"), f"sample{i}.txt") for i, text in enumerate(sample_documents())]
    started = time.perf_counter()
    batch = 200
    for first in range(0, count, batch):
        archive.store_many([(variant(rng.choice(samples), i, rng), None) for i in range(first, min(count, first + batch))])
        if first and first % 10000 == 0:
            print(f"  {first} documents stored, {first / (time.perf_counter() - started):.0f}/s", file=sys.stderr)
    db.optimize()  # as vanban ingest does after a bulk load
    seconds = time.perf_counter() - started
    info = {"documents": count, "build_seconds": round(seconds, 1)}
    if database_url is None:
        marker.write_text(json.dumps(info))
    db.dispose()
    return url, info


def _stored(database_url: str) -> int | None:
    """Documents already in a PostgreSQL archive (built by an earlier run), None if there is none."""
    from sqlalchemy import text

    from models import Database

    db = Database(database_url)
    try:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM document")).scalar_one()
    except Exception:  # noqa: BLE001 - no archive yet: build one
        return None
    finally:
        db.dispose()


def variant(sample, i: int, rng: random.Random):
    """Sample ``sample`` as the i-th document of a large archive: a new hash, symbol, year and text."""
    years = rng.randint(-12, 0)
    doc = dict(sample.document)
    if doc.get("symbol") and doc.get("number"):
        doc["symbol"] = re.sub(r"^\d+", str(i + 1), doc["symbol"])
        doc["number"] = str(i + 1)
        doc["symbol_key"] = re.sub(r"^\d+", str(i + 1), doc["symbol_key"] or "")
    if doc.get("year"):
        doc["year"] += years
        doc["issued"] = str(doc["year"]) + (doc["issued"] or "")[4:]
    doc["source_name"] = f"generated-{i}.txt"
    records = dict(sample.records)
    records["awards"] = [dict(a, year=a["year"] + years if a["year"] else None) for a in sample.records["awards"]]
    # The text gains a line of its own so no two documents are equal for the search index.
    text = sample.text + f"\n(bản {i}: {rng.choice(WORDS)} {rng.choice(WORDS)})"
    return replace(sample, sha256=f"{i:064x}", document=doc, text=text, records=records)


WORDS = ["lưu trữ", "số hóa", "nông thôn mới", "chuyển đổi số", "cải cách hành chính", "an toàn giao thông",
         "phòng cháy", "môi trường", "y tế cơ sở", "giáo dục nghề nghiệp", "du lịch", "biển đảo"]


# ---------------------------------------------------------------------------------------------
# Latency over HTTP


SEARCHES = [
    {"q": "thi dua khen thuong"}, {"q": "huan chuong lao dong"}, {"q": "chuyen doi so"}, {"q": "so noi vu"},
    {"q": "phong chong dich covid"}, {"q": "bien dao"}, {"q": "nong thon moi", "year": 2020},
    {"q": "bang khen", "kind": "Quyết định"}, {"q": "\"ban thi dua\""}, {"q": "co thi dua cua chinh phu"},
]
CITATIONS = [{"ref": "19/CT-TTg"}, {"ref": "chi thi 19/ct-ttg"}, {"ref": "CT 19 năm 2021"},
             {"ref": "Nghị định 91/2017/NĐ-CP"}, {"ref": "98/2023/nd-cp"}, {"ref": "Luật Thi đua, Khen thưởng"},
             {"ref": "34-CT/TW"}, {"ref": "Quyết định 15/2018/QĐ-UBND"}]
AWARDS = [{}, {"year": 2019}, {"form": "huan chuong lao dong"}, {"status": "proposed", "sort": "recipient"},
          {"conferred_by": "thu tuong"}, {"year": 2021, "form": "bang khen", "offset": 50},
          {"sort": "-year", "offset": 1000}, {"recipient": "so y te"}]


def bench_latency(url: str, data_dir: Path, requests: int) -> dict:
    import httpx

    from tests.server import Server

    server = Server(data_dir / "server", database_url=url).wait_ready()
    try:
        out = {}
        with httpx.Client(base_url=server.url, timeout=30) as client:
            for route, params_list in (("/search", SEARCHES), ("/citations", CITATIONS), ("/awards", AWARDS)):
                for params in params_list:  # warm-up: one of each
                    client.get(route, params=params).raise_for_status()
                times, per_query = [], {}
                for n in range(requests):
                    params = params_list[n % len(params_list)]
                    started = time.perf_counter()
                    client.get(route, params=params).raise_for_status()
                    elapsed = (time.perf_counter() - started) * 1000
                    times.append(elapsed)
                    per_query.setdefault(json.dumps(params, ensure_ascii=False), []).append(elapsed)
                times.sort()
                out[route] = {"requests": len(times), "p50_ms": round(statistics.median(times), 1),
                              "p99_ms": round(times[int(len(times) * 0.99) - 1], 1),
                              "slowest_query": max(per_query, key=lambda k: statistics.median(per_query[k])),
                              "slowest_query_p50_ms": round(max(statistics.median(v) for v in per_query.values()), 1)}
        return out
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ingest", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--archive", type=int, default=100000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--database-url", default=None, help="PostgreSQL to measure instead of SQLite")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-latency", action="store_true")
    args = parser.parse_args()
    result = {}
    if not args.skip_ingest:
        result["ingest"] = bench_ingest(args.ingest, args.database_url, args.workers)
        print(json.dumps({"ingest": result["ingest"]}, ensure_ascii=False), flush=True)
    if not args.skip_latency:
        data_dir = OUT / f"archive-{args.archive}" if args.database_url is None else OUT / "archive-pg"
        url, info = build_archive(args.archive, data_dir, args.database_url)
        result["archive"] = info
        result["latency"] = bench_latency(url, data_dir, args.requests)
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
