"""What the end-to-end tests and scripts/screenshots.py share: the sample files, a real vanban
server process (``tests/server.py``), and headless Chromium (Debian's, never one Playwright downloads)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "documents"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
API_KEY = "e2e-secret-key"

from tests.server import Server as _Server  # noqa: E402


class Server(_Server):
    """The e2e server: its own API key unless told otherwise."""

    def __init__(self, data_dir: Path, ingest: Path | None = None, api_key: str | None = API_KEY) -> None:
        super().__init__(data_dir, ingest=ingest, api_key=api_key)

# Uploaded through the page (so not ingested beforehand): a DOCX and a 300 dpi scan.
DOCX_STEM = "c06_bc_so_vhttdl_lao_cai_2019"
SCAN_STEM = "c13_qd_co_thi_dua_can_tho_2016_nfd"
# Where rendered samples are kept between runs (build_formats skips files newer than their .txt).
SAMPLE_CACHE = Path(tempfile.gettempdir()) / "vanban-e2e-formats"


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (Debian's chromium package; scripts/system-packages.sh installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -e '.[test]')"
    return None


def launch_browser(playwright):
    # Playwright drives the system Chromium; it never downloads a browser of its own.
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def build_samples(cache: Path = SAMPLE_CACHE) -> dict[str, Path]:
    """The DOCX and the scanned PDF to upload, rendered by corpus/build_formats.py."""
    sys.path.insert(0, str(ROOT / "corpus"))
    try:
        import build_formats
    finally:
        sys.path.remove(str(ROOT / "corpus"))
    wanted = {"docx": cache / f"{DOCX_STEM}.docx", "scan300": cache / f"{SCAN_STEM}.scan300.pdf"}
    for fmt, stem in (("docx", DOCX_STEM), ("scan300", SCAN_STEM)):
        if not wanted[fmt].exists():
            report = build_formats.build(src=CORPUS, out=cache, formats=[fmt], only=[stem])
            problems = report["failed"].get(fmt) or report["unavailable"].get(fmt) or report.get("failed_sources")
            if problems or not wanted[fmt].exists():
                raise RuntimeError(f"could not render {stem} as {fmt}: {problems}")
    return wanted


def preloaded_corpus(target: Path) -> Path:
    """The sample documents the server starts with: all but the two the tests upload."""
    target.mkdir(parents=True, exist_ok=True)
    for path in CORPUS.glob("*.txt"):
        if path.stem not in (DOCX_STEM, SCAN_STEM):
            shutil.copy(path, target / path.name)
    return target


