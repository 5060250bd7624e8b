"""References: one table of (text, expected references), in the way of eyecite's tests.

Each expected reference lists the fields that matter for the case; fields left out are not checked.
"""

from __future__ import annotations

import pytest

CASES = [
    # Normative symbols with the year, date in both forms, issuer.
    ("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết.",
     [{"symbol": "91/2017/NĐ-CP", "kind": "Nghị định", "issued": "2017-07-31", "issuer": "Chính phủ",
       "relation": "căn cứ", "year": 2017}]),
    ("Thực hiện Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ về việc phát động thi đua.",
     [{"symbol": "19/CT-TTg", "kind": "Chỉ thị", "issued": "2021-07-16", "issuer": "Thủ tướng Chính phủ",
       "relation": "thực hiện", "subject": "phát động thi đua"}]),
    # Without "số"; the issuer from the symbol's code when the text names none.
    ("theo Chỉ thị 19/CT-TTg, các sở triển khai", [{"symbol": "19/CT-TTg", "kind": "Chỉ thị",
                                                   "issuer": "Thủ tướng Chính phủ", "issuer_source": "symbol"}]),
    # Luật with its symbol and name.
    ("Luật Thi đua, khen thưởng số 06/2022/QH15 có hiệu lực", [{"symbol": "06/2022/QH15", "kind": "Luật",
                                                               "name": "Luật Thi đua, khen thưởng"}]),
    # A công văn: no kind code in the symbol.
    ("Công văn số 7250/UBND-TH2 ngày 23/8/2021 của UBND tỉnh",
     [{"symbol": "7250/UBND-TH2", "kind": "Công văn", "issued": "2021-08-23", "issuer": "Ủy ban nhân dân tỉnh"}]),
    # Party symbols, and the slip "22/CT-TW".
    ("Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị", [{"symbol": "34-CT/TW", "kind": "Chỉ thị",
                                                             "issuer": "Bộ Chính trị", "issued": "2014-04-07"}]),
    ("Chương trình hành động số 10-CTr/TU của Ban Chấp hành Đảng bộ tỉnh", [{"symbol": "10-CTr/TU",
                                                                           "kind": "Chương trình hành động",
                                                                           "issuer": "Ban Chấp hành Đảng bộ tỉnh"}]),
    ("Chỉ thị số 22/CT-TW về", [{"symbol": "22/CT-TW", "kind": "Chỉ thị"}]),
    # Look-alikes and spacing written by real offices.
    ("Nghị định số 91/2017/NÐ–CP", [{"symbol": "91/2017/NĐ-CP", "key": "91/2017/nđ-cp"}]),
    ("Thông tư số 15/2018/TT- BVHTTDL", [{"symbol": "15/2018/TT-BVHTTDL", "kind": "Thông tư"}]),
    # The issuer written once closes the list.
    ("Thông tư số 08/2017/TT-BNV ngày 27/10/2017, Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ hướng dẫn",
     [{"symbol": "08/2017/TT-BNV", "issuer": "Bộ Nội vụ", "issuer_source": "list", "key": "8/2017/tt-bnv"},
      {"symbol": "12/2019/TT-BNV", "issuer": "Bộ Nội vụ", "issuer_source": "text"}]),
    # A list inherits its kind and the issuer written at its head.
    ("các Kế hoạch của Sở Thông tin và Truyền thông số 08/KH-STTTT ngày 27/02/2021 triển khai; số 55/KH-STTTT ngày 18/8/2021 thực hiện",
     [{"symbol": "08/KH-STTTT", "kind": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông", "issued": "2021-02-27"},
      {"symbol": "55/KH-STTTT", "kind": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông", "issued": "2021-08-18"}]),
    # Numbered references without a symbol; a short form linked to its full mention.
    ("theo Quyết định số 28 của Thủ tướng Chính phủ", [{"key": "quyết định 28", "kind": "Quyết định", "number": "28",
                                                      "issuer": "Thủ tướng Chính phủ", "symbol": None}]),
    ("Quyết định số 12/2024/QĐ-UBND ngày 05/6/2024 ban hành Quy định. Quyết định số 12 có hiệu lực",
     [{"symbol": "12/2024/QĐ-UBND", "issued": "2024-06-05"}]),
    ("các Quyết định số 2115, số 2116 của UBND tỉnh", [{"key": "quyết định 2115", "issuer": "Ủy ban nhân dân tỉnh"},
                                                      {"key": "quyết định 2116", "issuer": "Ủy ban nhân dân tỉnh"}]),
    ("Kế hoạch 05 năm (2016-2020) của tỉnh", []),  # a five-year plan, not Plan number 5
    # The same number in two years: two documents.
    ("Chỉ thị số 19/CT-TTg ngày 24/4/2020 về phòng chống dịch và Chỉ thị số 19/CT-TTg ngày 16/7/2021 về thi đua",
     [{"symbol": "19/CT-TTg", "year": 2020, "issued": "2020-04-24"},
      {"symbol": "19/CT-TTg", "year": 2021, "issued": "2021-07-16"}]),
    # Relations.
    ("Quyết định này thay thế Quyết định số 41/2021/QĐ-UBND ngày 10/10/2021", [{"relation": "thay thế"}]),
    ("bãi bỏ Quyết định số 09/2022/QĐ-UBND", [{"relation": "bãi bỏ"}]),
    ("sửa đổi, bổ sung một số điều của Quyết định số 09/2022/QĐ-UBND", [{"relation": "sửa đổi"}]),
    # Named references.
    ("Luật Thi đua, Khen thưởng và các văn bản hướng dẫn", [{"name": "Luật Thi đua, Khen thưởng", "named": True,
                                                          "kind": "Luật"}]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;",
     [{"name": "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng", "issued": "2013-11-16"}]),
    ("theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội Đại biểu toàn quốc lần XIII của Đảng",
     [{"name": "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "named": True}]),
    # ... the same congress without "lần thứ" is the same reference.
    ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; thắng lợi Nghị quyết Đại hội XIII của Đảng.",
     [{"name": "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "key": "nghị quyết đại hội toàn quốc XIII"}]),
    ("thực hiện Nghị quyết Trung ương 4, khóa XII về xây dựng Đảng", [{"name": "Nghị quyết Trung ương 4, khóa XII"}]),
    ("hưởng ứng Lời kêu gọi thi đua ái quốc của Chủ tịch Hồ Chí Minh", [{"name": "Lời kêu gọi thi đua ái quốc"}]),
    # Dates written before the citation.
    ("Ngày 15.02.2019, Sở ban hành Kế hoạch số 25/KH-SVHTTDL phát động", [{"symbol": "25/KH-SVHTTDL",
                                                                       "issued": "2019-02-15"}]),
    # Not references.
    ("Điện thoại: 0211.3846.464, COVID-19/2020 và 1/2 số xã", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_references(as_json, text, expected):
    refs = as_json(text)["references"]
    assert len(refs) == len(expected), [r["symbol"] or r["name"] or r["key"] for r in refs]
    for got, want in zip(refs, expected):
        for field, value in want.items():
            assert got[field] == value, (field, got)


def test_the_documents_own_symbol_is_not_a_reference(as_json):
    text = "UBND TỈNH VĨNH PHÚC\nSố: 57/KH-UBND\n\nKẾ HOẠCH\nThông tin tuyên truyền\n\nThực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh."
    out = as_json(text)
    assert out["document"]["symbol"] == "57/KH-UBND"
    assert [r["symbol"] for r in out["references"]] == ["12/KH-UBND"]


def test_evidence_is_the_text_as_written(as_json):
    text = "Căn cứ Nghị định số 91/2017/NÐ–CP ngày 31/7/2017"
    ref = as_json(text)["references"][0]
    assert ref["span"]["text"] == "Nghị định số 91/2017/NÐ–CP"
    assert text[ref["span"]["start"] : ref["span"]["end"]] == ref["span"]["text"]


@pytest.mark.parametrize("written,symbol", [
    ("Nghị định số 91/2017/ND-CP ngày 31/7/2017", "91/2017/NĐ-CP"),
    ("Chỉ thị số 19/CT/TTg ngày 16/7/2021", "19/CT-TTg"),
    ("Quyết định số 04/2020/QD-UBND", "04/2020/QĐ-UBND"),
])
def test_slips_of_ocr_and_typing_in_symbols_are_repaired(as_json, written, symbol):
    ref = as_json(written)["references"][0]
    assert ref["symbol"] == symbol
    assert ref["span"]["text"] == written.split(" ngày")[0]  # the evidence stays as written
