"""Bad input: a clear error or an empty result, never a crash, and within bounded time."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from extractor import ExtractionError, ReadError, extract, read
from extractor.readers import CorruptFile, EmptyFile, UnsupportedFormat, decode, read_bytes

CLI = [sys.executable, "-m", "api.cli"]


def run_cli(*args, stdin: bytes | None = None):
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00\x01\x02", "a" * 10000, "/" * 5000, "-" * 5000,
                                  "Số:", "ngày tháng năm", "Chỉ thị số", "Luật", "cho gồm: ,,,;;;", "1/2/3/4/5/6/7"])
def test_degenerate_text_gives_an_empty_result(text):
    out = extract(text).to_json()
    assert out["references"] == [] and out["awards"] == []


def test_ten_megabytes_of_noise_is_extracted_in_bounded_time():
    rng = random.Random(7)
    alphabet = "abcdđêôơưáàảãạ ABCĐ0123456789/-.,;:\n" + "Sở Bộ Cục Luật số "
    noise = "".join(rng.choice(alphabet) for _ in range(10_000_000))
    start = time.perf_counter()
    out = extract(noise)
    assert time.perf_counter() - start < 120
    assert out.text_length > 9_000_000  # the whole text was read (normalised, so a little shorter)


def test_text_over_the_limit_is_refused_with_a_clear_message(monkeypatch):
    module = sys.modules["extractor.extract"]
    monkeypatch.setattr(module, "MAX_CHARS", 100)
    with pytest.raises(ExtractionError, match="limit"):
        module.extract("x" * 101)


def test_not_a_string_is_refused():
    with pytest.raises(ExtractionError):
        extract(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("data,error,message", [
    (b"", EmptyFile, "empty"),
    (b"   \n", EmptyFile, "empty"),
    (b"%PDF-1.7\n...", CorruptFile, "damaged or truncated"),
    (b"PK\x03\x04rest", UnsupportedFormat, "neither DOCX nor ODT"),
    (bytes(range(256)) * 100, UnsupportedFormat, "binary"),
])
def test_unreadable_bytes_get_a_typed_error(data, error, message):
    with pytest.raises(error, match=message):
        read_bytes(data, "upload")


def test_utf16_without_a_byte_order_mark_and_cut_utf16():
    text = "Quyết định số 12/QĐ-UBND"
    assert read_bytes(text.encode("utf-16-le"), "x.txt").text == text
    with pytest.raises(CorruptFile, match="UTF-16"):
        read_bytes("\ufeffQuyết".encode("utf-16")[:-1], "cut.txt")


def test_cut_image_gets_a_clear_error():
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (400, 300), 255).save(buf, format="JPEG")
    with pytest.raises(CorruptFile):
        read_bytes(buf.getvalue()[: len(buf.getvalue()) // 2], "cut.jpg")


def test_summary_reports_each_bad_file_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Chỉ thị số 19/CT-TTg ngày 16/7/2021", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("summary", str(tmp_path))
    out = result.stdout.decode()
    assert result.returncode == 1 and "good.txt" in out and "empty" in out
    assert "Traceback" not in result.stderr.decode()


def test_legacy_encodings_are_decoded():
    text = "Quyết định số 12/QĐ-UBND"
    assert decode(text.encode("utf-16"), "x").text == text
    assert decode(text.encode("utf-8-sig"), "x").text == text
    decoded = decode(_cp1258("Sở Nội vụ tỉnh Đồng Nai"), "x")
    assert decoded.encoding == "cp1258"
    assert unicodedata.normalize("NFC", decoded.text) == "Sở Nội vụ tỉnh Đồng Nai"


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes the five tone marks as separate combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="folder"):
        read(tmp_path)


@pytest.mark.parametrize("args,stdin,needle", [
    (["extract", "/nonexistent/file.txt"], None, "no such file"),
    (["extract", "-"], b"", "empty"),
    (["extract", "-"], b"%PDF-1.4 garbage", "PDF is damaged"),
    (["extract", "-", "--format", "xml"], b"text", "unknown format"),
])
def test_cli_reports_errors_without_a_traceback(args, stdin, needle):
    result = run_cli(*args, stdin=stdin)
    assert result.returncode != 0
    err = result.stderr.decode()
    assert needle in err
    assert "Traceback" not in err


def test_cli_extracts_from_stdin_as_json():
    import json

    result = run_cli("extract", "-", stdin="Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ".encode())
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    assert out["references"][0]["symbol"] == "98/2023/NĐ-CP"
    assert out["dates"][0]["value"] == "2023-12-31"
    assert out["source"]["name"] == "<stdin>"


def test_cli_table_view():
    result = run_cli("extract", "-", "--format", "table", stdin="Chỉ thị số 19/CT-TTg ngày 16/7/2021".encode())
    assert result.returncode == 0
    assert "19/CT-TTg" in result.stdout.decode()
