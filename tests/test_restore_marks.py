"""Marks lost by OCR or a keyboard without Vietnamese input: (text, restored text) cases."""

from __future__ import annotations

import pytest

from extractor.repair import restore_marks

CASES = [
    # Known names of two words or more, in any case.
    ("của Chủ tịch UBND tinh Ha Nam cho", "của Chủ tịch UBND tỉnh Hà Nam cho"),
    ("UY BAN NHAN DAN\nTINH HA NAM", "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM"),
    ("KT. CHU TICH", "KT. CHỦ TỊCH"),
    ("- Uy ban MTTQ tinh;", "- Ủy ban MTTQ tỉnh;"),
    # Words the next word makes certain: a level before a place, date words before digits.
    ("Hà Nam, ngày 20 tháng 9 nam 2010", "Hà Nam, ngày 20 tháng 9 năm 2010"),
    ("xa Tien Phong, huyen Duy Tien", "xã Tien Phong, huyện Duy Tien"),
    # A name over a spaced dash, and the level that closes it before a bracket; "tinh" elsewhere stays.
    ("(Ban Thi dua - Khen thuong tinh) chu tri", "(Ban Thi đua - Khen thưởng tỉnh) chu tri"),
    ("Ban Thi dua - Khen thuong tinh than", "Ban Thi đua - Khen thưởng tinh than"),
    # A common phrase is no guide to a proper name; unknown runs and marked text stay as written.
    ("Chi đội Tien Phong", "Chi đội Tien Phong"),
    ("Ho so gui ve truoc", "Ho so gui ve truoc"),
    ("Hà Nội, ngày 5 tháng 3 năm 2024", "Hà Nội, ngày 5 tháng 3 năm 2024"),
]


@pytest.mark.parametrize("written,expected", CASES)
def test_restores_known_phrases_only(written, expected):
    restored = restore_marks(written)
    assert restored == expected
    assert len(restored) == len(written)  # offsets into the normalised text stay valid


def test_an_ocr_decision_without_marks_is_read(extract):
    text = ("Điều 1. Tặng Bằng khen của Chủ tịch UBND tinh cho 02 tập thể đã có thành tích xuất sắc.\n"
            "Ha Nam, ngay 20 thang 9 nam 2010")
    result = extract(text)
    assert [(a.conferred_by, a.count) for a in result.awards] == [("Chủ tịch Ủy ban nhân dân tỉnh", 2)]
    assert "2010-09-20" in [d.value for d in result.dates]
    # The evidence is still the user's own characters.
    assert result.awards[0].span.text.startswith("Bằng khen của Chủ tịch UBND tinh")
