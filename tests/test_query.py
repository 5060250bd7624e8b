"""What users type to ask who cites a document, and what it means: one table of cases."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from extractor.normalize import fold_aligned
from extractor.query import CitationQuery
from models.fulltext import Query, snippet

CASES = [
    ("Chỉ thị 19/CT-TTg", {"key_folded": "19/ct-ttg", "kind": "Chỉ thị", "number": "19", "year": None}),
    ("chi thi 19/ct-ttg", {"key_folded": "19/ct-ttg", "kind": "Chỉ thị"}),
    ("19/CT/TTg", {"key_folded": "19/ct-ttg"}),  # the slash slip, repaired
    ("19 / CT – TTg", {"key_folded": "19/ct-ttg"}),  # spaces and an en dash
    ("CT 19 năm 2021", {"key_folded": None, "kind": "Chỉ thị", "number": "19", "year": 2021}),
    ("chi thi so 19 nam 2020", {"kind": "Chỉ thị", "number": "19", "year": 2020}),
    ("19/CT-TTg ngày 16/7/2021", {"key_folded": "19/ct-ttg", "year": 2021}),
    ("Nghị định 91/2017/NĐ-CP", {"key_folded": "91/2017/nd-cp", "kind": "Nghị định", "year": 2017}),
    ("nghi dinh 91/2017/nd-cp", {"key_folded": "91/2017/nd-cp", "year": 2017}),
    ("Nghị định số 091/2017/NÐ-CP", {"key_folded": "91/2017/nd-cp"}),  # leading zero, Icelandic eth
    ("Chỉ thị số 34-CT/TW", {"key_folded": "34-ct/tw", "number": "34"}),
    ("Công văn số 7250/UBND-TH2", {"key_folded": "7250/ubnd-th2"}),
    ("Quyết định số 28", {"kind": "Quyết định", "number": "28", "key_folded": None}),
    ("Luật Thi đua, Khen thưởng", {"name_folded": "luat thi dua khen thuong", "number": None}),
    ("   ", {"key_folded": None, "number": None, "name_folded": None}),
]


@pytest.mark.parametrize("written, expected", CASES)
def test_citation_query(written, expected):
    parsed = CitationQuery.parse(written)
    assert {k: getattr(parsed, k) for k in expected} == expected


@given(st.text())
def test_fold_aligned_keeps_every_offset(text):
    assert len(fold_aligned(text)) == len(text)


@pytest.mark.parametrize("query, words", [("thi đua khen thưởng", ["thi", "dua", "khen", "thuong"]),
                                          ('"Chỉ thị" 19/CT-TTg', ["chi", "thi", "19", "ct", "ttg"]),
                                          ('*:( -"', [])])
def test_search_query_words(query, words):
    assert Query.parse(query).words == words


def test_snippet_marks_the_original_words_and_escapes_the_rest():
    body = "Mở đầu. " * 40 + "Tổ chức <Hội nghị> tổng kết công tác Thi đua – Khen thưởng năm 2023. " + "Kết thúc. " * 40
    out = snippet(body, Query.parse("thi dua khen thuong"))
    assert "<mark>Thi</mark> <mark>đua</mark> – <mark>Khen</mark> <mark>thưởng</mark>" in out
    assert "&lt;Hội nghị&gt;" in out and out.startswith("… ") and out.endswith(" …")
