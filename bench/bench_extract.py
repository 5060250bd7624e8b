"""Extraction throughput and pipeline load time.

    .venv/bin/python bench/bench_extract.py [--mb 20] [--runs 3]

- load: seconds from a fresh interpreter to a pipeline ready to extract (import spaCy, read and
  compile the lexicons, build the pipeline), median of --runs processes;
- throughput: one process, one core, after load: MB/s (UTF-8 bytes of input) and documents/s over a
  corpus of at least --mb MB built from the project's documents (corpus/documents and
  corpus/holdout/documents), each copy with its numbers and dates shifted so no two are equal;
- peak memory (max RSS) of the throughput process.
Targets (issue 2): >= 3 MB/s per core, load <= 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sample_documents() -> list[str]:
    files = sorted((ROOT / "corpus").glob("**/documents/*.txt"))
    if not files:
        raise SystemExit("no documents under corpus/: nothing to benchmark")
    return [f.read_text(encoding="utf-8") for f in files]


def build_corpus(target_bytes: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    base = sample_documents()
    out, size = [], 0
    while size < target_bytes:
        text = rng.choice(base)
        shift = rng.randint(1, 97)
        # Shift numbers so every copy is a different document (no cache can help).
        text = re.sub(r"\b(\d{1,4})(?=/)", lambda m: str(int(m.group(1)) + shift), text)
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def load_seconds(runs: int) -> list[float]:
    code = ("import time; t=time.perf_counter(); from extractor.pipeline import nlp; nlp(); "
            "print(time.perf_counter()-t)")
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        times.append(float(out.stdout.strip()))
    return times


def throughput(docs: list[str]) -> dict:
    from extractor import extract
    from extractor.pipeline import nlp

    nlp()
    extract(docs[0])  # warm
    total = sum(len(d.encode("utf-8")) for d in docs)
    start = time.perf_counter()
    records = 0
    for d in docs:
        r = extract(d)
        records += len(r.references) + len(r.dates) + len(r.units) + len(r.awards)
    seconds = time.perf_counter() - start
    return {
        "documents": len(docs),
        "megabytes": round(total / 1e6, 2),
        "seconds": round(seconds, 2),
        "mb_per_s": round(total / 1e6 / seconds, 2),
        "docs_per_s": round(len(docs) / seconds, 1),
        "records": records,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    loads = load_seconds(a.runs)
    docs = build_corpus(int(a.mb * 1e6))
    result = {"load_s_median": round(statistics.median(loads), 3), "load_s_runs": [round(x, 3) for x in loads],
              **throughput(docs)}
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "extract.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
