"""Units: (text, expected (name, locality) pairs)."""

from __future__ import annotations

import pytest

CASES = [
    ("Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc triển khai", [("Sở Thông tin và Truyền thông", "Vĩnh Phúc")]),
    ("Sở TT&TT Quảng Ninh đạt", [("Sở Thông tin và Truyền thông", "Quảng Ninh")]),
    ("UBND tỉnh giao Sở Nội vụ (Ban Thi đua - Khen thưởng) chủ trì",
     [("Ủy ban nhân dân tỉnh", None), ("Sở Nội vụ", None), ("Ban Thi đua - Khen thưởng", None)]),
    ("Hội đồng TĐKT tỉnh và UBMTTQ tỉnh", [("Hội đồng Thi đua - Khen thưởng tỉnh", None),
                                         ("Ủy ban Mặt trận Tổ quốc tỉnh", None)]),
    ("Hội đồng thi đua, khen thưởng của Sở", [("Hội đồng Thi đua - Khen thưởng", None)]),
    ("Báo Kiên Giang và Đài Phát thanh và Truyền hình Kiên Giang",
     [("Báo Kiên Giang", "Kiên Giang"), ("Đài Phát thanh và Truyền hình Kiên Giang", "Kiên Giang")]),
    ("Cục Phát thanh – Truyền hình & Thông tin điện tử", [("Cục Phát thanh - Truyền hình và Thông tin điện tử", None)]),
    ("Cục Phát thanh, truyền hình và thông tin điện tử", [("Cục Phát thanh, truyền hình và thông tin điện tử", None)]),
    ("Trường Cao đẳng CNTT Hữu nghị Việt - Hàn", [("Trường Cao đẳng Công nghệ thông tin Hữu nghị Việt - Hàn", None)]),
    ("Trường THPT chuyên Lê Quý Đôn", [("Trường Trung học phổ thông chuyên Lê Quý Đôn", None)]),
    # A residential area below the commune ends a grassroots unit's name; mass organisations at a level keep it.
    ("1. Ban Công tác Mặt trận thôn 3, xã Bình Thuận;\n2. Chi hội Phụ nữ tổ dân phố 5, phường An Bình;\n3. Hội Phụ nữ xã Cư Bao;",
     [("Ban Công tác Mặt trận thôn 3", None), ("Chi hội Phụ nữ tổ dân phố 5", None), ("Hội Phụ nữ xã", "Cư Bao")]),
    # A name that fills a table's cell is whole, lower-case fields and commas included; prose that
    # writes it again gets the same name; a position in a cell ("Trạm trưởng") names no unit.
    ("| 1 | Ban Quản lý dự án đầu tư xây dựng công trình thủy lợi | 95 |\n"
     "| 2 | Phòng Quản lý vận tải, phương tiện và người lái | 90 |\n"
     "Đề nghị tặng Cờ thi đua cho Ban Quản lý dự án đầu tư xây dựng công trình thủy lợi.",
     [("Ban Quản lý dự án đầu tư xây dựng công trình thủy lợi", None),
      ("Phòng Quản lý vận tải, phương tiện và người lái", None),
      ("Ban Quản lý dự án đầu tư xây dựng công trình thủy lợi", None)]),
    ("5\tÔng Trần Văn Bé\tTrạm trưởng\tPhòng Kế hoạch - Tài chính, Sở Tài chính\n",
     [("Phòng Kế hoạch - Tài chính", None), ("Sở Tài chính", None)]),
    # In an enumeration of units, a word that is also a verb, or an unknown word, before the comma
    # and the next unit's head is the name's.
    ("các khoa: Khoa Hồi sức tích cực sơ sinh, Khoa Nhi tổng hợp, Phòng Kế hoạch tổng hợp, Phòng Điều dưỡng.",
     [("Khoa Hồi sức tích cực sơ sinh", None), ("Khoa Nhi tổng hợp", None), ("Phòng Kế hoạch tổng hợp", None),
      ("Phòng Điều dưỡng", None)]),
    # "Công ty CP" is "Công ty Cổ phần" (and "CP" alone stays the Government's code).
    ("Công ty CP Cao su Đồng Phú", [("Công ty Cổ phần Cao su Đồng Phú", None)]),
    # A province after "chuyên" or "khu vực" names the unit; it is no locality.
    ("cho Trường THPT chuyên Bắc Giang và Bệnh viện Đa khoa khu vực Cai Lậy (xã Cai Lậy)",
     [("Trường Trung học phổ thông chuyên Bắc Giang", None), ("Bệnh viện Đa khoa khu vực Cai Lậy", None)]),
    ("Trường Tiểu học số 1 Hoài Hảo", [("Trường Tiểu học số 1 Hoài Hảo", None)]),
    ("Trung tâm Kiểm soát bệnh tật tỉnh tổ chức", [("Trung tâm Kiểm soát bệnh tật tỉnh", None)]),
    ("Ban Chấp hành Đảng bộ tỉnh", [("Ban Chấp hành Đảng bộ tỉnh", None)]),
    ("Ban Tuyên giáo Tỉnh ủy chủ trì", [("Ban Tuyên giáo Tỉnh ủy", None)]),
    ("Văn phòng Sở - Thường trực Hội đồng", [("Văn phòng Sở", None)]),
    ("Thanh tra Bộ, Vụ Pháp chế", [("Thanh tra Bộ", None), ("Vụ Pháp chế", None)]),
    ("Cụm thi đua số 3 gồm", [("Cụm thi đua số 3", None)]),
    ("UBND TP Cần Thơ", [("Ủy ban nhân dân thành phố", "Cần Thơ")]),
    ("Bộ trưởng Bộ TT&TT Trương Minh Tuấn ký", [("Bộ Thông tin và Truyền thông", None)]),
    # A name that fills a cell (list item, table cell, after "Sở Y tế:") needs no vocabulary to its edge.
    ("- Công an tỉnh: Phòng Cảnh sát hình sự;", [("Công an tỉnh", None), ("Phòng Cảnh sát hình sự", None)]),
    ("- Sở Y tế: Bệnh viện Đa khoa khu vực Mường Tè;",
     [("Sở Y tế", None), ("Bệnh viện Đa khoa khu vực Mường Tè", None)]),
    ("3\tTrung tâm Nước sạch và Vệ sinh môi trường nông thôn\tĐề nghị",
     [("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", None)]),
    ("- Ban Quản lý Vườn quốc gia Cúc Phương: 02 cá nhân.", [("Ban Quản lý Vườn quốc gia Cúc Phương", None)]),
    ("Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Bến Tre đạt",
     [("Chi cục Trồng trọt và Bảo vệ thực vật", "Bến Tre")]),
    # A title holding its unit's head in lower case names the unit.
    ("Theo đề nghị của Trưởng phòng Tổ chức cán bộ.", [("Phòng Tổ chức cán bộ", None)]),
    ("bà Lê Thị Hoa, Phó Trưởng khoa Hồi sức tích cực - Chống độc;", [("Khoa Hồi sức tích cực - Chống độc", None)]),
    ("Trưởng ban Tuyên giáo Huyện ủy chủ trì", [("Ban Tuyên giáo Huyện ủy", None)]),
    ("ông Trần Văn Bình, Trưởng phòng, được tặng", []),
    # ... but not a sentence that happens to fill a line.
    ("- Sở Tài chính bố trí kinh phí thực hiện;", [("Sở Tài chính", None)]),
    ("- Phòng Nội vụ hướng dẫn các xã;", [("Phòng Nội vụ", None)]),
    # A level of two words ends the name at its first ("thị xã", "thị trấn", "thành phố").
    ("Trung tâm Y tế thị xã Hương Thủy đạt", [("Trung tâm Y tế", "Hương Thủy")]),
    # Fields listed with commas and "và", capitalised or not.
    ("Trung tâm Văn hóa, Thông tin và Thể thao huyện tổ chức",
     [("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None)]),
    ("ông A, Trưởng phòng, Cục Nhà giáo và Cán bộ quản lý giáo dục.",
     [("Cục Nhà giáo và Cán bộ quản lý giáo dục", None)]),
    ("Công ty TNHH một thành viên Khai thác công trình thủy lợi Sông Chu đạt",
     [("Công ty TNHH một thành viên Khai thác công trình thủy lợi Sông Chu", None)]),
    # Numbered military units; the central committee of a mass organisation; the merged press.
    ("Hải đội Biên phòng 2 và Sư đoàn 312, Quân khu 4.",
     [("Hải đội Biên phòng 2", None), ("Sư đoàn 312", None), ("Quân khu 4", None)]),
    ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng",
     [("Ban Chấp hành Trung ương Hội Nông dân Việt Nam", None)]),
    ("Báo và Phát thanh, Truyền hình Cao Bằng mở chuyên mục",
     [("Báo và Phát thanh, Truyền hình Cao Bằng", "Cao Bằng")]),
    ("Ủy ban MTTQ VN tỉnh;", [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None)]),
    # Stop words are phrases: a syllable of a verb may be part of a name; a word that is also a verb
    # ends a name where the name visibly ends.
    ("giao Trung tâm Công báo - Tin học tỉnh; Trung tâm Kiểm định chất lượng xây dựng;",
     [("Trung tâm Công báo - Tin học tỉnh", None), ("Trung tâm Kiểm định chất lượng xây dựng", None)]),
    ("Phòng Kinh tế và Vật liệu xây dựng; Trung tâm Thông tin - Thư viện;",
     [("Phòng Kinh tế và Vật liệu xây dựng", None), ("Trung tâm Thông tin - Thư viện", None)]),
    ("giao Phòng Nội vụ tham mưu triển khai; Sở Nội vụ tổng hợp, báo cáo.",
     [("Phòng Nội vụ", None), ("Sở Nội vụ", None)]),
    # Party and union organisations of a unit; a longer type word than a known name.
    ("Đảng bộ Sở Tài chính và Công đoàn cơ sở Sở Xây dựng",
     [("Đảng bộ Sở Tài chính", None), ("Công đoàn cơ sở Sở Xây dựng", None)]),
    ("Ban Thường vụ Đảng ủy Khối; Văn phòng Đảng ủy Khối.",
     [("Ban Thường vụ Đảng ủy Khối", None), ("Văn phòng Đảng ủy Khối", None)]),
    ("Ban Chỉ huy Quân sự huyện Lệ Thủy", [("Ban Chỉ huy Quân sự huyện", "Lệ Thủy")]),
    # A title that holds its unit's head, then the unit written out; fields of activity.
    ("theo đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tỉnh", [("Ban Thi đua - Khen thưởng tỉnh", None)]),
    ("Cục Kiểm tra văn bản quy phạm pháp luật; Ban Công tác quần chúng;",
     [("Cục Kiểm tra văn bản quy phạm pháp luật", None), ("Ban Công tác quần chúng", None)]),
    # The standing members of an emulation council, and the council they act for.
    ("Thường trực Hội đồng Thi đua - Khen thưởng huyện tổng hợp.",
     [("Thường trực Hội đồng Thi đua - Khen thưởng huyện", None), ("Hội đồng Thi đua - Khen thưởng huyện", None)]),
    # "Thường trực" in a title is no unit.
    ("Phó Bí thư Thường trực Tỉnh ủy dự", [("Tỉnh ủy", None)]),
    # What is not a unit.
    ("kinh phí trích từ Quỹ thi đua, khen thưởng của tỉnh; Quỹ Bảo trợ trẻ em tỉnh",
     [("Quỹ Bảo trợ trẻ em tỉnh", None)]),
    ("- Lưu: VT, Ban TC-KT, Phòng TCCB.", [("Phòng Tổ chức cán bộ", None)]),
    ("Giám đốc Sở và Ban chấp hành Công đoàn", [("Ban Chấp hành Công đoàn", None)]),
    ("Sở Nội vụ tham mưu, Báo cáo kết quả, Hội nghị tổng kết, Tỉnh ủy viên", [("Sở Nội vụ", None)]),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", []),
    # Table cells that begin with a head word but name no unit; a cell with a comma at once.
    ("| Đội ngũ cán bộ | 5 |\n| Trường hợp khác | 2 |\n| Phòng chống dịch bệnh | 3 |\n| Ban hành văn bản | 1 |", []),
    ("| Phòng, ban chuyên môn | 5 |", []),
    # A lower-case word after a comma is no other unit: the verb still ends the name.
    ("Phòng Nội vụ xây dựng, ban hành kế hoạch.", [("Phòng Nội vụ", None)]),
    # After "khu vực", a province still is the place.
    ("Bệnh viện Đa khoa khu vực Cai Lậy Tiền Giang tổ chức", [("Bệnh viện Đa khoa khu vực Cai Lậy", "Tiền Giang")]),
    ("Ủy ban nhân dân và các đoàn thể", []),
    # A unit named after a person ends with the person's name; one capitalised field word does not end it.
    ("Đại diện Trường THPT Lê Quý Đôn phát biểu.", [("Trường Trung học phổ thông Lê Quý Đôn", None)]),
    ("Trường Tiểu học Nguyễn Du tuyên dương.", [("Trường Tiểu học Nguyễn Du", None)]),
    ("Cục Sở hữu trí tuệ.", [("Cục Sở hữu trí tuệ", None)]),
    # An enterprise's subsidiaries, named by their type; a province's deputies to the National Assembly.
    ("Xí nghiệp Xây lắp số 2 và Nông trường Sông Hậu được tặng Bằng khen.",
     [("Xí nghiệp Xây lắp số 2", None), ("Nông trường Sông Hậu", None)]),
    ("Nhà máy Thủy điện Hòa Bình; Lâm trường Tam Đảo", [("Nhà máy Thủy điện Hòa Bình", "Hòa Bình"), ("Lâm trường Tam Đảo", None)]),
    ("Đoàn đại biểu Quốc hội tỉnh Nghệ An đến dự.", [("Đoàn đại biểu Quốc hội tỉnh", "Nghệ An")]),
    # After "Trung ương" a place is the namesake of a central hospital, not its locality.
    ("Bệnh viện Đa khoa Trung ương Cần Thơ; Bệnh viện Trung ương Huế",
     [("Bệnh viện Đa khoa Trung ương Cần Thơ", None), ("Bệnh viện Trung ương Huế", None)]),
    # The emulation council of a body; the central council alone keeps its known name.
    ("họp Hội đồng Thi đua - Khen thưởng Bộ Y tế ngày 08/10/2024", [("Hội đồng Thi đua - Khen thưởng Bộ Y tế", None)]),
    ("Hội đồng Thi đua - Khen thưởng Trung ương họp.", [("Hội đồng Thi đua - Khen thưởng Trung ương", None)]),
    # A parent named by its type alone is the one the document named in full.
    ("Căn cứ biên bản họp Hội đồng Thi đua - Khen thưởng Sở GD&ĐT; báo cáo Hội đồng Thi đua - Khen thưởng Sở xem xét.",
     [("Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo", None),
      ("Hội đồng Thi đua - Khen thưởng Sở Giáo dục và Đào tạo", None)]),
    # A type word after a dash is a field when the sentence goes on after it; two lowercase fields
    # apart by a comma; a sector's body. A lowercase head after a comma is another unit.
    ("giao Phòng Công tác học sinh, sinh viên, Trung tâm Thông tin - Thư viện theo chức năng",
     [("Phòng Công tác học sinh, sinh viên", None), ("Trung tâm Thông tin - Thư viện", None)]),
    ("Sở Y tế, bệnh viện, trạm y tế.", [("Sở Y tế", None)]),
    ("Đảng ủy Khối các cơ quan tỉnh Vĩnh Long tặng Giấy khen.", [("Đảng ủy Khối các cơ quan tỉnh", "Vĩnh Long")]),
    ("Ban Chỉ đạo các cơ quan.", [("Ban Chỉ đạo", None)]),
    # Two fields joined by "và" after a field word, then the name visibly ends; a verb is no field.
    ("gồm: Cục Sở hữu trí tuệ, Cục An toàn bức xạ và hạt nhân, Viện Năng lượng nguyên tử Việt Nam.",
     [("Cục Sở hữu trí tuệ", None), ("Cục An toàn bức xạ và hạt nhân", None), ("Viện Năng lượng nguyên tử Việt Nam", None)]),
    ("Hôm nay, Trường Mầm non Hoa Sen vui chơi và học tập.", [("Trường Mầm non Hoa Sen", None)]),
    # A presidium and a central committee of a body; a term is no part of a name; "LĐLĐ".
    ("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam ban hành.", [("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", None)]),
    ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam tặng Bằng khen.", [("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", None)]),
    ("Điều lệ Công đoàn Việt Nam khóa XII; Văn phòng LĐLĐ tỉnh",
     [("Công đoàn Việt Nam", None), ("Văn phòng Liên đoàn Lao động tỉnh", None)]),
    # An abbreviation inside a heading in capitals is the heading's (the header reader reads it, not
    # "Liên đoàn Lao động VIỆT NAM" here); between codes it is prose.
    ("TỔNG LĐLĐ VIỆT NAM\n\nTT HĐND thị xã dự.", [("Hội đồng nhân dân thị xã", None)]),
    # A list item's line is a cell; the unit a title names at the end of an item runs to its end.
    ("Giao:\n- Ban Quản lý dự án đầu tư xây dựng công trình giao thông;\n- Phòng chống dịch bệnh;",
     [("Ban Quản lý dự án đầu tư xây dựng công trình giao thông", None)]),
    ("- Ông Phan Văn Lực, Phó Giám đốc Trung tâm Sát hạch lái xe cơ giới đường bộ;",
     [("Trung tâm Sát hạch lái xe cơ giới đường bộ", None)]),
    ("- Giám đốc Cục Quản lý thị trường kiểm tra hàng hóa.", [("Cục Quản lý thị trường", None)]),
    # Police departments: fields with "về", "nội bộ"; a task's verb ends the name.
    ("1. Phòng An ninh chính trị nội bộ chủ trì nắm tình hình.", [("Phòng An ninh chính trị nội bộ", None)]),
    ("2. Phòng Cảnh sát quản lý hành chính về trật tự xã hội triển khai.",
     [("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", None)]),
    ("3. Phòng Cảnh sát giao thông bảo đảm trật tự, an toàn giao thông.", [("Phòng Cảnh sát giao thông", None)]),
    # Police departments by the crimes they investigate: "về" is part of the name.
    ("Phòng Cảnh sát điều tra tội phạm về ma túy phối hợp", [("Phòng Cảnh sát điều tra tội phạm về ma túy", None)]),
    # Fields of departments whose syllables are also sentence words ("ký", "chất", "nhập").
    ("Văn phòng Đăng ký đất đai, Cục Xuất nhập khẩu và Cục Hóa chất được tặng.",
     [("Văn phòng Đăng ký đất đai", None), ("Cục Xuất nhập khẩu", None), ("Cục Hóa chất", None)]),
    ("Phòng Tài nguyên nước - Khoáng sản - Khí tượng thủy văn chủ trì.",
     [("Phòng Tài nguyên nước - Khoáng sản - Khí tượng thủy văn", None)]),
    # "phòng, chống" is one field; the staff listed after "và" are no part of a name.
    ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Bình tổ chức.",
     [("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn", "Quảng Bình")]),
    ("Quy chế áp dụng với Trung tâm Phát triển quỹ đất và công chức, viên chức thuộc Sở.",
     [("Trung tâm Phát triển quỹ đất", None)]),
    # A university's city, with its level, is part of its name; a department's is its place.
    ("Trường Đại học Công nghiệp Thành phố Hồ Chí Minh và Sở Nội vụ Thành phố Hồ Chí Minh.",
     [("Trường Đại học Công nghiệp Thành phố Hồ Chí Minh", "Hồ Chí Minh"), ("Sở Nội vụ", "Hồ Chí Minh")]),
    ("Trường Đại học Công nghiệp Hà Nội được tặng.", [("Trường Đại học Công nghiệp Hà Nội", "Hà Nội")]),
    # A company's workshop and a branch named by its city.
    ("Tặng Giấy khen cho Phân xưởng Sợi và Chi nhánh Thành phố Hồ Chí Minh; phân xưởng sản xuất tăng ca.",
     [("Phân xưởng Sợi", None), ("Chi nhánh Thành phố Hồ Chí Minh", "Hồ Chí Minh")]),
    # Abbreviations of provincial branches, one with an unspaced comma; a comma between words still parts names.
    ("Giao Sở VH,TT&DL phối hợp với Bộ CHQS tỉnh, BHXH tỉnh và Sở Nội vụ,Sở Tài chính.",
     [("Sở Văn hóa, Thể thao và Du lịch", None), ("Bộ Chỉ huy Quân sự tỉnh", None), ("Bảo hiểm xã hội tỉnh", None),
      ("Sở Nội vụ", None), ("Sở Tài chính", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_units(extract, text, expected):
    # Locality is checked where the mention writes a place; others may take the document's province.
    got = [(u.name, u.locality) for u in extract(text).units]
    assert [name for name, _ in got] == [name for name, _ in expected]
    for (name, loc), (_, want) in zip(got, expected):
        if want is not None:
            assert loc == want, name


def test_an_acronym_resolves_to_the_full_name_in_the_same_document(extract):
    text = "Trung tâm Nghiên cứu Phát triển Nông thôn tổ chức hội thảo. Trung tâm NCPTNT phải báo cáo."
    assert {u.name for u in extract(text).units} == {"Trung tâm Nghiên cứu Phát triển Nông thôn"}


def test_provincial_units_take_the_documents_province(extract):
    text = "Sở Nội vụ tỉnh Đồng Nai hướng dẫn. Sở Nội vụ tổng hợp kết quả gửi UBND tỉnh."
    units = extract(text).units
    assert {(u.name, u.locality) for u in units} == {("Sở Nội vụ", "Đồng Nai"), ("Ủy ban nhân dân tỉnh", "Đồng Nai")}


def test_a_communes_body_does_not_take_the_documents_province(extract):
    text = "UBND tỉnh Đồng Nai chỉ đạo. UBND xã tổ chức lễ trao Giấy khen."
    units = extract(text).units
    assert {(u.name, u.locality) for u in units} == {("Ủy ban nhân dân tỉnh", "Đồng Nai"), ("Ủy ban nhân dân xã", None)}


def test_a_bare_mention_takes_the_level_the_document_writes_with_it(extract):
    text = "Gửi Ban Thi đua - Khen thưởng tỉnh. Báo cáo về Ban Thi đua - Khen thưởng trước ngày 15/12."
    assert {u.name for u in extract(text).units} == {"Ban Thi đua - Khen thưởng tỉnh"}


def test_the_issuing_body_in_the_header_is_a_unit(extract):
    text = ("TỈNH ỦY THANH HÓA                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "HUYỆN ỦY NGA SƠN\n*\nSố: 12-KH/HU                 Nga Sơn, ngày 02 tháng 01 năm 2025\n\n"
            "KẾ HOẠCH\nphát động phong trào thi đua\n\nCác chi bộ thực hiện.\n")
    units = {(u.name, u.locality) for u in extract(text).units}
    assert ("Huyện ủy", "Nga Sơn") in units
    assert any(name == "Tỉnh ủy" for name, _ in units)
