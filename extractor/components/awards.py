"""Find awards: which form, of which class, conferred by whom, on whom, when, and whether given.

The forms come from the taxonomy of the Law on Emulation and Commendation (``awards.yaml``).
Around each mention of a form the finder reads, in its clause:

- the class ("hạng Nhì" = "hạng II" = "hạng 2"), and "xuất sắc" for Cờ thi đua;
- the authority: "của X" after the form, or "X tặng ..." before it, or one written once
  after a comma list ("02 lần ... Cờ thi đua, 06 lần ... Bằng khen của Bộ ..."), or the usual
  authority of the form in the law (Huân chương: Chủ tịch nước);
- the recipients: "cho A", "cho N đơn vị ... gồm: A, B, C" (one record each), "cho 30 Sở ..."
  (one record, count 30), counts before the verb ("02 tập thể, 02 cá nhân được tặng"), or the
  subject of a passive sentence ("Tập thể Sở ... được tặng");
- the status: proposed (đề nghị, đề xuất, trình), planned (sẽ, dự kiến, in a plan), else
  conferred; a clause with no verb of its own inherits the previous award's;
- the year: "(năm 2019)" or "năm 2016" in the clause, else the document's year.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace

import re

import regex

from ..patterns import rx
from ..lexicon import AwardForm, Lexicon
from ..normalize import match_key
from .units import LEVEL_ALTERNATION, LEVEL_WORDS, UnitFinder, with_locality

_CLASS = regex.compile(r"[ \t]+hạng[ \t]+(?P<cls>Nhất|Nhì|Ba|III|II|I|[123])(?![\w])", regex.IGNORECASE)
_CLASS_NAMES = {"nhất": "Nhất", "nhì": "Nhì", "ba": "Ba", "i": "Nhất", "ii": "Nhì", "iii": "Ba",
                "1": "Nhất", "2": "Nhì", "3": "Ba"}
_EXCELLENT = regex.compile(r"[ \t]+xuất sắc(?!\w)", regex.IGNORECASE)
_BY = regex.compile(r"[ \t]*(?:của|do)[ \t]+")
_YEAR = regex.compile(r"\(?[ \t]*năm[ \t]+(?P<y>(?:19|20)\d{2})[ \t]*\)?")
# "từ năm 2018 đến năm 2022": the years of the achievement, not of the award.
_IN_RANGE = regex.compile(r"từ[ ]+năm[ ]+\d{4}|năm[ ]+\d{4}[ ]*(?:đến|-)[ ]*(?:năm[ ]+)?\d{4}")
_YEAR_RIGHT_AFTER = regex.compile(r"[\"”]?[ \t]*\(?[ \t]*năm[ \t]+(?P<y>(?:19|20)\d{2})[ \t]*\)?")
# "Huân chương Hồ Chí Minh được trao cho ...": the form as the subject of a passive verb.
_PASSIVE = r"(?:(?:đã[ \t]+)?được[ \t]+(?:trao tặng|trao|tặng thưởng|tặng|phong tặng|truy tặng)[ \t]+)"
# The year a title is for may come between it and its recipients ("danh hiệu "A" năm học 2022-2023 cho").
_FOR = regex.compile(rf"[\"”]?[ \t]*(?:(?:năm học|năm)[ \t]+(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t]*)?"
                     rf",?[ \t]*{_PASSIVE}?(?:cho|tặng cho|đối với)[ \t]+")
_PASSIVE_AFTER = regex.compile(rf"[\"”]?[ \t]*,?[ \t]*{_PASSIVE}(?:cho|tặng cho)[ \t]+")
# Recipients that are no single unit: a locality's "Đảng bộ, chính quyền và nhân dân", or the
# locality itself ("tỉnh Bắc Ninh").
_LEVEL = "|".join(LEVEL_WORDS)
_LOCALITY_RECIPIENT = regex.compile(
    r"(?:(?:Đảng bộ|Đảng bộ,[ ]chính quyền|Quân và dân|[Nn]hân dân|[Cc]án bộ)(?:,?[ ](?:chính quyền|cán bộ|chiến sĩ|"
    r"nhân dân|và|lực lượng vũ trang|các dân tộc))*[ ])?"
    rf"(?:{_LEVEL})(?:[ ]\p{{Lu}}[\w]*){{1,4}}(?![\w])")
# Counts written as words, as news prose does ("Hai tập thể và năm cá nhân"), before the nouns that
# count recipients only ("ba mẹ" is one's parents, "năm học" a school year). "năm" after a word that
# makes it a year ("hằng năm cá nhân ...") is no count either. "một" is left out: "một cá nhân" is as
# often a generic one ("mỗi năm, một cá nhân chỉ được ...") as a count.
# A cap ("không quá 03 tập thể", "tối đa 40 cá nhân") is a quota, no count of recipients.
_SPELLED_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_COUNTED_NOUNS = (
    r"tập thể|cá nhân|đơn vị|cơ quan(?:,[ \t]*đơn vị)?|hộ gia đình|gia đình|"
    r"đồng chí|người|lượt tập thể|lượt cá nhân|nhà giáo|giáo viên|thầy thuốc|y, bác sĩ|bác sĩ|nghệ sĩ|nghệ nhân|"
    r"cán bộ|công chức|viên chức|người lao động|đoàn viên|hội viên|đảng viên|chiến sĩ|học sinh|sinh viên|"
    r"trường|xã|phường|doanh nghiệp|hợp tác xã|công ty|thôn|bản|khu dân cư|hộ|bà mẹ|mẹ|liệt sĩ|thân nhân")
_COUNT_NOUN = regex.compile(
    r"(?<!(?:không quá|không vượt quá|tối đa|ít nhất|tối thiểu)[ \t])(?<!\d)(?<!\d\.)"
    rf"(?|(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,5}})[ \t]+(?P<noun>{_COUNTED_NOUNS})"
    r"|(?P<n>(?<![\w])(?:hai|ba|bốn|(?<!(?:trong|hằng|hàng|mỗi|cuối|đầu|giữa|của|cả|nhiều|từng|các|qua)[ \t])năm|"
    r"sáu|bảy|tám|chín|mười))[ \t]+(?P<noun>tập thể|cá nhân|đơn vị|cơ quan|đồng chí|gia đình|hộ gia đình|doanh nghiệp))(?![\w])",
    regex.IGNORECASE,
)
_INDIVIDUAL_NOUNS = regex.compile(
    r"cá nhân|đồng chí|người|lượt cá nhân|nhà giáo|giáo viên|thầy thuốc|bác sĩ|nghệ sĩ|nghệ nhân|cán bộ|công chức|"
    r"viên chức|người lao động|đoàn viên|hội viên|đảng viên|chiến sĩ|học sinh|sinh viên|bà mẹ|mẹ|liệt sĩ|thân nhân",
    regex.IGNORECASE,
)
# "Kỷ niệm chương "Vì sự nghiệp Giáo dục"": a named medal; the name is part of the form.
# The Party's badge is given by years of membership (30, 40, 45 ... 90 năm tuổi Đảng): the years are
# its class, and the form is named with them ("Huy hiệu 50 năm tuổi Đảng"). A list of badges may name
# the years alone after its first item ("- Huy hiệu 70 năm tuổi Đảng: 06 đồng chí; - 60 năm tuổi Đảng: ...").
_PARTY_YEARS = regex.compile(r"[ \t]+(?P<n>[1-9]\d)[ \t]+năm[ \t]+tuổi[ \t]+Đảng(?!\w)")
_PARTY_YEARS_ITEM = regex.compile(r"(?m)^[ \t]*[-–+•][ \t]*(?P<n>[1-9]\d)[ \t]+năm[ \t]+tuổi[ \t]+Đảng(?!\w)")
# The sector that names a ministry's title: a capitalised word and at most three more ("Tài chính",
# "Giáo dục", "Ngân hàng", "Kế hoạch và Đầu tư"), up to a word of the sentence.
_SECTOR_NAME = regex.compile(
    r"[ ]+(?P<s>\p{Lu}[\wÀ-ỹ]*(?:[ ]+(?:và[ ]+\p{Lu}[\wÀ-ỹ]*|(?!(?:năm|cho|của|do|tại|theo|đợt|lần|và|hoặc)(?!\w))[\wÀ-ỹ]+)){0,3})"
    r"(?=[\s,.;:)\"”]|$)")
_OPEN_BRACKET_GAP = regex.compile(r"[ \t]*\([^()\n]{0,40}")
_MEDAL_NAME = regex.compile(r"[ ]+(?:[\"“](?P<name>[^\"”\n]{3,80})[\"”]|(?P<name>Vì[ ][^\"”\n,;.]{3,60}))")
_TIMES = regex.compile(r"(?P<n>\d{1,3})[ \t]+lần[ \t]+(?:được[ \t]+)?(?:[\w]+[ \t]+){0,2}$")
# "trình" proposes; "công trình", "chương trình", "quy trình", "trình độ" are nouns.
_PROPOSED = regex.compile(
    r"(?<!\w)(?:đề nghị|đề xuất|(?<!(?:công|chương|quy|lộ|hành|tiến|quá|giáo)[ ])trình(?![ ]độ)|xét tặng|đề cử|kiến nghị)"
    r"(?!\w)", regex.IGNORECASE)
# "danh hiệu", "danh hiệu vinh dự Nhà nước" before a title's name (optional).
_TITLE_WORDS = r"(?:danh hiệu(?:[ \t]+vinh dự[ \t]+[Nn]hà[ \t]+nước)?[ \t]*)?"
# "Quyết định số 1452/QĐ-UBND ngày 20/10/2017 của Chủ tịch UBND tỉnh tặng Bằng khen": a decision
# that gives the award, in the year of its date.
_DECIDED = regex.compile(
    r"(?<!\w)(?i:quyết định)[ \t]+(?:số[ \t]+)?\d[^ \t,;]*"
    r"(?:[ \t]+ngày[ \t]+\d{1,2}(?:[/.-]\d{1,2}[/.-]|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+)(?P<y>(?:19|20)\d{2}))?"
    r"[^;:\n]{0,80}?[ \t](?<!xét[ \t])(?<!nghị[ \t])(?<!xuất[ \t])(?:tặng|trao tặng|tặng thưởng|truy tặng|công nhận)[ \t]+"
    + _TITLE_WORDS + r"[\"“]?[ \t]*$")
# "Giao Giám đốc Công an tỉnh xem xét, tặng Giấy khen ...": a decision assigns the awarding to come.
_PLANNED = regex.compile(r"(?<!\w)(?:sẽ|dự kiến|phấn đấu|đăng ký|đăng kí|(?<!\w[ ])(?-i:Giao(?=[ ]+(?:cho[ ]+)?\p{Lu})))(?!\w)",
                         regex.IGNORECASE)
_CONFERRED = regex.compile(
    r"(?<!\w)(?:được tặng|tặng|trao|tặng thưởng|truy tặng|phong tặng|đón nhận|nhận|đạt|công nhận|vinh dự(?![ \t]+nhà[ \t]+nước)|tuyên dương danh hiệu)(?!\w)",
    regex.IGNORECASE,
)
_GIVER_VERB = regex.compile(
    r"(?:[ ]+(?:\p{Lu}[\wÀ-ỹ]*[ ]+){1,4}?)?[ \t]+(?:đã[ \t]+)?(?:ký[^,;]{0,60}?[ ]+)?(?:quyết định[ \t]+)?(?:xem xét,?[ \t]+|xét[ \t]+)?"
    r"(?:trao tặng|tặng thưởng|truy tặng|tặng|khen thưởng|trao|công nhận)[ \t]*(?:\d{1,3}(?:\.\d{3})+[ \t]+|\d{1,5}[ \t]+)?"
    + _TITLE_WORDS + r"[\"“]?$"
)
# Degrees and ranks written before a name: "PGS.TS", "BSCKII", "ThS.BS", "Đại tá".
_DEGREE = (r"(?:(?:GS|PGS|TS|ThS|BSCKII|BSCKI|BSCK|BS|DS|KS|CN|NGND|NGƯT|TTND|TTƯT|NSND|NSƯT|Lương y)\.?"
           r"(?:[ ]?(?:TS|ThS|BS|CKII|CKI|BSCKII|BSCKI)\.?)*|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy"
           r"|Thiếu úy|Chuẩn úy|Thượng sĩ|Trung sĩ|Hạ sĩ|Binh nhất|Binh nhì)")
# "Ông Danh Sóc Hên", "bà H'Luyến Niê", "GS.TS. Yamada Kenji": after a form of address or a degree,
# a capitalised run is a person's name, whatever the family name.
# "Cô 3 năm liền đạt ...": a form of address alone as the subject stands for the person named last.
_PRONOUN_SUBJECT = regex.compile(
    r"[ \t]*(?:Ông|Bà|Anh|Chị|Thầy|Cô|Đồng chí)[ \t]+(?=\d|(?:đã|được|vinh dự|từng|luôn|cũng|nhiều|liên tục|là|có)(?!\w))")
_ADDRESSED = regex.compile(
    rf"(?<![\wÀ-ỹ])(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|thầy|cô|Thầy|Cô|anh|chị|(?:Mẹ|mẹ)(?![ ]Việt[ ]Nam)|{_DEGREE}|(?i:kỹ sư|kĩ sư|bác sĩ|bác sỹ|dược sĩ|kiến trúc sư|nhà giáo|"
    rf"nghệ sĩ|nghệ nhân|nhà báo|nhà văn|giáo sư|phó giáo sư|tiến sĩ|thạc sĩ|thầy giáo|cô giáo|thầy thuốc|"
    rf"công nhân|nông dân|chiến sĩ|liệt sĩ|Mẹ Việt Nam anh hùng))[ ]+(?P<name>\p{{Lu}}[\w'À-ỹ]*(?:[ ]+\p{{Lu}}[\w'À-ỹ]*){{1,4}})"
    rf"(?![\wÀ-ỹ])"
)
# Positions that name the body they head by its type.
_POSITION_HEADS = {"Bộ trưởng": "Bộ ", "Giám đốc": "Sở ", "Chủ tịch": "Ủy ban nhân dân ", "Cục trưởng": "Cục ",
                   "Tổng cục trưởng": "Tổng cục ", "Vụ trưởng": "Vụ ", "Viện trưởng": "Viện ", "Hiệu trưởng": "Trường "}
_BARE_POSITION = regex.compile(
    r"(?P<p>" + "|".join(sorted(_POSITION_HEADS, key=len, reverse=True)) + r")"
    # "Giám đốc Sở", "Hiệu trưởng nhà trường": the body named by its type alone.
    r"(?:[ \t]+(?P<type>Sở|Bộ|Cục|Tổng cục|Vụ|Viện|[Tt]rường|nhà trường))?(?=[ \t]*(?:cho|tặng|trao|,|;|\.|\)|\||\t|\n|$))")
_RULES_ABOUT = regex.compile(
    r"(?<!\w)(?:[Qq]uy chế|[Qq]uy định|[Tt]iêu chuẩn|[Tt]iêu chí|[Tt]hủ tục|[Hh]ồ sơ|[Mm]ức thưởng|[Mm]ức tiền thưởng)"
    r"(?:[ \t]+(?:mới|về|việc|xét|tặng|thưởng|công nhận|danh hiệu|khen thưởng)){0,5}[ \t]*[\"“]?[ \t]*$"
    # "không quá 15% tổng số cá nhân đạt danh hiệu ...": a quota counted against a form.
    r"|(?<!\w)(?:tổng số|số lượng|số|tỷ lệ|tỉ lệ)[ \t]+(?:cá nhân|tập thể|đơn vị)[ \t]+(?:đạt|được)"
    r"(?:[ \t]+(?:tặng|công nhận))?[ \t]+" + _TITLE_WORDS + r"[\"“]?[ \t]*$")
# A criterion, not an award: "cá nhân phải có thời gian từ 05 năm trở lên liên tục được tặng Bằng
# khen ... hoặc danh hiệu ...", "đã được tặng ... trở lên".
_REQUIREMENT = regex.compile(
    r"(?<!\w)(?:phải|cần)[ \t]+(?:có|được|đạt)(?!\w)[^.;:\n]{0,100}?(?:trở lên|liên tục|ít nhất|tối thiểu)"
    r"[^.;:\n]{0,40}?(?:được|đạt)(?:[ \t]+(?:tặng|công nhận|tặng thưởng))?"
    r"[ \t]*" + _TITLE_WORDS + r"[\"“]?[ \t]*$")
# "lựa chọn ... trong số các đơn vị được tặng Cờ thi đua": a class to choose from, nobody given it here.
# "(đạt tỷ lệ 13,5% số cá nhân đạt danh hiệu Lao động tiên tiến)": the base of a ratio, too.
_AMONG_THOSE = regex.compile(
    r"(?<!\w)(?:trong số|(?:tỷ lệ|tỉ lệ|trên|so với)[^.;:\n]{0,30}?[ \t]số)[ \t]+(?:các[ \t]+|những[ \t]+)?(?:tập thể|cá nhân|đơn vị)[ \t]+(?:đã[ \t]+)?"
    r"(?:được[ \t]+(?:tặng|công nhận|tặng thưởng)|đạt)[ \t]*" + _TITLE_WORDS + r"[\"“]?[ \t]*$")
_COUNTED_FOR = regex.compile(r"(?:(?<!\w)cho|^[ \t\"”]*(?:,|và))[ \t]+(?P<run>\d{1,5}[ \t]+[^\n]{0,60}$)")
_TITLE_TAIL = regex.compile(r"[ \t]*" + _TITLE_WORDS + r"[\"“]?[ \t]*")
# A department ("Phòng", "Đội" ...) and the kinds of body it belongs to ("Công an tỉnh", "Sở Y tế").
_SUBORDINATE_HEADS = ("Phòng ", "Đội ", "Khoa ", "Ban ", "Trạm ", "Đồn ", "Chi cục ", "Văn phòng ", "Tổ ", "Trung tâm ")
_PARENT_HEADS = ("Công an ", "Sở ", "Bộ ", "Ủy ban nhân dân ", "Cục ", "Tổng cục ", "Bệnh viện ", "Trường ",
                 "Viện ", "Bộ Chỉ huy ", "Bộ đội Biên phòng ", "Tổng công ty ", "Tập đoàn ", "Công ty ")
# A department whose name already holds the body it belongs to.
_OWN_PARENT = regex.compile(r"(?:" + "|".join(p.strip() for p in _PARENT_HEADS) + r"|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)[ ]ủy)(?![\w])")
# A title that names its level: "Chiến sĩ thi đua cấp tỉnh", "Cờ thi đua cấp thành phố".
_TITLE_LEVEL = regex.compile(r"cấp (?P<level>tỉnh|thành phố)$")
# An issuing People's Committee and its level; the level the law names for it.
_ISSUER_LEVEL = regex.compile(r"Ủy ban nhân dân (?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\w])")
_LEVEL_OF = {"tỉnh": "tỉnh", "thành phố": "tỉnh", "huyện": "huyện", "quận": "huyện", "thị xã": "huyện",
             "xã": "xã", "phường": "xã", "thị trấn": "xã"}
_THIS_TITLE = regex.compile(
    r"(?<!\w)được[ \t]+(?:[\wÀ-ỹ]+[ \t]+){0,2}?(?:tặng|phong tặng|truy tặng|trao|trao tặng|tặng thưởng|công nhận)[ \t]+"
    r"(?P<this>(?:danh hiệu|huân chương|phần thưởng)(?:[ \t]+cao quý)?[ \t]+(?:này|đó))(?!\w)", regex.IGNORECASE)
_DECISION_AFTER = regex.compile(
    r"[ \t]*(?:(?i:năm)[ \t]+\d{4}[ \t]*)?\((?:(?i:theo)[ \t]+)?(?i:quyết định)[^()\n]{0,80}?[ \t]của[ \t]+")
# "Ông Hậu": a person called by the given name alone.
_GIVEN_NAME_ONLY = regex.compile(r"(?:(?:Ông|Bà|Anh|Chị|Thầy|Cô|ông|bà|anh|chị|thầy|cô)[ ]+)?(?P<given>\p{Lu}[\wÀ-ỹ]*)")
# After a form written as an item's heading: a clause that gives it ("...: đề nghị Chủ tịch nước tặng
# thưởng cho ..."), a list of recipients (": Thanh tra Sở; Trung tâm ..."), and what may follow that list.
_COLON_GIVEN = regex.compile(
    r"[\"”]?[ \t]*:[ \t]+[^.;:\n]{0,80}?(?:tặng thưởng|truy tặng|trao tặng|tặng|trao|công nhận)[ \t]+(?=cho[ \t])")
_LIST_REST = regex.compile(r"(?:,[^,;.\n]{0,80})?[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*[.;]?[ \t]*")
_COLON_AFTER = regex.compile(r"[\"”]?[ \t]*:[ \t]+")
# A criterion written as a definition: 'Danh hiệu "Chiến sĩ thi đua cơ sở" (được) xét tặng cho cá
# nhân đạt ...' (Luật Thi đua, khen thưởng, Điều 23 ff.): the form is the subject, nobody is given it.
_DEFINED_FOR = regex.compile(
    r"[\"”]?[ \t]*(?:được[ \t]+)?(?:xét[ \t]+(?:tặng|công nhận|tặng thưởng)|được[ \t]+(?:tặng|công nhận))[ \t]+"
    r"(?:cho[ \t]+)?(?:các[ \t]+|những[ \t]+)?(?:cá nhân|tập thể|đơn vị|hộ gia đình)(?![\w])"
    # ... but not before the one it is given to ("được tặng cho tập thể Trường THPT Lê Lợi") or a list.
    r"(?![ \t]*(?:\p{Lu}|sau(?!\w)|dưới đây|có tên))")
# A quota under a heading form: 'Danh hiệu "Chiến sĩ thi đua cấp tỉnh": toàn tỉnh xét chọn không quá 40
# cá nhân' plans the award for as many as will be chosen.
_QUOTA_AFTER = regex.compile(
    r"[\"”]?[ \t]*:[ \t]+[^.;:\n]{0,60}?(?:không quá|không vượt quá|tối đa)[ \t]+\d{1,5}[ \t]*%?[ \t]*"
    r"(?:tổng số[ \t]+)?(?P<noun>tập thể|cá nhân|đơn vị)(?![\w])")
# "tập thể Trường ...", "đơn vị ...": a word that announces a collective recipient.
_COLLECTIVE_LEAD = regex.compile(r"(?:tập thể|đơn vị)[ \t]+")
_OR_JOINED = regex.compile(r"[ \t\"”]*(?:,|hoặc|và)[ \t]*" + _TITLE_WORDS + r"[\"“]?[ \t]*")
_AMONG = regex.compile(r"[^,;.\n]{0,80}?,[ \t]*(?:trong đó có|trong số đó có|trong đó|gồm có|gồm)[ \t]*:?[ \t]+")
_AMONG_WORDS = regex.compile(r"(?<!\w)(?:trong đó có|trong số đó có|trong đó)(?!\w)")
_AMONG_AFTER = regex.compile(r"[\"”]?[ \t]*,[ \t]*(?:trong đó có|trong số đó có|trong đó)[ \t]+")
# A list item that names who it is for: "- Đối với tập thể: danh hiệu ...".
_KIND_ITEM = regex.compile(r"^[ \t]*(?:[-+•][ \t]*)?(?:[Đđ]ối với|[Vv]ới)[ \t]+(?P<noun>cá nhân|tập thể|hộ gia đình|gia đình|"
                           r"thôn, buôn|thôn|tổ dân phố|khu dân cư|cơ quan|đơn vị|doanh nghiệp)[ \t]*:")
_JOINED = regex.compile(r"[ \t\"“”]*(?:,|và|,[ \t]*và)[ \t\"“”]*")
# A council's vote on a recipient ("...: 11/11 phiếu (100%)"): no part of the recipient phrase.
_VOTE = regex.compile(r"[ \t]*:?[ \t]*\d{1,3}/\d{1,3}[ \t]+(?:phiếu|thành viên)(?!\w)")
_ASKED = regex.compile(r"(?<!\w)(?:[Đđ]ề nghị|[Tt]rình)[ \t]+(?=\p{Lu})")
_PLACE_AFTER_LEVEL = regex.compile(
    rf"(?<=(?<!\w)(?:{LEVEL_ALTERNATION}))[ ]+\p{{Lu}}[\wÀ-ỹ]*(?:[ ]+\p{{Lu}}[\wÀ-ỹ]*){{0,3}}$")
_CHOSEN = regex.compile(r"(?<!\w)(?:suy tôn|giới thiệu|bình chọn|lựa chọn|chọn)[ \t]+(?=\p{Lu})")
_NAMED_AFTER = regex.compile(r"[\"”]?[ \t]*,?[ \t]*(?:là|gồm|gồm có|bao gồm)[ \t]*:?[ \t]+")
# "- Sở GTVT tỉnh Hưng Yên: năm 2006 hoàn thành ...": what an item says of its recipient. Not a
# recipient after its proposing unit ("- UBND xã Đồng Văn: ông Vàng Mí Dính").
_DESCRIBED = regex.compile(r":[ \t]+(?=\p{Ll}|\d|[Nn]ăm[ ])(?!(?:ông|bà|anh|chị|đồng chí|đ/c)[ ])")
_PROPOSER = regex.compile(r"[^:;\n]{2,80}?:[ \t]+")
_REASON = regex.compile(r"[ \t]*,?[ \t]+(?:đã có|đã|vì|do có|do|có thành tích|đạt thành tích)[ \t]+(?=thành tích|có|hoàn thành|\p{Ll})")
_TALLY = regex.compile(r"[\"”]?[ \t]*(?:(?:năm|Năm)[ \t]+(?:19|20)\d\d[ \t]*)?:[ \t]*(?=\d{1,5}[ \t]+\p{Ll})")
_PARTY_AND_STATE = regex.compile(
    r"(?<!\w)(?:Đảng|Nhà nước)(?:[ \t]*(?:,|và)[ \t]*(?:Đảng|Nhà nước|Chính phủ|nhân dân))+[ \t]+(?:\S+[ \t]+){0,2}?"
    r"(?:trao tặng|tặng thưởng|phong tặng|tặng|trao)[ \t]*" + _TITLE_WORDS + r"[\"“]?[ \t]*$")
# What parts two forms given in one breath: "danh hiệu A (năm 2009), Huân chương B".
_JOINED_FORMS = regex.compile(r"[^.;:\n]{0,60}?(?:,|và)[ \t]*" + _TITLE_WORDS + r"[\"“]?[ \t]*")
_MARK_ONLY = regex.compile(r"[ \t]*(?:[-–+•*]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)])?[ \t]*")
_THE_SCHOOL = regex.compile(r"(?:^|[,:])[ \t]*[Nn]hà trường(?:[ ]+(?:này|đó))?[ ]+(?:(?:đã|từng|cũng|vinh dự)[ ]+)*$")
_THE_UNIT = regex.compile(r"(?:^|[,:])[ \t]*[Đđ]ơn vị(?:[ ]+(?:này|đó))?[ ]+(?:(?:đã|từng|cũng|vinh dự)[ ]+)*$")
_LIST_SPLIT = regex.compile(r"[ \t]*(?:;|,(?![^()]*\))|(?<=\S)[ \t]+và[ \t]+(?=\p{Lu}))[ \t]*")
# A full stop ends a clause, but not the one of a degree or title before a name ("GS.TS. Yamada").
_ABBREVIATION_DOT = r"(?<!(?:\b(?:GS|PGS|TS|ThS|BS|KS|CN|DS|TP|Tp|NSND|NSƯT|NGND|NGƯT|TTND|TTƯT|Th|St)))"
_CLAUSE_END = regex.compile(rf"[;\n]|{_ABBREVIATION_DOT}\.(?=\s|$)")
_SENTENCE_END = regex.compile(rf"{_ABBREVIATION_DOT}\.(?=\s|$)|\n")
# "... tặng Giấy khen cho 126 tập thể; công nhận danh hiệu ...": a verb with no subject of its own, after
# a comma or a semicolon, is the same giver's.
_JOINED_VERB = regex.compile(r"(?:[ \t]*,?[ \t]*(?:cho|tặng cho)[ \t]+[^:\n]*?)?[ \t]*(?:[,;][ \t]*)?(?:và|đồng thời)?[ \t]*"
                             r"(?:tặng|tặng thưởng|trao|trao tặng|công nhận(?:[ \t]+danh hiệu)?)[ \t]+")
# A single year named as the subject: "năm 2024", not a range ("năm 2020-2024") nor a school year.
_TITLE_YEAR = regex.compile(r"(?<![\w-])(?<!học[ \t]+)(?i:năm)[ \t]+((?:19|20)\d{2})(?![\d]|[ \t]*[-–][ \t]*\d)")
_YEAR_OPENER = regex.compile(r"(?:^|[.!?][ \t]+)(?:(?i:trong)[ \t]+)?(?i:năm)[ \t]+(?P<y>(?:19|20)\d{2})[ \t]*,")
# A heading that is a year and little else: "1. Năm 2021", "4. Chín tháng đầu năm 2024:".
_YEAR_HEADING = regex.compile(
    r"(?:(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)][ \t]+)?(?:\p{L}+[ \t]+){0,3}(?i:năm)[ \t]+(?P<y>(?:19|20)\d{2})[ \t]*:?")
# The year of a law's name ("Luật Thi đua, khen thưởng năm 2022") is no year of what a title reports on.
_LAW_BEFORE = regex.compile(r"(?<!\w)Luật(?:(?![ \t]và[ \t])[^;\n]){0,60}$")
_SECTION_HEADING = regex.compile(r"(?:[IVXLC]+|[A-ZĐ])[.)][ \t]+\S")
# "I. ĐỀ NGHỊ CHỦ TỊCH NƯỚC", "II. Đề nghị khen thưởng": a section that asks someone to give awards
# (not "ĐỀ XUẤT, KIẾN NGHỊ", a report's closing section).
_PROPOSAL_HEADING = regex.compile(
    r"(?:(?:[IVXLC]+|[A-ZĐ])[.)][ \t]+)?(?:ĐỀ NGHỊ|Đề nghị)[ \t]+(?:KHEN THƯỞNG|[Kk]hen thưởng|TẶNG|[Tt]ặng|CHỦ TỊCH|Chủ tịch|"
    r"THỦ TƯỚNG|Thủ tướng|BỘ|Bộ|ỦY BAN|Ủy ban|UBND|BAN|Ban|HỘI ĐỒNG|Hội đồng|CẤP|[Cc]ấp)(?!\w)")
_PLACE_SUBJECT = regex.compile(rf"\s*(?:[Cc]ó\s+)?(?P<place>(?:{_LEVEL}|{'|'.join(w.capitalize() for w in LEVEL_WORDS)})"
                               r"(?:\s+\p{Lu}[\wÀ-ỹ]*){1,4})\s*(?:đã\s+)?(?:vinh dự\s+)?")
_GIVING = regex.compile(r"(?<!\w)(?:tặng|trao|truy tặng|đề nghị|đề xuất|công nhận)(?!\w)")
# "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:", "yêu cầu các đơn vị:": a list of instructions, whose
# "tặng Giấy khen" is to come.
_DIRECTS = regex.compile(r"(?<!\w)(?:chỉ đạo|yêu cầu|(?-i:Giao))(?!\w)", regex.IGNORECASE)
# Documents about a past year (a report, a council's minutes): the year their title names is the year
# of the awards they speak of ("... tổng kết công tác năm 2020", issued in 2021). A decision's, a
# notice's or a proposal's title year is not: it may name a campaign, a school year, or one of the
# years of achievements a proposal puts forward in the year it is written.
_LOOKS_BACK = {"BC", "BB"}
_PLAN_KINDS = {"KH", "HD", "CT", "CTr", "TB"}
_LIST_ITEM = regex.compile(
    r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[-+•]|\d{1,3}(?=\t|[ ]{2}))[ \t]+(?P<item>\S[^\n\t]*?)(?=\t|[ ]{3}|$)", regex.M)
# The header row of a table of recipients: "STT  Tên tập thể  Ghi chú".
_TABLE_HEADER = regex.compile(r"[ \t]*(?:STT|TT|Số TT)(?:\t|[ ]{2,})", regex.IGNORECASE)
_PIPE_ROW = regex.compile(r"[ \t]*\|.*\|[ \t]*$")
# "I. TẬP THỂ", and in a table the numeral in a cell of its own ("I<TAB>TẬP THỂ (05)").
_LIST_SECTION = regex.compile(r"[ \t]*(?:[IVX]{1,4}|[A-Z])(?:[.)][ \t]+|\t[ \t]*)(?P<title>[^\n]+)")
# "(có danh sách kèm theo)", "(có danh sách tại Phụ lục I kèm theo)", "(Phụ lục đính kèm)"; a line may
# wrap between the words.
_ANNEXED = regex.compile(r"(?:danh sách|phụ lục)(?:\s+[^()\n;]{1,30}?)?\s+(?:kèm theo|đính kèm)", regex.IGNORECASE)
_RECIPIENT_PHRASE = regex.compile(
    r"(?P<r>(?:\p{Lu}|(?:tỉnh|thành phố|huyện|xã|phường)[ ]\p{Lu})[^;.()\n:]{2,100}?)"
    r"(?=[ ,]+(?:vì|do|đã|có|nhân dịp|về|trong|với|đạt)(?!\w)|[;.\n(]|$)")
_LISTED = object()  # recipients are in an annexed list
# A row of a record of past awards: the "Năm | Danh hiệu thi đua | Số, ngày, tháng, năm của quyết
# định; cơ quan ban hành" tables of an achievement report (Nghị định 98/2023/NĐ-CP, Phụ lục, mẫu
# báo cáo thành tích). The year, or school year, has a cell of its own before the form's cell.
_ROW_YEAR = r"(?:(?i:năm)[ \t]+(?:học[ \t]+)?)?(?:19|20)\d{2}(?:[ \t]*[-/][ \t]*(?:19|20)\d{2})?"
_RECORD_ROW = regex.compile(
    r"[ \t]*\|?[ \t]*(?:\d{1,3}[ \t]*(?:\||\t)[ \t]*)?"
    rf"(?P<years>{_ROW_YEAR}(?:[ \t]*[;,][ \t]*{_ROW_YEAR})*)[ \t]*(?:\||\t)[ \t]*")
_LAST_YEAR = regex.compile(r"(?:19|20)\d{2}(?!.*(?:19|20)\d{2})")
# "Khen thưởng đã đạt:", "Hình thức khen thưởng đã được tặng:": a proposal's record of past awards.
_ACHIEVED_LABEL = regex.compile(
    r"[ \t]*[-+•]?[ \t]*(?:(?:Các |Những )?(?:[Hh]ình thức |[Dd]anh hiệu thi đua(?:,| và)? (?:hình thức )?)?[Kk]hen thưởng đã "
    r"(?:đạt|được tặng|nhận|được nhận)|Thành tích khen thưởng|Danh hiệu thi đua(?:,| và) hình thức khen thưởng đã "
    r"(?:đạt|được tặng|nhận))[^:\n]{0,30}:")
_ACHIEVED_INLINE = regex.compile(r"(?<=[.;][ \t]+)(?:Thành tích khen thưởng|Khen thưởng đã (?:đạt|được tặng|nhận))[^:\n]{0,30}:")
_BULLET = regex.compile(r"[ \t]*[-+•*][ \t]+(?=\S)")
_KIND_LABEL_ITEM = regex.compile(r"[ \t]*\d{1,2}[.)][ \t]*(?:Tập thể|Cá nhân|Đơn vị)[ \t]*:[ \t]*\S")
# The first line of a list item that names its subject: "1. Tập thể: ...", "2. Cá nhân: ...", "a) ...".
_ITEM_SUBJECT = regex.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}[.)])[ \t]*(?:(?:Tập thể|Cá nhân|Đơn vị)[ \t]*:[ \t]*)?")
# The columns of a table that counts awards: by kind ("Tập thể", "Cá nhân"), and who gives them.
_HEADER_KIND = regex.compile(r"(?i)(?:số[ ]+)?(tập thể|cá nhân|đơn vị)")
_GIVER_COLUMN = regex.compile(r"(?i)cấp (?:công nhận|khen|tặng|quyết định)|thẩm quyền|cơ quan (?:khen|tặng|quyết định)|người (?:ký|tặng)")
_CELL_END = regex.compile(r"[ \t]*(?:\||\t|$)", regex.M)
_CITES_DECISION = regex.compile(r"(?<!\w)(?:[Qq]uyết định|QĐ)(?!\w)")
_ISSUED_BY = regex.compile(r"(?<!\w)(?:của|do)[ \t]+")
# The one an achievement report is about: "BÁO CÁO THÀNH TÍCH / Đề nghị tặng ... cho Bệnh viện X".
_SUBJECT_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[-+•]|\d{1,2}[.)])?[ \t]*(?:Tên (?:đơn vị|tập thể|cơ quan)|Họ và tên|Họ tên)(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:[ \t]*")
_REPORT_FOR = regex.compile(r"(?<!\w)cho[ \t\n]+(?:(?:tập thể|cá nhân|ông|bà|đồng chí)[ \t\n]+)?")
# Multiline: ``match(text, line_start)`` reads the mark of any line, not only the first.
_LIST_MARK = regex.compile(r"^[ \t]*(?:(?:[IVX]{1,4}|[A-Za-zđ]|\d{1,3}(?:\.\d{1,3})*)[.)][ \t]*|(?:[IVX]{1,4}|[a-zđ])\t[ \t]*)",
                           regex.M)
# What a heading says in brackets ("(04 cá nhân)"), left out when telling whether it is in capitals.
_BRACKETED = regex.compile(r"\([^()\n]*\)")
# "I. TẬP THỂ", "II. Cá nhân (06)", "II. CÁ NHÂN: 06 cá nhân": the kind of the items below.
_KIND_HEADING = regex.compile(
    r"(?i)(?:tập thể|cá nhân|đơn vị)(?:[ ]*\(\d+[^)]*\)|[ ]*:[ ]*\d+[ ]+(?:tập thể|cá nhân|đơn vị))?[ ]*[:.]?$")


@dataclass(frozen=True)
class AwardMatch:
    start: int
    end: int
    award: str
    form: str
    category: str | None
    award_class: str | None
    conferred_by: str | None
    conferred_source: str | None  # text | giver | list | law
    recipient: str | None
    recipient_kind: str | None
    year: int | None
    status: str
    count: int | None


@dataclass
class _Form:
    start: int
    end: int  # end of form, class, "xuất sắc", authority and year
    base: AwardForm
    written: str
    award_class: str | None
    excellent: bool
    conferred_by: str | None
    conferred_source: str | None
    year: int | None
    status: str | None = None
    cued: bool = False  # a verb of giving, proposing or planning stands before it
    subject: list | None = None
    pending: list | None = None
    item_kind: str | None = None  # "- Đối với tập thể: ...": who the list item is for
    requirement: bool = False  # named in a criterion ("phải có ... được tặng ...")
    defined: bool = False  # the subject of a definition ('Danh hiệu "A" xét tặng cho cá nhân đạt ...')
    anaphoric: bool = False  # "danh hiệu này": the title named last
    party_and_state: bool = False  # "được Đảng và Nhà nước trao tặng": a giver that is no office


def _typo_tolerant(phrase: str) -> str:
    """A regex for a form name that forgives what real texts do to it: a dropped letter in
    "thi đua" ("Cờ hi đua"), sĩ/sỹ, any spacing."""
    words = []
    for w in phrase.split():
        if match_key(w) == "thi":
            words.append(r"(?:thi|hi|ti|th)")
        elif match_key(w) in ("sĩ", "sỹ"):
            words.append(r"(?:sĩ|sỹ)")
        else:
            words.append(regex.escape(w))
    return r"[ \t]+".join(words)


class AwardFinder:
    def __init__(self, lex: Lexicon, units: UnitFinder, proper_case: Callable[[str], str]) -> None:
        """``proper_case``: a name written in capitals as the lexicon spells it ("THỦ TƯỚNG CHÍNH PHỦ"
        -> "Thủ tướng Chính phủ"), the header reader's."""
        self.lex = lex
        self.units = units
        self._proper_case = proper_case
        forms = sorted({a.written for a in lex.award_forms}, key=len, reverse=True)
        self._forms = regex.compile(
            r"(?<!\w)(?P<form>" + "|".join(_typo_tolerant(f) for f in forms) + r")(?!\w)", regex.IGNORECASE
        )
        # Where a form may start: its first word, written with a capital, or in lowercase right
        # after "danh hiệu" (both checked again in _find_forms). Scanning for these few words and
        # trying the full pattern only there is much cheaper than scanning with every form; the
        # standard ``re`` engine skips to the capitals, so the lowercase "nhà", "tập", "gia" that
        # begin most words are never tried.
        first = sorted({f.split()[0] for f in forms}, key=len, reverse=True)
        any_case = "|".join(re.escape(w) for w in first)
        capitalised = "|".join(re.escape(w[0].upper()) + f"(?i:{re.escape(w[1:])})" for w in first)
        capitals = "".join(sorted({re.escape(w[0].upper()) for w in first}))
        self._form_starts = re.compile(
            rf"(?=[{capitals}])(?<!\w)(?:{capitalised})(?!\w)|(?<=danh hiệu)[ \t]*[\"“]?[ \t]*(?P<lower>(?i:{any_case}))(?!\w)")
        surnames = "|".join(sorted(lex.surnames, key=len, reverse=True))
        titles = "(?:" + "|".join(_typo_tolerant(f) for f in forms) + ")"
        # A person: honorifics, degrees or titles, then a name that starts with a family name.
        self._person = regex.compile(
            rf"(?:(?:ông|bà|đồng chí|anh|chị|Ông|Bà|Đồng chí|{_DEGREE}|{titles})[ ]+)*"
            rf"(?P<name>(?:{surnames})(?:[ ]+\p{{Lu}}[\wÀ-ỹ]*){{1,4}})(?![\wÀ-ỹ])"
        )
        positions = lex.patterns["position"].pattern
        # "Bộ trưởng Bộ Y tế", "Thủ tướng Chính phủ", "Chủ tịch Ủy ban nhân dân tỉnh": a position and its body.
        self._held_by = regex.compile(rf"(?:{positions})[ ]+(?P<body>\p{{Lu}}.*)$")
        # A position written right before a unit: "Bộ trưởng Bộ Y tế", "Chủ tịch UBND tỉnh".
        self._position_before = regex.compile(rf"(?<![\wÀ-ỹ])({positions})[ ]+$", regex.IGNORECASE)
        self._name_after = regex.compile(rf"[ ]+(?:{_DEGREE}[ ]+)?(?:{surnames})[ ]+\p{{Lu}}")

    def find(self, text: str, doc_year: int | None, doc_kind: str | None,
             skip: tuple[int, int] | None = None, units: list | None = None,
             authority: str | None = None, issuer: str | None = None) -> list[AwardMatch]:
        """``skip``: the document's title, which announces what the body then says in full;
        ``units``: the units found in the text, to resolve "Công ty" to the company named before;
        ``authority``: who issues the document; a decision's awards are conferred by it."""
        # The finder is shared (built once per process, maybe used by several threads): a document's
        # state lives on a shallow copy that shares the compiled patterns.
        return copy.copy(self)._find(text, doc_year, doc_kind, skip, units, authority, issuer)

    def _find(self, text, doc_year, doc_kind, skip, units, authority, issuer=None) -> list[AwardMatch]:
        self._decider = _decider(authority) if doc_kind == "QĐ" else None
        self._issuer = issuer
        self._doc_units = units or []
        self._doc_unit_starts = {u.start: u for u in self._doc_units}
        self._doc_kind = doc_kind
        self._consumed: list[tuple[int, int]] = []  # recipient lines already read
        self._report_subject = self._subject_of(text, skip) if doc_kind in ("BC", "TTr") else None
        # "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024", issued in January 2025: the
        # awards it speaks of are the year's, not the date's.
        title_years = {int(m[1]) for m in _TITLE_YEAR.finditer(text, skip[0], skip[1])
                       if not _LAW_BEFORE.search(text, max(skip[0], m.start() - 70), m.start())} \
            if skip and doc_kind in _LOOKS_BACK else set()
        title_year = title_years.pop() if len(title_years) == 1 else None
        forms = [f for f in self._find_forms(text) if skip is None or not (skip[0] <= f.start < skip[1])]
        self._authority_closes_list(text, forms)
        out: list[AwardMatch] = []
        self._out = out  # what is found so far: "đơn vị" later stands for its last recipient
        previous: _Form | None = None
        annexed: dict[str, _Form] = {}  # "có danh sách kèm theo": waiting for the list
        for i, f in enumerate(forms):
            nxt = forms[i + 1].start if i + 1 < len(forms) else len(text)
            heading = _is_heading(text, f.start)
            announced = _announced(annexed, f.base.form) if heading else None
            if announced is not None:
                # The annexed list's title ("DANH SÁCH ... ĐƯỢC TẶNG BẰNG KHEN ..."): what the article
                # said. The title may break the form's name over lines ("KỶ NIỆM CHƯƠNG" / "VÌ SỰ ...").
                body = annexed.pop(announced)
                items = self._list_after(text, _line_end(text, f.start), annexed_title=True)
                for recipient, kind, count, cls in items:
                    out.append(self._record(body, recipient, kind, count, start=f.start, end=f.end, cls=cls))
                continue
            if any(a <= f.start < b for a, b in self._consumed):
                continue  # a form inside a recipient line of an award already read
            if heading and (section := self._section_of(text, f, doc_kind, title_year or doc_year)):
                # "I. CỜ THI ĐUA CỦA CHÍNH PHỦ NĂM 2015 (02 tập thể)" over "1. Sở Giao thông vận tải: ...":
                # a section of a proposal or a decision, one recipient an item.
                out.extend(section)
                previous = f
                continue
            listed = _announced(annexed, f.base.form)
            body = annexed[listed] if listed is not None else self._decided_here(f, title_year or doc_year)
            row = self._form_column_row(text, f, body) if body is not None else None
            if row is not None:
                out.append(row)
                continue
            row = self._record_row(text, f)
            if row is not None:
                out.append(row)
                continue
            tallied = self._tally_row(text, f, title_year or doc_year)
            if tallied:
                out.extend(tallied)
                continue
            sentence_start = _sentence_start(text, f.start)
            same_sentence = previous is not None and previous.end >= sentence_start
            clause_start = max(sentence_start, previous.end if same_sentence else 0)
            before = text[clause_start : f.start]
            lead_in = _lead_in(text, f.start)
            self._status(f, before, previous if same_sentence else None, doc_kind, lead_in)
            given = _COLON_GIVEN.match(text, f.end)
            if given is not None and _PROPOSED.search(given.group()):
                f.status, f.cued = "proposed", True  # "Huân chương ...: đề nghị Chủ tịch nước tặng thưởng cho ..."
            if not f.cued and lead_in and (_PROPOSED.search(lead_in) or _CONFERRED.search(lead_in)) \
                    and _KIND_ITEM.search(before):
                # "đề nghị Chủ tịch UBND xã công nhận:" / "- Đối với tập thể: danh hiệu "...": the
                # list's lead-in gives every item its verb.
                f.cued, f.item_kind = True, _kind_of(_KIND_ITEM.search(before)["noun"])
            elif same_sentence and previous.item_kind and _JOINED.fullmatch(before):
                f.cued, f.item_kind = True, previous.item_kind  # "danh hiệu "A" và "B""
            quota = _QUOTA_AFTER.match(text, f.end)
            if quota is not None and not f.cued:
                f.status, f.cued, f.item_kind = "planned", True, _kind_of(quota["noun"])
            f.defined = bool(_DEFINED_FOR.match(text, f.end))
            if _REQUIREMENT.search(before) or (same_sentence and previous.requirement and _OR_JOINED.fullmatch(before)) \
                    or f.defined or (same_sentence and previous.defined) or _AMONG_THOSE.search(before):
                # A definition's sentence is criteria throughout: '"A" xét tặng cho cá nhân đạt danh hiệu "B"'.
                f.defined = f.defined or (same_sentence and previous.defined)
                f.requirement = True  # what a rule asks of candidates: nobody is given it here
                previous = f
                continue
            if _RULES_ABOUT.search(before):
                f.cued = False  # "Quy chế xét tặng Kỷ niệm chương ...": rules about the form, nobody given it
            if not f.cued and _PASSIVE_AFTER.match(text, f.end):
                f.status, f.cued = "conferred", True
            if f.conferred_by is None:
                self._giver(text, clause_start, f, previous if same_sentence else None)
            if f.conferred_by is None and (f.item_kind or (f.status == "proposed" and lead_in.endswith(":"))):
                # "đề nghị Chủ tịch UBND xã công nhận:": the lead-in names who gives the items.
                asked = list(_ASKED.finditer(lead_in))
                name = self.units.authority_at(lead_in, asked[-1].end())[0] if asked else None
                if name:
                    f.conferred_by, f.conferred_source = name, "giver"
            if f.conferred_by is None and lead_in and f.status == "conferred" and not _PROPOSED.search(lead_in) \
                    and _MARK_ONLY.fullmatch(before) is not None:
                # "- Huy hiệu 70 năm tuổi Đảng: 14 đồng chí" under "Ban Thường vụ Tỉnh ủy đã ... tặng ...":
                # an item that is a form takes the giver of the lead-in.
                name = self._lead_in_giver(lead_in)
                if name:
                    f.conferred_by, f.conferred_source = name, "giver"
            if f.conferred_by is None and (cited := _DECISION_AFTER.match(text, f.end)) is not None:
                # "... Chiến sĩ thi đua cấp tỉnh năm 2014 (Quyết định số ... của Chủ tịch UBND tỉnh)".
                name = self.units.authority_at(text, cited.end())[0] or self._bare_position(text, cited.end())[0]
                if name:
                    f.conferred_by, f.conferred_source = name, "text"
            if f.conferred_by is None and self._decider and f.status == "conferred":
                f.conferred_by, f.conferred_source = self._decider, "document"
            f.party_and_state = bool(_PARTY_AND_STATE.search(before)) or (
                same_sentence and previous.party_and_state and _JOINED_FORMS.fullmatch(before) is not None)
            if f.conferred_by is None and f.base.conferred_by and not f.party_and_state:
                # "được Đảng và Nhà nước trao tặng": the text names the giver as no office; it is not
                # filled in from the law.
                f.conferred_by, f.conferred_source = f.base.conferred_by, "law"
            self._by_issuers_level(f)
            clause_end = _clause_end(text, f.end, nxt)
            if f.year is None:
                y = next((y for y in _YEAR.finditer(text, f.end, clause_end) if not _IN_RANGE.search(
                    text, max(0, y.start() - 12), y.end() + 14)), None)
                if y is None:
                    # "...; năm 2005 được tặng Cờ thi đua": the year that opens the form's own clause.
                    own_clause = text[clause_start : f.start]
                    own_clause_start = clause_start + own_clause.rfind(";") + 1
                    y = next((y for y in reversed(list(_YEAR.finditer(text, own_clause_start, f.start)))
                              if not _IN_RANGE.search(text, max(0, y.start() - 12), y.end() + 14)), None)
                # "Điều 1. Tặng danh hiệu thi đua năm 2012 cho ..., cụ thể như sau:": a list's lead-in dates its items.
                f.year = int(y["y"]) if y else _single_year(lead_in) or _context_year(text, f.start) \
                    or title_year or doc_year
            recipients = self._listed_below(text, f.end, nxt) or self._recipients_after(text, f.end, clause_end)
            if recipients is _LISTED:
                annexed[f.base.form] = f
                recipients = self._recipients_after(text, f.end, clause_end, counts_only=True)
                f.pending = [self._record(f, r, k, c) for r, k, c in recipients or [(None, None, None)]]
                previous = f
                continue
            if not recipients and (achiever := self._achieved_by(text, f.start)) is not None:
                # "1. Tập thể: Phòng X / ... / Khen thưởng đã đạt: Bằng khen ... năm 2018; Cờ thi đua ...":
                # the awards a proposal lists as already won are the item's subject's.
                recipients = [(*achiever, None)]
                f.status, f.cued = "conferred", True
            if not recipients:
                # Counts before an earlier form of the sentence are that form's ("02 cá nhân được
                # tặng A, 12 cá nhân đạt B").
                # "cho 27 đồng chí, trong đó có 02 đồng chí được trao B": the subset is B's.
                subset = None
                for subset in _AMONG_WORDS.finditer(text, clause_start, f.start):
                    pass
                recipients = self._recipients_before(text, subset.end() if subset else clause_start, f.start)
                among = _AMONG_AFTER.match(text, f.end) if recipients else None
                if among is not None and all(r[0] is None for r in recipients):
                    # "12 tập thể và 9 cá nhân được phong tặng ..., trong đó có kỹ sư A và bác sĩ B".
                    # A count there is a subset, no recipient of its own ("12 tập thể đạt A, trong đó
                    # 04 tập thể đạt B").
                    named = self._sequence(text, among.end(), _sentence_end(text, among.end()))
                    recipients = recipients + [r for r in named if r[0] is not None]
                if recipients:
                    f.subject = recipients
                elif same_sentence and previous.subject and not _FOR.match(text, f.end):
                    # "..., Thủ tướng Chính phủ tặng Bằng khen (năm 2018)": the same subject, and
                    # this clause's own count ("06 lần được tặng").
                    times = _TIMES.search(text[clause_start : f.start])
                    recipients = [(r, k, int(times["n"]) if times else None) for r, k, _ in previous.subject]
                    f.subject = previous.subject
                elif (times := _TIMES.search(text[clause_start : f.start])) is not None:
                    # "Sở đã 02 lần được tặng ...": the count stands even when the subject is not resolved.
                    recipients = [(None, "collective", int(times["n"]))]
            if not recipients and not f.cued:
                previous = f
                continue  # "Tiền thưởng kèm theo Bằng khen": the form is named, nobody is given it
            if f.status == "proposed" and f.item_kind and not recipients:
                # A call to propose what units will choose ("đề nghị ... công nhận: - Đối với cá
                # nhân: danh hiệu ..."): nobody is proposed yet.
                f.status = "planned"
                recipients = [(None, f.item_kind, None)]
            if f.status == "proposed" and doc_kind in _PLAN_KINDS and all(r[0] is None for r in recipients or [(None,)]):
                # A plan that will propose awards to people not yet chosen ("lựa chọn 02 tập thể ...
                # đề nghị ... tặng Bằng khen") plans them; nobody is proposed yet.
                f.status = "planned"
            if doc_kind == "QĐ" and f.status != "planned" and all(r[0] is None and r[2] is None for r in recipients):
                # A decision gives to someone, or to a number of them. A form it names for nobody is
                # a rule about the form: who confers it, on whom ("Giám đốc Sở quyết định công nhận
                # danh hiệu "Lao động tiên tiến" và tặng Giấy khen", a council's duty to propose it).
                previous = f
                continue
            for recipient, kind, count, *cls in recipients or [(None, _default_kind(f.base), None)]:
                out.append(self._record(f, recipient, kind, count, cls=cls[0] if cls else None))
            previous = f
        # An article that announced a list which never came: keep what it said (the counts).
        for f in annexed.values():
            out.extend(f.pending)
        out.sort(key=lambda a: a.start)
        return _without_summaries(_one_per_event([self._full_name(text, a) for a in out]))

    def _subject_of(self, text: str, title: tuple[int, int] | None) -> tuple[str, str] | None:
        """Whom an achievement report is about, with the recipient's kind: named at the end of its
        title ("Đề nghị tặng thưởng Huân chương ... cho Bệnh viện Sản Nhi tỉnh Ninh Bình"), or on
        the form's first line ("Tên đơn vị: ...", "Họ và tên: ...")."""
        found = list(_REPORT_FOR.finditer(text, title[0], title[1])) if title is not None else []
        if found:
            pos, end = found[-1].end(), title[1]
        else:
            line = _SUBJECT_LINE.search(text, 0, 6000)
            if line is None:
                return None
            pos, end = line.end(), _line_end(text, line.end())
        person = _ADDRESSED.match(text, pos, end) or self._person.match(text, pos, end)
        if person is not None:
            return person["name"], "individual"
        unit = self.units.match_at(text, pos)
        return (self._as_written(text, unit), "collective") if unit is not None else None

    def _record_row(self, text: str, f: _Form) -> AwardMatch | None:
        """A form in a row of the report's record of past awards: given to the one the report is
        about, in the row's year, by the authority of the decision the row cites."""
        line_start = text.rfind("\n", 0, f.start) + 1
        row = _RECORD_ROW.match(text, line_start, f.start + 1)
        if row is None or row.end() != f.start:
            return None  # the form is not the first thing in the cell after the year
        line_end = _line_end(text, f.start)
        if self._doc_kind != "BC" and not _CITES_DECISION.search(text, f.end, line_end):
            return None  # outside an achievement report, a row is a past award only when it cites the decision
        cell_end = _CELL_END.search(text, f.end, line_end)
        if cell_end is None or cell_end.start() != f.end and text[f.end : cell_end.start()].strip(" .,;"):
            return None
        if f.conferred_by is None:
            by = _ISSUED_BY.search(text, cell_end.end(), line_end)
            if by is not None:
                name = self.units.authority_at(text, by.end())[0] or self._bare_position(text, by.end())[0]
                if name:
                    f.conferred_by, f.conferred_source = name, "text"
        if f.conferred_by is None and f.base.conferred_by:
            f.conferred_by, f.conferred_source = f.base.conferred_by, "law"
        f.status = "conferred"
        # "2011-2012; 2013-2014": the title in two years, one record counted twice.
        years = rx(rf"{_ROW_YEAR}").findall(row["years"])
        f.year = int(_LAST_YEAR.search(row["years"]).group())
        self._consumed.append((line_start, line_end))
        recipient, kind = self._report_subject or (None, None)
        return self._record(f, recipient, kind, len(years) if len(years) > 1 else None)

    def _decided_here(self, f: _Form, year: int | None) -> _Form | None:
        """In a decision, a form its list gives with no article announcing it ("(Có danh sách kèm
        theo)" on a line of its own): conferred by the one who decides, in the document's year."""
        if self._decider is None:
            return None
        return replace(f, status="conferred", conferred_by=f.conferred_by or self._decider,
                       conferred_source=f.conferred_source or "document", year=f.year or year)

    def _form_column_row(self, text: str, f: _Form, body: _Form) -> AwardMatch | None:
        """A row of the annexed list whose last column gives the form ("| 2 | Bà Đỗ Thị Hà | Chuyên
        viên Sở Nội vụ | Bằng khen |"): the award the decision announced, to the one the row names
        first. The decision's sentence said who gives it and when."""
        row = _table_row(text, f.start)
        if row is None:
            return None
        line_start, line_end, separator, cells = row
        own = text[f.start:f.end].strip()
        forms = [c.strip() for c in regex.split(r"[;,]", cells[-1])]
        rest = text[f.end:line_end].strip(" \t|")
        if len(cells) < 3 or not any(c.startswith(own) for c in forms) or (rest and rest[0] not in ";,"):
            return None  # the form is not one of those the row's last cell lists ("Giấy khen; Lao động tiên tiến")
        named = next((c for c in cells[:-1] if c and not rx(r"(?:\d{1,3}|[IVX]{1,4}|[a-zđ])[.)]?").fullmatch(c)), None)
        if named is None:
            return None
        recipient, kind, _ = self._recipient(named, "collective")
        if recipient is None or (kind == "collective" and self.units.match_at(named, 0) is None):
            return None  # neither a person nor a unit: a heading or a note
        # The row's other cells are read; the forms of its last cell come here one by one.
        self._consumed.append((line_start, text.rfind(separator, line_start, f.start)))
        cls = _CLASS.search(text, f.start, line_end)
        return self._record(body, recipient, kind, None, start=f.start, end=f.end,
                            cls=_CLASS_NAMES[cls["cls"].lower()] if cls and not body.award_class else None)

    def _tally_row(self, text: str, f: _Form, year: int | None) -> list[AwardMatch]:
        """A row of a table that counts a form ("| 3 | Bằng khen của Chủ tịch UBND tỉnh | 07 | 15 |"
        under "| STT | Hình thức khen thưởng | Tập thể | Cá nhân |", or "| 1 | Chiến sĩ thi đua cơ sở |
        38 cá nhân | Giám đốc Sở |" under "... | Số lượng | Cấp công nhận |"): one count per kind, and
        the giver a column names."""
        row = _table_row(text, f.start)
        if row is None:
            return []
        line_start, line_end, separator, cells = row
        own = next((i for i, c in enumerate(cells) if c.startswith(text[f.start:f.end].strip())), None)
        if own is None or own > 1 or any(c and not rx(r"\d{1,3}[.)]?").fullmatch(c) for c in cells[:own]):
            return []  # the form must open the row, after its number
        if text[f.end:line_end].split(separator)[0].strip(" \t\"”"):
            return []  # the cell says more than the form
        header = self._header_above(text, line_start, separator)
        if header is None or len(header) != len(cells):
            return []
        counts, giver = [], None
        for title, cell in zip(header[own + 1:], cells[own + 1:]):
            noun = _COUNT_NOUN.fullmatch(cell)
            kind = _HEADER_KIND.fullmatch(title)
            if noun is not None:
                counts.append((_kind_of(noun["noun"]), _number(noun["n"])))
            elif kind is not None and rx(r"\d{1,3}(?:\.\d{3})*|\d{1,5}").fullmatch(cell):
                counts.append((_kind_of(kind.group(1).lower()), _number(cell)))
            elif _GIVER_COLUMN.search(title) and cell:
                giver = self.units.authority_at(cell, 0)[0] or self._bare_position(cell, 0)[0]
        counts = [(kind, n) for kind, n in counts if n > 0]
        if not counts:
            return []
        if f.conferred_by is None and giver:
            f.conferred_by, f.conferred_source = giver, "column"  # a title's giver, not part of its name
        if f.conferred_by is None and f.base.conferred_by:
            f.conferred_by, f.conferred_source = f.base.conferred_by, "law"
        self._by_issuers_level(f)
        f.status = "planned" if self._doc_kind in _PLAN_KINDS else "proposed" if self._doc_kind == "TTr" else "conferred"
        f.year = f.year or year
        self._consumed.append((line_start, line_end))
        return [self._record(f, None, kind, n) for kind, n in counts]

    def _by_issuers_level(self, f: _Form) -> None:
        """A form the law lets several levels confer, named with no authority, in a document of one
        of them: the authority of the issuing body's level (Luật Thi đua, khen thưởng 2022, Điều
        73-74). A Sở writes "Giấy khen" for its Giám đốc's and "Chiến sĩ thi đua cấp tỉnh" for the
        Chủ tịch UBND tỉnh's; a Bộ "Bằng khen" for its Bộ trưởng's."""
        if f.conferred_by is not None or not f.base.authorities:
            return
        written = _TITLE_LEVEL.search(f.base.written)
        if written is not None and "Chủ tịch Ủy ban nhân dân tỉnh" in f.base.authorities:
            # "Chiến sĩ thi đua cấp tỉnh", "... cấp thành phố": the title names its level.
            f.conferred_by, f.conferred_source = f"Chủ tịch Ủy ban nhân dân {written['level']}", "law"
            return
        if not self._issuer:
            return
        issuer, can = self._issuer, set(f.base.authorities)
        level = _ISSUER_LEVEL.match(issuer)
        by = None
        if issuer.startswith("Sở "):
            if "Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh" in can:
                by = f"Giám đốc {issuer}"
            elif "Chủ tịch Ủy ban nhân dân tỉnh" in can:
                by = "Chủ tịch Ủy ban nhân dân tỉnh"
        elif issuer.startswith("Bộ ") and "Bộ trưởng" in can:
            by = f"Bộ trưởng {issuer}"
        elif level is not None and f"Chủ tịch Ủy ban nhân dân {_LEVEL_OF[level['level']]}" in can:
            by = f"Chủ tịch Ủy ban nhân dân {level['level']}"
        if by is not None:
            f.conferred_by, f.conferred_source = by, "issuer"

    @staticmethod
    def _header_above(text: str, line_start: int, separator: str) -> list[str] | None:
        """The header row of the table a row belongs to: the first row of its block ("STT | ..."),
        with a second header row under it merged in ("| STT | Hình thức | Số lượng | |" over
        "| | | Tập thể | Cá nhân |"): a column is titled by its lowest header cell."""
        pos = line_start
        header = None
        below: list[str] | None = None  # a header row under the first: its first cell is empty
        for _ in range(60):
            if pos <= 0:
                break
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            prev = text[prev_start : pos - 1]
            if separator not in prev:
                break
            cells = _cells(prev, separator)
            if _TABLE_HEADER.match("\t".join(cells) + "\t"):
                header = cells
                break
            if cells and not cells[0] and any(_HEADER_KIND.fullmatch(c) for c in cells):
                below = cells
            pos = prev_start
        if header is not None and below is not None and len(below) == len(header):
            header = [low or high for high, low in zip(header, below)]
        return header

    def _listed_below(self, text: str, form_end: int, limit: int):
        """ "... cho 04 đơn vị ..., gồm:" at the end of the line, then one recipient a line."""
        line_end = _line_end(text, form_end)
        for _ in range(3):
            if text[form_end:line_end].rstrip().endswith(":") or line_end >= len(text) or not _soft_wrap(text, line_end):
                break
            line_end = _line_end(text, line_end + 1)  # "... cho 02 cá\nnhân:": a wrapped line goes on
        if not text[form_end:line_end].rstrip().endswith(":"):
            return []
        return self._list_after(text, line_end)

    def _list_after(self, text: str, pos: int, annexed_title: bool = False) -> list:
        """One recipient a line, under section headings ("I. TẬP THỂ", "II. Cá nhân (06)", "a) Tập thể:").
        A line may carry its own class ("Đại tá A, ...: Huy chương Chiến sĩ vẻ vang hạng Nhất")."""
        out = []
        kind = None
        seen_item = False
        labelled, prose_lines = False, 0  # items headed "1. Tập thể: ...", lines of description read since
        offset = pos
        for line in text[pos:].split("\n")[1:200]:
            offset += len(line) + 1
            if labelled and _LIST_ITEM.match(line) and not _KIND_LABEL_ITEM.match(line):
                break  # after described items, only another described item goes on with the list
            if _KIND_LABEL_ITEM.match(line):
                labelled, prose_lines = True, 0
            if _PIPE_ROW.match(line):
                # "| 1 | Ông Lâm Văn Sáu | Phó Chủ tịch ... |": a table kept in text (Markdown, a web
                # page) is read as the tab-separated cells a DOCX table gives.
                cells = _cells(line, "|")
                if all(not c.strip("-: ") for c in cells):
                    continue  # the rule under the header row
                line = "\t".join(cells)
            if not line.strip():
                continue
            if _TABLE_HEADER.match(line):
                continue
            bare = _LIST_MARK.sub("", line).strip()
            if _KIND_HEADING.match(bare):
                kind = "individual" if bare.lower().startswith("cá nhân") else "collective"
                continue
            item = _LIST_ITEM.match(line)
            if item is None and not seen_item and not annexed_title:
                # "... cho 01 nhà giáo:" / "PGS.TS. Huỳnh Văn Tâm, sinh năm 1958, ...": a paragraph that
                # opens with the person is the one announced.
                person = _ADDRESSED.match(line.strip())
                if person is not None:
                    out.append((person["name"], "individual", None, None))
                    seen_item = True
                    break
            section = _LIST_SECTION.match(line)
            if section is not None and seen_item and self._forms.search(section["title"]) \
                    and _BRACKETED.sub("", section["title"]).strip(" \t").isupper():
                break  # the next section gives another form ("II\tBẰNG KHEN CỦA CHỦ TỊCH ...")
            if section is not None and (_BRACKETED.sub("", section["title"]).strip(" \t").isupper() or not seen_item):
                continue  # another heading of the list ("II\tTỈNH KON TUM (03 cá nhân)")
            if item is not None and item["item"].rstrip().endswith(":") and (
                    self._forms.search(item["item"]) or rx(r"tặng|đề nghị|khen thưởng").search(item["item"])):
                break  # the next award's heading ("2. Đề nghị ... tặng Bằng khen:")
            if item is not None and (_PROPOSED.match(item["item"]) or _CONFERRED.match(item["item"])):
                break  # "3. Đề nghị Thủ tướng Chính phủ ...": the next paragraph of awards, no recipient
            if item is not None:
                described = _DESCRIBED.search(item["item"])
                achieved = _ACHIEVED_INLINE.search(item["item"])
                if achieved is not None and (described is None or achieved.start() < described.start()):
                    described = achieved  # "... Khoa Sư phạm. Thành tích khen thưởng: Bằng khen ..."
                # What the item says of its recipient, after a colon, may name other awards.
                own = self._forms.search(item["item"], 0, described.start() if described else len(item["item"]))
                person = self._person.match(item["item"])
                if own is not None and person is None and (self.units.match_at(item["item"], 0) is None
                                                           or _GIVING.search(item["item"], 0, own.start())):
                    break  # a line about another award ("3. Chủ tịch nước tặng Huân chương ...")
                seen_item = True
                body = item["item"][: own.start()] if own is not None else item["item"]
                if described is not None and not 0 < described.start() < len(body):
                    described = None  # no description of this item's own: what follows the colon is an award
                if described is not None:
                    body = body[: described.start()]  # "- Sở GTVT tỉnh Hưng Yên: năm 2006 hoàn thành ..."
                proposer = _PROPOSER.match(body)
                if proposer is not None and (self._person.match(body, proposer.end())
                                             or _ADDRESSED.match(body, proposer.end())
                                             or self.units.match_at(body, proposer.end())):
                    body = body[proposer.end():]  # "- UBND xã Đồng Văn: ông Vàng Mí Dính": who proposes, then who
                recipient = self._recipient(body.strip().rstrip(";.,:"), kind or "collective")
                cls = _CLASS.search(item["item"], own.end()) if own is not None else None
                out.append((*recipient, _CLASS_NAMES[cls["cls"].lower()] if cls else None))
                line_start = offset - len(line) - 1
                # What the item then says of its recipient is read like any sentence ("...: năm 2005
                # được tặng Cờ thi đua của Chính phủ").
                self._consumed.append((line_start, line_start + 1 + item.start("item") + described.start()
                                       if described is not None else offset))
                continue
            if annexed_title and not seen_item and (line.strip().startswith("(") or line.strip().isupper()
                                                    or line.rstrip().endswith(":")):
                continue  # "(Kèm theo Quyết định số ...)", the rest of the title, or what the items share ("Đã có thành tích ...:")
            if labelled and prose_lines < 12 and not _LIST_ITEM.match(line):
                # "1. Tập thể: Phòng X" / its achievements / "2. Cá nhân: Ông Y": items that say
                # whom they are about go on after a description.
                prose_lines += 1
                continue
            break
        return out

    # ---- forms -----------------------------------------------------------------------------
    def _find_forms(self, text: str) -> list[_Form]:
        out = []
        for start in self._form_starts.finditer(text):
            pos = start.start("lower") if start["lower"] else start.start()
            # A form written in lowercase is one only after "danh hiệu" ("đạt danh hiệu lao động tiên
            # tiến"): checked before the forms are tried, since "nhà", "tập", "gia" begin most words.
            if not text[pos].isupper() and not rx(r"danh hiệu[ \t]*[\"“]?[ \t]*$").search(text[max(0, pos - 14) : pos]):
                continue
            m = self._forms.match(text, pos)
            if m is None:
                continue
            written = m["form"]
            base = self._base(written)
            if base is None:
                continue
            if self._name_after.match(text, m.end()):
                continue  # "Nhà giáo Ưu tú Lê Thị Thu Thủy": a title the person holds, not an award given
            end = m.end()
            cls = None
            c = _CLASS.match(text, end)
            if c is not None and (base.classes or "Huân chương" in base.form or "Huy chương" in base.form):
                cls = _CLASS_NAMES[c["cls"].lower()]
                end = c.end()
            if base.form.startswith("Kỷ niệm chương"):
                named = _MEDAL_NAME.match(text, end)
                if named is not None:
                    base = replace(base, form=f"{base.form} {named['name'].strip()}")
                    end = named.end()
            if base.form.endswith(" ngành"):
                sector = _SECTOR_NAME.match(text, end)
                if sector is not None:
                    # "Chiến sĩ thi đua ngành Tài chính": a ministry's title, named with its sector.
                    base = replace(base, form=f"{base.form} {' '.join(sector['s'].split())}")
                    end = sector.end()
            if base.form.startswith("Huy hiệu"):
                tier = _PARTY_YEARS.match(text, end)
                if tier is not None:
                    base = replace(self._base("Huy hiệu Đảng"), form=f"Huy hiệu {tier['n']} năm tuổi Đảng")
                    end = tier.end()
            excellent = False
            e = _EXCELLENT.match(text, end)
            if e is not None and base.form.startswith("Cờ thi đua"):
                excellent, end = True, e.end()
            by = source = None
            b = _BY.match(text, end)
            if b is not None:
                name, by_end = self.units.authority_at(text, b.end())
                if not name:
                    name, by_end = self._bare_position(text, b.end())
                if name:
                    by, source, end = name, "text", by_end
            year = None
            y = _YEAR_RIGHT_AFTER.match(text, end)
            if y is not None:
                year, end = int(y["y"]), y.end()
            out.append(_Form(m.start(), end, base, written, cls, excellent, by, source, year))
        for item in _PARTY_YEARS_ITEM.finditer(text):
            # "- 60 năm tuổi Đảng: 10 đồng chí;": an item of a list of badges that names the years alone.
            last = next((f for f in reversed(out) if f.start < item.start()), None)
            if last is not None and last.base.form.startswith("Huy hiệu ") and last.base.form.endswith("tuổi Đảng"):
                base = replace(last.base, form=f"Huy hiệu {item['n']} năm tuổi Đảng")
                out.append(_Form(item.start("n"), item.end(), base, item.group().strip(" \t-–+•"), None, False,
                                 None, None, None))
        out.sort(key=lambda f: f.start)
        # "Huy hiệu Đảng (Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng) cho 27 đồng chí": a form in brackets
        # right after another says what that one is; the recipients after the bracket are the first's.
        kept: list[_Form] = []
        for f in out:
            if kept and _OPEN_BRACKET_GAP.fullmatch(text, kept[-1].end, f.start):
                close = text.find(")", f.start, f.start + 120)
                if close >= 0:
                    kept[-1].end = close + 1
                    continue
            kept.append(f)
        out = kept
        for this in _THIS_TITLE.finditer(text):
            # "Mẹ Võ Thị Thơm ... được phong tặng danh hiệu này": the title named last.
            named = [f for f in out if f.end <= this.start("this") and not f.anaphoric]
            if named and this.start("this") - named[-1].end < 600:
                last = named[-1]
                out.append(_Form(this.start("this"), this.end(), last.base, this["this"], last.award_class,
                                 last.excellent, None, None, None, anaphoric=True))
        return sorted(out, key=lambda f: f.start)

    def _section_of(self, text: str, f: _Form, doc_kind: str | None, year: int | None) -> list[AwardMatch]:
        """The awards of a section headed by a form in capitals ("I. CỜ THI ĐUA CỦA CHÍNH PHỦ NĂM 2015
        (02 tập thể)"): one for each item below it. A Tờ trình, or a section under a lead-in that
        asks, proposes them; a decision confers them."""
        line_start = text.rfind("\n", 0, f.start) + 1
        line = text[line_start:_line_end(text, f.start)]
        if not _LIST_SECTION.match(line) or doc_kind not in ("TTr", "QĐ", "BC", "BB", "TB"):
            return []
        items = self._list_after(text, _line_end(text, f.start), annexed_title=True)
        if not items:
            return []
        asked = _PROPOSED.search(_lead_in_before_sections(text, line_start))
        f.status = "proposed" if doc_kind == "TTr" or asked or _PROPOSAL_HEADING.match(line.strip()) \
            else "conferred" if doc_kind == "QĐ" else None
        if f.status is None:
            return []
        f.year = f.year or _single_year(line.lower()) or year
        by = _HEADING_BY.search(line, f.end - line_start)
        if f.conferred_by is None and by is not None:
            name = self.units.authority_at(self._proper_case(by["who"]), 0)[0]
            if name:
                f.conferred_by, f.conferred_source = name, "text"
        if f.conferred_by is None and f.base.conferred_by:
            f.conferred_by, f.conferred_source = f.base.conferred_by, "law"
        self._by_issuers_level(f)
        return [self._record(f, recipient, kind, count, cls=cls) for recipient, kind, count, cls in items]

    def _lead_in_giver(self, lead_in: str) -> str | None:
        """The unit (with its position) that gives right before the verb of a list's lead-in."""
        for unit in reversed(self.units.find_all(lead_in)):
            if _LEAD_IN_GIVER_GAP.match(lead_in, unit.end):
                name = with_locality(unit)
                position = self._position_before.search(lead_in, 0, unit.start)
                if position is not None:
                    name = f"{position.group(1)[:1].upper()}{position.group(1)[1:]} {name}"
                return name
        return None

    def _bare_position(self, text: str, pos: int) -> tuple[str | None, int]:
        """ "Bằng khen của Bộ trưởng cho ...": a position written without its body holds it in the
        body of that type the text named last ("Thứ trưởng Bộ Khoa học và Công nghệ trao ...")."""
        m = _BARE_POSITION.match(text, pos)
        if m is None:
            return None, pos
        head = _POSITION_HEADS[m["p"]]
        if m["type"]:
            # "Giám đốc Sở", "Hiệu trưởng nhà trường": the document's own body, named as written.
            written = m["type"].lower()
            if written != head.strip().lower() and not (written == "nhà trường" and head == "Trường "):
                return None, pos  # "Chủ tịch Sở": no position of that body
            return " ".join(m.group().split()), m.end()
        body = next((u for u in reversed(self._doc_units) if u.end <= pos and u.name.startswith(head)), None)
        return (f"{m['p']} {with_locality(body)}" if body is not None else m["p"]), m.end()

    def _base(self, written: str) -> AwardForm | None:
        key = match_key(written)
        key = rx(r"^cờ (?:hi|ti|th) đua").sub("cờ thi đua", key).replace("sỹ", "sĩ")
        return self.lex.award_by_key.get(key) or self.lex.award_by_key.get(key.replace("sĩ", "sỹ"))

    def _authority_closes_list(self, text: str, forms: list[_Form]) -> None:
        """ "02 lần được tặng Cờ thi đua, 06 lần được tặng Bằng khen của Bộ X": Bộ X gave both."""
        for i in range(len(forms) - 1, 0, -1):
            f = forms[i]
            if f.conferred_source != "text":
                continue
            j = i - 1
            nxt = f
            while j >= 0:
                prev = forms[j]
                gap = text[prev.end : nxt.start]
                if (prev.conferred_by is not None or prev.base.conferred_by or ";" in gap or "." in gap
                        or "\n" in gap or not gap.lstrip().startswith(",")):
                    break
                prev.conferred_by, prev.conferred_source = f.conferred_by, "list"
                nxt = prev
                j -= 1

    # ---- around a form ---------------------------------------------------------------------
    def _status(self, f: _Form, before: str, previous: _Form | None, doc_kind: str | None, lead_in: str = "") -> None:
        """``lead_in``: the line that opens the list the form is an item of ("Tổng công ty đề nghị:")."""
        received = rx(r"được\s+(?:[\wÀ-ỹ]+\s+){0,6}?(?:tặng|trao|tặng thưởng|công nhận|khen thưởng)").search(before)
        f.cued = bool(_PROPOSED.search(before) or _PLANNED.search(before) or _CONFERRED.search(before))
        decided = _DECIDED.search(before)
        if decided is not None:
            f.status = "conferred"
            if decided["y"] and f.year is None:
                f.year = int(decided["y"])
        elif _PROPOSED.search(before) or (_PROPOSED.search(lead_in) and received is None
                                        and not rx(r"(?<!\w)đã(?!\w)").search(before)
                                        and not (previous is not None and previous.status == "conferred")):
            f.status = "proposed"
        elif _PLANNED.search(before):
            f.status = "planned"
        elif received is not None:
            f.status = "conferred"
        elif _CONFERRED.search(before):
            # A Tờ trình asks: its "Phong tặng ...", "Tặng thưởng ..." with no "đã"/"được" is proposed.
            done = rx(r"(?<!\w)(?:đã|được)(?!\w)").search(before)
            f.status = ("planned" if (doc_kind in _PLAN_KINDS or _DIRECTS.search(lead_in)) and "đã" not in before
                        else "proposed" if doc_kind == "TTr" and done is None else "conferred")
        elif previous is not None and previous.status:
            f.status = previous.status
            f.cued = previous.cued  # "được tặng A và B": B is given too
        else:
            f.status = "proposed" if doc_kind == "TTr" else "planned" if doc_kind in _PLAN_KINDS else "conferred"

    def _giver(self, text: str, clause_start: int, f: _Form, previous: _Form | None) -> None:
        """ "Bộ trưởng Bộ Y tế tặng ...", "được Chủ tịch nước tặng thưởng ...": the authority before
        the verb, with its position when one is written."""
        before = text[clause_start : f.start]
        verb = _GIVER_VERB.search(before)
        if verb is not None:
            verb_at = clause_start + verb.start()
            for unit in self._units_between(clause_start, verb_at + 1):
                if not rx(r"(?:[ ]+(?:\p{Lu}[\wÀ-ỹ]*[ ]*){1,4})?[ ]*").fullmatch(text, unit.end, verb_at + 1):
                    continue
                name = with_locality(unit)
                position = self._position_before.search(text, clause_start, unit.start)
                if position is not None:
                    title = position.group(1)
                    name = f"{title[:1].upper()}{title[1:]} {name}"
                if f.base.conferred_by and rx(r"(?<!\w)trao(?![ ]tặng)(?!\w)|(?<!\w)gắn(?!\w)").search(verb.group()) \
                        and name != f.base.conferred_by:
                    # "Phó Chủ tịch UBND tỉnh trao Huân chương Lao động": who hands over an award the law
                    # lets one authority confer (the Chủ tịch nước) does not confer it.
                    f.conferred_by, f.conferred_source = f.base.conferred_by, "law"
                    return
                f.conferred_by, f.conferred_source = name, "giver"
                return
        if previous is None or previous.conferred_source not in ("giver", "inherited"):
            return
        # "Bộ X tặng Cờ thi đua cho A và tặng Bằng khen cho B": a verb with no subject of its own
        # shares the giver of the one it is joined to.
        if (not _CONFERRED.search(before) and not _PROPOSED.search(before)) or _JOINED_VERB.fullmatch(before):
            f.conferred_by, f.conferred_source = previous.conferred_by, "inherited"

    def _recipients_after(self, text: str, start: int, end: int, counts_only: bool = False):
        vote = _VOTE.search(text, start, end)
        if vote is not None:
            end = vote.start()  # "... cho 06 cá nhân (có danh sách kèm theo): 11/11 phiếu": the vote ends the phrase
        m = _FOR.match(text, start)
        if m is None and not counts_only and (tally := _TALLY.match(text, start, end)) is not None:
            # "- Danh hiệu "Chiến sĩ thi đua cấp tỉnh" năm 2019: 01 cá nhân (ông Lê Hữu Phước, ...)":
            # a tally under the form, and the one it names.
            out, _ = _count_run(text, tally.end(), end)
            named = _ADDRESSED.search(text, tally.end(), end)
            if named is not None and len(out) == 1 and out[0][2] == 1:
                return [(named["name"], out[0][1], None)]
            return out
        if m is None and not counts_only:
            # "02 tập thể được Chính phủ tặng Cờ thi đua là Sở A và UBND huyện B": the counted
            # subject named after the form. Only units and people read so, never a description.
            named = _NAMED_AFTER.match(text, start)
            given = _COLON_GIVEN.match(text, start)
            if named is None and given is not None:
                # "3. Huân chương Lao động hạng Ba: đề nghị Chủ tịch nước tặng thưởng cho ông A, ...".
                return self._recipients_after(text, given.end(), max(end, _clause_end(text, given.end(), len(text))))
            if named is None and (colon := _COLON_AFTER.match(text, start)) is not None:
                # "2. Cờ thi đua của UBND tỉnh: Thanh tra Sở; Trung tâm Đăng kiểm ...": a heading
                # form, then who is put forward for it, apart by ";" up to the sentence's end.
                sentence_end = _sentence_end(text, colon.end())
                listed = self._sequence(text, colon.end(), sentence_end)
                # Only a list of recipients: "…: Hội đồng TĐKT tỉnh lựa chọn ..." is a sentence.
                return listed if _LIST_REST.fullmatch(text, self._sequence_end, sentence_end) else []
            return self._sequence(text, named.end(), end) if named is not None else []
        if m is None or m.end() >= end:
            return []
        phrase = text[m.end() : end]
        if not counts_only and _ANNEXED.search(phrase):
            return _LISTED
        listed = rx(r"(?:,[ \t]*)?(?:(?:gồm|bao gồm)[ \t]*:?|:)[ \t]*").search(phrase)
        if listed is not None and listed.start() > 0 and (
                _ADDRESSED.match(phrase) or self._person.match(phrase) or self.units.match_at(text, m.end())):
            # "... cho ông Sùng Mí Vàng, nguyên Chủ tịch UBND huyện (cũ): theo quy định ...": the
            # recipient comes before the colon; what follows is about him, no list.
            return self._sequence(text, m.end(), m.end() + listed.start())
        if listed is not None:
            head = phrase[: listed.start()]
            kind = ("individual" if rx(r"cá nhân|đồng chí|nhà giáo|thầy thuốc|nghệ sĩ|người", regex.IGNORECASE).search(head)
                    else "collective")
            rest = text[m.end() + listed.end() : _sentence_end(text, m.end() + listed.end())]
            if kind == "individual":
                rest_start = m.end() + listed.end()
                inside_units = [(u.start - rest_start, u.end - rest_start)
                                for u in self._units_between(rest_start, rest_start + len(rest))]
                people = [p["name"] for p in self._person.finditer(rest)
                          if not any(a <= p.start("name") < b for a, b in inside_units)]
                if people:
                    return [(name, "individual", None) for name in people]
            # The list runs to the sentence's end, over the ";" that part its items, but not into
            # the item of another form.
            other = self._forms.search(rest)
            if other is not None:
                rest = rest[: max(rest.rfind(";", 0, other.start()), len(phrase) - listed.end(), 0)]
            items = [i for i in _LIST_SPLIT.split(rest) if i and i.strip(" .")]
            return [self._recipient(item.strip(" ."), kind) for item in items]
        out, out_end = _count_run(text, m.end(), end)
        if out and not counts_only and _ANNEXED.search(text, out_end, _sentence_end(text, out_end)):
            # "Tặng danh hiệu A cho 04 cá nhân và tặng Bằng khen cho 02 tập thể (có danh sách kèm
            # theo)": the list at the sentence's end names the counted ones of every form in it.
            return _LISTED
        if out:
            among = _AMONG.match(text, out_end, end)
            if among is not None:
                # "cho 05 cá nhân, trong đó có GS.TS. Yamada Kenji, ông Markus Vogel và ...": the
                # count stands, and the ones it names are recipients too.
                # A count there is a subset ("cho 27 đồng chí, trong đó có 02 đồng chí được trao ..."),
                # no recipient of its own.
                out.extend(r for r in self._sequence(text, among.end(), end) if r[0] is not None)
            return out
        count = rx(r"(?P<n>\d{1,4})[ \t]+").match(phrase)
        if count is not None:
            unit = self.units.match_at(text, m.end() + count.end())
            return [(with_locality(unit), "collective", _number(count["n"]))] if unit is not None else []
        after = rx(r";[ \t]*").match(text, end)
        if after is not None and (_ADDRESSED.match(text, after.end()) or self._person.match(text, after.end())):
            end = _sentence_end(text, end)  # "cho bà A, Phó Giám đốc Sở Y tế; ông B, ...": people in a run
        found = self._sequence(text, m.end(), end)
        if found:
            return found
        phrase_recipient = _RECIPIENT_PHRASE.match(text, m.end(), end)
        if phrase_recipient is not None:
            # "cho Đảng bộ, chính quyền và nhân dân tỉnh Hà Tĩnh": a recipient that is no single unit.
            return [(" ".join(self.lex.expand(phrase_recipient["r"]).split()), "collective", None)]
        if rx(r"(?:các|những)[ \t]+(?:tập thể|đơn vị|cơ quan)", regex.IGNORECASE).match(phrase):
            return [(None, "collective", None)]
        if rx(r"(?:các|những)[ \t]+(?:cá nhân|đồng chí|cán bộ|chiến sĩ|công chức|viên chức|người lao động|"
              r"đoàn viên|hội viên|giáo viên|nhà giáo|học sinh|sinh viên)(?!\w)", regex.IGNORECASE).match(phrase):
            return [(None, "individual", None)]
        return []

    def _sequence(self, text: str, pos: int, end: int) -> list:
        """Recipients one after another: "Bảo tàng tỉnh và ông Hoàng Văn Dũng, Phó Giám đốc Sở";
        "Sở TT&TT Bắc Ninh và Vĩnh Phúc" (one unit, two places)."""
        out: list = []
        self._sequence_end = pos  # where the last recipient read ends
        while pos < end:
            count = _COUNT_NOUN.match(text, pos, end)
            if count is not None:
                # "Cục A, Tạp chí B và 04 cá nhân": a count closes the list.
                out.append((None, _kind_of(count["noun"]), _number(count["n"])))
                self._sequence_end = count.end()
                break
            collective = _COLLECTIVE_LEAD.match(text, pos, end)
            if collective is not None and self.units.match_at(text, collective.end()) is not None:
                pos = collective.end()  # "cho tập thể Trường Tiểu học X": the unit, named
            person = self._person.match(text, pos, end) or _ADDRESSED.match(text, pos, end)
            unit = None if person is not None else (self._doc_unit_at(pos) or self.units.match_at(text, pos))
            place = None if person is not None or unit is not None else _LOCALITY_RECIPIENT.match(text, pos, end)
            bare = None if person or unit or place else self._bare_head(text, pos, end)
            if bare is not None:
                out.append((bare[0], "collective", None))
                stop = bare[1]
            elif person is not None:
                out.append((person["name"], "individual", None))
                stop = person.end()
            elif place is not None:
                out.append((" ".join(place.group().split()), "collective", None))
                stop = place.end()
            elif unit is not None and unit.end <= end + 1:
                stop = unit.end
                parent = self._parent_after(text, unit, end)
                if parent is not None:
                    # "Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh": a department and
                    # the body it belongs to are one recipient.
                    stop = parent.end
                out.append((" ".join(self.lex.expand(text[unit.start : stop]).split()), "collective", None))
                more = rx(r"[ ]+và[ ]+").match(text[stop:end])
                if more is not None and unit.place_written:
                    place = self.units._place_at(text, stop + more.end())
                    if place:
                        out.append((f"{unit.name} {self.lex.province(place).name}", "collective", None))
                        stop += more.end() + len(place)
            else:
                break
            self._sequence_end = stop
            # The next recipient: after "và", ";" or ",", possibly past a description of the last one
            # (its acronym in brackets, a clause after a comma: "bà A, Phó Giám đốc Sở Y tế; ông B").
            bracket = rx(r"[ ]*\([^()\n]{1,80}\)").match(text, stop, end)
            start = None
            for nxt in rx(r"[ ]*(?:,[ ]*và|;|và|,)[ ]+").finditer(text, bracket.end() if bracket else stop, end):
                if nxt.start() != stop and not rx(r"(?:[ ]*\([^()\n]{1,60}\))?(?:,[^,;]{0,80})?").fullmatch(
                        text[stop : nxt.start()]):
                    break  # past what a description may be
                at = nxt.end()
                locality = _LOCALITY_RECIPIENT.match(text, at, end)
                if locality is not None and nxt.group().strip() == "," and locality.group()[0].islower():
                    locality = None  # "Trường THPT X, phường Long Xuyên": the school's address, no recipient
                if self._person.match(text, at, end) is not None or self.units.match_at(text, at) is not None \
                        or locality is not None or _ADDRESSED.match(text, at, end) is not None \
                        or _COUNT_NOUN.match(text, at, end) is not None:
                    start = at
                    break
            if start is None:
                break
            pos = start
        return out

    def _parent_after(self, text: str, unit, end: int):
        """The body a department belongs to, after a comma ("Phòng Tư pháp, UBND huyện Bảo Lâm"):
        a unit of another, higher type. Two departments apart by a comma are two recipients."""
        if not unit.name.startswith(_SUBORDINATE_HEADS) or unit.level or unit.locality \
                or _OWN_PARENT.search(unit.name, 1):
            return None  # "Văn phòng UBND tỉnh, Sở Tư pháp", "Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ": two bodies
        comma = rx(r",[ ]+").match(text, unit.end, end)
        if comma is None:
            return None
        parent = self._doc_unit_at(comma.end()) or self.units.match_at(text, comma.end())
        if parent is None or parent.end > end + 1 or not parent.name.startswith(_PARENT_HEADS):
            return None
        return parent

    def _as_written(self, text: str, unit) -> str:
        """A recipient as the text names it ("Phòng Văn hóa - Thông tin huyện Thạch Thất"), expanded."""
        return " ".join(self.lex.expand(text[unit.start : unit.end]).split())

    def _recipient(self, item: str, default_kind: str) -> tuple[str | None, str | None, int | None]:
        vote = _VOTE.search(item)
        if vote is not None:
            item = item[: vote.start()]  # "Phòng Tuyên truyền: 11/11 phiếu (100%)"
        if not item.strip():
            return None, default_kind, None
        reason = _REASON.search(item)
        if reason is not None and reason.start() > 0:
            item = item[: reason.start()]  # "Công ty Cổ phần X, đã có thành tích xuất sắc ..."
        person = _ADDRESSED.match(item) or self._person.match(item)  # "Ông" is a family name too
        if person is not None:
            return person["name"], "individual", None
        unit = self.units.match_at(item, 0)
        if unit is not None:
            # A listed unit as written, with its place ("Trường THCS Phước Sơn, huyện Tuy Phước").
            return self.lex.expand(item), "collective", None
        return self.lex.expand(item), default_kind, None

    def _recipients_before(self, text: str, sentence_start: int, form_start: int):
        before = text[sentence_start:form_start]
        counted = _COUNTED_FOR.search(before)
        if counted is not None:
            # "phong tặng cho 41 cá nhân danh hiệu "A" và 386 cá nhân danh hiệu "B"": the count
            # between the verb and the title is the title's.
            out, out_end = _count_run(before, counted.start("run"), len(before))
            if out and _TITLE_TAIL.fullmatch(before, out_end):
                return out
        # "được Đảng, Nhà nước tặng thưởng": the givers may be a list.
        receiving = rx(r"(?:được(?:,?\s+[\wÀ-ỹ]+){0,12}|đón nhận|nhận|vinh dự nhận|đạt|đạt được)\s*" + _TITLE_WORDS + r"[\"“]?$").search(before)
        if receiving is None:
            # "Lựa chọn 02 tập thể và 03 cá nhân ... đề nghị Ban Thường vụ Tỉnh ủy tặng": counted
            # candidates. Whoever proposes is no recipient, so only counts are read.
            if rx(r"(?:đề nghị|đề xuất)(?:\s+[\wÀ-ỹ]+){0,6}?\s+(?:tặng|tặng thưởng|khen thưởng|công nhận)\s*" + _TITLE_WORDS + r"[\"“]?$").search(before):
                clause = before[before.rfind(";") + 1 :]
                counts = [(None, _kind_of(c["noun"]), _number(c["n"])) for c in _COUNT_NOUN.finditer(clause)]
                chosen = _CHOSEN.search(clause)  # the ones named win over their count ("... là hai đơn vị dẫn đầu")
                if chosen is not None:
                    # "suy tôn UBND huyện Nam Giang là đơn vị dẫn đầu ..., đề nghị UBND tỉnh tặng Cờ thi
                    # đua": the unit the meeting chose is the one proposed.
                    at = sentence_start + len(before) - len(clause) + chosen.end()
                    # "suy tôn Sở Kế hoạch và Đầu tư và Sở Xây dựng là hai đơn vị dẫn đầu": one or more.
                    chosen_ones = [r for r in self._sequence(text, at, form_start) if r[0] is not None]
                    if chosen_ones:
                        return chosen_ones
                return counts
            return []
        clause = before[max(before.rfind(";"), before.rfind(","), -1) + 1 :] if ";" in before or "," in before else before
        counts = list(_COUNT_NOUN.finditer(before))
        if counts:
            last_clause_start = max(before.rfind(";"), -1) + 1
            in_clause = [c for c in counts if c.start() >= last_clause_start]
            if in_clause:
                return [(None, _kind_of(c["noun"]), _number(c["n"])) for c in in_clause]
        times = _TIMES.search(clause)
        # The subject stands just before the last receiving verb, after a leading phrase
        # ("Với những thành tích đạt được, Công ty đã vinh dự được ...").
        verbs = [v for v in rx(r"(?<!\w)(?:được|đón nhận|nhận|đạt)(?!\w)(?![ ]*,)").finditer(before)]
        subject_zone = before[: verbs[-1].start()] if verbs else before
        titled = rx(r"(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)[ ]").search(subject_zone[max(subject_zone.rfind(";"), 0):])
        if titled is not None:
            person = self._person.match(subject_zone, max(subject_zone.rfind(";"), 0) + titled.start())
            if person is not None and rx(r"(?:,[^;.]{0,120})?[ ]*").fullmatch(subject_zone, person.end()):
                # "ông Nguyễn Đức Long, Chủ tịch Hội đồng quản trị Công ty được tặng ...": the person is
                # the subject; the unit belongs to his title.
                return [(person["name"], "individual", int(times["n"]) if times else None)]
        if _PRONOUN_SUBJECT.match(subject_zone):
            named = self._person_before(text, sentence_start)
            if named is not None:
                return [(named, "individual", int(times["n"]) if times else None)]
        cut = max(subject_zone.rfind(","), subject_zone.rfind(":"), subject_zone.rfind(";"))
        if cut >= 0 and rx(r"\p{Lu}").search(subject_zone[cut + 1 :]):
            sentence_start += cut + 1
            subject_zone = subject_zone[cut + 1 :]
        zone_end = sentence_start + len(subject_zone)
        units = [replace(u, start=u.start - sentence_start, end=u.end - sentence_start)
                 for u in self._units_between(sentence_start, zone_end)]
        units = [u for u in units if not rx(r"[ ]+(?:đã[ ]+)?(?:tặng|trao)").match(subject_zone, u.end)]
        # "xã Quảng Hòa được ... tặng Bằng khen": a commune, district or province is a recipient too.
        place = None if units else _PLACE_SUBJECT.fullmatch(subject_zone)
        if place is not None:
            return [(" ".join(place["place"].split()), "collective", int(times["n"]) if times else None)]
        found = [m for m in (_ADDRESSED.search(subject_zone), self._person.search(subject_zone)) if m is not None]
        # "Ông Kenji Watanabe": a form of address wins over "Ông" read as a family name.
        person = min(found, key=lambda m: (m.start(), m.re is not _ADDRESSED), default=None)
        if person is not None and (not units or person.start() < units[0].start):
            # "ông Nguyễn Đức Long, Chủ tịch Hội đồng quản trị Công ty được tặng ...": the person named
            # first is the subject; the unit belongs to the title.
            return [(person["name"], "individual", int(times["n"]) if times else None)]
        if units:
            # "Tổng công ty Cảng hàng không Việt Nam và tỉnh Bắc Ninh vinh dự đón nhận ...": a subject
            # of several recipients.
            several = self._sequence(text, sentence_start + units[0].start, zone_end)
            if len(several) > 1:
                return [(r, k, int(times["n"]) if times else c) for r, k, c in several]
        subject = (" ".join(self.lex.expand(subject_zone[units[0].start : units[0].end]).split()) if units
                   else self._antecedent(text, sentence_start, subject_zone))
        if subject is None and not subject_zone[:1].isupper():
            # "2. Bà Catherine Moreau (...), Chủ tịch Hội ...; đã được ... tặng ...": a clause with no
            # subject of its own in a list item is about the one the item names.
            head = self._item_head(text, sentence_start)
            if head is not None:
                return [(head[0], head[1], int(times["n"]) if times else None)]
        if subject is None:
            return []
        return [(subject, "collective", int(times["n"]) if times else None)]

    def _achieved_by(self, text: str, pos: int) -> tuple[str, str] | None:
        """On a line "Khen thưởng đã đạt: ...", the subject of the list item it belongs to: the person
        or unit its first line names ("2. Cá nhân: Ông Nguyễn Văn Tấn, Phó Chủ tịch ...")."""
        line_start = text.rfind("\n", 0, pos) + 1
        label = _ACHIEVED_LABEL.match(text, line_start)
        inline = None if label is not None else _ACHIEVED_INLINE.search(text, line_start, pos)
        if inline is not None:
            # "- TS. Nguyễn Thị Bích Vân, ... Thành tích khen thưởng: Bằng khen ...": the paragraph
            # that names the person lists what the person has won.
            mark = _LIST_MARK.match(text, line_start) or _BULLET.match(text, line_start)
            subject = self._subject_at(text, mark.end() if mark is not None else line_start)
            if subject is not None:
                return subject
            label = inline
        while label is None and _BULLET.match(text, line_start) and line_start > 0:
            # "Khen thưởng đã đạt:" / "- Bằng khen ... năm 2018;" / "- Cờ thi đua ...": the label heads
            # the bullets under it.
            line_start = text.rfind("\n", 0, line_start - 1) + 1
            label = _ACHIEVED_LABEL.match(text, line_start)
        if label is None or label.end() > pos:
            return None
        end = line_start
        for _ in range(12):
            if end <= 0:
                return None
            start = text.rfind("\n", 0, end - 1) + 1
            if not text[start : end - 1].strip():
                return None  # the item ended before: no subject to give the awards to
            item = _ITEM_SUBJECT.match(text, start)
            if item is not None:
                return self._subject_at(text, item.end())
            end = start
        return None

    def _subject_at(self, text: str, at: int) -> tuple[str, str] | None:
        """The person or unit named at ``at``, with the recipient's kind."""
        person = _ADDRESSED.match(text, at) or self._person.match(text, at)
        if person is not None:
            return person["name"], "individual"
        unit = self._doc_unit_at(at) or self.units.match_at(text, at)
        return (self._as_written(text, unit), "collective") if unit is not None else None

    def _item_head(self, text: str, pos: int) -> tuple[str, str] | None:
        """The person or unit a numbered or bulleted list item holding ``pos`` opens with."""
        line_start = text.rfind("\n", 0, pos) + 1
        mark = _LIST_MARK.match(text, line_start)
        if mark is None or mark.end() > pos:
            return None
        at = mark.end()
        person = _ADDRESSED.match(text, at) or self._person.match(text, at)
        if person is not None:
            return person["name"], "individual"
        unit = self.units.match_at(text, at)
        return (self._as_written(text, unit), "collective") if unit is not None and unit.end <= pos else None

    def _full_name(self, text: str, award: AwardMatch) -> AwardMatch:
        """ "Ông Hậu đã được tặng ...": a person called by the given name alone is the one named in
        full before ("ông Lương Văn Hậu")."""
        short = _GIVEN_NAME_ONLY.fullmatch(award.recipient or "")
        if short is None:
            return award
        given = short["given"]
        names = [m["name"] for m in _ADDRESSED.finditer(text, max(0, award.start - 3000), award.start)]
        names += [m["name"] for m in self._person.finditer(text, max(0, award.start - 3000), award.start)]
        full = next((n for n in reversed(names) if len(n.split()) > 1 and n.split()[-1] == given
                     and not _GIVEN_NAME_ONLY.fullmatch(n)), None)
        return replace(award, recipient=full, recipient_kind="individual") if full else award

    def _doc_unit_at(self, pos: int):
        """The unit the units component found at ``pos`` (it reads the whole document, so it knows
        names the grammar alone cuts short)."""
        return self._doc_unit_starts.get(pos)

    def _person_before(self, text: str, pos: int) -> str | None:
        """The person named last before ``pos``, within the paragraph before."""
        lo = max(0, pos - 600)
        names = [m["name"] for m in _ADDRESSED.finditer(text, lo, pos)]
        return names[-1] if names else None

    def _units_between(self, start: int, end: int) -> list:
        """The document's units found between two offsets (found once by the units component)."""
        return [u for u in self._doc_units if start <= u.start and u.end <= end]

    def _bare_head(self, text: str, pos: int, end: int) -> tuple[str, int] | None:
        """ "... cho tập thể Bệnh viện./.", "cho tập thể Công ty và ông A": a bare type word as the
        recipient stands for the unit of that type the text is about (an achievement report's
        subject) or named last. The name it stands for, and where the type word ends."""
        lead = _COLLECTIVE_LEAD.match(text, pos, end)
        at = lead.end() if lead is not None else pos
        found = self.units._head_at(text, at)
        if found is None:
            return None
        rest = text[found[2] : end]
        if rest.strip(" \t./;,") and not rx(r"[ ]*(?:,|;|và)[ ]+").match(rest):
            return None
        head = found[0].head
        if self._report_subject is not None and self._report_subject[0].startswith(head + " "):
            return self._report_subject[0], found[2]
        named = self._last_unit_of(head, pos)
        return (named, found[2]) if named is not None else None

    def _last_unit_of(self, head: str, pos: int) -> str | None:
        """The unit with type word ``head`` the document names last before ``pos``, with its place."""
        for u in reversed(self._doc_units):
            if u.end <= pos and u.name.startswith(head + " "):
                return with_locality(u)
        return None

    def _antecedent(self, text: str, sentence_start: int, before: str) -> str | None:
        """ "Công ty đã vinh dự được ...": a bare type word stands for the unit of that type named
        last before it ("Công ty Cổ phần Cấp nước Thanh Hóa")."""
        lead = rx(r"[ \t]*(?:Tập thể[ \t]+)?").match(before)
        if _THE_UNIT.search(before):
            # "2. UBND huyện Lệ Thủy: ... Đơn vị đã được Chính phủ tặng ...": the unit of the list item;
            head = self._item_head(text, sentence_start)
            if head is not None and head[1] == "collective":
                return head[0]
            # "Trước đó, đơn vị đã được tặng ...": else the unit the text has just given an award to.
            return next((a.recipient for a in reversed(self._out) if a.recipient and a.start < sentence_start
                         and a.recipient_kind == "collective"), None)
        if _THE_SCHOOL.search(before):
            # "Với những đóng góp đó, nhà trường đã vinh dự được ...": the school the text named last.
            return self._last_unit_of("Trường", sentence_start)
        found = self.units._head_at(before, lead.end())
        if found is None:
            return None
        return self._last_unit_of(found[0].head, sentence_start + lead.end())

    def _record(self, f: _Form, recipient: str | None, kind: str | None, count: int | None,
                start: int | None = None, end: int | None = None, cls: str | None = None) -> AwardMatch:
        award_class = cls or f.award_class
        form = f.base.form + (f" hạng {award_class}" if award_class else "")
        award = f.base.form + (" xuất sắc" if f.excellent else "") + (f" hạng {award_class}" if award_class else "")
        conferred_by = f.conferred_by
        if conferred_by:
            # The authority by its office, the place apart (GUIDELINES: "Chủ tịch Ủy ban nhân dân
            # tỉnh"), as a unit's name keeps its level and not its place.
            conferred_by = _PLACE_AFTER_LEVEL.sub("", conferred_by)
        if conferred_by and f.base.form.startswith("Cờ thi đua"):
            # The flag is the body's ("Cờ thi đua của Bộ, ban, ngành, tỉnh", Luật Thi đua, Khen thưởng
            # 2022, Điều 26), whoever signs for it: "Bộ trưởng Bộ Y tế tặng Cờ thi đua" -> Bộ Y tế.
            held = self._held_by.match(conferred_by)
            if held is not None:
                conferred_by = held["body"]
        if conferred_by and f.conferred_source in ("text", "list", "giver", "inherited"):
            award += f" của {conferred_by}"
        status = f.status or "conferred"
        if recipient is None and count is None and status == "proposed" and self._doc_kind in _PLAN_KINDS | {"CV"}:
            status = "planned"  # a plan's call for future awards, nobody decided yet
        return AwardMatch(f.start if start is None else start, f.end if end is None else end, award, form, f.base.category, award_class, conferred_by,
                          f.conferred_source, recipient, kind or _default_kind(f.base), f.year,
                          status, count)


_SOURCE_RANK = {"text": 0, "list": 1, "giver": 2, "document": 3, "inherited": 4, "law": 5, None: 6}


def _cells(line: str, separator: str) -> list[str]:
    """The cells of a table row kept in text: "| 1 | Ông A | Bằng khen |" or tab-separated (DOCX)."""
    return [c.strip() for c in line.strip().strip("|").split(separator)]


def _table_row(text: str, pos: int) -> tuple[int, int, str, list[str]] | None:
    """The table row holding ``pos``: its line's start and end, its separator and its cells; None
    when the line is no row."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = _line_end(text, pos)
    line = text[line_start:line_end]
    separator = "|" if _PIPE_ROW.match(line) else "\t" if "\t" in line else None
    if separator is None:
        return None
    return line_start, line_end, separator, _cells(line, separator)


def _announced(annexed: dict, form: str) -> str | None:
    """The announced form a list title names: the same form, or the start of its name, in any case
    (a title in capitals: 'KỶ NIỆM CHƯƠNG "VÌ SỰ NGHIỆP GIÁO DỤC"')."""
    if form in annexed:
        return form
    wanted = form.lower()
    return next((key for key in annexed if key.lower() == wanted or key.lower().startswith(wanted + " ")), None)


def _one_per_event(awards: list[AwardMatch]) -> list[AwardMatch]:
    """A text may tell one award twice ("đón nhận Huân chương ..."; "Chủ tịch nước đã ký Quyết định
    ... tặng thưởng Huân chương ... cho Công ty"): one record per form, named recipient, status and
    year, keeping the best-sourced authority. Unnamed counts are separate facts and stay."""
    kept: dict[tuple, AwardMatch] = {}
    out = []
    for a in awards:
        if a.recipient is None:
            out.append(a)
            continue
        # A class of an order is conferred on a recipient once (Luật Thi đua, Khen thưởng: the next
        # one is a higher class), so the same classed form told twice is one award, whatever
        # years the sentences around it mention; the latest is the decision's.
        classed = a.award_class is not None and a.category in ("orders", "medals")
        key = (a.form, a.recipient, a.status) if classed else (a.form, a.recipient, a.status, a.year, a.count, a.conferred_by)
        best = kept.get(key)
        if best is None:
            kept[key] = a
            out.append(a)
            continue
        better = a if _SOURCE_RANK.get(a.conferred_source, 6) < _SOURCE_RANK.get(best.conferred_source, 6) else best
        if classed and (a.year or 0) > (best.year or 0):
            better = replace(better, year=a.year)
        if better is not best:
            out[out.index(best)] = kept[key] = better
    return out


def _without_summaries(awards: list[AwardMatch]) -> list[AwardMatch]:
    """ "Lễ trao Kỷ niệm chương ... và Bằng khen cho các tập thể, cá nhân", then who received
    them: the vague mention (nobody named, nothing counted) summarises the specific ones of the
    same form, status and giver, and is no award of its own; so does a count of exactly the ones
    the text then names."""
    def same_form(a: AwardMatch, b: AwardMatch) -> bool:
        return a.form == b.form or a.form.startswith(b.form + " ") or b.form.startswith(a.form + " ")

    def same_giver(a: AwardMatch, b: AwardMatch) -> bool:
        # A giver the vague mention only took from the document or the law is no evidence apart.
        return a.conferred_by in (None, b.conferred_by) or a.conferred_source in ("document", "law")

    def told_by(a: AwardMatch, b: AwardMatch) -> bool:
        return same_form(a, b) and a.status == b.status and same_giver(a, b)

    specific = [a for a in awards if a.recipient is not None or a.count is not None]
    named = [a for a in awards if a.recipient is not None]
    out, seen = [], []
    for a in awards:
        if a.recipient is None and a.count is not None and a.count == sum(
                1 for b in named if told_by(a, b) and b.recipient_kind == a.recipient_kind and b.year == a.year):
            # "đề nghị tặng Bằng khen cho 03 cá nhân", then the three by name: the count tells them again.
            continue
        if a.recipient is None and a.count is None:
            if any(told_by(a, b) for b in specific) or any(
                    told_by(a, b) and a.recipient_kind in (None, b.recipient_kind) for b in seen):
                continue  # told again, with nothing new
            seen.append(a)
        out.append(a)
    return out


def _decider(authority: str | None) -> str | None:
    """A decision is taken by a person in office: "Ủy ban nhân dân tỉnh" decides through its Chủ tịch."""
    if not authority:
        return None
    if rx(r"Ủy ban nhân dân|Hội đồng nhân dân").match(authority):
        return f"Chủ tịch {authority}"
    return authority


def _default_kind(form: AwardForm) -> str | None:
    return form.recipient_kind if form.recipient_kind in ("individual", "collective") else None


_COUNT_JOINER = regex.compile(r"[ \t]*(?:,|và|,[ \t]*và)[ \t]*")


def _count_run(text: str, pos: int, end: int) -> tuple[list, int]:
    """ "02 tập thể, 03 cá nhân và 05 hộ gia đình" from ``pos``: one (None, kind, count) each, and
    where the last ends."""
    out = []
    while (c := _COUNT_NOUN.match(text, pos, end)) is not None:
        out.append((None, _kind_of(c["noun"]), _number(c["n"])))
        pos = c.end()
        joiner = _COUNT_JOINER.match(text, pos, end)
        if joiner is None or _COUNT_NOUN.match(text, joiner.end(), end) is None:
            break
        pos = joiner.end()
    return out, pos


def _number(written: str) -> int:
    """ "1.126" (a thousands dot, as Vietnamese writes it) -> 1126; "hai" -> 2."""
    spelled = _SPELLED_NUMBERS.get(written.lower())
    return spelled if spelled is not None else int(written.replace(".", ""))


def _kind_of(noun: str) -> str:
    return "individual" if _INDIVIDUAL_NOUNS.fullmatch(noun) else "collective"


def _single_year(phrase: str) -> int | None:
    """The year a title, heading or lead-in names ("... năm 2012"), when it names just one."""
    years = {int(y) for y in _TITLE_YEAR.findall(phrase)}
    return years.pop() if len(years) == 1 else None


def _context_year(text: str, pos: int) -> int | None:
    """The year the passage before ``pos`` is about: a sentence that opens with it ("Năm 2021,
    ..."), or the heading of the section ("I. KẾT QUẢ KHEN THƯỞNG NĂM 2024"). Read back to the
    section's heading; a heading without a year says nothing."""
    lo = max(0, pos - 3000)
    end = pos
    paragraph = True  # the opener counts in the form's own paragraph (its lines joined by soft wraps)
    while True:
        start = max(lo, text.rfind("\n", lo, end) + 1)
        line = text[start:end].strip()
        opener = None
        for opener in _YEAR_OPENER.finditer(line) if paragraph else ():
            pass
        if opener is not None:
            return int(opener["y"])
        heading = _YEAR_HEADING.fullmatch(line)
        if heading is not None:
            return int(heading["y"])  # "1. Năm 2021", "4. Chín tháng đầu năm 2024": a section of its own year
        if start > lo:
            paragraph = paragraph and _soft_wrap(text, start - 1)
        if _SECTION_HEADING.match(line) or (line.isupper() and len(line) > 3):
            return _single_year(line)
        if start <= lo:
            return None
        end = start - 1


_SENTENCE_BREAK = regex.compile(r"(?<=[.!?])[ \t]+(?=\p{Lu})")
_BASIS = regex.compile(r"(?<!\w)(?i:căn cứ|xét|theo)(?:[ \t]+vào)?[ \t]+(?:đề nghị|tờ trình)[^,;:]*[,;][ \t]*")
# "Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số ... tặng": who gives in a list's lead-in.
_LEAD_IN_GIVER_GAP = regex.compile(
    r"[ \t]+(?:đã[ \t]+)?(?:(?:ban hành|ký)[ \t]+[Qq]uyết định[^,;:]{0,80}?[ \t]+)?(?:trao tặng|tặng thưởng|tặng|công nhận)(?!\w)")


_HEADING_BY = regex.compile(r"[ \t]+CỦA[ \t]+(?P<who>[^\n()]+?)(?:[ \t]+NĂM[ \t]+\d{4})?[ \t]*(?:\(|$)")


def _lead_in_before_sections(text: str, pos: int) -> str:
    """The last line before the first section heading above ``pos`` that ends with a colon ("Sở Nội vụ
    kính trình UBND tỉnh xem xét, đề nghị Thủ tướng Chính phủ khen thưởng cho các tập thể, cá nhân sau:")."""
    end = pos
    for _ in range(400):
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        line = text[start:end].strip()
        if line.endswith(":") and not _LIST_ITEM.match(line):
            return line
        if start == 0:
            return ""
        end = start
    return ""


def _marker_kind(line: str) -> str:
    """The kind of mark a list item starts with: a number, a letter, or a bullet."""
    mark = line.lstrip()[:1]
    return "number" if mark.isdigit() else "letter" if mark.isalpha() else "bullet"


def _lead_in(text: str, pos: int) -> str:
    """The line ending with a colon that opens the list holding ``pos`` ("Sở Nội vụ đề nghị
    Chủ tịch UBND tỉnh trình Thủ tướng Chính phủ:"), read back past the list's items; empty when
    a heading or prose comes first."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _LIST_ITEM.match(text, line_start):
        return ""
    own_marker = _marker_kind(text[line_start : line_start + 8])
    end = line_start - 1
    for _ in range(30):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if _LIST_ITEM.match(line):
            if line.endswith(":") and _marker_kind(line) != own_marker and (_PROPOSED.search(line) or _CONFERRED.search(line)):
                # "2. Đề nghị Tổng cục trưởng Tổng cục Thuế:" over "a) Tặng ...": an item of a higher
                # level (another kind of mark) that opens the list.
                return line
            continue
        if _SECTION_HEADING.match(line) or line.isupper():
            # "I. ĐỀ NGHỊ CHỦ TỊCH NƯỚC": a section that proposes is its items' lead-in.
            return line if _PROPOSAL_HEADING.match(line) else ""
        if not line.endswith(":"):
            return ""
        # The sentence that opens the list, without the proposal it cites as its basis: "Căn cứ đề
        # nghị của Ban Thường vụ Huyện ủy tại Tờ trình số ..., Ban Thường vụ Tỉnh ủy đã ban hành
        # Quyết định ... tặng ... trong đó:" gives, it does not propose.
        sentence = _SENTENCE_BREAK.split(line)[-1]
        return _BASIS.sub("", sentence).strip()
    return ""


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins: after a full stop, or a line break that is not
    a soft wrap."""
    lo = max(0, pos - 600)
    start = lo
    for m in rx(r"[.!?](?=\s)|\n").finditer(text, lo, pos):
        if m.group() != "\n" or not _soft_wrap(text, m.start()):
            start = m.end()
    return start


def _soft_wrap(text: str, newline: int) -> bool:
    """A line break inside a sentence, as PDF text and OCR keep them: the line before it is a
    full line of prose (long, not a heading in capitals) that ends without punctuation, and the
    line after it is no list item."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if len(line) < 50 or line.isupper() or not rx(r"[\w,]").match(line[-1]):
        return False
    return not _LIST_ITEM.match(text, newline + 1)


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_heading(text: str, pos: int) -> bool:
    """Is ``pos`` on an uppercase line (a title such as "DANH SÁCH ... ĐƯỢC TẶNG BẰNG KHEN"), or a
    table's section row ("| II | BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (02 tập thể, 03 cá nhân) |")?"""
    start = text.rfind("\n", 0, pos) + 1
    line = _BRACKETED.sub("", text[start:_line_end(text, pos)]).strip(" \t|")
    return len(line) > 8 and line.isupper()


def _clause_end(text: str, start: int, limit: int) -> int:
    pos = start
    while True:
        m = _CLAUSE_END.search(text, pos, limit)
        if m is None:
            return limit
        if m.group() == "\n" and _soft_wrap(text, m.start()):
            pos = m.end()  # "(có danh sách\nkèm theo)": a wrapped line goes on
            continue
        return m.start()
