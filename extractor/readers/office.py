"""Legacy office formats: Word 97-2003 .doc (Debian's antiword), RTF and ODT.

antiword writes a .doc's text as UTF-8 (Word 97 and later keep text as Unicode); RTF is parsed
with its \\u escapes (striprtf); ODT is a zip whose content.xml holds paragraphs and tables.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from io import BytesIO
from xml.etree import ElementTree

from .base import CorruptFile, EncryptedFile, Limits, ReadTimeout, Text, ToolMissing, TooLarge
from .docx import _check_zip


def read_doc(data: bytes, source: str, limits: Limits) -> Text:
    if shutil.which("antiword") is None:
        raise ToolMissing(f"{source}: reading .doc needs antiword; install Debian's antiword, "
                          "or save the file as .docx")
    with tempfile.NamedTemporaryFile(suffix=".doc") as tmp:
        tmp.write(data)
        tmp.flush()
        try:
            out = subprocess.run(["antiword", "-m", "UTF-8.txt", "-w", "0", tmp.name], capture_output=True,
                                 timeout=limits.convert_seconds)
        except subprocess.TimeoutExpired as e:
            raise ReadTimeout(f"{source}: converting the .doc took over {limits.convert_seconds} s") from e
    err = out.stderr.decode(errors="replace")
    if out.returncode != 0:
        if "encrypt" in err.lower() or "password" in err.lower():
            raise EncryptedFile(f"{source}: the .doc is password-protected; save an unprotected copy")
        raise CorruptFile(f"{source}: the .doc cannot be read ({err.strip()[-200:]}); save it as .docx and try again")
    return Text(_table_rows(out.stdout.decode("utf-8", errors="replace")), source, "doc", None, "conversion",
                warnings=("converted from Word 97-2003 .doc with antiword",))


def _table_rows(text: str) -> str:
    """antiword draws a table row as "|cell |cell |": cells become columns apart by a wide gap,
    as a typed two-column header has them."""
    lines = []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = "     ".join(c for c in cells if c)
        lines.append(line)
    return "\n".join(lines)


def read_rtf(data: bytes, source: str, limits: Limits) -> Text:
    from striprtf.striprtf import rtf_to_text

    try:
        text = rtf_to_text(data.decode("latin-1"), errors="ignore")
    except Exception as e:
        raise CorruptFile(f"{source}: the RTF cannot be read ({e}); save it as .docx and try again") from e
    return Text(text, source, "rtf", None, "conversion")


_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def read_odt(data: bytes, source: str, limits: Limits) -> Text:
    _check_zip(data, source, limits)
    try:
        root = ElementTree.fromstring(zipfile.ZipFile(BytesIO(data)).read("content.xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile) as e:
        raise CorruptFile(f"{source}: the ODT is damaged ({e}); save it again") from e
    lines: list[str] = []

    def walk(el) -> None:
        if el.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            lines.append("".join(el.itertext()))
            return
        if el.tag == f"{_TABLE}table-row":
            lines.append("\t".join("".join(c.itertext()) for c in el if c.tag == f"{_TABLE}table-cell"))
            return
        for child in el:
            walk(child)

    walk(root)
    return Text("\n".join(lines), source, "odt", None, "parse")
