"""The spaCy pipeline: a blank Vietnamese pipeline with the rule tokenizer and vanban's components.

Each component is a registered spaCy factory. It reads ``doc.text`` (already normalised), finds
its records with the compiled lexicon patterns — symbols like ``19/CT-TTg`` are found on the text,
because the tokenizer splits them into ``19 / CT - TTg`` — and stores them as ``doc.spans[name]``,
each span aligned to tokens and carrying its record in ``span._.record``. Later components read
earlier ones' results from the Doc: the header gives the document's year to the dates and awards,
dates give the references their issued dates.

    header -> dates -> units -> references -> awards
"""

from __future__ import annotations

import functools
import os
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon
from .components.awards import AwardFinder
from .components.dates import find_dates, find_periods
from .components.header import HeaderReader
from .components.references import ReferenceFinder
from .components.units import UnitFinder, resolve_initials, resolve_levels, with_issuers

# Documents larger than this are refused with a clear error rather than exhausting memory.
def _max_chars() -> int:
    try:
        return int(os.environ.get("VANBAN_MAX_CHARS", "20000000"))
    except ValueError:
        return 20_000_000  # a malformed setting falls back to the default rather than failing every command


MAX_CHARS = _max_chars()

def _record_of(span: Span):
    return span.doc.user_data.get(("vanban_record", span.id))


# spaCy keys span extension values by character offsets alone, so records that share a span (one
# award form conferred on six units) would overwrite each other: each span gets a unique id and
# ``span._.record`` looks its record up by that id.
if not Span.has_extension("record"):
    Span.set_extension("record", getter=_record_of)
for name in ("header", "doc_year", "periods"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


@functools.cache
def _finders():
    lex = lexicon.load()
    units = UnitFinder(lex)
    header = HeaderReader(lex, units)
    return lex, units, header, ReferenceFinder(lex, units), AwardFinder(lex, units, header.proper_case)


def _text(doc: Doc) -> str:
    """``doc.text`` joins every token each time it is read: read it once per document."""
    text = doc.user_data.get("vanban_text")
    if text is None:
        text = doc.user_data["vanban_text"] = doc.text
    return text


def _lines(doc: Doc) -> str:
    """The text with its line breaks as laid out (``_text`` has a PDF's soft wraps as spaces)."""
    return doc.user_data.get("vanban_lines") or _text(doc)


def _span(doc: Doc, start: int, end: int, label: str, record) -> Span | None:
    doc.user_data["vanban_span_id"] = span_id = doc.user_data.get("vanban_span_id", 0) + 1
    span = doc.char_span(start, end, label=label, alignment_mode="expand", span_id=span_id)
    if span is None:
        return None
    doc.user_data[("vanban_record", span_id)] = record
    return span


@Language.factory("vanban_header")
def make_header(nlp: Language, name: str):
    def header(doc: Doc) -> Doc:
        _, _, reader, _, _ = _finders()
        h = reader.read(_lines(doc))
        doc._.header = h
        doc._.doc_year = h.year
        spans = []
        if h.span is not None:
            s = _span(doc, h.span[0], h.span[1], "HEADER", h)
            if s is not None:
                spans.append(s)
        doc.spans["header"] = spans
        return doc

    return header


@Language.factory("vanban_dates")
def make_dates(nlp: Language, name: str):
    def dates(doc: Doc) -> Doc:
        found = find_dates(_text(doc), doc._.doc_year)
        spans = [s for d in found if (s := _span(doc, d.start, d.end, "DATE", d)) is not None]
        doc.spans["dates"] = spans
        doc._.periods = find_periods(_text(doc))
        doc.spans["periods"] = [s for p in doc._.periods if (s := _span(doc, p.start, p.end, "PERIOD", p)) is not None]
        return doc

    return dates


@Language.factory("vanban_units")
def make_units(nlp: Language, name: str):
    def units(doc: Doc) -> Doc:
        _, finder, _, _, _ = _finders()
        found = resolve_levels(resolve_initials(finder.find_all(_text(doc))))
        h = doc._.header
        if h is not None and h.issuer_lines:
            found = with_issuers(found, h.issuer_lines, finder)
        doc.spans["units"] = [s for u in found if (s := _span(doc, u.start, u.end, "UNIT", u)) is not None]
        return doc

    return units


@Language.factory("vanban_references")
def make_references(nlp: Language, name: str):
    def references(doc: Doc) -> Doc:
        _, _, _, finder, _ = _finders()
        h = doc._.header
        exclude = [h.symbol_span] if h is not None and h.symbol_span else []
        from .components.references import canonical_key

        own = canonical_key(h.symbol) if h is not None and h.symbol and h.symbol[0].isdigit() else None
        found = finder.find(_text(doc), exclude, own)
        doc.spans["references"] = [s for r in found if (s := _span(doc, r.start, r.end, "REF", r)) is not None]
        return doc

    return references


@Language.factory("vanban_awards")
def make_awards(nlp: Language, name: str):
    def awards(doc: Doc) -> Doc:
        _, _, _, _, finder = _finders()
        h = doc._.header
        units = [s._.record for s in doc.spans["units"]]
        year = doc._.doc_year
        if year is None:
            # No date of its own (a news page without a timestamp): the first date of an event, not
            # of a cited document, stands in.
            records = [s._.record for s in doc.spans["references"]]
            cited = [(r.start, r.end) for r in records] + [r.issued_span for r in records if r.issued_span]
            first = next((d for d in (s._.record for s in doc.spans["dates"])
                          if d.precision == "day" and d.year and d.form != "yearless"
                          and not any(a <= d.start < b for a, b in cited)), None)
            year = first.year if first else None
        found = finder.find(_text(doc), year, h.kind if h is not None else None,
                            skip=h.title_span if h is not None else None, units=units,
                            authority=(h.authority or h.issuer) if h is not None else None,
                            issuer=h.issuer if h is not None else None)
        doc.spans["awards"] = [s for a in found if (s := _span(doc, a.start, a.end, "AWARD", a)) is not None]
        return doc

    return awards


# The rule tokenizer (spacy.Tokenizer.v1) with the affix rules official Vietnamese text needs:
# opening and closing punctuation, and the separators inside symbols and dates ("19/CT-TTg" ->
# 19 / CT - TTg). spaCy's default rule set for "vi" tokenizes this text at ~2 MB/s on this machine;
# this one at ~20 MB/s, with the same tokens for these texts (bench/bench_extract.py).
_PREFIX = re.compile(r"""^[\[\("'“‘«<]""")
_SUFFIX = re.compile(r"""[\]\)"'”’»>,.;:!?…%]$""")
_INFIX = re.compile(r"""[/\-–—|&+]|(?<=\w)[.,:;](?=[^\s\d])""")


def _lean_affixes(tokenizer) -> None:
    tokenizer.prefix_search = _PREFIX.search
    tokenizer.suffix_search = _SUFFIX.search
    tokenizer.infix_finditer = _INFIX.finditer
    tokenizer.rules = {}
    tokenizer.token_match = None
    tokenizer.url_match = None


COMPONENTS = ("vanban_header", "vanban_dates", "vanban_units", "vanban_references", "vanban_awards")


@functools.cache
def nlp() -> Language:
    """The pipeline, built once per process."""
    pipeline = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
    _lean_affixes(pipeline.tokenizer)
    pipeline.max_length = MAX_CHARS + 1
    for component in COMPONENTS:
        pipeline.add_pipe(component)
    _finders()  # compile the lexicons now, not on the first document
    return pipeline


__all__ = ["nlp", "COMPONENTS", "MAX_CHARS"]
