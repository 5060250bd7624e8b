"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def extract():
    from extractor import extract as run

    return run


@pytest.fixture(scope="session")
def as_json(extract):
    def run(text: str) -> dict:
        return json.loads(json.dumps(extract(text).to_json(), ensure_ascii=False))

    return run


def shared_scorer():
    """The evaluation's own scorer (../shared/eval/score.py), if this checkout has shared/ beside it.
    In CI it must be there: the tests that use it fail rather than skip."""
    path = ROOT.parent / "shared" / "eval" / "score.py"
    if not path.exists():
        if os.environ.get("CI"):
            raise RuntimeError(f"CI: {path} is missing; the corpus scores cannot be checked")
        return None
    sys.path.insert(0, str(path.parent))
    import score  # noqa: E402

    return score
