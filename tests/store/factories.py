"""Factories: official documents written the way offices write them (Nghị định 30/2020/NĐ-CP,
Phụ lục I: the two-column header, number and symbol, place and date, kind and title, body,
signature), with what varies between tests as parameters."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

_serial = itertools.count(1)


@dataclass
class OfficialDocument:
    kind_title: str = "KẾ HOẠCH"  # as printed above the title
    symbol: str | None = None  # default: a fresh number, e.g. "101/KH-UBND"
    code: str = "KH"
    issuer_lines: tuple[str, str] = ("ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH")
    place: str = "Ninh Bình"
    day: int = 12
    month: int = 3
    year: int = 2022
    title: str = "Tổ chức phong trào thi đua yêu nước năm 2022"
    body: list[str] = field(default_factory=list)
    signer_position: str = "CHỦ TỊCH"
    signer: str = "Phạm Quang Ngọc"

    def __post_init__(self) -> None:
        if self.symbol is None:
            self.symbol = f"{100 + next(_serial)}/{self.code}-UBND"

    def text(self) -> str:
        left1, left2 = self.issuer_lines
        head = [
            f"{left1:<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            f"{left2:<38}Độc lập - Tự do - Hạnh phúc",
            "",
            f"Số: {self.symbol:<34}{self.place}, ngày {self.day:02d} tháng {self.month:02d} năm {self.year}",
            "",
            self.kind_title,
            self.title,
            "",
        ]
        tail = ["", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", self.signer_position, "", "(Đã ký)", "", self.signer]
        return "\n".join(head + self.body + tail) + "\n"

    def bytes(self) -> bytes:
        return self.text().encode("utf-8")


def directive_19_2021() -> OfficialDocument:
    """The Prime Minister's emulation directive of 16/7/2021 (the 2020 one, on COVID-19, shares its number)."""
    return OfficialDocument(
        kind_title="CHỈ THỊ", symbol="19/CT-TTg", code="CT", issuer_lines=("THỦ TƯỚNG CHÍNH PHỦ", "-------"),
        place="Hà Nội", day=16, month=7, year=2021,
        title="Về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội",
        body=["Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003, Thủ tướng Chính phủ phát động phong "
              "trào thi đua trong toàn quốc."],
        signer_position="THỦ TƯỚNG", signer="Phạm Minh Chính")


def citing(reference: str, **kw) -> OfficialDocument:
    """A provincial plan that cites ``reference`` (written in full: kind, symbol, date, issuer)."""
    body = [f"Thực hiện {reference}, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức phong trào thi đua như sau:",
            "1. Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục và Đào tạo hướng dẫn các đơn vị.",
            "2. Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 tập thể, 03 cá nhân có thành tích xuất sắc."]
    return OfficialDocument(body=body, **kw)


def award_decision(recipients: list[str], award: str = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                   year: int = 2023, **kw) -> OfficialDocument:
    body = ["QUYẾT ĐỊNH:",
            f"Điều 1. Tặng {award} cho các tập thể, cá nhân sau đã có thành tích xuất sắc trong phong trào "
            f"thi đua năm {year - 1}:"]
    body += [f"{i}. {name};" for i, name in enumerate(recipients, 1)]
    body.append("Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành.")
    return OfficialDocument(kind_title="QUYẾT ĐỊNH", code="QĐ", year=year, title="Về việc tặng Bằng khen", body=body,
                            **kw)
