"""Dates in every written form (text in, ISO values out), and periods."""

from __future__ import annotations

import pytest

from extractor.components.dates import find_dates, find_periods

CASES = [
    ("ban hành ngày 31/7/2017 của Chính phủ", None, [("2017-07-31", "day")]),
    ("hạn chót 04-11-2019.", None, [("2019-11-04", "day")]),
    ("họp ngày 02.05.2019 tại", None, [("2019-05-02", "day")]),
    ("ngày 16 tháng 7 năm 2021", None, [("2021-07-16", "day")]),
    ("ngày 05 tháng 8, năm 2022", None, [("2022-08-05", "day")]),
    ("Chỉ thị số 19/CT-TTg ngày 16 tháng 7\nnăm 2021 của", None, [("2021-07-16", "day")]),  # a wrapped line
    ("báo cáo tháng 11\nnăm 2021", None, [("2021-11", "month")]),
    ("(09:56 | 02/05/2019)", None, [("2019-05-02", "day")]),
    ("Sáng 13/12, tại Sở", 2019, [("2019-12-13", "day")]),
    ("trước ngày 20/11 hằng năm", 2022, [("2022-11-20", "day")]),
    # Days that share the month written after the last of them.
    ("Đại hội diễn ra trong hai ngày 10 và 11-12.", 2025, [("2025-12-10", "day"), ("2025-12-11", "day")]),
    ("các ngày 9, 10 và 11/12/2025 tại Hà Nội", None,
     [("2025-12-09", "day"), ("2025-12-10", "day"), ("2025-12-11", "day")]),
    ("Vĩnh Phúc, ngày   tháng 11 năm 2021", None, [("2021-11", "month")]),
    ("trong tháng 3 năm 2024", None, [("2024-03", "month")]),
    ("tổng kết năm 2019", None, [("2019", "year")]),
    ("ngày 31/2/2020 không có", None, []),  # no such day
    ("điện thoại 0211.3846.464", None, []),
    ("tỷ lệ 9/10 xã đạt", 2020, []),  # a fraction, no cue word
    ("Chỉ thị 19/CT-TTg", None, []),
]


@pytest.mark.parametrize("text,year,expected", CASES)
def test_dates(text, year, expected):
    found = [(d.value, d.precision) for d in find_dates(text, year) if d.value]
    assert found == expected


def test_a_yearless_day_without_a_document_year_has_no_value():
    found = find_dates("Sáng 13/12, tại Sở", None)
    assert [d.value for d in found] == [None]


@pytest.mark.parametrize("text,expected", [
    ("giai đoạn 2021-2025", [(2021, 2025, "giai đoạn")]),
    ("năm học 2022 - 2023", [(2022, 2023, "năm học")]),
    ("nhiệm kỳ 2020-2025", [(2020, 2025, "nhiệm kỳ")]),
    ("Kế hoạch 05 năm (2016-2020)", [(2016, 2020, "giai đoạn")]),
    ("từ 2010-2030", []),  # twenty years is no period of a plan
])
def test_periods(text, expected):
    assert [(p.first, p.last, p.label) for p in find_periods(text)] == expected
