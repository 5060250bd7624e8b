"""The award register as CSV (UTF-8 with a BOM, so Excel reads Vietnamese) or XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

COLUMNS = [  # (field, heading)
    ("recipient", "Đối tượng"), ("recipient_kind", "Loại (tập thể/cá nhân)"), ("award", "Hình thức khen thưởng"),
    ("form", "Danh hiệu / hình thức"), ("award_class", "Hạng"), ("conferred_by", "Cấp khen"), ("year", "Năm"),
    ("status", "Trạng thái"), ("count", "Số lượng"), ("document_symbol", "Văn bản"),
    ("document_issued", "Ngày văn bản"), ("document_id", "Mã văn bản"), ("evidence", "Trích dẫn"),
]
STATUS_LABELS = {"conferred": "đã tặng", "proposed": "đề nghị", "planned": "dự kiến"}
KIND_LABELS = {"individual": "cá nhân", "collective": "tập thể"}


def _cells(row: dict[str, Any]) -> list[Any]:
    out = []
    for name, _ in COLUMNS:
        value = row.get(name)
        if name == "status":
            value = STATUS_LABELS.get(value, value)
        elif name == "recipient_kind":
            value = KIND_LABELS.get(value, value)
        out.append(value)
    return out


def awards_csv(rows: Iterable[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([heading for _, heading in COLUMNS])
    for row in rows:
        writer.writerow(["" if v is None else v for v in _cells(row)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def awards_xlsx(rows: Iterable[dict[str, Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = "Khen thưởng"
    sheet.append([heading for _, heading in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in rows:
        sheet.append(_cells(row))
        count += 1
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    for i, (name, _) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = {"recipient": 45, "award": 45, "evidence": 60,
                                                                "form": 35, "conferred_by": 28}.get(name, 14)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
