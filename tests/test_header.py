"""The document's own header: table of documents and the fields read from them."""

from __future__ import annotations

import pytest

PLAN_DRAFT = """UBND TỈNH ĐỒNG THÁP                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                                       Độc lập - Tự do - Hạnh phúc

Số:      /KH-SNV                         Đồng Tháp, ngày    tháng 3 năm 2024

KẾ HOẠCH
Tổ chức phong trào thi đua năm 2024

Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh.

Nơi nhận:
- UBND tỉnh (b/c);
- Các phòng, đơn vị;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An
"""

DISPATCH = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN                                Độc lập - Tự do - Hạnh phúc

Số: 7315/UBND-VX                           Nghệ An, ngày 05 tháng 10 năm 2022
V/v tổ chức các hoạt động kỷ niệm
Ngày Nhà giáo Việt Nam 20/11

Kính gửi:
- Sở Giáo dục và Đào tạo;
- UBND các huyện, thành phố, thị xã.

Nội dung công văn.
"""

PARTY = """ĐẢNG BỘ TỈNH HẢI DƯƠNG                        ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
*
Số 45-KH/TU                                 Hải Dương, ngày 15 tháng 3 năm 2022

KẾ HOẠCH
thực hiện Chỉ thị số 34-CT/TW
"""

NEWS = """Chia sẻ bài viết
TIN NỔI BẬT
Đẩy mạnh tuyên truyền về công tác thi đua, khen thưởng năm 2019
(09:56 | 02/05/2019)
UBND tỉnh đã ban hành Kế hoạch số 57/KH-UBND ngày 11/4/2019.
"""

# A công văn's symbol ends with its drafting unit, whose code may spell a kind ("TC" is also Thông cáo).
UNION_DISPATCH = """TỔNG LĐLĐ VIỆT NAM                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN                  Độc lập - Tự do - Hạnh phúc

Số: 88/LĐLĐ-TC                                   Long An, ngày 09 tháng 02 năm 2024
V/v hướng dẫn khen thưởng tổng kết năm 2023
"""

NEWS_UPDATED = """Huyện Mèo Vạc đón nhận Huân chương Lao động hạng Ba
Cập nhật: 08:30, 12/9/2019
BHG - Chiều 11/9, huyện Mèo Vạc tổ chức lễ đón nhận Huân chương.
"""

NEWS_UPDATED_ON = """BÁO LONG AN ONLINE
Long An tổng kết công tác thi đua năm 2022
Cập nhật ngày: 06/01/2023 - 16:40
Chiều 6/1, UBND tỉnh tổ chức hội nghị tổng kết.
"""

NEWS_UPDATED_AT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHĨA HƯNG
Nghĩa Hưng tổng kết công tác thi đua năm 2017
Cập nhật lúc: 15:42 - 27/12/2017 | Lượt xem: 1.204
Chiều 27/12, UBND huyện tổ chức hội nghị tổng kết.
"""

NEWS_WRITTEN_DATE = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÂM ĐỒNG
Đại hội Thi đua yêu nước tỉnh Lâm Đồng lần thứ V
Cập nhật: 16:30, Thứ Sáu, ngày 7 tháng 8 năm 2020
Sáng nay (7/8), tỉnh Lâm Đồng tổ chức Đại hội Thi đua yêu nước lần thứ V.
"""

# An achievement report: the kind line goes on with more of the title ("BÁO CÁO THÀNH TÍCH").
REPORT = """BỘ Y TẾ                                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN BẠCH MAI                            Độc lập - Tự do - Hạnh phúc

Số: 15/BC-BM                                  Hà Nội, ngày 9 tháng 5 năm 2023

BÁO CÁO TÓM TẮT THÀNH TÍCH
Đề nghị tặng Cờ thi đua của Chính phủ cho Trung tâm Chống độc

Trung tâm được thành lập năm 2016.
"""

CASES = [
    (PLAN_DRAFT, {"kind": "KH", "symbol": "/KH-SNV", "issued": "2024-03", "place": "Đồng Tháp",
                  "issuer": "Sở Nội vụ", "issuer_parent": "Ủy ban nhân dân tỉnh Đồng Tháp",
                  "title": "Tổ chức phong trào thi đua năm 2024",
                  "signer": {"name": "Nguyễn Văn An", "position": "Phó Giám đốc", "authority": "KT. Giám đốc"},
                  "recipients": ["Ủy ban nhân dân tỉnh", "Các phòng, đơn vị"]}),
    (DISPATCH, {"kind": "CV", "symbol": "7315/UBND-VX", "issued": "2022-10-05", "issuer": "Ủy ban nhân dân tỉnh Nghệ An",
                "summary": "tổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
                "recipients": ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các huyện, thành phố, thị xã"]}),
    (PARTY, {"kind": "KH", "symbol": "45-KH/TU", "issued": "2022-03-15"}),
    (NEWS, {"kind": "NEWS", "issued": "2019-05-02", "symbol": None,
            "title": "Đẩy mạnh tuyên truyền về công tác thi đua, khen thưởng năm 2019"}),
    (UNION_DISPATCH, {"kind": "CV", "symbol": "88/LĐLĐ-TC", "issued": "2024-02-09"}),
    (NEWS_UPDATED, {"kind": "NEWS", "issued": "2019-09-12",
                    "title": "Huyện Mèo Vạc đón nhận Huân chương Lao động hạng Ba"}),
    (NEWS_UPDATED_ON, {"kind": "NEWS", "issued": "2023-01-06"}),
    (NEWS_UPDATED_AT, {"kind": "NEWS", "issued": "2017-12-27"}),
    (NEWS_WRITTEN_DATE, {"kind": "NEWS", "issued": "2020-08-07"}),
    (REPORT, {"kind": "BC", "symbol": "15/BC-BM", "issued": "2023-05-09",
              "title": "Đề nghị tặng Cờ thi đua của Chính phủ cho Trung tâm Chống độc"}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=["draft plan", "dispatch", "party plan", "news",
                                                           "union dispatch", "news updated", "news updated on", "news updated at", "news written date",
                                                           "achievement report"])
def test_header(as_json, text, expected):
    document = as_json(text)["document"]
    for field, value in expected.items():
        assert document[field] == value, field


@pytest.mark.parametrize("top,issuer", [
    # A name wrapped over two header lines: "VÀ ..." or a line that begins no unit goes on with it.
    ("BỘ NÔNG NGHIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ PHÁT TRIỂN NÔNG THÔN\tĐộc lập - Tự do - Hạnh phúc\n",
     "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("TẬP ĐOÀN CÔNG NGHIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCAO SU VIỆT NAM\tĐộc lập - Tự do - Hạnh phúc\n",
     "Tập đoàn Công nghiệp Cao su Việt Nam"),
    # A second line that begins with a type word is the issuer under its parent; so is one under a
    # name complete with its level and place.
    ("UBND TỈNH AN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n", "Sở Nội vụ"),
    ("UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBQL CÁC KHU CÔNG NGHIỆP\tĐộc lập - Tự do - Hạnh phúc\n",
     "Ban Quản lý các khu công nghiệp"),
    # Capitals cannot tell a proper name: the text's own casing of it can.
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC VINH\tĐộc lập - Tự do - Hạnh phúc\n",
     "Trường Đại học Vinh"),
], ids=["và line", "name goes on", "issuer under parent", "issuer under a complete name", "casing from text"])
def test_the_issuer_read_from_the_header_lines(as_json, top, issuer):
    text = top + "Số: 12/QĐ-XX\tHà Nội, ngày 5 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\n" \
        "Hiệu trưởng Trường Đại học Vinh ký; Tập đoàn Công nghiệp Cao su Việt Nam thực hiện.\n"
    assert as_json(text)["document"]["issuer"] == issuer


def test_a_header_name_in_capitals_stays_as_the_lexicon_cases_it_without_the_text(as_json):
    # No other mention to learn the casing from: the name is joined, cased by the lexicon's rules.
    text = ("TẬP ĐOÀN CÔNG NGHIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCAO SU VIỆT NAM\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 57/QĐ-CSVN\tHà Nội, ngày 5 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n")
    document = as_json(text)["document"]
    assert document["issuer"].lower() == "tập đoàn công nghiệp cao su việt nam"
    assert document["issuer_parent"] is None


def test_the_number_line_is_read_when_ocr_lost_the_mark_of_so(as_json):
    text = "UY BAN NHAN DAN\nTINH PHU YEN\nSô: 09/CT-UBND          Phú Yên, ngày 06 tháng 8 năm 2021\n\nCHỈ THỊ\nVề việc thi đua\n"
    out = as_json(text)
    assert out["document"]["symbol"] == "09/CT-UBND"
    assert all(r["symbol"] != "09/CT-UBND" for r in out["references"])


def test_a_table_row_that_begins_with_a_date_is_no_news_date(as_json):
    text = "Lịch công tác tháng 3\n01/03/2020 | Tổ chức hội nghị tổng kết\n05/03/2020 | Họp Hội đồng\n"
    assert as_json(text)["document"]["issued"] is None


def test_the_draft_date_is_partial_and_not_a_day(as_json):
    out = as_json(PLAN_DRAFT)
    assert out["document"]["issued"] == "2024-03"
    assert all(len(d["value"]) != 10 for d in out["dates"])
