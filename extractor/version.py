"""The extractor's version: the package version and a digest of its code and data.

A store compares it with the version each document was extracted with, so an upgrade of any
rule or lexicon marks documents as stale and ``vanban reextract`` knows what to redo.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path

_ROOT = Path(__file__).parent


@functools.cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in _ROOT.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".txt", ".tsv")):
        digest.update(path.relative_to(_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    try:
        package = metadata.version("vanban")
    except metadata.PackageNotFoundError:
        package = "0"
    return f"{package}+{digest.hexdigest()[:12]}"
