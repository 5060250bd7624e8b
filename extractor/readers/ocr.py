"""OCR with Tesseract (Debian's tesseract-ocr and tesseract-ocr-vie), one page per process.

Each page is read by its own Tesseract process, as many at once as there are cores; threads only
feed them (pdfium, which is not thread-safe, renders one page at a time under a lock, and takes a
fraction of the time Tesseract does). Threads rather than a process pool, so that reading a scan
from any script or server needs no ``if __name__ == "__main__"`` guard. Each page: rendered (PDF)
or loaded (image), turned to grayscale, straightened (a
skew of a few degrees is found by the projection profile of the dark pixels; a page on its side by
Tesseract's orientation detection when the first reading is poor), then read with ``-l vie``. The
mean word confidence is kept per page. Workers run with OMP_THREAD_LIMIT=1 (Tesseract's own threads
make a page 4-5x slower on this machine) and as many at once as there are cores.
"""

from __future__ import annotations

import concurrent.futures as cf
import csv
import io
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass

from .base import CorruptFile, Limits, Page, ReadTimeout, Text, ToolMissing, TooLarge, report_progress

_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _pillow_limits() -> None:
    # Sizes are checked against Limits before any image is decoded; Pillow's own process-wide
    # guard would race between callers with different limits.
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None


_pillow_limits()
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageJob:
    kind: str  # "pdf" (path, index) or "image" (bytes, frame)
    source: str | bytes
    index: int
    dpi: int
    max_pixels: int
    timeout: int


@dataclass(frozen=True)
class PageResult:
    text: str
    confidence: float | None
    rotated: int
    skew: float


def require_tesseract() -> None:
    if shutil.which("tesseract") is None:
        raise ToolMissing("OCR needs Tesseract: install Debian's tesseract-ocr and tesseract-ocr-vie "
                          "(the project's `make` setup does it)")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split()
    if "vie" not in langs:
        raise ToolMissing("OCR needs Tesseract's Vietnamese data: install Debian's tesseract-ocr-vie")


def _load(job: PageJob):
    from PIL import Image

    if job.kind == "pdf":
        import pypdfium2 as pdfium

        with _PDFIUM:
            pdf = pdfium.PdfDocument(job.source)
            page = pdf[job.index]
            width, height = page.get_size()
            scale = job.dpi / 72
            if width * height * scale * scale > job.max_pixels:  # a huge page: lower the resolution, not the memory
                scale = (job.max_pixels / (width * height)) ** 0.5
            image = page.render(scale=scale, grayscale=True).to_pil()
            page.close()
            pdf.close()
        return image
    image = Image.open(io.BytesIO(job.source))  # reads the header only: the size is checked before decoding
    image.seek(job.index)
    if image.width * image.height > job.max_pixels:
        raise TooLarge(f"image of {image.width}x{image.height} pixels is over VANBAN_MAX_PAGE_PIXELS")
    return image.convert("L")


def _skew_angle(image) -> float:
    """The small rotation that makes text lines horizontal: the angle whose row profile of dark
    pixels is sharpest."""
    import numpy as np

    small = image.copy()
    small.thumbnail((900, 900))
    dark = np.asarray(small) < 128
    if dark.mean() < 0.002:
        return 0.0
    from PIL import Image

    mask = Image.fromarray((dark * 255).astype("uint8"))
    def sharpness(angle: float) -> float:
        rows = np.asarray(mask.rotate(angle, resample=Image.NEAREST, fillcolor=0)).sum(axis=1).astype(float)
        return float(np.square(np.diff(rows)).sum())

    # Coarse to fine: whole degrees within ±4°, then tenths around the best.
    coarse = max(range(-4, 5), key=sharpness)
    return max((coarse + t / 10 for t in range(-8, 9, 2)), key=sharpness)


def _tesseract(image, timeout: int, psm: int = 3) -> tuple[str, float | None]:
    buf = io.BytesIO()
    image.save(buf, format="PPM")  # uncompressed: a 300 dpi page costs nothing to write, unlike PNG
    try:
        out = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--psm", str(psm), "tsv"],
                             input=buf.getvalue(), capture_output=True, timeout=timeout, env=_ENV)
    except subprocess.TimeoutExpired as e:
        raise ReadTimeout(f"OCR of a page took over {timeout} s; raise VANBAN_OCR_PAGE_SECONDS") from e
    if out.returncode != 0:
        raise CorruptFile(f"Tesseract could not read the page: {out.stderr.decode(errors='replace')[-200:]}")
    return _from_tsv(out.stdout.decode("utf-8", errors="replace"))


def _from_tsv(tsv: str) -> tuple[str, float | None]:
    """Words back into lines and paragraphs, in Tesseract's reading order; mean word confidence.
    A gap wider than three and a half letter heights between words of one line is a gap between columns
    (the two halves of an official header) and is written as a wide gap, as a typed text has it."""
    lines: list[str] = []
    confidences = []
    current: tuple | None = None
    words: list[str] = []
    last_par: tuple | None = None
    right = 0
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        word = (row.get("text") or "").strip()
        if not word:
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        left, width, height = int(row["left"]), int(row["width"]), int(row["height"])
        if key != current:
            if words:
                lines.append("".join(words))
            par = (row["block_num"], row["par_num"])
            if last_par is not None and par != last_par:
                lines.append("")
            last_par, current, words = par, key, []
        elif words:
            # Justified lines stretch spaces to about one letter height; columns are far wider.
            words.append("     " if left - right > 3.5 * max(height, 1) else " ")
        words.append(word)
        right = left + width
        conf = float(row.get("conf") or -1)
        if conf >= 0:
            confidences.append(conf)
    if words:
        lines.append("".join(words))
    confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    return "\n".join(lines), confidence


def _orientation(image, timeout: int) -> int:
    buf = io.BytesIO()
    image.save(buf, format="PPM")
    try:
        out = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "0"], input=buf.getvalue(),
                             capture_output=True, timeout=timeout, env=_ENV)
    except subprocess.TimeoutExpired:
        return 0  # orientation is a second try: without it, the first reading stands
    if out.returncode != 0:
        return 0
    for line in out.stdout.decode(errors="replace").splitlines():
        if line.startswith("Rotate:"):
            return int(line.split(":")[1])
    return 0


def ocr_page(job: PageJob) -> PageResult:
    from PIL import Image

    try:
        image = _load(job)
    except Image.DecompressionBombError as e:
        raise TooLarge(f"page {job.index + 1} is larger than VANBAN_MAX_PAGE_PIXELS allows") from e
    except (OSError, EOFError, SyntaxError, ValueError) as e:
        raise CorruptFile(f"page {job.index + 1} cannot be decoded ({e}); export the file again") from e
    skew = _skew_angle(image)
    if abs(skew) >= 0.2:
        image = image.rotate(skew, expand=True, fillcolor=255)
    text, confidence = _tesseract(image, job.timeout)
    rotated = 0
    if confidence is None or confidence < 60:
        rotate = _orientation(image, job.timeout)
        if rotate:
            turned = image.rotate(-rotate, expand=True, fillcolor=255)
            t2, c2 = _tesseract(turned, job.timeout)
            if (c2 or 0) > (confidence or 0):
                text, confidence, rotated = t2, c2, rotate
    return PageResult(text, confidence, rotated, skew)


def ocr_pages(jobs: list[PageJob], workers: int) -> list[PageResult]:
    """Pages in parallel, one per process; results in page order. Progress is reported per page."""
    require_tesseract()
    results: list[PageResult] = []
    report_progress(0, len(jobs))
    if len(jobs) <= 1 or workers <= 1:
        for job in jobs:
            results.append(ocr_page(job))
            report_progress(len(results), len(jobs))
        return results
    pool = cf.ThreadPoolExecutor(max_workers=min(workers, len(jobs)), thread_name_prefix="ocr")
    try:
        for result in pool.map(ocr_page, jobs):
            results.append(result)
            report_progress(len(results), len(jobs))
        return results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # a failed page stops the pages still queued


def assemble(results: list[PageResult], numbers: list[int]) -> tuple[str, list[Page]]:
    parts, pages, offset = [], [], 0
    for number, r in zip(numbers, results):
        parts.append(r.text)
        pages.append(Page(number, offset, offset + len(r.text), "ocr", r.confidence))
        offset += len(r.text) + 2
    return "\n\n".join(parts), pages


def read_image(data: bytes, source: str, limits: Limits) -> Text:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > limits.max_page_pixels:
            raise Image.DecompressionBombError("too many pixels")
        frames = getattr(image, "n_frames", 1)
        image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as e:
        raise CorruptFile(f"{source}: the image cannot be decoded ({e}); export it again as PNG or JPEG") from e
    except Image.DecompressionBombError as e:
        raise TooLarge(f"{source}: the image is larger than VANBAN_MAX_PAGE_PIXELS allows; scan at 300 dpi") from e
    if frames > limits.max_pages:
        raise TooLarge(f"{source}: {frames} pages is over the limit of {limits.max_pages}")
    jobs = [PageJob("image", data, i, limits.ocr_dpi, limits.max_page_pixels, limits.ocr_page_seconds)
            for i in range(frames)]
    results = ocr_pages(jobs, limits.ocr_workers)
    from ..repair import repair_ocr
    from .layout import reflow

    results = [PageResult(reflow(r.text), r.confidence, r.rotated, r.skew) for r in results]
    text, pages = assemble(results, list(range(1, frames + 1)))
    text, repairs = repair_ocr(text)
    warnings = tuple(f"page {n}: low OCR confidence ({r.confidence})" for n, r in enumerate(results, 1)
                     if r.confidence is not None and r.confidence < 70)
    return Text(text, source, "image", None, "ocr", tuple(pages), {"frames": frames}, warnings, tuple(repairs))
