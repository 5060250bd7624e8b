"""Awards: (text, expected records). Fields left out of an expected record are not checked."""

from __future__ import annotations

import pytest

CASES = [
    ("Phó Thủ tướng tặng Cờ thi đua của Chính phủ cho 3 đơn vị gồm: Vụ Pháp chế, Thanh tra Bộ, Cục An toàn thông tin.",
     [{"form": "Cờ thi đua", "conferred_by": "Chính phủ", "recipient": r, "status": "conferred"}
      for r in ("Vụ Pháp chế", "Thanh tra Bộ", "Cục An toàn thông tin")]),
    ("Năm 2020, 02 tập thể, 02 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.",
     [{"form": "Bằng khen", "recipient": None, "recipient_kind": "collective", "count": 2,
       "conferred_by": "Thủ tướng Chính phủ"},
      {"form": "Bằng khen", "recipient": None, "recipient_kind": "individual", "count": 2}]),
    ("Tập thể Sở Nội vụ đã được đề nghị tặng Huân chương Lao động hạng Nhì (năm 2019), được tặng Cờ thi đua của Chính phủ (năm 2018).",
     [{"form": "Huân chương Lao động hạng Nhì", "class": "Nhì", "recipient": "Sở Nội vụ", "status": "proposed", "year": 2019},
      {"form": "Cờ thi đua", "recipient": "Sở Nội vụ", "status": "conferred", "year": 2018, "conferred_by": "Chính phủ"}]),
    ("Công ty được tặng Huân chương Lao động hạng II và Huân chương Độc lập hạng 3.",
     [{"form": "Huân chương Lao động hạng Nhì"}, {"form": "Huân chương Độc lập hạng Ba"}]),
    ("Sở đã 02 lần được tặng Cờ thi đua, 06 lần được tặng Bằng khen của Bộ Nội vụ.",
     [{"form": "Cờ thi đua", "count": 2, "conferred_by": "Bộ Nội vụ"},
      {"form": "Bằng khen", "count": 6, "conferred_by": "Bộ Nội vụ"}]),
    ("Bộ trưởng tặng Cờ hi đua của Chính phủ cho Vụ Pháp chế.",  # a typo real texts have
     [{"form": "Cờ thi đua", "recipient": "Vụ Pháp chế"}]),
    ("Hội nghị thống nhất đề xuất Bộ Nội vụ tặng Cờ thi đua cho Sở Nội vụ Quảng Ninh; Bằng khen cho Sở Nội vụ Bắc Ninh và Vĩnh Phúc.",
     [{"form": "Cờ thi đua", "recipient": "Sở Nội vụ Quảng Ninh", "status": "proposed", "conferred_by": "Bộ Nội vụ"},
      {"form": "Bằng khen", "recipient": "Sở Nội vụ Bắc Ninh", "status": "proposed", "conferred_by": "Bộ Nội vụ"},
      {"form": "Bằng khen", "recipient": "Sở Nội vụ Vĩnh Phúc", "status": "proposed"}]),
    ("Thứ trưởng tặng Cờ thi đua của Bộ Y tế năm 2016 cho 30 Sở Y tế các tỉnh.",
     [{"form": "Cờ thi đua", "recipient": "Sở Y tế", "count": 30, "year": 2016, "conferred_by": "Bộ Y tế"}]),
    ("lãnh đạo tỉnh đã trao danh hiệu \"Thầy thuốc Ưu tú\" cho 02 cá nhân: BSCKII Trần Thị Mỹ Linh, Trưởng khoa; ThS.BS Lê Quang Huy, Phó Giám đốc.",
     [{"form": "Thầy thuốc Ưu tú", "recipient": "Trần Thị Mỹ Linh", "recipient_kind": "individual"},
      {"form": "Thầy thuốc Ưu tú", "recipient": "Lê Quang Huy"}]),
    ("Bộ trưởng Bộ Y tế tặng Kỷ niệm chương \"Vì sức khỏe nhân dân\" cho 25 cá nhân.",
     [{"form": "Kỷ niệm chương Vì sức khỏe nhân dân", "count": 25, "conferred_by": "Bộ trưởng Bộ Y tế"}]),
    ("đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Bảo tàng tỉnh và ông Hoàng Văn Dũng, Phó Giám đốc Sở, vì đã có thành tích.",
     [{"form": "Huân chương Lao động hạng Ba", "recipient": "Bảo tàng tỉnh", "status": "proposed"},
      {"form": "Huân chương Lao động hạng Ba", "recipient": "Hoàng Văn Dũng", "recipient_kind": "individual"}]),
    ("15 cá nhân đạt danh hiệu Chiến sỹ thi đua cơ sở.",
     [{"form": "Chiến sĩ thi đua cơ sở", "count": 15, "recipient_kind": "individual"}]),
    # A verb joined to another shares its giver.
    ("Bộ Y tế tặng Cờ thi đua cho Bệnh viện Nhi tỉnh và tặng Bằng khen cho Trung tâm Y tế huyện.",
     [{"form": "Cờ thi đua", "conferred_by": "Bộ Y tế"}, {"form": "Bằng khen", "conferred_by": "Bộ Y tế"}]),
    # A sentence wrapped over lines, as PDF text and OCR keep it: the counts before "được" still count.
    ("Năm 2019, phong trào thi đua của huyện được triển khai đồng bộ, rộng khắp. Có 12 tập thể và 30 cá nhân được\n"
     "Chủ tịch UBND tỉnh tặng Bằng khen.",
     [{"form": "Bằng khen", "count": 12, "status": "conferred", "year": 2019, "conferred_by": "Chủ tịch Ủy ban nhân dân tỉnh"},
      {"form": "Bằng khen", "count": 30, "year": 2019}]),
    # A commune is a recipient.
    ("Năm 2022, xã Tân Lập được tặng Bằng khen của Chủ tịch UBND tỉnh.",
     [{"form": "Bằng khen", "recipient": "xã Tân Lập", "year": 2022}]),
    # The title's quotes do not hide the year and the count after them.
    ('Điều 1. Công nhận danh hiệu "Lao động tiên tiến" năm 2023 cho 120 cá nhân.',
     [{"form": "Lao động tiên tiến", "year": 2023, "count": 120}]),
    # The list's lead-in proposes what its items give.
    ("Sở Nội vụ đề nghị:\n1. Thủ tướng Chính phủ tặng Bằng khen cho:\n- Sở Y tế;\n- Sở Tài chính.\n"
     "2. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Bệnh viện Đa khoa tỉnh.",
     [{"form": "Bằng khen", "recipient": "Sở Y tế", "status": "proposed"},
      {"form": "Bằng khen", "recipient": "Sở Tài chính", "status": "proposed"},
      {"form": "Huân chương Lao động hạng Ba", "recipient": "Bệnh viện Đa khoa tỉnh", "status": "proposed"}]),
    # The form as the subject of a passive verb; a locality's people, and a locality, as recipients.
    ("Huân chương Độc lập hạng Ba được trao cho Đảng bộ, chính quyền và nhân dân huyện Cần Giờ.",
     [{"form": "Huân chương Độc lập hạng Ba", "status": "conferred",
       "recipient": "Đảng bộ, chính quyền và nhân dân huyện Cần Giờ"}]),
    ("Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Tổng công ty Điện lực miền Bắc (EVNNPC) và tỉnh Sơn La.",
     [{"form": "Huân chương Lao động hạng Nhất", "recipient": "Tổng công ty Điện lực miền Bắc"},
      {"form": "Huân chương Lao động hạng Nhất", "recipient": "tỉnh Sơn La"}]),
    # ... but a unit's address is no second recipient.
    ("Đề nghị tặng Bằng khen cho Trường Tiểu học Kim Đồng, phường Hòa Bình, đã có thành tích xuất sắc.",
     [{"form": "Bằng khen", "recipient": "Trường Tiểu học Kim Đồng"}]),
    # The counted subject named after the form ("... là A và B").
    ("Toàn tỉnh có 02 tập thể được Chính phủ tặng Cờ thi đua là Sở Y tế và Ủy ban nhân dân huyện Lạc Sơn.",
     [{"form": "Cờ thi đua", "recipient": "Sở Y tế", "conferred_by": "Chính phủ"},
      {"form": "Cờ thi đua", "recipient": "Ủy ban nhân dân huyện Lạc Sơn"}]),
    # A count, then the people it names; names after a form of address or a degree, any family name;
    # a bracketed description between them; a count closing a list of units.
    ("Kỷ niệm chương được trao cho 04 cá nhân, trong đó có GS.TS. Tanaka Hiroshi (Đại học Kyoto, Nhật Bản), "
     "ông Danh Sóc Hên và bà Lê Thị Hoa.",
     [{"form": "Kỷ niệm chương", "recipient": None, "count": 4},
      {"form": "Kỷ niệm chương", "recipient": "Tanaka Hiroshi", "recipient_kind": "individual"},
      {"form": "Kỷ niệm chương", "recipient": "Danh Sóc Hên"},
      {"form": "Kỷ niệm chương", "recipient": "Lê Thị Hoa"}]),
    # A bare position holds it in the body of its type named last.
    ("Thứ trưởng Bộ Y tế trao Bằng khen của Bộ trưởng cho Cục Quản lý Dược và 03 cá nhân.",
     [{"form": "Bằng khen", "conferred_by": "Bộ trưởng Bộ Y tế", "recipient": "Cục Quản lý Dược"},
      {"form": "Bằng khen", "conferred_by": "Bộ trưởng Bộ Y tế", "recipient": None, "count": 3}]),
    # "đơn vị" stands for the unit just given an award; one class of an order is given once.
    ("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Vườn quốc gia Cát Tiên. Trước đó, đơn vị đã được "
     "tặng Huân chương Lao động hạng Ba (năm 2012).",
     [{"form": "Huân chương Lao động hạng Nhì", "recipient": "Vườn quốc gia Cát Tiên"},
      {"form": "Huân chương Lao động hạng Ba", "recipient": "Vườn quốc gia Cát Tiên", "year": 2012}]),
    ("Sáng 5/3, Bệnh viện Bạch Mai đón nhận Huân chương Lao động hạng Nhất và tổng kết công tác năm 2024. "
     "Ngày 10/01/2025, Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất cho Bệnh viện Bạch Mai.",
     [{"form": "Huân chương Lao động hạng Nhất", "recipient": "Bệnh viện Bạch Mai", "year": 2025}]),
    # A vague mention summarising the specific ones is no award of its own.
    ("Lễ trao Bằng khen của Bộ trưởng Bộ Tư pháp cho các tập thể, cá nhân. Bộ trưởng Bộ Tư pháp tặng Bằng khen "
     "cho Cục Bổ trợ tư pháp.",
     [{"form": "Bằng khen", "recipient": "Cục Bổ trợ tư pháp"}]),
    # Recipients counted before the form and named after it; a subject of several recipients.
    ("Dịp này, 10 tập thể và 5 cá nhân được phong tặng danh hiệu Anh hùng Lao động, trong đó có kỹ sư Trần Văn An "
     "(Tổng công ty Sông Đà) và bác sĩ Y Moan Niê.",
     [{"form": "Anh hùng Lao động", "recipient": None, "count": 10, "recipient_kind": "collective"},
      {"form": "Anh hùng Lao động", "recipient": None, "count": 5, "recipient_kind": "individual"},
      {"form": "Anh hùng Lao động", "recipient": "Trần Văn An"},
      {"form": "Anh hùng Lao động", "recipient": "Y Moan Niê"}]),
    ("Tổng công ty Điện lực miền Trung và tỉnh Quảng Nam vinh dự đón nhận Huân chương Độc lập hạng Nhất.",
     [{"form": "Huân chương Độc lập hạng Nhất", "recipient": "Tổng công ty Điện lực miền Trung"},
      {"form": "Huân chương Độc lập hạng Nhất", "recipient": "tỉnh Quảng Nam"}]),
    # A military rank before a name.
    ("Tặng Bằng khen cho Thượng úy Lê Văn Tâm, Đội trưởng Đội Vũ trang, đã có thành tích.",
     [{"form": "Bằng khen", "recipient": "Lê Văn Tâm", "recipient_kind": "individual"}]),
    # A call to propose: the lead-in gives the items their verb and giver, the items their kind.
    ("Các đơn vị họp bình xét, đề nghị Chủ tịch UBND xã công nhận:\n"
     "- Đối với cá nhân: danh hiệu \"Lao động tiên tiến\" và \"Chiến sĩ thi đua cơ sở\" (số lượng Chiến sĩ thi đua "
     "cơ sở không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến);\n"
     "- Đối với tập thể: danh hiệu \"Tập thể lao động tiên tiến\".",
     [{"form": f, "recipient": None, "recipient_kind": k, "status": "planned",
       "conferred_by": "Chủ tịch Ủy ban nhân dân xã"}
      for f, k in (("Lao động tiên tiến", "individual"), ("Chiến sĩ thi đua cơ sở", "individual"),
                   ("Tập thể lao động tiên tiến", "collective"))]),
    # The giver before a counted form, shared by the verbs after a semicolon; thousands written with a dot;
    # the authority by its office, the place apart; a flag is its body's.
    ("Chủ tịch UBND tỉnh Hải Dương đã tặng 15 Bằng khen cho 10 tập thể; công nhận danh hiệu Tập thể lao động "
     "xuất sắc cho 1.126 tập thể.",
     [{"form": "Bằng khen", "conferred_by": "Chủ tịch Ủy ban nhân dân tỉnh", "count": 10},
      {"form": "Tập thể lao động xuất sắc", "conferred_by": "Chủ tịch Ủy ban nhân dân tỉnh", "count": 1126}]),
    ("Bộ trưởng Bộ Y tế tặng Cờ thi đua cho Bệnh viện Bạch Mai.",
     [{"form": "Cờ thi đua", "conferred_by": "Bộ Y tế", "recipient": "Bệnh viện Bạch Mai"}]),
    # A listed recipient followed by what it did; a recipient after its proposing unit.
    ("Số: 12/TTr-UBND\n\n1. Tặng Cờ thi đua của Chính phủ cho 02 đơn vị dẫn đầu phong trào thi đua năm 2006:\n"
     "- Sở Giao thông vận tải tỉnh Hưng Yên: năm 2006 hoàn thành kế hoạch, được tặng Bằng khen của Bộ;\n"
     "- UBND huyện Khoái Châu: dẫn đầu Cụm thi đua.",
     [{"form": "Cờ thi đua", "recipient": "Sở Giao thông vận tải tỉnh Hưng Yên"},
      {"form": "Cờ thi đua", "recipient": "Ủy ban nhân dân huyện Khoái Châu"},
      {"form": "Bằng khen", "recipient": "Sở Giao thông vận tải tỉnh Hưng Yên", "status": "conferred"}]),
    ("Số: 45/TB-HĐTĐKT\n\nTrình Thủ tướng Chính phủ tặng Bằng khen:\n- UBND xã Đồng Văn: ông Vàng Mí Dính, Trưởng thôn.",
     [{"form": "Bằng khen", "recipient": "Vàng Mí Dính", "status": "proposed"}]),
    # A locality's people; a subject as written, with its level.
    ("Phó Chủ tịch UBND tỉnh đã trao Huân chương Lao động hạng Nhì cho cán bộ và nhân dân các dân tộc huyện Vị Xuyên.",
     [{"form": "Huân chương Lao động hạng Nhì", "recipient": "cán bộ và nhân dân các dân tộc huyện Vị Xuyên"}]),
    ("Phòng Giáo dục và Đào tạo huyện Vị Xuyên vinh dự đón nhận Cờ thi đua của Chính phủ.",
     [{"form": "Cờ thi đua", "recipient": "Phòng Giáo dục và Đào tạo huyện Vị Xuyên"}]),
    # A tally under the form, and the one person it names; "công trình" proposes nothing.
    ("Số: 05/BC-SXD\n\nKết quả năm 2019:\n- Danh hiệu \"Tập thể lao động xuất sắc\" năm 2019: 03 tập thể, 02 cá nhân;\n"
     "- Danh hiệu \"Chiến sĩ thi đua cấp tỉnh\" năm 2019: 01 cá nhân (ông Lê Hữu Phước, Chánh Thanh tra Sở).",
     [{"form": "Tập thể lao động xuất sắc", "count": 3, "recipient_kind": "collective", "year": 2019},
      {"form": "Tập thể lao động xuất sắc", "count": 2, "recipient_kind": "individual"},
      {"form": "Chiến sĩ thi đua cấp tỉnh", "recipient": "Lê Hữu Phước", "year": 2019}]),
    ("Phòng Quản lý chất lượng công trình xây dựng được Thủ tướng Chính phủ tặng Bằng khen.",
     [{"form": "Bằng khen", "status": "conferred", "conferred_by": "Thủ tướng Chính phủ"}]),
    # What an item says of its recipient is read like any sentence; the year opening the form's clause;
    # a listed recipient without the reason after it.
    ("Số: 12/TTr-UBND\n\nỦy ban nhân dân tỉnh kính trình Thủ tướng Chính phủ xem xét, khen thưởng như sau:\n"
     "1. Tặng Cờ thi đua của Chính phủ cho 01 đơn vị dẫn đầu phong trào thi đua năm 2006:\n"
     "- Sở Y tế tỉnh Hưng Yên: năm 2006 hoàn thành kế hoạch; năm 2005 được Ủy ban nhân dân tỉnh tặng Cờ thi đua.\n"
     "2. Đề nghị tặng thưởng Huân chương Lao động hạng Ba cho:\n"
     "- Công ty Cổ phần Cơ khí Phố Hiến, đã có thành tích xuất sắc từ năm 2002 đến năm 2006.",
     [{"form": "Cờ thi đua", "recipient": "Sở Y tế tỉnh Hưng Yên", "status": "proposed", "year": 2006},
      {"form": "Cờ thi đua", "recipient": "Sở Y tế tỉnh Hưng Yên", "status": "conferred", "year": 2005,
       "conferred_by": "Ủy ban nhân dân tỉnh"},
      {"form": "Huân chương Lao động hạng Ba", "recipient": "Công ty Cổ phần Cơ khí Phố Hiến", "status": "proposed"}]),
    # An annex announced as a "Phụ lục", laid out as a DOCX table (numerals in cells of their own).
    ("Số: 57/QĐ-CSVN\n\nĐiều 1. Tặng Giấy khen của Tổng Giám đốc Tập đoàn Công nghiệp Cao su Việt Nam cho 01 tập thể và 01 cá nhân "
     "(có danh sách tại Phụ lục I kèm theo) đã có thành tích xuất sắc.\n\n"
     "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\n(Kèm theo Quyết định số 57/QĐ-CSVN)\n\n"
     "STT\tTên tập thể / Họ và tên\tChức vụ\tĐơn vị\nI\tTẬP THỂ (01)\t\t\n1\tNông trường Cao su Ia Ly\t\tCông ty\n"
     "II\tCÁ NHÂN (01)\t\t\n1\tÔng Siu Thắm\tTổ trưởng\tNông trường Cao su Ia Ly\n",
     [{"form": "Giấy khen", "recipient": "Nông trường Cao su Ia Ly", "recipient_kind": "collective"},
      {"form": "Giấy khen", "recipient": "Siu Thắm", "recipient_kind": "individual"}]),
    ("Trình tặng Bằng khen của Hội đồng thành viên Tập đoàn cho Công ty Cổ phần Cao su Đồng Phú.",
     [{"form": "Bằng khen", "conferred_by": "Hội đồng thành viên Tập đoàn",
       "recipient": "Công ty Cổ phần Cao su Đồng Phú"}]),
    # A PDF's hard line wrap before the list's colon; the next numbered paragraph ends the list.
    ("Số: 15/TTr-ĐHTN\n\n    2. Đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho 02 cá\nnhân:\n"
     "    - PGS.TS. Lê Đức Niệm, Phó Hiệu trưởng;\n    - ThS. H Liên Niê, Trưởng phòng Công tác sinh viên.\n\n"
     "    3. Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho ông Phan Văn Tuấn.",
     [{"form": "Huân chương Lao động hạng Ba", "recipient": "Lê Đức Niệm", "status": "proposed"},
      {"form": "Huân chương Lao động hạng Ba", "recipient": "H Liên Niê", "status": "proposed"},
      {"form": "Bằng khen", "recipient": "Phan Văn Tuấn", "status": "proposed"}]),
    # The unit a meeting chose is the one proposed.
    ("Số: 12/TB-CTĐ\n\nHội nghị suy tôn UBND huyện Nam Giang là đơn vị dẫn đầu Cụm thi đua số 5 năm 2018, "
     "đề nghị UBND tỉnh tặng Cờ thi đua.",
     [{"form": "Cờ thi đua", "recipient": "Ủy ban nhân dân huyện Nam Giang", "status": "proposed",
       "conferred_by": "Ủy ban nhân dân tỉnh"}]),
    # Each count of a sentence is its own form's; a count after "trong đó" is a subset, no recipient.
    ("Trong năm, trường có 03 cá nhân được tặng Bằng khen của Bộ trưởng, 15 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
     [{"form": "Bằng khen", "count": 3}, {"form": "Chiến sĩ thi đua cơ sở", "count": 15}]),
    ("Phấn đấu có 20 tập thể đạt danh hiệu Tập thể lao động tiên tiến, trong đó 05 tập thể đạt danh hiệu Tập thể lao động xuất sắc.",
     [{"form": "Tập thể lao động tiên tiến", "count": 20, "status": "planned"},
      {"form": "Tập thể lao động xuất sắc", "count": 5}]),
    # A decision cited as the one that gave the award: conferred, in the year of its date.
    ("Hồ sơ kèm Quyết định số 215/QĐ-UBND ngày 05/3/2016 của Chủ tịch UBND tỉnh tặng Bằng khen cho ông Hà Văn Tâm.",
     [{"form": "Bằng khen", "recipient": "Hà Văn Tâm", "status": "conferred", "year": 2016,
       "conferred_by": "Chủ tịch Ủy ban nhân dân tỉnh"}]),
    # People one after another, each with a description, apart by ";" and "và".
    ("Đề nghị tặng Bằng khen cho bà Trần Thị Thu, Phó Giám đốc Sở Tài chính; ông Lê Văn Bình, Trưởng phòng "
     "Nội vụ huyện và bà Đỗ Thị Hạnh, giáo viên Trường Tiểu học Kim Đồng.",
     [{"form": "Bằng khen", "recipient": r, "status": "proposed"} for r in ("Trần Thị Thu", "Lê Văn Bình", "Đỗ Thị Hạnh")]),
    # The recipient before a colon; what follows the colon is about the proposal, no list.
    ("3. Đối với đề nghị tặng Huân chương Lao động hạng Ba cho ông Phạm Văn Sơn, nguyên Giám đốc Sở Xây dựng: "
     "hồ sơ chưa bảo đảm thủ tục, đề nghị bổ sung.",
     [{"form": "Huân chương Lao động hạng Ba", "recipient": "Phạm Văn Sơn", "status": "proposed"}]),
    # A count of exactly the ones named later tells them again.
    ("Tỉnh đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 02 cá nhân. Hồ sơ đề nghị tặng Bằng khen của "
     "Thủ tướng Chính phủ cho ông Hà Văn Tâm và bà Lê Thị Nga đã đủ điều kiện.",
     [{"form": "Bằng khen", "recipient": "Hà Văn Tâm"}, {"form": "Bằng khen", "recipient": "Lê Thị Nga"}]),
    # Teachers addressed as "thầy" and "cô"; a form of address alone stands for the person named last.
    ("Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú cho thầy Trần Văn Hải và cô H'Linh Niê. "
     "Trong số đó có cô Đặng Thu Hà, giáo viên Trường Tiểu học Hòa Bình. Cô 4 năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở.",
     [{"form": "Nhà giáo Ưu tú", "recipient": "Trần Văn Hải"}, {"form": "Nhà giáo Ưu tú", "recipient": "H'Linh Niê"},
      {"form": "Chiến sĩ thi đua cơ sở", "recipient": "Đặng Thu Hà", "recipient_kind": "individual"}]),
    # "Mẹ Việt Nam Anh hùng" is the title's short form; "danh hiệu này" is the title named last.
    ("Dịp này, 5 bà mẹ được truy tặng danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam Anh hùng\". Mẹ Lê Thị Gấm "
     "(95 tuổi) được phong tặng danh hiệu này; tỉnh hiện có 900 Mẹ Việt Nam Anh hùng còn sống.",
     [{"form": "Bà mẹ Việt Nam anh hùng", "count": 5, "recipient_kind": "individual"},
      {"form": "Bà mẹ Việt Nam anh hùng", "recipient": "Lê Thị Gấm"}]),
    # A clause with no subject of its own in a list item is about the one the item names; a quoted
    # medal name keeps its commas.
    ("Điều 1. Tặng danh hiệu Công dân danh dự cho 02 cá nhân, gồm:\n"
     "1. Ông Hiroshi Tanaka (quốc tịch Nhật Bản), Chủ tịch Hội Hữu nghị Nhật - Việt tỉnh Osaka; đã được Liên hiệp "
     "các tổ chức hữu nghị Việt Nam tặng Kỷ niệm chương \"Vì hòa bình, hữu nghị giữa các dân tộc\" năm 2017.\n",
     [{"form": "Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc", "recipient": "Hiroshi Tanaka",
       "conferred_by": "Liên hiệp các tổ chức hữu nghị Việt Nam", "year": 2017, "status": "conferred"}]),
    # "tập thể Công ty" stands for the company named before, and the list goes on after it.
    ("Công ty Cổ phần May Sông Hồng tổ chức lễ kỷ niệm. Thứ trưởng trao Quyết định của Chủ tịch nước tặng thưởng "
     "Huân chương Lao động hạng Nhì cho tập thể Công ty và ông Bùi Đức Thịnh, Chủ tịch Hội đồng quản trị.",
     [{"form": "Huân chương Lao động hạng Nhì", "recipient": "Công ty Cổ phần May Sông Hồng"},
      {"form": "Huân chương Lao động hạng Nhì", "recipient": "Bùi Đức Thịnh"}]),
    # A form as the heading of an item, then who is put forward for it; a clause after the colon
    # that gives it; a person later called by the given name alone.
    ("Số: 45/TTr-SXD\n\n2. Cờ thi đua của UBND tỉnh: Thanh tra Sở; Trung tâm Kiểm định chất lượng xây dựng.\n"
     "3. Huân chương Lao động hạng Ba: đề nghị Chủ tịch nước tặng thưởng cho ông Phan Văn Lộc, Phó Giám đốc Sở. "
     "Ông Lộc đã được tặng Bằng khen của Thủ tướng Chính phủ năm 2017.",
     [{"form": "Cờ thi đua", "recipient": "Thanh tra Sở", "status": "proposed"},
      {"form": "Cờ thi đua", "recipient": "Trung tâm Kiểm định chất lượng xây dựng", "status": "proposed"},
      {"form": "Huân chương Lao động hạng Ba", "recipient": "Phan Văn Lộc", "status": "proposed"},
      {"form": "Bằng khen", "recipient": "Phan Văn Lộc", "status": "conferred", "year": 2017}]),
    # A sentence after the colon is no list of recipients; a quota there plans the award, and a cap
    # ("không quá 03") is no count.
    ("4. Cờ thi đua của Chính phủ: Hội đồng Thi đua - Khen thưởng tỉnh lựa chọn không quá 03 tập thể để đề nghị.",
     [{"form": "Cờ thi đua", "recipient": None, "recipient_kind": "collective", "status": "planned", "count": None}]),
    ('4. Danh hiệu "Chiến sĩ thi đua cấp tỉnh": toàn tỉnh xét chọn không quá 40 cá nhân.',
     [{"form": "Chiến sĩ thi đua cấp tỉnh", "recipient_kind": "individual", "status": "planned", "count": None}]),
    # Criteria written as definitions; a class to choose from.
    ('- Danh hiệu "Chiến sĩ thi đua cơ sở" xét tặng cho cá nhân đạt tiêu chuẩn danh hiệu "Lao động tiên tiến" '
     "và có sáng kiến được cơ sở công nhận;", []),
    ("Hội đồng lựa chọn 03 tập thể trong số các đơn vị được tặng Cờ thi đua của Ủy ban nhân dân tỉnh.", []),
    # Assigned to give later; givers in a list; a heading's "vinh dự Nhà nước" is no conferral.
    ("Điều 3. Giao Giám đốc Công an tỉnh xem xét, tặng Giấy khen theo thẩm quyền cho cán bộ có thành tích.",
     [{"form": "Giấy khen", "status": "planned", "conferred_by": "Giám đốc Công an tỉnh"}]),
    ("Bộ đội Biên phòng tỉnh đón nhận Cờ thi đua. Trước đó, đơn vị đã được Đảng, Nhà nước tuyên dương danh hiệu "
     "Anh hùng Lực lượng vũ trang nhân dân (năm 2005), tặng thưởng Huân chương Chiến công hạng Nhì (năm 2019).",
     [{"form": "Cờ thi đua", "recipient": "Bộ đội Biên phòng tỉnh"},
      {"form": "Anh hùng Lực lượng vũ trang nhân dân", "recipient": "Bộ đội Biên phòng tỉnh", "year": 2005},
      {"form": "Huân chương Chiến công hạng Nhì", "recipient": "Bộ đội Biên phòng tỉnh", "year": 2019}]),
    ('III. DANH HIỆU VINH DỰ NHÀ NƯỚC "THẦY THUỐC NHÂN DÂN"\nBộ đã đề nghị Chủ tịch nước phong tặng cho 41 cá nhân '
     'danh hiệu "Thầy thuốc Nhân dân" và 386 cá nhân danh hiệu "Thầy thuốc Ưu tú".',
     [{"form": "Thầy thuốc Nhân dân", "status": "proposed", "count": 41},
      {"form": "Thầy thuốc Ưu tú", "status": "proposed", "count": 386}]),
    # The items of a section headed as a proposal are proposed; a past award in one of them is not.
    ("Số: 11/TTr-BYT\n\nI. ĐỀ NGHỊ CHỦ TỊCH NƯỚC\n1. Tặng thưởng Huân chương Lao động hạng Nhất cho Bệnh viện Nhi "
     "Trung ương. Bệnh viện đã được tặng thưởng Huân chương Lao động hạng Nhì năm 2014 và Cờ thi đua của Chính phủ năm 2021.",
     [{"form": "Huân chương Lao động hạng Nhất", "recipient": "Bệnh viện Nhi Trung ương", "status": "proposed"},
      {"form": "Huân chương Lao động hạng Nhì", "status": "conferred", "year": 2014},
      {"form": "Cờ thi đua", "status": "conferred", "year": 2021}]),
    # Review cases: a named recipient after "được tặng cho tập thể" is no definition; two bodies
    # apart by a comma stay two when the first names its own parent; "Ba mẹ" counts nobody; a
    # report's "ĐỀ XUẤT, KIẾN NGHỊ" section proposes nothing by itself; "Tổng cục trưởng Tổng cục".
    ("Cờ thi đua của Ủy ban nhân dân tỉnh được tặng cho tập thể Trường THPT Lê Lợi.",
     [{"form": "Cờ thi đua", "recipient": "Trường Trung học phổ thông Lê Lợi"}]),
    ("Tặng Bằng khen cho Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp.",
     [{"form": "Bằng khen", "recipient": "Văn phòng Ủy ban nhân dân tỉnh"}, {"form": "Bằng khen", "recipient": "Sở Tư pháp"}]),
    ("Tặng Bằng khen cho Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ.",
     [{"form": "Bằng khen", "recipient": "Ban Tuyên giáo Tỉnh ủy"}, {"form": "Bằng khen", "recipient": "Sở Nội vụ"}]),
    ("Ba mẹ em được tặng Giấy khen.", [{"form": "Giấy khen", "count": None}]),
    ("Số: 3/BC-UBND\n\nIII. ĐỀ XUẤT, KIẾN NGHỊ\n1. Năm 2024 tỉnh tặng Bằng khen cho Công an huyện Mai Sơn.",
     [{"form": "Bằng khen", "recipient": "Công an huyện Mai Sơn", "status": "conferred"}]),
    ("Ông Lê Văn Bình được tặng Bằng khen của Tổng cục trưởng Tổng cục.",
     [{"form": "Bằng khen", "conferred_by": "Tổng cục trưởng Tổng cục"}]),
    # What an item has won, in bullets under the label.
    ("Số: 5/TTr-UBND\n\n1. Cá nhân: Ông Nguyễn Văn Tấn, Phó Chủ tịch UBND huyện\nÔng Tấn có 24 năm công tác.\n"
     "Khen thưởng đã đạt:\n- Bằng khen của Thủ tướng Chính phủ năm 2017;\n- Chiến sĩ thi đua cấp tỉnh năm 2020.",
     [{"form": "Bằng khen", "recipient": "Nguyễn Văn Tấn", "status": "conferred", "year": 2017},
      {"form": "Chiến sĩ thi đua cấp tỉnh", "recipient": "Nguyễn Văn Tấn", "status": "conferred", "year": 2020}]),
    # Who confers a form the text gives no authority for: the title's own level, else the level of
    # the body that issues the document; who hands over a medal the Chủ tịch nước confers does not.
    ("Số: 10/BC-SXD\nSỞ XÂY DỰNG\n\nBÁO CÁO\nTổng kết\n\nÔng Lê Hữu Phước được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh; "
     "25 cá nhân được tặng Giấy khen.",
     [{"form": "Chiến sĩ thi đua cấp tỉnh", "conferred_by": "Chủ tịch Ủy ban nhân dân tỉnh"},
      {"form": "Giấy khen", "count": 25}]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn A trao Huân chương Lao động hạng Ba cho Sở Y tế.",
     [{"form": "Huân chương Lao động hạng Ba", "recipient": "Sở Y tế", "conferred_by": "Chủ tịch nước"}]),
    # The units a meeting chose, named before their count, are the ones proposed.
    ("Hội nghị suy tôn Sở Kế hoạch và Đầu tư và Sở Xây dựng là hai đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua năm 2014.",
     [{"form": "Cờ thi đua", "recipient": "Sở Kế hoạch và Đầu tư", "status": "proposed", "count": None},
      {"form": "Cờ thi đua", "recipient": "Sở Xây dựng", "status": "proposed", "count": None}]),
    # A list after a colon runs over ";"; a department and the body it belongs to are one recipient.
    ("Tặng thưởng Huân chương Lao động hạng Nhì cho 02 tập thể: Bệnh viện Đa khoa Trung ương Cần Thơ; Viện Dinh dưỡng.",
     [{"form": "Huân chương Lao động hạng Nhì", "recipient": "Bệnh viện Đa khoa Trung ương Cần Thơ"},
      {"form": "Huân chương Lao động hạng Nhì", "recipient": "Viện Dinh dưỡng"}]),
    ("Tặng Bằng khen cho Phòng Tư pháp, Phòng Nội vụ và Trung tâm Y tế, Sở Y tế tỉnh Hà Nam.",
     [{"form": "Bằng khen", "recipient": "Phòng Tư pháp"}, {"form": "Bằng khen", "recipient": "Phòng Nội vụ"},
      {"form": "Bằng khen", "recipient": "Trung tâm Y tế, Sở Y tế tỉnh Hà Nam"}]),
    # Not awards: what a rule asks of candidates.
    ("Theo quy định, cá nhân phải có thời gian từ 05 năm trở lên liên tục được tặng Bằng khen của Thủ tướng "
     "Chính phủ hoặc danh hiệu Chiến sĩ thi đua cấp tỉnh.", []),
    # A decision that issues rules about a form gives it to nobody; "anh" inside a name is no form of address.
    ("Quyết định số 12/QĐ-UBND ngày 5/3/2019 ban hành Quy chế xét tặng Kỷ niệm chương.", []),
    ("Công ty Thanh Bình Phát được tặng Bằng khen của Chủ tịch UBND tỉnh.",
     [{"form": "Bằng khen", "recipient": "Công ty Thanh Bình Phát", "recipient_kind": "collective"}]),
    # Counts written as words; "năm" that makes a year is no count.
    ("Hai tập thể và năm cá nhân được tặng Giấy khen.",
     [{"form": "Giấy khen", "recipient_kind": "collective", "count": 2},
      {"form": "Giấy khen", "recipient_kind": "individual", "count": 5}]),
    ("Hằng năm cá nhân được tặng Giấy khen của Giám đốc Sở Y tế.", [{"form": "Giấy khen", "count": None}]),
    # A position with its body named by type alone ("Giám đốc Sở" in a Sở's own report): as written.
    ("Sở Y tế tổ chức hội nghị. Bà Lê Thị Hoa được tặng Giấy khen của Giám đốc Sở.",
     [{"form": "Giấy khen", "recipient": "Lê Thị Hoa", "conferred_by": "Giám đốc Sở"}]),
    ("Em Lê Văn Nam được tặng Giấy khen của Hiệu trưởng nhà trường.",
     [{"form": "Giấy khen", "conferred_by": "Hiệu trưởng nhà trường"}]),
    # Not awards: a title a person holds, a form only named, rules about a form.
    ("Nhà giáo Ưu tú Lê Thị Thu phát biểu tại buổi lễ.", []),
    ("Tiền thưởng kèm theo Bằng khen thực hiện theo quy định.", []),
    ("Bộ sẽ ban hành quy chế mới về xét tặng Kỷ niệm chương.", []),
    # The Party's badge by years of membership: the years name the form, also in a list that gives them alone.
    ("Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 25-QĐ/TU ngày 05/01/2023 tặng Huy hiệu Đảng cho 33 đồng chí, trong đó:\n"
     "- Huy hiệu 60 năm tuổi Đảng: 03 đồng chí;\n- 40 năm tuổi Đảng: 30 đồng chí.",
     [{"form": "Huy hiệu 60 năm tuổi Đảng", "count": 3, "status": "conferred", "conferred_by": "Ban Thường vụ Tỉnh ủy"},
      {"form": "Huy hiệu 40 năm tuổi Đảng", "count": 30, "status": "conferred", "conferred_by": "Ban Thường vụ Tỉnh ủy"}]),
    # A form in brackets says what the one before it is; a count after "trong đó có" is the subset's.
    ("Đảng ủy trao Huy hiệu Đảng (Huy hiệu 30, 40 và 50 năm tuổi Đảng) cho 27 đồng chí, trong đó có 02 đồng chí "
     "được trao Huy hiệu 50 năm tuổi Đảng.",
     [{"form": "Huy hiệu Đảng", "count": 27}, {"form": "Huy hiệu 50 năm tuổi Đảng", "count": 2}]),
    # The proposal a lead-in cites as its basis does not make its list proposed.
    ("Kết quả khen thưởng năm 2023\n\nCăn cứ đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV, Chủ tịch UBND tỉnh đã ký "
     "Quyết định số 30/QĐ-UBND tặng thưởng, trong đó:\n- Bằng khen: 05 tập thể;\n- Bằng khen: 07 cá nhân.",
     [{"form": "Bằng khen", "count": n, "status": "conferred", "conferred_by": "Chủ tịch Ủy ban nhân dân tỉnh"}
      for n in (5, 7)]),
    # A section headed by its year ("1. Năm 2021", "2. Chín tháng đầu năm 2024") gives its awards that year.
    ("Kết quả công tác khen thưởng\n\n1. Năm 2021\n\nBộ trưởng đã tặng Bằng khen cho 12 tập thể.\n\n"
     "2. Chín tháng đầu năm 2024\n\nBộ trưởng đã tặng Bằng khen cho 5 cá nhân.",
     [{"form": "Bằng khen", "count": 12, "year": 2021}, {"form": "Bằng khen", "count": 5, "year": 2024}]),
    # A ministry's title named with its sector.
    ("Tin ngành\n\nNăm 2020, bà Trần Thị Vân được tặng danh hiệu Chiến sĩ thi đua ngành Kế hoạch và Đầu tư.",
     [{"form": "Chiến sĩ thi đua ngành Kế hoạch và Đầu tư", "recipient": "Trần Thị Vân"}]),
    # A council's votes are no recipients; the base of a ratio is nobody's award.
    ("Biên bản họp Hội đồng\n\nHội đồng thống nhất như sau:\n\n2. Đề nghị Tổng cục trưởng Tổng cục Thuế:\na) Tặng danh hiệu \"Tập thể lao động xuất sắc\" cho 02 tập thể:\n"
     "- Phòng Tuyên truyền - Hỗ trợ người nộp thuế: 11/11 phiếu (100%);\n- Chi cục Thuế thành phố Dĩ An: 10/11 phiếu.\n"
     "b) Tặng Bằng khen cho 06 cá nhân (có danh sách kèm theo): 11/11 phiếu.",
     [{"form": "Tập thể lao động xuất sắc", "recipient": r, "status": "proposed",
       "conferred_by": "Tổng cục trưởng Tổng cục Thuế"}
      for r in ("Phòng Tuyên truyền - Hỗ trợ người nộp thuế", "Chi cục Thuế thành phố Dĩ An")]
     + [{"form": "Bằng khen", "recipient": None, "count": 6, "status": "proposed"}]),
    ("Báo cáo\n\nĐề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 61 cá nhân (đạt tỷ lệ 13,5% số cá nhân đạt "
     "danh hiệu Lao động tiên tiến).", [{"form": "Chiến sĩ thi đua cơ sở", "count": 61}]),
    # "nhà trường" is the school named last; "Đảng và Nhà nước" is a giver that is no office, for both forms it gives.
    ("Tin giáo dục\n\nTrường Đại học Thủy lợi kỷ niệm 60 năm thành lập. Với những đóng góp đó, nhà trường đã vinh dự "
     "được Đảng và Nhà nước trao tặng danh hiệu Anh hùng Lao động (năm 2009), Huân chương Độc lập hạng Ba (năm 2004).",
     [{"form": "Anh hùng Lao động", "recipient": "Trường Đại học Thủy lợi", "year": 2009, "conferred_by": None},
      {"form": "Huân chương Độc lập hạng Ba", "recipient": "Trường Đại học Thủy lợi", "year": 2004, "conferred_by": None}]),
    # Items numbered on two levels ("1.1.") under a lead-in that gives their year.
    ("Quyết định\n\nĐiều 1. Tặng danh hiệu thi đua năm 2012 cho các tập thể, cá nhân, cụ thể như sau:\n\n"
     "1. Danh hiệu \"Tập thể lao động xuất sắc\" cho 02 tập thể:\n1.1. Phòng Tư pháp huyện Chiêm Hoá;\n1.2. Trạm Y tế xã Tân Mỹ.",
     [{"form": "Tập thể lao động xuất sắc", "recipient": r, "year": 2012}
      for r in ("Phòng Tư pháp huyện Chiêm Hóa", "Trạm Y tế xã Tân Mỹ")]),
    # A list of instructions gives nothing yet.
    ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n1. Giám đốc Sở Y tế tặng Giấy khen cho các cá nhân có thành tích theo thẩm quyền.",
     [{"form": "Giấy khen", "status": "planned"}]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_awards(as_json, text, expected):
    awards = as_json(text)["awards"]
    assert len(awards) == len(expected), [(a["form"], a["recipient"]) for a in awards]
    for got, want in zip(awards, expected):
        for field, value in want.items():
            assert got[field] == value, (field, got)


DECISION = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH GIA LAI                                  Độc lập - Tự do - Hạnh phúc

Số: 96/QĐ-UBND                            Gia Lai, ngày 16 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc tặng danh hiệu Tập thể lao động xuất sắc năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

QUYẾT ĐỊNH:

Điều 1. Tặng danh hiệu Tập thể lao động xuất sắc năm 2025 cho 02 tập thể, gồm:
1. Phòng Quản lý đô thị, phường Pleiku;
2. Trường Trung học phổ thông Hùng Vương.

Điều 2. Tặng Bằng khen cho 02 tập thể và 01 cá nhân (có danh sách kèm theo).

DANH SÁCH
TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN
(Kèm theo Quyết định số 96/QĐ-UBND ngày 16/01/2026)

I. TẬP THỂ (02 tập thể)
1. Sở Nội vụ;
2. Sở Tài chính.

II. CÁ NHÂN (01 cá nhân)
1. Bà Nguyễn Thị Lan, Chuyên viên Sở Nội vụ.
"""


def test_a_decision_lists_its_recipients_below_and_in_an_annex(as_json):
    awards = as_json(DECISION)["awards"]
    got = [(a["form"], a["recipient"], a["recipient_kind"], a["conferred_by"], a["year"]) for a in awards]
    by = "Chủ tịch Ủy ban nhân dân tỉnh"  # the office; the place is the document's (GUIDELINES)
    assert got == [
        ("Tập thể lao động xuất sắc", "Phòng Quản lý đô thị, phường Pleiku", "collective", by, 2025),
        ("Tập thể lao động xuất sắc", "Trường Trung học phổ thông Hùng Vương", "collective", by, 2025),
        ("Bằng khen", "Sở Nội vụ", "collective", by, 2026),
        ("Bằng khen", "Sở Tài chính", "collective", by, 2026),
        ("Bằng khen", "Nguyễn Thị Lan", "individual", by, 2026),
    ]


# An annex as a table: sections by form in rows of their own, or the form in each row's last column.
# The decision's one sentence counts the recipients of both forms and announces the list.
ANNEX_TABLES = """QUYẾT ĐỊNH
Điều 1. Tặng danh hiệu "Chiến sĩ thi đua cấp tỉnh" năm 2025 cho 02 cá nhân và tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể, 01 cá nhân (có danh sách kèm theo).

DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG
| STT | Tên tập thể, cá nhân | Chức vụ, đơn vị | Hình thức khen thưởng |
|-----|---|---|---|
| I   | DANH HIỆU "CHIẾN SĨ THI ĐUA CẤP TỈNH" (02 cá nhân) |
| 1   | Bà Lò Thị Mai | Giáo viên Trường THCS Mường Than | Chiến sĩ thi đua cấp tỉnh |
| 2   | Ông Đèo Văn Khoa | Phó Chủ tịch UBND xã Pha Mu | Chiến sĩ thi đua cấp tỉnh |
| II  | BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (01 tập thể, 01 cá nhân) |
| a   | Tập thể |
| 1   | Phòng Kinh tế, UBND xã Pha Mu | | Bằng khen |
| b   | Cá nhân |
| 1   | Bà Tòng Thị Hoa | Kế toán Trạm Y tế xã Pha Mu | Bằng khen |
"""

FORM_COLUMN = """QUYẾT ĐỊNH
Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 01 cá nhân đã có thành tích xuất sắc năm 2024 (có danh sách kèm theo).

DANH SÁCH ĐƯỢC KHEN THƯỞNG
| STT | Tên tập thể, cá nhân | Đơn vị | Hình thức |
|---|---|---|---|
| 1 | Trường Tiểu học Kim Đồng | huyện Bảo Lâm | Bằng khen |
| 2 | Ông Nông Văn Pha | Chủ tịch UBND xã Lý Bôn | Bằng khen |
"""


@pytest.mark.parametrize("text,expected", [
    (ANNEX_TABLES, [("Chiến sĩ thi đua cấp tỉnh", "Lò Thị Mai", "individual", 2025),
                    ("Chiến sĩ thi đua cấp tỉnh", "Đèo Văn Khoa", "individual", 2025),
                    ("Bằng khen", "Phòng Kinh tế, Ủy ban nhân dân xã Pha Mu", "collective", None),
                    ("Bằng khen", "Tòng Thị Hoa", "individual", None)]),
    ('Điều 2. Công nhận danh hiệu "Chiến sĩ thi đua cơ sở" năm học 2022-2023 cho 02 cá nhân có tên trong danh sách '
     'kèm theo.\n\nDANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ"\nNĂM HỌC 2022-2023\n\n'
     "| TT | Họ và tên | Chức vụ, đơn vị |\n|----|----|----|\n| 1 | PGS.TS. Lê Văn Hòa | Phó Viện trưởng |\n"
     "| 2 | ThS. Phan Đình Long | Chuyên viên Phòng Đào tạo |\n",
     # (the school year between the title and "cho" no longer hides the counted recipients)
     [("Chiến sĩ thi đua cơ sở", "Lê Văn Hòa", "individual", None),
      ("Chiến sĩ thi đua cơ sở", "Phan Đình Long", "individual", None)]),
    ('Số: 1876/QĐ-BGDĐT\n\nQUYẾT ĐỊNH\nVề việc tặng Kỷ niệm chương\n\n'
     'Điều 2. Tặng Kỷ niệm chương "Vì sự nghiệp Giáo dục" cho 01 cá nhân (có danh sách kèm theo).\n\n'
     'II. KỶ NIỆM CHƯƠNG "VÌ SỰ NGHIỆP GIÁO DỤC" (01 cá nhân)\n\n| STT | Họ và tên | Chức vụ, đơn vị |\n'
     "|---|---|---|\n| 1 | Ông Lò Văn Thắng | Nguyên Trưởng phòng |\n",
     [("Kỷ niệm chương Vì sự nghiệp Giáo dục", "Lò Văn Thắng", "individual", None)]),
    (FORM_COLUMN, [("Bằng khen", "Trường Tiểu học Kim Đồng", "collective", 2024),
                   ("Bằng khen", "Nông Văn Pha", "individual", 2024)]),
    # Rows grouped by province, each group's row with its count in lower case.
    ('Số: 1988/QĐ-LĐTBXH\n\nQUYẾT ĐỊNH\nVề việc tặng Kỷ niệm chương\n\n'
     'Điều 1. Tặng Kỷ niệm chương "Vì sự nghiệp Lao động - Thương binh và Xã hội" cho 03 cá nhân (có danh sách kèm theo).\n\n'
     'DANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG KỶ NIỆM CHƯƠNG "VÌ SỰ NGHIỆP LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"\n\n'
     "| STT | Họ và tên | Chức vụ, đơn vị |\n|---|---|---|\n| I | TỈNH NGHỆ AN (01 cá nhân) | |\n"
     "| 1 | Ông Trần Đình Quế | Phó Giám đốc Sở |\n| II | TỈNH KON TUM (02 cá nhân) | |\n"
     "| 2 | Ông A Thút | Trưởng phòng |\n| 3 | Bà Y Hoa | Chuyên viên |\n",
     [("Kỷ niệm chương Vì sự nghiệp Lao động - Thương binh và Xã hội", name, "individual", None)
      for name in ("Trần Đình Quế", "A Thút", "Y Hoa")]),
    # Kind headings that carry their count after a colon.
    ('Số: 2345/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen\n\n'
     'Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 01 cá nhân (có danh sách kèm theo).\n\n'
     'DANH SÁCH\nTẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH\n\n'
     "I. TẬP THỂ: 01 tập thể\n1. Phòng Nông nghiệp và Phát triển nông thôn huyện Mỹ Tú.\n\n"
     "II. CÁ NHÂN: 01 cá nhân\n1. Ông Lâm Văn Kiệt, Phó Chủ tịch UBND huyện Châu Thành.\n",
     [("Bằng khen", "Phòng Nông nghiệp và Phát triển nông thôn huyện Mỹ Tú", "collective", None),
      ("Bằng khen", "Lâm Văn Kiệt", "individual", None)]),
], ids=["sections-in-rows", "school-year-then-table", "title-in-capitals", "form-column", "groups-by-province",
        "kind-with-count"])
def test_an_annexed_table_names_the_counted_recipients(as_json, text, expected):
    awards = as_json(text)["awards"]
    got = [(a["form"], a["recipient"], a["recipient_kind"], a["year"]) for a in awards]
    # The year is checked where the sentence gives one; the counts are not repeated as awards.
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    assert all(g[3] == e[3] for g, e in zip(got, expected) if e[3] is not None)
    assert all(a["status"] == "conferred" and a["count"] is None for a in awards)


# A report's tables that count awards: by kind in columns, or a count and a giver per row.
COUNT_TABLES = """BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2012

| STT | Danh hiệu thi đua          | Số lượng    | Cấp công nhận      |
|-----|----------------------------|-------------|--------------------|
| 1   | Tập thể lao động xuất sắc  | 04 tập thể  | Chủ tịch UBND tỉnh |
| 2   | Chiến sĩ thi đua cơ sở     | 38 cá nhân  | Giám đốc Sở        |

| STT | Hình thức khen thưởng             | Số tập thể | Số cá nhân |
|-----|-----------------------------------|------------|------------|
| 1   | Bằng khen của Thủ tướng Chính phủ | 01         | 02         |
| 2   | Giấy khen của Giám đốc Sở         | 18         | 0          |
"""


TWO_LEVEL_HEADER = """BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2012

| STT | Hình thức khen thưởng             | Số lượng |         |
|     |                                   | Tập thể  | Cá nhân |
|-----|-----------------------------------|----------|---------|
| 1   | Bằng khen của Thủ tướng Chính phủ | 01       | 03      |
"""


def test_a_count_table_with_a_two_level_header(as_json):
    got = [(a["form"], a["recipient_kind"], a["count"]) for a in as_json(TWO_LEVEL_HEADER)["awards"]]
    assert got == [("Bằng khen", "collective", 1), ("Bằng khen", "individual", 3)]


def test_a_reports_tables_count_awards_by_kind_and_giver(as_json):
    got = [(a["form"], a["recipient_kind"], a["count"], a["conferred_by"], a["status"]) for a in as_json(COUNT_TABLES)["awards"]]
    assert got == [
        ("Tập thể lao động xuất sắc", "collective", 4, "Chủ tịch Ủy ban nhân dân tỉnh", "conferred"),
        ("Chiến sĩ thi đua cơ sở", "individual", 38, "Giám đốc Sở", "conferred"),
        ("Bằng khen", "collective", 1, "Thủ tướng Chính phủ", "conferred"),
        ("Bằng khen", "individual", 2, "Thủ tướng Chính phủ", "conferred"),
        ("Giấy khen", "collective", 18, "Giám đốc Sở", "conferred"),  # a zero count is nobody
    ]


# A proposal's items: who each is about, what each has won, then the count the lead-in gave.
PROPOSAL_ITEMS = """TỜ TRÌNH
Về việc đề nghị tặng thưởng Huân chương Lao động

Ủy ban nhân dân huyện kính trình Ủy ban nhân dân tỉnh đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho 01 tập thể và 01 cá nhân, cụ thể:

1. Tập thể: Phòng Tài chính - Kế hoạch huyện Chợ Gạo
Phòng có 12 công chức, hoàn thành xuất sắc nhiệm vụ.
Khen thưởng đã đạt: Bằng khen của Thủ tướng Chính phủ năm 2018; Cờ thi đua của UBND tỉnh năm 2022.

2. Cá nhân: Ông Nguyễn Văn Tấn, Phó Chủ tịch UBND huyện
Ông Tấn có 24 năm công tác.
Khen thưởng đã đạt: được Chủ tịch UBND tỉnh tặng danh hiệu "Chiến sĩ thi đua cấp tỉnh" năm 2020.
"""


def test_a_proposal_lists_its_items_and_what_each_has_won(as_json):
    got = [(a["form"], a["recipient"], a["status"], a["year"]) for a in as_json(PROPOSAL_ITEMS)["awards"]]
    assert got == [
        ("Huân chương Lao động hạng Ba", "Phòng Tài chính - Kế hoạch huyện Chợ Gạo", "proposed", None),
        ("Huân chương Lao động hạng Ba", "Nguyễn Văn Tấn", "proposed", None),
        ("Bằng khen", "Phòng Tài chính - Kế hoạch huyện Chợ Gạo", "conferred", 2018),
        ("Cờ thi đua", "Phòng Tài chính - Kế hoạch huyện Chợ Gạo", "conferred", 2022),
        ("Chiến sĩ thi đua cấp tỉnh", "Nguyễn Văn Tấn", "conferred", 2020),
    ]


ISSUED_BY_A_SO = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ XÂY DỰNG	Độc lập - Tự do - Hạnh phúc

Số: 10/BC-SXD	Bình Thuận, ngày 10 tháng 01 năm 2021

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2020

Năm 2020, 25 cá nhân được tặng Giấy khen; 02 tập thể được tặng danh hiệu Tập thể lao động xuất sắc.
"""


def test_a_form_without_authority_takes_the_issuing_bodys_level(as_json):
    got = [(a["form"], a["conferred_by"]) for a in as_json(ISSUED_BY_A_SO)["awards"]]
    # A Sở's Giám đốc gives Giấy khen; the Chủ tịch UBND tỉnh the provincial titles (Luật TĐKT 2022, Điều 73-74).
    assert got == [("Giấy khen", "Giám đốc Sở Xây dựng"), ("Tập thể lao động xuất sắc", "Chủ tịch Ủy ban nhân dân tỉnh")]


# A decision's list whose last column names one or more forms, announced by no article of its own.
FORMS_PER_ROW = """ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THẠCH HÀ	Độc lập - Tự do - Hạnh phúc

Số: 2385/QĐ-UBND	Thạch Hà, ngày 12 tháng 8 năm 2016

QUYẾT ĐỊNH
Về việc khen thưởng năm học 2015-2016

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ

Điều 1. Công nhận danh hiệu "Lao động tiên tiến" cho 01 cá nhân và tặng Giấy khen cho 01 tập thể.
(Có danh sách kèm theo)

| STT | Tên tập thể, cá nhân     | Chức vụ, đơn vị | Hình thức khen thưởng          |
|-----|--------------------------|-----------------|--------------------------------|
| 1   | Trường Mầm non Thạch Đài |                 | Giấy khen                      |
| 2   | Bà Nguyễn Thị Lan Hương  | Giáo viên       | Giấy khen; Lao động tiên tiến  |
"""


def test_a_decisions_list_gives_each_row_the_forms_of_its_last_column(as_json):
    got = [(a["form"], a["recipient"], a["status"]) for a in as_json(FORMS_PER_ROW)["awards"]]
    assert sorted(got) == sorted([
        ("Giấy khen", "Trường Mầm non Thạch Đài", "conferred"),
        ("Giấy khen", "Nguyễn Thị Lan Hương", "conferred"),
        ("Lao động tiên tiến", "Nguyễn Thị Lan Hương", "conferred"),
    ])


# A Tờ trình asks: a person's paragraph after "cho 01 nhà giáo:", and what each has won.
TEACHERS = """TRƯỜNG ĐẠI HỌC CẦN THƠ	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 452/TTr-ĐHCT	Cần Thơ, ngày 15 tháng 3 năm 2017

TỜ TRÌNH
Về việc đề nghị xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú

Trường kính trình Bộ trưởng xem xét, trình Thủ tướng Chính phủ đề nghị Chủ tịch nước:

1. Phong tặng danh hiệu Nhà giáo Nhân dân cho 01 nhà giáo:
PGS.TS. Huỳnh Văn Tâm, sinh năm 1958, giảng viên cao cấp. Thành tích khen thưởng: Bằng khen của Thủ tướng Chính phủ năm 2006.

2. Phong tặng danh hiệu Nhà giáo Ưu tú cho 01 nhà giáo:
- TS. Nguyễn Thị Bích Vân, Trưởng Bộ môn Sư phạm Toán học. Thành tích khen thưởng: danh hiệu Chiến sĩ thi đua cơ sở năm 2015.
"""


def test_a_submission_proposes_and_records_what_each_person_has_won(as_json):
    got = [(a["form"], a["recipient"], a["status"], a["year"]) for a in as_json(TEACHERS)["awards"]]
    assert got == [
        ("Nhà giáo Nhân dân", "Huỳnh Văn Tâm", "proposed", 2017),
        ("Bằng khen", "Huỳnh Văn Tâm", "conferred", 2006),
        ("Nhà giáo Ưu tú", "Nguyễn Thị Bích Vân", "proposed", 2017),
        ("Chiến sĩ thi đua cơ sở", "Nguyễn Thị Bích Vân", "conferred", 2015),
    ]


REPORT = """BỘ Y TẾ
BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG

Số: 15/BC-BV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 08 tháng 01 năm 2025

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2024

I. KẾT QUẢ KHEN THƯỞNG
1. Khoa Nhi được tặng Cờ thi đua của Bộ Y tế; 05 cá nhân được tặng Bằng khen của Bộ trưởng Bộ Y tế.

II. KẾT QUẢ NĂM 2023 ĐỂ SO SÁNH
Có 03 cá nhân được tặng Bằng khen của Bộ trưởng Bộ Y tế.
"""


def test_a_year_end_report_speaks_of_its_year_not_of_its_date(as_json):
    # Issued in January 2025 about 2024: awards with no year of their own take the report's year,
    # or the year of their section's heading.
    years = [(a["form"], a["count"], a["year"]) for a in as_json(REPORT)["awards"]]
    assert years == [("Cờ thi đua", None, 2024), ("Bằng khen", 5, 2024), ("Bằng khen", 3, 2023)]


def test_a_plan_that_will_propose_awards_plans_them(as_json):
    plan = ("ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\n\nSố: 12/KH-UBND\n\nTam Nông, ngày 05 tháng 01 năm 2024\n\n"
            "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2024\n\n"
            "Kết thúc đợt thi đua, lựa chọn 03 tập thể và 05 cá nhân tiêu biểu đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.")
    got = [(a["count"], a["status"]) for a in as_json(plan)["awards"]]
    assert got == [(3, "planned"), (5, "planned")]


ACHIEVEMENT_REPORT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ                                  Độc lập - Tự do - Hạnh phúc

Số: 45/BC-THPT                             Đông Hà, ngày 02 tháng 3 năm 2024

BÁO CÁO THÀNH TÍCH
Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh
cho Trường Trung học phổ thông Lê Lợi
(Thành tích năm học 2022 - 2023)

III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG
1. Danh hiệu thi đua
Năm	Danh hiệu thi đua	Số, ngày, tháng, năm của quyết định; cơ quan ban hành
2021	Tập thể lao động xuất sắc	Quyết định số 77/QĐ-UBND ngày 20/01/2022 của UBND tỉnh Quảng Trị
2022 - 2023	Tập thể lao động xuất sắc	Quyết định số 1502/QĐ-UBND ngày 10/8/2023 của UBND tỉnh Quảng Trị
2. Hình thức khen thưởng
| Năm | Hình thức khen thưởng | Số, ngày, tháng, năm của quyết định; cơ quan ban hành |
| 2020 | Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo | Quyết định số 3310/QĐ-BGDĐT ngày 12/10/2020 |

Với thành tích trên, đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho tập thể Trường./.
"""


def test_an_achievement_report_records_its_subjects_past_awards(as_json):
    awards = as_json(ACHIEVEMENT_REPORT)["awards"]
    got = [(a["form"], a["recipient"], a["conferred_by"], a["year"], a["status"]) for a in awards]
    school = "Trường Trung học phổ thông Lê Lợi"
    assert got == [
        ("Tập thể lao động xuất sắc", school, "Ủy ban nhân dân tỉnh", 2021, "conferred"),
        ("Tập thể lao động xuất sắc", school, "Ủy ban nhân dân tỉnh", 2023, "conferred"),
        ("Bằng khen", school, "Bộ trưởng Bộ Giáo dục và Đào tạo", 2020, "conferred"),
        ("Cờ thi đua", school, "Ủy ban nhân dân tỉnh", 2024, "proposed"),
    ]


ACHIEVEMENT_REPORT_NAMED_INSIDE = """UBND HUYỆN MƯỜNG TÈ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG PTDTBT TH PA Ủ                    Độc lập - Tự do - Hạnh phúc

Số: 07/BC-TH                                  Pa Ủ, ngày 10 tháng 4 năm 2019

BÁO CÁO THÀNH TÍCH
ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ

I. SƠ LƯỢC ĐẶC ĐIỂM
- Tên đơn vị: Trường Tiểu học Pa Ủ.
- Thầy Lò Văn Chung, Hiệu trưởng, được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2017 (Quyết định số 901/QĐ-UBND ngày 20/8/2017 của Chủ tịch UBND tỉnh Lai Châu).

III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN
| Năm học | Danh hiệu thi đua | Số, ngày, tháng, năm của quyết định; cơ quan ban hành |
| 2015-2016; 2016-2017 | Tập thể lao động xuất sắc | Quyết định số 612/QĐ-UBND của Chủ tịch UBND tỉnh Lai Châu |

Đề nghị Chủ tịch UBND tỉnh trình Thủ tướng Chính phủ tặng Bằng khen cho tập thể Trường Tiểu học Pa Ủ.
"""


def test_an_achievement_report_names_its_subject_on_the_forms_first_line(as_json):
    awards = as_json(ACHIEVEMENT_REPORT_NAMED_INSIDE)["awards"]
    got = [(a["form"], a["recipient"], a["conferred_by"], a["count"], a["status"]) for a in awards]
    school = "Trường Tiểu học Pa Ủ"
    assert got == [
        # A decision in brackets after the form names who gave it.
        ("Chiến sĩ thi đua cấp tỉnh", "Lò Văn Chung", "Chủ tịch Ủy ban nhân dân tỉnh", None, "conferred"),
        # A row of two school years: one record, counted twice.
        ("Tập thể lao động xuất sắc", school, "Chủ tịch Ủy ban nhân dân tỉnh", 2, "conferred"),
        ("Bằng khen", school, "Thủ tướng Chính phủ", None, "proposed"),
    ]


RULES_DECISION = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LONG AN                                  Độc lập - Tự do - Hạnh phúc

Số: 15/QĐ-UBND                            Long An, ngày 02 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc kiện toàn Hội đồng Thi đua - Khen thưởng tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG AN

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Hội đồng Thi đua - Khen thưởng tỉnh.

Điều 2. Hội đồng có nhiệm vụ tham mưu Chủ tịch UBND tỉnh quyết định tặng Cờ thi đua của Ủy ban nhân dân tỉnh, danh hiệu "Chiến sĩ thi đua cấp tỉnh", Bằng khen của Chủ tịch UBND tỉnh; trình Thủ tướng Chính phủ xét tặng Cờ thi đua của Chính phủ.

Điều 3. Giao Sở Nội vụ tặng Giấy khen cho 02 tập thể có thành tích.
"""


def test_a_decision_names_forms_it_gives_nobody_as_rules(as_json):
    # The council's duties name forms for nobody: no awards. A form with a count is one.
    awards = as_json(RULES_DECISION)["awards"]
    assert [(a["form"], a["count"]) for a in awards] == [("Giấy khen", 2)]


MINUTES = """CỤC THUẾ TỈNH BÌNH DƯƠNG                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG                    Độc lập - Tự do - Hạnh phúc

Số: 01/BB-HĐTĐKT                             Bình Dương, ngày 12 tháng 01 năm 2021

BIÊN BẢN
Họp Hội đồng Thi đua - Khen thưởng
xét, đề nghị khen thưởng tổng kết công tác năm 2020

Hội đồng thống nhất đề nghị Cục trưởng công nhận danh hiệu Tập thể lao động xuất sắc cho Phòng Tổ chức cán bộ.
"""

REPORT_ON_A_LAW = """BỘ CÔNG THƯƠNG                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc

Số: 96/BC-BCT                                Hà Nội, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả triển khai thi hành Luật Thi đua, khen thưởng năm 2022

Bộ trưởng đã tặng Bằng khen cho 120 tập thể.
"""


def test_a_council_s_minutes_speak_of_the_year_their_title_names(as_json):
    awards = as_json(MINUTES)["awards"]
    assert [(a["form"], a["year"], a["status"]) for a in awards] == [("Tập thể lao động xuất sắc", 2020, "proposed")]


def test_the_year_of_a_law_s_name_in_a_title_is_no_year_of_its_awards(as_json):
    assert [a["year"] for a in as_json(REPORT_ON_A_LAW)["awards"]] == [2024]


SUBMISSION_BY_SECTIONS = """UBND TỈNH QUẢNG BÌNH                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                                    Độc lập - Tự do - Hạnh phúc

Số: 412/TTr-SNV                             Quảng Bình, ngày 14 tháng 3 năm 2016

TỜ TRÌNH
Về việc đề nghị khen thưởng cấp Nhà nước

Sở Nội vụ kính trình UBND tỉnh xem xét, đề nghị Thủ tướng Chính phủ khen thưởng cho các tập thể, cá nhân sau:

I. CỜ THI ĐUA CỦA CHÍNH PHỦ NĂM 2015 (02 tập thể)

1. Sở Giao thông vận tải: hoàn thành xuất sắc nhiệm vụ năm 2015.

2. Uỷ ban nhân dân huyện Lệ Thuỷ: hoàn thành vượt mức 17/19 chỉ tiêu năm 2015. Đơn vị đã được Chính phủ tặng Cờ thi đua năm 2012.

II. BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ (01 tập thể và 01 cá nhân)

Đã có thành tích xuất sắc trong công tác từ năm 2013 đến năm 2015:
1. Trung tâm Y tế huyện Quảng Ninh;
2. Ông Nguyễn Hữu Tình, Phó Chủ tịch UBND huyện Bố Trạch.
"""


def test_sections_headed_by_a_form_propose_one_award_an_item(as_json):
    got = [(a["form"], a["recipient"], a["status"], a["year"], a["conferred_by"])
           for a in as_json(SUBMISSION_BY_SECTIONS)["awards"]]
    assert got == [
        ("Cờ thi đua", "Sở Giao thông vận tải", "proposed", 2015, "Chính phủ"),
        ("Cờ thi đua", "Ủy ban nhân dân huyện Lệ Thủy", "proposed", 2015, "Chính phủ"),
        # "Đơn vị" in an item is the item's unit, not the last recipient read.
        ("Cờ thi đua", "Ủy ban nhân dân huyện Lệ Thủy", "conferred", 2012, "Chính phủ"),
        ("Bằng khen", "Trung tâm Y tế huyện Quảng Ninh", "proposed", 2016, "Thủ tướng Chính phủ"),
        ("Bằng khen", "Nguyễn Hữu Tình", "proposed", 2016, "Thủ tướng Chính phủ"),
    ]
