"""HTML news pages: the article's title, date and body, without the portal around it.

trafilatura finds the main content (no menus, share buttons, visitor counters, related-news lists
or footers) and the page's metadata. The text handed on is the title, the publication date as
"dd/mm/yyyy" on its own line (where the header reader looks for a news date), then the body.
"""

from __future__ import annotations

import unicodedata

import regex

from .base import CorruptFile, Text

# The parts of a portal page around the article.
_PORTAL_TAGS = {"nav", "footer", "aside", "header", "form", "script", "style", "noscript"}
_PORTAL_CLASS = regex.compile(r"(?<![\w-])(?:related|relate|share|social|counter|visitor|thong-ke|menu|breadcrumbs?|"
                              r"sidebar|footer|comments?|banner|advert|tin-lien-quan|tin-khac)(?:[-_][\w-]*)?(?![\w])")
_HEADINGS = {"h2", "h3", "h4", "h5", "strong", "b", "p", "div"}
_RELATED_HEADING = regex.compile(r"(?i)^(?:tin liên quan|tin khác|bài viết liên quan|các tin khác|tin cùng chuyên mục)\b.{0,20}$")

# The first line of an official header: an uppercase line (issuing body, Quốc hiệu) or "Số:".
_HEADER_START = regex.compile(r"(?m)^[ \t]*(?:\p{Lu}[\p{Lu} ,.&-]{4,}$|Số\b)")


def _decode(data: bytes) -> str:
    for encoding in ("utf-8", "cp1258", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _prepare(html: str) -> str:
    """Line breaks as lines, and an official header table unrolled column by column (issuer and
    "Số:" first, then Quốc hiệu and the date), so the text reads like a typed document."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # not parseable: let trafilatura do what it can
        return html
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.tag in ("html", "body", "main", "article"):
            continue
        marker = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if el.tag in _PORTAL_TAGS or _PORTAL_CLASS.search(marker) or _RELATED_HEADING.match(el.text_content().strip()
                                                                                              if el.tag in _HEADINGS else ""):
            if el.tag in _HEADINGS:
                following = el.getnext()
                if following is not None and following.tag in ("ul", "ol", "div"):
                    following.getparent().remove(following)
            el.getparent().remove(el)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for table in list(root.iter("table")):
        rows = table.findall(".//tr")
        cells = [r.findall("./td") + r.findall("./th") for r in rows]
        text = " ".join(table.text_content().split()).upper()
        if not rows or max(len(c) for c in cells) != 2 or not ("SỐ:" in text or "CỘNG H" in text):
            continue
        div = lxml.html.Element("div")
        for col in range(2):
            for row in cells:
                if col < len(row):
                    for line in row[col].text_content().split("\n"):
                        if line.strip():
                            p = lxml.html.Element("p")
                            p.text = line.strip()
                            div.append(p)
        table.getparent().replace(table, div)
    return lxml.html.tostring(root, encoding="unicode")


def read_html(data: bytes, source: str) -> Text:
    import trafilatura

    try:
        html = _prepare(_decode(data))
        body = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                                   favor_precision=True, with_metadata=False)
        meta = trafilatura.extract_metadata(html) if body else None
    except Exception as e:  # trafilatura and lxml raise many kinds on broken markup
        raise CorruptFile(f"{source}: the web page cannot be parsed ({type(e).__name__}); save it again") from e
    if not body:
        raise CorruptFile(f"{source}: no article text was found in this web page; save the article itself "
                          "(or its text) and try again")
    title = (meta.title or "").strip() if meta else ""
    date = (meta.date or "") if meta else ""
    lines = []
    body = unicodedata.normalize("NFC", body)
    upper = body.upper().replace("HOÀ", "HÒA")
    official = "CỘNG HÒA XÃ HỘI" in upper or "ĐẢNG CỘNG SẢN" in upper
    if official:
        # The page's heading repeats the document's title above the document: start at its header.
        start = _HEADER_START.search(body)
        if start is not None:
            body = body[start.start():]
    # A news page's title and date go first, where the header reader looks; an official document
    # carries its own header.
    if title and not official and " ".join(title.split()).lower() not in " ".join(body.split()).lower():
        lines.append(title)
    if date and len(date) >= 10 and not official:
        y, m, d = date[:10].split("-")
        lines.append(f"{d}/{m}/{y}")
    lines.append(body)
    metadata = {k: v for k, v in {"title": title or None, "published": date or None,
                                  "author": (meta.author if meta else None), "site": (meta.sitename if meta else None),
                                  "url": (meta.url if meta else None)}.items() if v}
    return Text("\n\n".join(lines), source, "html", None, "parse", metadata=metadata)
