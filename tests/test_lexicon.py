"""The lexicons are data: check they load, agree with each other, and say what the law says."""

from __future__ import annotations

from collections import Counter

from extractor.lexicon import load
from extractor.normalize import match_key


def test_kind_codes_are_unique_and_cover_decree_30():
    lex = load()
    codes = Counter(code for k in lex.kinds for code in k.codes)
    assert [c for c, n in codes.items() if n > 1] == []
    for code in ("NĐ", "TT", "QĐ", "CT", "KH", "TB", "HD", "BC", "TTr", "CTr", "CV"):
        assert code in lex.kind_by_code, code


def test_provinces_before_and_after_the_2025_merger():
    lex = load()
    before = [p for p in lex.provinces if p.until or not p.merged_into]
    after = [p for p in lex.provinces if not p.until]
    assert len(after) == 34
    assert len([p for p in lex.provinces if p.until]) + len(after) >= 63
    for p in lex.provinces:
        if p.until:
            assert p.merged_into and lex.province(p.merged_into) is not None, p.name
    assert lex.province("Vĩnh Phúc").merged_into == "Phú Thọ"
    assert before


def test_bodies_and_their_codes():
    lex = load()
    assert lex.body_by_code["TTg"].name == "Thủ tướng Chính phủ"
    assert lex.body_by_code["CP"].name == "Chính phủ"
    assert lex.body_by_code["BNV"].name == "Bộ Nội vụ"
    old = lex.body("Bộ Thông tin và Truyền thông")
    assert old.until and old.succeeded_by  # renamed in 2025, kept as historical
    assert lex.body("Bộ TT&TT") is old
    names = Counter(match_key(b.name) for b in lex.bodies)
    assert [n for n, c in names.items() if c > 1] == []


def test_abbreviations_expand_in_place():
    lex = load()
    assert lex.expand("Sở TT&TT và Sở GD&ĐT") == "Sở Thông tin và Truyền thông và Sở Giáo dục và Đào tạo"
    assert lex.expand("Phòng LĐ-TB&XH") == "Phòng Lao động - Thương binh và Xã hội"
    assert lex.expand("GD, các PGD") == "GD, các PGD"  # Giám đốc in a Nơi nhận list is no GD&ĐT


def test_award_taxonomy_has_every_order_with_its_classes():
    lex = load()
    orders = {a.form: a for a in lex.award_forms if a.category == "orders"}
    for order in ("Huân chương Sao vàng", "Huân chương Hồ Chí Minh", "Huân chương Độc lập", "Huân chương Quân công",
                  "Huân chương Lao động", "Huân chương Bảo vệ Tổ quốc", "Huân chương Chiến công",
                  "Huân chương Đại đoàn kết dân tộc", "Huân chương Dũng cảm", "Huân chương Hữu nghị"):
        assert order in orders, order
    assert orders["Huân chương Lao động"].classes == ("Nhất", "Nhì", "Ba")
    assert orders["Huân chương Sao vàng"].classes == ()
    titles = {a.form for a in lex.award_forms if a.category == "emulation_titles"}
    assert {"Chiến sĩ thi đua toàn quốc", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến",
            "Tập thể lao động xuất sắc", "Cờ thi đua"} <= titles


def test_unit_vocabulary_and_stop_words_do_not_overlap_on_single_words():
    lex = load()
    single = {w for w in lex.unit_words if " " not in w}
    assert single & lex.name_stopwords <= {"số"}
