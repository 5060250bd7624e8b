"""Soft line wraps: the line breaks a PDF's or a scan's text keeps inside a sentence.

Text read from a PDF, and OCR text, break every line where the page did ("... Huân chương Độc\\nlập
hạng Ba", "... cho Khoa\\nY Dược, ..."). Rules written for sentences would read such a break as the
end of a name. ``join_soft_wraps`` turns those breaks into spaces and keeps every other character,
so the text keeps its length and every offset stays valid.

A break is a soft wrap when the document is hard-wrapped and the line before it is a full line of
prose that ends inside a sentence:

- The document is hard-wrapped when its long lines share one width, as a page's lines do: the 90th
  percentile of prose line lengths is at most ``MAX_WRAP_WIDTH``. Web pages and DOCX text keep a
  paragraph on one line, hundreds of characters long, and are left alone: a line break there ends
  a paragraph, however it ends.
- The line before is "full": no shorter than the wrap width less ``WIDTH_SLACK`` (a wrap happens
  only when the next word does not fit), not in capitals (a heading), no table row (a tab or a run
  of spaces between columns), and it ends with a letter, a digit, a comma or a spaced dash (a range
  broken over lines: "năm học 2007 -" / "2008").
- Or, whatever its length, the line before leaves a quotation open: a quoted title broken over lines
  ('danh hiệu "Chiến sĩ thi đua' / 'cơ sở"').
- The line after is prose: no blank line, no list item ("- ", "1.", "a)", "+"), no table row.
"""

from __future__ import annotations

import regex

# Pages print 60 to 110 characters a line; a paragraph kept on one line is longer.
MAX_WRAP_WIDTH = 130
WIDTH_SLACK = 25
MIN_PROSE_LINES = 5

_COLUMNS = regex.compile(r"\S(?:\t|[ ]{3,})\S")
_LIST_ITEM = regex.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[IVX]{1,4}\.|[-+•*])[ \t]")
_ENDS_INSIDE_SENTENCE = regex.compile(r"(?:[\w,]|[ ][-–])$")


def _quote_open(line: str) -> bool:
    """Does ``line`` leave a quotation open ('danh hiệu "Chiến sĩ thi đua')?"""
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _is_prose(line: str) -> bool:
    return bool(line.strip()) and not _COLUMNS.search(line)


def wrap_width(lines: list[str]) -> int | None:
    """The width the document's lines were wrapped at, or None when it was not hard-wrapped."""
    lengths = sorted(len(line.rstrip()) for line in lines if _is_prose(line) and len(line.strip()) >= 30)
    if len(lengths) < MIN_PROSE_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    return width if width <= MAX_WRAP_WIDTH else None


def join_soft_wraps(text: str) -> str:
    """``text`` with each soft wrap (see the module docstring) replaced by a space; same length."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    shortest = max(40, width - WIDTH_SLACK)
    out = []
    for line, following in zip(lines, lines[1:]):
        body = line.rstrip()
        soft = (
            (len(body) >= shortest or _quote_open(body))
            and _ENDS_INSIDE_SENTENCE.search(body) is not None
            and not body.isupper()
            and _is_prose(line)
            and _is_prose(following)
            and not _LIST_ITEM.match(following)
        )
        out.append(line)
        out.append(" " if soft else "\n")
    out.append(lines[-1])
    return "".join(out)
