"""Lexicons: the data files under ``extractor/data``, loaded once and compiled into patterns.

Everything that is a fact about Vietnamese official writing (kinds and their codes, issuer
codes, abbreviations, unit heads, provinces, central bodies, awards) lives in those files; this
module only reads them, checks them, and builds the indexes and regexes the components use.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import regex
import yaml

from .normalize import match_key
from .patterns import Prefiltered, starting_words

try:  # the C loader is ~10x faster; fall back where libyaml is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


class LexiconError(ValueError):
    """A data file is missing, malformed or inconsistent."""


def _read_yaml(name: str) -> Any:
    try:
        text = resources.files("extractor.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise LexiconError(f"lexicon file {name} is missing") from e
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        raise LexiconError(f"lexicon file {name} is not valid YAML: {e}") from e


def _read_lines(name: str) -> list[str]:
    text = resources.files("extractor.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def alternation(phrases: list[str] | set[str]) -> str:
    """A regex alternation, longest first, with flexible whitespace and dashes."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        escaped = regex.escape(p)
        escaped = regex.sub(r"(\\ )+", r"\\s+", escaped)
        escaped = escaped.replace(r"\-", r"\s*-\s*")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Kind:
    name: str
    abbr: str
    codes: tuple[str, ...]
    normative: bool
    generic: bool = False


@dataclass(frozen=True)
class Body:
    name: str
    type: str
    codes: tuple[str, ...]
    aliases: tuple[str, ...]
    until: str | None
    since: str | None
    succeeded_by: str | None


@dataclass(frozen=True)
class Province:
    name: str
    level: str
    until: str | None
    merged_into: str | None


@dataclass(frozen=True)
class UnitHead:
    head: str
    level: bool  # the name keeps its administrative level ("Ủy ban nhân dân tỉnh")
    level_required: bool  # without a level or a place, no unit
    place_in_name: bool
    standalone: bool
    parent: bool
    nested_only: bool
    child_required: bool  # a parent that names nothing without a unit after it ("Thường trực")
    drop_level: bool  # named without the level ("Sở Nội vụ tỉnh" -> "Sở Nội vụ")
    person_names: bool  # named after people: a surname does not end the name ("Trường THPT Lê Quý Đôn")
    proper_name: bool = False  # what follows is a proper name, capitalised ("Quỹ Bảo trợ trẻ em", not "quỹ thi đua")
    numbered: bool = False  # a number ends the name ("Hải đội Biên phòng 2", "Quân khu 4")


@dataclass(frozen=True)
class AwardForm:
    form: str  # the form as output: "Huân chương Lao động", "Bằng khen", "Chiến sĩ thi đua cơ sở"
    written: str  # one way texts write it: the form itself or an alias ("Chiến sỹ thi đua cơ sở")
    category: str
    classes: tuple[str, ...]
    conferred_by: str | None  # usual authority when the text names none
    recipient_kind: str | None
    # Every authority the law lets confer it, by level ("Chủ tịch Ủy ban nhân dân tỉnh", "Thủ trưởng
    # cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh" ...): the issuing body's level tells which.
    authorities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    kinds: tuple[Kind, ...]
    kind_by_key: dict[str, Kind]
    kind_by_code: dict[str, Kind]
    abbreviations: dict[str, str]
    bodies: tuple[Body, ...]
    body_by_key: dict[str, Body]  # name and alias keys -> body
    body_by_code: dict[str, Body]
    provinces: tuple[Province, ...]
    province_by_key: dict[str, Province]
    unit_heads: tuple[UnitHead, ...]
    head_by_key: dict[str, UnitHead]
    unit_words: frozenset[str]
    name_stopwords: frozenset[str]
    surnames: frozenset[str]
    relations: dict[str, str]
    positions: tuple[str, ...]
    authority_prefixes: dict[str, str]
    law_names: tuple[str, ...]
    portal_phrases: tuple[str, ...]
    named_documents: tuple[tuple[str, str], ...]  # (kind, name)
    award_forms: tuple[AwardForm, ...]
    award_by_key: dict[str, AwardForm]
    patterns: dict[str, regex.Pattern | Prefiltered] = field(default_factory=dict, repr=False)

    # ---- look-ups -------------------------------------------------------------------------
    def kind(self, name: str) -> Kind | None:
        return self.kind_by_key.get(match_key(name))

    def body(self, name: str) -> Body | None:
        return self.body_by_key.get(match_key(name))

    def province(self, name: str) -> Province | None:
        return self.province_by_key.get(match_key(name))

    def expand(self, text: str) -> str:
        """Expand the abbreviations written inside a phrase: "Sở TT&TT" -> "Sở Thông tin và Truyền thông"."""
        return self.patterns["abbreviation"].sub(lambda m: self.abbreviations[m.group()], text)


def _kinds() -> tuple[Kind, ...]:
    out = []
    for row in _read_yaml("kinds.yaml"):
        out.append(Kind(row["name"], row["abbr"], tuple(row.get("codes") or ()), bool(row.get("normative")),
                        bool(row.get("generic"))))
    return tuple(out)


def _bodies() -> tuple[Body, ...]:
    out = []
    for row in _read_yaml("bodies.yaml") or []:
        out.append(Body(row["name"], row.get("type", ""), tuple(str(c) for c in row.get("codes") or ()),
                        tuple(row.get("aliases") or ()), _iso(row.get("until")), _iso(row.get("since")),
                        row.get("succeeded_by")))
    return tuple(out)


def _spellings_only(body: Body, expand) -> Body:
    """A provincial body's aliases must be spellings of its name ("UBND tỉnh"), not other names:
    "Ủy ban nhân dân thành phố" is kept as written, with its own level, by the unit grammar."""
    if not body.type.startswith("provincial"):
        return body
    name = match_key(body.name)
    kept = tuple(a for a in body.aliases if match_key(expand(a)) == name)
    return Body(body.name, body.type, body.codes, kept, body.until, body.since, body.succeeded_by)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _provinces() -> tuple[tuple[Province, ...], dict[str, Province], tuple[str, ...]]:
    """The provinces, an index of their names and aliases, and the aliases as written."""
    out, by_key, aliases = [], {}, []
    for row in _read_yaml("provinces.yaml") or []:
        p = Province(row["name"], row.get("level", "tỉnh"), _iso(row.get("until")), row.get("merged_into"))
        out.append(p)
        aliases.extend(row.get("aliases") or ())
        for name in [p.name, *(row.get("aliases") or ())]:
            by_key.setdefault(match_key(name), p)
    return tuple(out), by_key, tuple(aliases)


def _awards() -> tuple[AwardForm, ...]:
    """Every written form of every award. "Cờ thi đua của Chính phủ" is written "Cờ thi đua" plus an
    authority: the authority is read from the text, so the taxonomy keeps the part before "của"."""
    data = _read_yaml("awards.yaml") or {}
    out: dict[str, AwardForm] = {}
    for category, rows in data.items():
        for row in rows if isinstance(rows, list) else ():
            if not isinstance(row, dict) or "form" not in row:
                continue
            output = row["form"].partition(" của ")[0]
            usual = row.get("conferred_by") if isinstance(row.get("conferred_by"), str) else None
            listed = row.get("conferred_by")
            authorities = tuple(str(a) for a in (listed if isinstance(listed, list) else [listed] if listed else []))
            classes = tuple(str(c) for c in row.get("classes") or ())
            spellings = {str(w) for w in row.get("spellings") or ()}
            for written in [row["form"], *(row.get("aliases") or ()), *spellings]:
                base, _, authority = str(written).partition(" của ")
                key = match_key(base)
                # An alias that is another name ("Chiến sĩ thi đua cấp bộ") is output as written;
                # a spelling, a short form or an acronym of the form ("CSTĐ cơ sở", "Chiến sỹ",
                # "Mẹ Việt Nam Anh hùng", listed under ``spellings``) as the form.
                spelled = base.replace("sỹ", "sĩ").replace("Sỹ", "Sĩ")
                acronym = regex.search(r"\b[A-ZĐ]{3,}\b", base)
                name = output if acronym or written in spellings or match_key(spelled) == match_key(output) else spelled
                kind = row.get("recipient_kind")
                form = AwardForm(name, base, category, classes, None if authority else usual, kind, authorities)
                if key in out and out[key].conferred_by != form.conferred_by:
                    form = AwardForm(name, base, category, classes, None, kind, authorities)
                out.setdefault(key, form)
                if out[key].conferred_by != form.conferred_by:
                    out[key] = AwardForm(out[key].form, base, category, classes, None, kind, authorities)
    return tuple(out.values())


@functools.cache
def load() -> Lexicon:
    """Read and compile every lexicon; cached, so the cost is paid once per process."""
    kinds = _kinds()
    kind_by_key = {match_key(k.name): k for k in kinds}
    kind_by_code: dict[str, Kind] = {}
    for k in kinds:
        for code in k.codes:
            kind_by_code.setdefault(code, k)

    abbreviations = {str(k): str(v) for k, v in (_read_yaml("abbreviations.yaml") or {}).items()}

    abbr_pattern = regex.compile(r"(?<![\w&-])(?:" + "|".join(map(regex.escape, sorted(abbreviations, key=len, reverse=True)))
                                 + r")(?![\w&])")
    bodies = tuple(_spellings_only(b, lambda t: abbr_pattern.sub(lambda m: abbreviations[m.group()], t))
                   for b in _bodies())
    body_by_key: dict[str, Body] = {}
    body_by_code: dict[str, Body] = {}
    for b in bodies:
        for name in (b.name, *b.aliases):
            body_by_key.setdefault(match_key(name), b)
        for code in b.codes:
            # A code used by a body that still exists wins over a historical one.
            if code not in body_by_code or (body_by_code[code].until and not b.until):
                body_by_code[code] = b

    provinces, province_by_key, province_aliases = _provinces()

    heads = tuple(
        UnitHead(r["head"], bool(r.get("level")), r.get("level") == "required", bool(r.get("place_in_name")),
                 bool(r.get("standalone")), bool(r.get("parent")), bool(r.get("nested_only")),
                 bool(r.get("child_required")),
                 bool(r.get("drop_level")), bool(r.get("person_names")), bool(r.get("proper_name")),
                 bool(r.get("numbered")))
        for r in _read_yaml("unit_heads.yaml")
    )
    head_by_key = {match_key(h.head): h for h in heads}

    words = {match_key(w) for w in _read_lines("unit_words.txt")}
    # The phrases of known bodies' names are unit words too: a capitalised word with the lowercase
    # words after it ("Hợp tác quốc tế" -> "hợp tác quốc tế"), never a fragment ("hội" of "Xã hội"),
    # nor the "và" that joins it to the next field ("Thông tin và" of "Thông tin và Truyền thông").
    for b in bodies:
        for phrase in regex.findall(r"\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)+", b.name):
            phrase = regex.sub(r"\s+và$", "", phrase)
            if " " in phrase:
                words.add(match_key(phrase))

    relations = {match_key(k): v for k, v in (_read_yaml("relations.yaml") or {}).items()}
    pos = _read_yaml("positions.yaml")
    awards = _awards()
    lex = Lexicon(
        kinds=kinds, kind_by_key=kind_by_key, kind_by_code=kind_by_code, abbreviations=abbreviations,
        bodies=bodies, body_by_key=body_by_key, body_by_code=body_by_code,
        provinces=provinces, province_by_key=province_by_key,
        unit_heads=heads, head_by_key=head_by_key, unit_words=frozenset(words),
        name_stopwords=frozenset(_read_lines("name_stopwords.txt")),
        surnames=frozenset(_read_lines("surnames.txt")),
        relations=relations, positions=tuple(pos["positions"]), authority_prefixes=dict(pos["authority_prefixes"]),
        law_names=tuple(_read_lines("laws.txt")),
        portal_phrases=tuple(_read_lines("portal_phrases.txt")),
        named_documents=tuple(tuple(p.strip() for p in line.split("|", 1)) for line in _read_lines("named_documents.txt")),
        award_forms=awards, award_by_key={match_key(a.written): a for a in awards},
    )
    _compile(lex, abbr_pattern, province_aliases)
    return lex


def _compile(lex: Lexicon, abbreviation: regex.Pattern, province_aliases: tuple[str, ...]) -> None:
    p = lex.patterns
    p["abbreviation"] = abbreviation
    p["kind_name"] = regex.compile(alternation([k.name for k in lex.kinds]))
    province_names = [pr.name for pr in lex.provinces] + list(province_aliases)
    p["province"] = regex.compile(alternation(province_names))
    # Scanning a whole text for provinces: by the first word of a name (up to a space or a dash).
    p["province_scan"] = Prefiltered(p["province"], starting_words(regex.split(r"[\s\-–]", n)[0] for n in province_names))
    p["position"] = regex.compile(alternation(list(lex.positions)), regex.IGNORECASE)
    p["head"] = regex.compile(alternation([h.head for h in lex.unit_heads]))
    p["relation"] = regex.compile(r"(?<!\w)" + alternation(list(lex.relations)) + r"(?!\w)", regex.IGNORECASE)
