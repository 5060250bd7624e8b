"""Soft line wraps of PDF and OCR text: which line breaks are read as spaces."""

from __future__ import annotations

import textwrap

import pytest

from extractor.layout import join_soft_wraps, wrap_width

PROSE = (
    "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về tổ chức phong trào thi đua yêu nước năm 2023, "
    "Sở Giáo dục và Đào tạo đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì cho "
    "Khoa Y Dược, Trường Đại học Tây Nguyên, đã có thành tích xuất sắc trong công tác đào tạo "
    "nguồn nhân lực y tế cho các tỉnh Tây Nguyên từ năm 2018 đến năm 2022; đồng thời đề nghị "
    "Thủ tướng Chính phủ tặng Bằng khen cho các tập thể và cá nhân có thành tích xuất sắc."
)


def page(*blocks: str, width: int = 78) -> str:
    """Blocks as a PDF's text keeps them: prose wrapped at ``width``, other blocks as written."""
    out = []
    for block in blocks:
        out.append(textwrap.fill(block, width) if block is PROSE else block)
    return "\n".join(out)


def breaks_kept(text: str) -> list[str]:
    """The lines left after joining, stripped."""
    return [line.strip() for line in join_soft_wraps(text).split("\n")]


def test_prose_wrapped_at_a_page_width_reads_as_one_sentence():
    text = page(PROSE, PROSE)
    joined = join_soft_wraps(text)
    assert len(joined) == len(text)
    # Only the break between the two paragraphs (after a full stop) is left.
    assert joined.count("\n") == 1
    assert "cho Khoa Y Dược" in joined.replace("  ", " ")


@pytest.mark.parametrize("block, kept", [
    # A line ending with a colon opens a list; the list's items keep their lines.
    ("Đề nghị tặng Bằng khen của Bộ trưởng cho các tập thể và cá nhân có thành tích sau đây:\n"
     "- Phòng Giáo dục và Đào tạo huyện Krông Pắc, tỉnh Đắk Lắk, đơn vị dẫn đầu khối thi đua\n"
     "- Trường Trung học phổ thông Chuyên Nguyễn Du, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
     3),
    # A table row (cells apart by a tab or a run of spaces) is no prose, before or after.
    ("1\tPhòng Đào tạo đại học\tTrường Đại học Tây Nguyên\t05 năm liên tục hoàn thành xuất sắc\n"
     "2\tViện Công nghệ sinh học và Môi trường\tTrường Đại học Tây Nguyên\t05 năm liên tục",
     2),
    # A heading in capitals is a line of its own.
    ("KẾ HOẠCH TỔ CHỨC PHONG TRÀO THI ĐUA YÊU NƯỚC NĂM HỌC 2023 - 2024 CỦA NGÀNH GIÁO DỤC\n"
     "Thực hiện Chỉ thị của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học mới.",
     2),
    # A blank line ends a paragraph.
    ("Thực hiện Chỉ thị của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2023 - 2024\n"
     "\n"
     "Sở Giáo dục và Đào tạo ban hành Kế hoạch tổ chức phong trào thi đua như sau:",
     3),
    # A short line is no wrap: the page had room for the next word.
    ("Kính gửi: Bộ trưởng Bộ Giáo dục và Đào tạo\n"
     "Trường Đại học Tây Nguyên kính trình Bộ trưởng xem xét, quyết định khen thưởng./.",
     2),
])
def test_breaks_that_are_not_wraps_stay(block, kept):
    text = page(PROSE, block, PROSE)
    lines = breaks_kept(text)
    # Each prose paragraph becomes one line; the block between keeps ``kept`` lines.
    assert len(lines) == 2 + kept


def test_text_kept_one_paragraph_a_line_is_left_as_it_is():
    # Web pages and DOCX text: a paragraph is one long line, and a line break ends it.
    web = "\n".join([PROSE, "Lễ tổng kết công tác thi đua, khen thưởng năm 2023 của tỉnh Đắk Lắk", PROSE] * 3)
    assert wrap_width(web.split("\n")) is None
    assert join_soft_wraps(web) == web


# A page of prose wrapped at about 78 characters, two names broken by the wrap.
WRAPPED = """\
Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về tổ chức phong trào thi đua yêu
nước năm 2023, Sở Giáo dục và Đào tạo đề nghị Chủ tịch nước tặng Huân chương
Lao động hạng Nhì cho Khoa Y Dược, Trường Đại học Tây Nguyên, và Huân chương Độc
lập hạng Ba cho Bệnh viện Đa khoa tỉnh Đắk Lắk, đã có thành tích xuất sắc; Sở đề
nghị Thủ tướng Chính phủ tặng Bằng khen cho các tập thể và cá nhân có thành tích
xuất sắc trong công tác đào tạo nguồn nhân lực y tế từ năm 2018 đến năm 2022 cho
các tỉnh Tây Nguyên, theo danh sách đính kèm Tờ trình của Trường Đại học Tây
Nguyên và đề nghị của Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo.
"""


def test_extraction_reads_names_and_awards_across_a_wrap(extract):
    result = extract(WRAPPED)
    pairs = {(a.form, a.recipient) for a in result.awards}
    # A department and the body it belongs to, after a comma, are one recipient.
    assert ("Huân chương Lao động hạng Nhì", "Khoa Y Dược, Trường Đại học Tây Nguyên") in pairs
    assert ("Huân chương Độc lập hạng Ba", "Bệnh viện Đa khoa tỉnh Đắk Lắk") in pairs
    assert "Trường Đại học Tây Nguyên" in {u.name for u in result.units}
    # The evidence keeps the user's own line break.
    assert "Huân chương Độc\nlập hạng Ba" in {a.span.text for a in result.awards}


@pytest.mark.parametrize("block", [
    # A quoted title broken over lines, however short the line.
    'Điều 2. Công nhận danh hiệu "Chiến sĩ thi đua\ncơ sở" năm học 2007 - 2008 cho 05 cá nhân.',
    # A range broken at its dash.
    "Điều 1. Công nhận danh hiệu Tập thể lao động tiên tiến năm học 2007 -\n2008 cho 04 tập thể.",
])
def test_a_break_inside_a_quotation_or_a_range_is_a_wrap(block):
    lines = breaks_kept(page(PROSE, block, PROSE))
    assert len(lines) == 3


def test_a_closed_quotation_and_a_list_dash_stay_breaks():
    # The quotation is closed and the line is short: a line of its own; "-" opening an item is no range.
    block = 'Danh hiệu "Lao động tiên tiến"\nĐiều 3. Các đơn vị:\n- Phòng Nội vụ;\n- Phòng Tư pháp.'
    assert len(breaks_kept(page(PROSE, block, PROSE))) == 2 + 4
