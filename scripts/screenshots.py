#!/usr/bin/env python3
"""Screenshots of every screen of the web page, on a desktop and on a phone, for anyone to look at.

    .venv/bin/python scripts/screenshots.py [--out bench/out/screenshots] [--url http://127.0.0.1:8765]
                                            [--api-key KEY] [--with-scan]

Without --url it starts its own vanban server on the sample corpus (in a temporary folder) and
uploads a sample DOCX through the page; --with-scan also uploads a scanned PDF and waits for its
OCR job. With --url it photographs that server as it is (uploads go to it too, so point it at a
test server). Needs Debian's Chromium at /usr/bin/chromium and the playwright package.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import API_KEY, Server, browser_missing, build_samples, launch_browser, preloaded_corpus  # noqa: E402

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "screenshots")
    parser.add_argument("--url", help="photograph this running server instead of starting one")
    parser.add_argument("--api-key", help="the key of the server given by --url, if it has one")
    parser.add_argument("--with-scan", action="store_true", help="also upload a scanned PDF (OCR: slower)")
    args = parser.parse_args(argv)
    missing = browser_missing()
    if missing:
        print(f"cannot take screenshots: {missing}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vanban-shots-") as tmp:
        server = None
        if args.url:
            url, key = args.url.rstrip("/"), args.api_key
        else:
            print("starting vanban on the sample corpus…")
            server = Server(Path(tmp), ingest=preloaded_corpus(Path(tmp) / "corpus")).wait_ready()
            url, key = server.url, API_KEY
        try:
            written = shoot(url, key, args.out, Path(tmp), args.with_scan)
        finally:
            if server:
                server.stop()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def shoot(url: str, key: str | None, out: Path, tmp: Path, with_scan: bool) -> list[Path]:
    from playwright.sync_api import sync_playwright

    samples = build_samples()
    unreadable = tmp / "bang-tinh.bin"
    unreadable.write_bytes(bytes(range(256)) * 8)
    uploads = [samples["docx"], unreadable] + ([samples["scan300"]] if with_scan else [])
    written = []
    with sync_playwright() as playwright:
        browser = launch_browser(playwright)
        for device, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport, locale="vi-VN", device_scale_factor=1)
            if key:
                context.add_init_script(f"localStorage.setItem('vanban.apiKey', {key!r})")
            page = context.new_page()
            page.set_default_timeout(30_000)

            def save(name: str, full_page: bool = True) -> None:
                page.wait_for_load_state("networkidle")
                path = out / f"{name}-{device}.png"
                page.screenshot(path=path, full_page=full_page)
                written.append(path)

            page.goto(f"{url}/#/upload")
            page.set_input_files("#upload-input", [str(p) for p in uploads])
            deadline = time.monotonic() + (600 if with_scan else 60)
            while page.locator(".upload-item:not([data-phase='stored']):not([data-phase='duplicate'])"
                               ":not([data-phase='done']):not([data-phase='failed'])").count():
                if time.monotonic() > deadline:
                    break  # photograph it as it is: the jobs are still running
                page.wait_for_timeout(500)
            save("1-upload")

            page.goto(f"{url}/#/search?q={quote('thi dua khen thuong')}")
            page.locator(".result").first.wait_for()
            save("2-search")

            hits = page.evaluate("fetch('/search?q=04%2FCT-UBND').then(r => r.json())")["items"]
            target = next((h["id"] for h in hits if h["symbol"] == "04/CT-UBND"), hits[0]["id"] if hits else 1)
            page.goto(f"{url}/#/documents/{target}")
            page.locator(".doc-text").wait_for()
            reference = page.locator(".doc-text a.hl-reference").first
            if reference.count():
                reference.evaluate("el => el.scrollIntoView({block: 'center'})")
                reference.hover()  # shows the record's tooltip
            save("3-document", full_page=False)

            page.goto(f"{url}/#/cites?ref={quote('19/CT-TTg')}")
            page.locator(".cite-group").first.wait_for()
            save("4-cites")

            page.goto(f"{url}/#/awards")
            page.locator(".awards-table").wait_for()
            save("5-awards")
            context.close()
        browser.close()
    return written


if __name__ == "__main__":
    sys.exit(main())
