"""Reader speed and memory.

    .venv/bin/python bench/bench_readers.py [--pages 200]

- text PDF: pages/s read by the PDF reader (pypdfium2 text layer), one process;
- OCR: seconds per page at 300 dpi, one page per process, all cores, and per core;
- DOCX: documents/s;
- peak memory (max RSS of this process and its OCR workers) while reading a --pages scanned PDF.
Targets (issue 3): >= 300 text-PDF pages/s per core, OCR <= 2.5 s/page/core at 300 dpi, <= 500 MB
for a 200-page scanned PDF.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpus"))


def _merge(sources: list[Path], pages: int, target: Path, repeat: bool = True) -> Path:
    """One PDF of at least ``pages`` pages taken from ``sources`` in turn (again from the first if
    ``repeat``), written to ``target``."""
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    while len(merged) < pages:
        for source in sources:
            merged.import_pages(pdfium.PdfDocument(str(source)))
            if len(merged) >= pages:
                break
        if not repeat:
            break
    merged.save(str(target))
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--ocr-pages", type=int, default=8)
    a = ap.parse_args()
    import build_formats
    import pypdfium2 as pdfium

    from extractor.readers import Limits, read

    work = Path(tempfile.mkdtemp(prefix="vanban-bench-"))
    build_formats.build(ROOT / "corpus" / "documents", work, ["pdf", "docx", "scan300"], None)
    result: dict = {"cores": os.cpu_count()}

    # Text PDF: one long document made of every sample PDF's pages, read with the reader.
    text_pdf = _merge([p for p in sorted(work.glob("*.pdf")) if not p.name.endswith(".scan300.pdf")],
                      a.pages, work / "long.pdf")
    start = time.perf_counter()
    doc = read(text_pdf)
    seconds = time.perf_counter() - start
    result["text_pdf_pages"] = len(doc.pages)
    result["text_pdf_pages_per_s"] = round(len(doc.pages) / seconds, 1)

    # DOCX
    docx_files = sorted(work.glob("*.docx"))
    start = time.perf_counter()
    for f in docx_files * 5:
        read(f)
    result["docx_docs_per_s"] = round(len(docx_files) * 5 / (time.perf_counter() - start), 1)

    # OCR at 300 dpi: a scanned PDF of --ocr-pages pages, all cores.
    scans = sorted(work.glob("*.scan300.pdf"))
    ocr_pdf = _merge(scans, a.ocr_pages, work / "scan.pdf", repeat=False)
    start = time.perf_counter()
    doc = read(ocr_pdf)
    seconds = time.perf_counter() - start
    result["ocr_pages"] = len(doc.pages)
    result["ocr_s_per_page_wall"] = round(seconds / len(doc.pages), 2)
    result["ocr_s_per_page_per_core"] = round(seconds * (os.cpu_count() or 1) / len(doc.pages), 2)
    result["ocr_mean_confidence"] = round(sum(p.confidence or 0 for p in doc.pages) / len(doc.pages), 1)

    # Peak memory of a --pages scanned PDF: only its rendering is kept bounded by reading page by page.
    big = pdfium.PdfDocument.new()
    one = pdfium.PdfDocument(str(scans[0]))
    while len(big) < a.pages:
        big.import_pages(one, [0])
    big_path = work / "scan_big.pdf"
    big.save(str(big_path))
    # Read in a fresh process, so its peak memory is the reading's own, not this script's rendering.
    code = ("import json, resource, sys, time; sys.path.insert(0, %r); from extractor.readers import read; "
            "t = time.perf_counter(); d = read(%r); s = time.perf_counter() - t; "
            "print(json.dumps({'pages': len(d.pages), 'seconds': round(s, 1), "
            "'peak_rss_mb': round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1), "
            "'largest_tesseract_mb': round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}))"
            % (str(ROOT), str(big_path)))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    big_result = json.loads(out.stdout.strip().splitlines()[-1])
    result["scanned_pdf_pages"] = big_result["pages"]
    result["scanned_pdf_seconds"] = big_result["seconds"]
    result["scanned_pdf_s_per_page_per_core"] = round(big_result["seconds"] * (os.cpu_count() or 1) / big_result["pages"], 2)
    result["peak_rss_mb_reader"] = big_result["peak_rss_mb"]
    result["peak_rss_mb_largest_tesseract"] = big_result["largest_tesseract_mb"]
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    (ROOT / "bench" / "out" / "readers.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
