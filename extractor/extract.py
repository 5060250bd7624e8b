"""``extract(text) -> Extraction``: normalise, run the spaCy pipeline, turn spans into records."""

from __future__ import annotations

from dataclasses import replace

from .layout import join_soft_wraps
from .normalize import NormalizedText, normalize
from .repair import restore_marks
from .pipeline import MAX_CHARS, nlp
from .records import (
    Award, DateMention, Extraction, Header, Period, Reference, Signer, Span, Unit,
)


class ExtractionError(ValueError):
    """The text cannot be extracted (too large, not text); the message says what to do."""


def _evidence(norm: NormalizedText, start: int, end: int) -> Span:
    return Span(start, end, norm.original_text(start, end))


def extract(text: str) -> Extraction:
    if not isinstance(text, str):
        raise ExtractionError("extract() takes the document's text as a str; read files with extractor.read()")
    if len(text) > MAX_CHARS:
        raise ExtractionError(
            f"the text has {len(text):,} characters, more than the limit of {MAX_CHARS:,}; "
            "split the document or raise VANBAN_MAX_CHARS"
        )
    norm = normalize(text)
    restored = restore_marks(norm.text)
    if restored != norm.text:
        norm = replace(norm, text=restored)  # the same length: offsets still map back
    pipeline = nlp()
    doc = pipeline.make_doc(norm.text)
    # The components read the text, not the tokens. The header reads the lines as laid out; the
    # others read sentences, so a PDF's soft line wraps are spaces to them (the length is kept).
    doc.user_data["vanban_lines"] = norm.text
    doc.user_data["vanban_text"] = join_soft_wraps(norm.text)
    for _, component in pipeline.pipeline:
        doc = component(doc)
    return _records(doc, norm)


def _records(doc, norm: NormalizedText) -> Extraction:
    h = doc._.header
    header = Header(
        kind=h.kind, kind_name=h.kind_name, symbol=h.symbol, number=h.number, issuer=h.issuer,
        issuer_parent=h.issuer_parent, place=h.place, issued=h.issued, title=h.title, summary=h.summary,
        signer=Signer(h.signer_name, h.signer_position, h.signer_authority) if h.signer_name else None,
        recipients=tuple(h.recipients),
        span=_evidence(norm, *h.span) if h.span else None,
    )
    reference_dates: set[tuple[int, int]] = set()
    references = []
    for span in doc.spans["references"]:
        r = span._.record
        if r.issued_span:
            reference_dates.add(r.issued_span)
        references.append(Reference(
            kind=r.kind, number=r.number, symbol=r.symbol, key=r.key, year=r.year, issued=r.issued,
            issuer=r.issuer, issuer_source=r.issuer_source, name=r.name, named=r.named, subject=r.subject,
            relation=r.relation, span=_evidence(norm, r.start, r.end), resolved_from=r.resolved_from,
        ))
    dates = []
    for span in doc.spans["dates"]:
        d = span._.record
        if d.value is None:
            continue
        role = "document" if h.issued_span and d.start >= h.issued_span[0] and d.end <= h.issued_span[1] + 2 else None
        if any(s <= d.start < e for s, e in reference_dates):
            role = "reference"
        dates.append(DateMention(d.value, d.precision, role, d.form == "yearless", _evidence(norm, d.start, d.end)))
    periods = tuple(Period(p.first, p.last, p.label, _evidence(norm, p.start, p.end))
                    for p in (s._.record for s in doc.spans["periods"]))
    units = tuple(Unit(u.name, u.locality, u.level, u.canonical, _evidence(norm, u.start, u.end))
                  for u in (s._.record for s in doc.spans["units"]))
    awards = tuple(Award(a.award, a.form, a.category, a.award_class, a.conferred_by, a.recipient,
                         a.recipient_kind, a.year, a.status, a.count, _evidence(norm, a.start, a.end))
                   for a in (s._.record for s in doc.spans["awards"]))
    return Extraction(header, tuple(references), tuple(dates), periods, _with_default_locality(units, norm.text),
                      awards, len(norm.text), text=norm.text)


_LOWER_LEVELS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def _with_default_locality(units: tuple[Unit, ...], text: str) -> tuple[Unit, ...]:
    """Provincial units with no place written take the province the document is about."""
    from . import lexicon

    lex = lexicon.load()
    counts: dict[str, int] = {}
    for m in lex.patterns["province_scan"].finditer(text):
        p = lex.province(m.group())
        if p is not None:
            counts[p.name] = counts.get(p.name, 0) + 1
    if not counts:
        return units
    home = max(counts, key=counts.get)
    out = []
    for u in units:
        body = lex.body(u.name)
        provincial = (body is not None and body.type.startswith("provincial")) or u.level in ("tỉnh", "thành phố") \
            or u.name.startswith(("Sở ", "Tỉnh ủy", "Thành ủy"))
        level = u.level or next((w for w in _LOWER_LEVELS if u.name.endswith(" " + w)), None)
        if level not in (None, "tỉnh", "thành phố"):
            provincial = False  # "Ủy ban nhân dân xã": a commune's body is named by no province
        out.append(replace(u, locality=home) if u.locality is None and provincial else u)
    return tuple(out)
