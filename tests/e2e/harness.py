"""What the end-to-end tests and scripts/screenshots.py share: the sample files, a real vanban
server process, and headless Chromium (Debian's, never one Playwright downloads)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "documents"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
API_KEY = "e2e-secret-key"

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``vanban serve`` in its own process, with its own data folder and an API key."""

    def __init__(self, data_dir: Path, ingest: Path | None = None, api_key: str | None = API_KEY) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir / "server.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {name: value for name, value in os.environ.items()
               if name not in ("VANBAN_DATABASE_URL", "VANBAN_API_KEY", "VANBAN_CLOSED_READS")}  # SQLite, ours
        env["VANBAN_DATA_DIR"] = str(data_dir / "data")
        if api_key:
            env["VANBAN_API_KEY"] = api_key
        command = [sys.executable, "-m", "api.cli", "serve", "--port", str(self.port)]
        if ingest:
            command += ["--ingest", str(ingest)]
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 240) -> "Server":
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"vanban serve exited with {self.process.returncode}:\n{self.log()}")
            try:
                if self.get("/health")["status"] == "ok":
                    return self
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.3)
        raise RuntimeError(f"vanban serve did not answer within {timeout:.0f} s:\n{self.log()}")

    def get(self, path: str):
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return json.load(response)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()
