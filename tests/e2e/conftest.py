"""Fixtures of the browser tests: one vanban server and one Chromium for the session, a fresh
browser context (own localStorage, own downloads) per test.

Without /usr/bin/chromium these tests skip, saying why; in CI (env CI set) they fail instead."""

from __future__ import annotations

import os

import pytest

from .harness import API_KEY, Server, browser_missing, build_samples, launch_browser, preloaded_corpus

MISSING = browser_missing()


@pytest.fixture(scope="session")
def samples():
    return build_samples()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("vanban-e2e")
    running = Server(root, ingest=preloaded_corpus(root / "corpus"), api_key=API_KEY)
    try:
        yield running.wait_ready()
    finally:
        running.stop()


@pytest.fixture(scope="session")
def browser():
    if MISSING:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests, but {MISSING}")
        pytest.skip(f"browser tests need Chromium: {MISSING}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_browser(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, server):
    """``open_page(hash, viewport=..., api_key=...)`` → a page at that address of the server.

    After the test, fails on any uncaught script error and on any request that left the server
    (the page must work offline: no CDN, no web fonts)."""
    contexts, errors, outside = [], [], []

    def open_(address: str = "#/search", viewport: dict | None = None, api_key: str | None = None):
        context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, accept_downloads=True,
                                      locale="vi-VN")
        if api_key:
            context.add_init_script(f"localStorage.setItem('vanban.apiKey', {api_key!r})")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: None if request.url.startswith((server.url, "data:", "blob:"))
                else outside.append(request.url))
        page.goto(f"{server.url}/{address}")
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not errors, f"script errors on the page: {errors}"
    assert not outside, f"the page requested outside the server: {outside}"
