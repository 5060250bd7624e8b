"""Undo the line breaks of a page's layout: a PDF or a scan breaks sentences at the page's width.

A line break is turned into a space when the line is about as long as the page's lines are, does
not end a sentence or a heading, and the next line does not start an item, an article or a
heading. It runs on each page before the page's range is recorded, so it may drop the indentation of
the lines it joins.
"""

from __future__ import annotations

import regex

_ITEM = regex.compile(r"[ \t]*(?:\d{1,3}[.)]|[a-zđ][.)]|[-+•*]|[IVX]{1,5}[.)]|Điều[ ]+\d|Chương[ ]+[IVX\d]|"
                      r"Căn cứ|Xét|Nơi nhận|Kính gửi|TM\.|KT\.|TL\.|Q\.|TUQ\.)")
_ENDS = (".", ":", ";", "!", "?", "/.", ".-")


# A line that is only a page number ("2", "- 2 -", "Trang 2/3"), at the top or bottom of a page.
_PAGE_NUMBER = regex.compile(r"[ \t]*(?:-[ \t]*)?(?:Trang[ \t]+)?\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?(?:[ \t]*-)?[ \t]*")


_LOWER_START = regex.compile(r"[ \t]*\p{Ll}")


def drop_page_numbers(text: str) -> str:
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _PAGE_NUMBER.fullmatch(lines[0]):
        lines.pop(0)
    if lines and _PAGE_NUMBER.fullmatch(lines[-1]):
        lines.pop()
    return "\n".join(lines)


# OCR may split a paragraph with a blank line in mid-sentence: a line that starts in lowercase
# continues the sentence before it.
_BROKEN_PARAGRAPH = regex.compile(r"(?<=[^\s.:;!?])[ \t]*\n[ \t]*\n(?=[ \t]*\p{Ll})")


def reflow(text: str) -> str:
    text = _BROKEN_PARAGRAPH.sub("\n", drop_page_numbers(text))
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return text
    typical = lengths[int(len(lengths) * 0.8)]
    out = []
    joined_previous = False
    for i, line in enumerate(lines):
        out.append(line.lstrip() if joined_previous else line)
        if i == len(lines) - 1:
            break
        nxt = lines[i + 1]
        stripped = line.rstrip()
        joins = (
            stripped and nxt.strip()
            and (len(stripped) >= 0.65 * typical or _LOWER_START.match(nxt))
            and not stripped.endswith(_ENDS)
            and not (i < 12 and "   " in stripped.strip())  # the two columns of a header
            and not stripped.isupper() and not nxt.strip().isupper()
            and not _ITEM.match(nxt)
        )
        out.append(" " if joins else "\n")
        joined_previous = bool(joins)
    return "".join(out)
