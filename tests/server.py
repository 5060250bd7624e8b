"""A real ``vanban serve`` process on a free port: for the tests that speak HTTP to it (the server
test, the browser tests) and for bench/bench_store.py."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``vanban serve`` in its own process, with its own data folder (SQLite unless a database
    URL is given) and optionally an API key; ``wait_ready()`` returns once /health answers."""

    def __init__(self, data_dir: Path, ingest: Path | None = None, api_key: str | None = None,
                 database_url: str | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir / "server.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {name: value for name, value in os.environ.items()
               if name not in ("VANBAN_DATABASE_URL", "VANBAN_API_KEY", "VANBAN_CLOSED_READS")}  # SQLite, ours
        env["VANBAN_DATA_DIR"] = str(data_dir / "data")
        if database_url:
            env["VANBAN_DATABASE_URL"] = database_url
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
