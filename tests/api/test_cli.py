"""The store's commands: ingest (a folder, with a bad file, twice), cites, search, awards --export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.store.factories import award_decision, citing

VANBAN = Path(sys.executable).with_name("vanban")


def run(args, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, VANBAN_DATA_DIR=str(data_dir), COLUMNS="200")
    return subprocess.run([str(VANBAN), *args], env=env, capture_output=True, text=True, timeout=300)


def test_ingest_is_resumable_and_reports_failures(tmp_path):
    folder = tmp_path / "archive" / "2021"
    folder.mkdir(parents=True)
    (folder / "plan.txt").write_bytes(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ").bytes())
    (folder / "decision.txt").write_bytes(award_decision(["Sở Y tế tỉnh Ninh Bình"]).bytes())
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (folder / ".hidden.txt").write_text("ignored")
    data = tmp_path / "data"

    first = run(["ingest", str(tmp_path / "archive")], data)
    assert first.returncode == 1, first.stderr
    assert "stored 2, already stored 0, failed 1" in first.stdout
    assert "broken.docx" in first.stdout and "Traceback" not in first.stdout + first.stderr

    (folder / "broken.docx").unlink()
    second = run(["ingest", str(tmp_path / "archive"), "--workers", "1"], data)
    assert second.returncode == 0 and "stored 0, already stored 2, failed 0" in second.stdout

    cites = run(["cites", "chi thi 19/ct-ttg"], data)
    assert cites.returncode == 0 and "19/CT-TTg (2021)" in cites.stdout

    export = tmp_path / "register.xlsx"
    awards = run(["awards", "--export", str(export)], data)
    assert awards.returncode == 0 and export.read_bytes()[:2] == b"PK"

    search = run(["search", "so y te"], data)
    assert search.returncode == 0 and "1 documents match" in search.stdout


def test_ingest_of_a_missing_path_is_one_clear_line(tmp_path):
    result = run(["ingest", str(tmp_path / "nowhere")], tmp_path / "data")
    assert result.returncode == 1 and "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr
