"""Normalisation: each change in a table, and properties over any text (idempotent, offsets map back)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import fold, match_key, normalize

CASES = [
    # (written, normalised)
    ("Nghị định 91/2017/NÐ-CP", "Nghị định 91/2017/NĐ-CP"),  # U+00D0 eth
    ("91/2017/NĐ–CP và 98/2023/NĐ—CP", "91/2017/NĐ-CP và 98/2023/NĐ-CP"),  # en and em dash
    ("15/2018/TT- BVHTTDL", "15/2018/TT-BVHTTDL"),
    ("Chỉ thị 19 / CT-TTg", "Chỉ thị 19/CT-TTg"),
    ("số 34 - CT/TW", "số 34-CT/TW"),
    ("03/\u0421T-UBND", "03/CT-UBND"),  # Cyrillic Es
    ("văn hoá, Uỷ ban, thuỷ, khoẻ", "văn hóa, Ủy ban, thủy, khỏe"),
    ("quý, thuý", "quý, thúy"),  # qu + y keeps its mark, other uy moves it
    ("hoán đổi", "hoán đổi"),  # closed syllable: no change
    ("Sở\u00a0Nội\u00a0vụ", "Sở Nội vụ"),
    ("a\u200bb\ufeffc", "abc"),
    ("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"),
    (unicodedata.normalize("NFD", "Quyết định"), "Quyết định"),
    ("giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020"),  # a period is not a symbol
    ("Điều 5 - Khen thưởng", "Điều 5 - Khen thưởng"),  # a capitalised word is not a code
]


@pytest.mark.parametrize("written,expected", CASES)
def test_normalises(written, expected):
    assert normalize(written).text == expected


@pytest.mark.parametrize("written,expected", CASES)
def test_offsets_map_back_to_the_written_text(written, expected):
    n = normalize(written)
    assert n.original_text(0, len(n.text)) == written


def test_a_symbol_maps_back_to_its_written_characters():
    written = "Căn cứ Thông tư số 15/2018/TT- BVHTTDL ngày 20/3/2018"
    n = normalize(written)
    start = n.text.index("15/2018")
    end = start + len("15/2018/TT-BVHTTDL")
    assert n.original_text(start, end) == "15/2018/TT- BVHTTDL"


def test_decomposed_text_maps_back_to_whole_letters():
    written = unicodedata.normalize("NFD", "Sở Nội vụ tỉnh Đồng Nai")
    n = normalize(written)
    start = n.text.index("Đồng")
    assert unicodedata.normalize("NFC", n.original_text(start, start + 4)) == "Đồng"


# Text made of Vietnamese letters, combining marks, odd spaces and the pieces of symbols.
vietnamese = st.lists(
    st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐ0123456789 /-–—.,;\n\u00a0\u00d0\u0300\u0301\u0303\u0309\u0323\u200b\r")
                    + ["oá", "uỷ", "NĐ", "CT-TTg", "19/", "TT- ", "\u0421", " - ", "QĐ"]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(vietnamese)
def test_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=300, deadline=None)
@given(vietnamese)
def test_every_offset_maps_into_the_original_in_order(text):
    n = normalize(text)
    positions = [n.to_original(i) for i in range(len(n.text) + 1)]
    # (A start may map past characters that were dropped before it, such as a stray mark.)
    assert n.to_original(len(n.text), end=True) == len(text)
    assert all(0 <= p <= len(text) for p in positions)
    assert positions == sorted(positions)


@settings(max_examples=200, deadline=None)
@given(vietnamese)
def test_output_is_nfc_without_odd_spaces(text):
    out = normalize(text).text
    assert unicodedata.is_normalized("NFC", out)
    assert not any(c in out for c in "\u00a0\u200b\ufeff\r\u00d0–—")


@pytest.mark.parametrize("text,folded", [
    ("Thi đua, Khen thưởng", "thi dua, khen thuong"),
    ("ĐẮK LẮK", "dak lak"),
    ("Hòa hoà", "hoa hoa"),
])
def test_fold_for_accentless_search(text, folded):
    assert fold(text) == folded


def test_match_key_unifies_tone_placement_case_and_spaces():
    assert match_key("Uỷ  ban nhân dân") == match_key("ủy ban nhân dân")
