from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from .. import queries
from ..deps import Conn, Reader
from ..errors import RESPONSES
from ..export import awards_csv, awards_xlsx

router = APIRouter(tags=["awards"], dependencies=[Reader], responses=RESPONSES)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filters(recipient, unit, form, conferred_by, year, year_from, year_to, status, category, document_id):
    return queries.AwardFilters(recipient=recipient, unit=unit, form=form, conferred_by=conferred_by, year=year,
                                year_from=year_from, year_to=year_to, status=status, category=category,
                                document_id=document_id)


@router.get("/awards", summary="The award register; ?format=csv or xlsx exports every matching row")
def awards(conn: Conn, recipient: str | None = None, unit: str | None = None, form: str | None = None,
           conferred_by: str | None = None, year: int | None = None, year_from: int | None = None,
           year_to: int | None = None, status: Literal["conferred", "proposed", "planned"] | None = None,
           category: str | None = None, document_id: int | None = None,
           sort: Annotated[str, Query(pattern=r"^-?(year|recipient|award|form|conferred_by|status|id)$")] = "-year",
           limit: Annotated[int, Query(ge=1, le=1000)] = 50, offset: Annotated[int, Query(ge=0)] = 0,
           format: Literal["json", "csv", "xlsx"] = "json"):
    filters = _filters(recipient, unit, form, conferred_by, year, year_from, year_to, status, category, document_id)
    if format == "json":
        return queries.awards(conn, filters, limit, offset, sort)
    rows = queries.awards(conn, filters, None, 0, sort)["items"]
    if format == "csv":
        return Response(awards_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="khen-thuong.csv"'})
    return Response(awards_xlsx(rows), media_type=XLSX,
                    headers={"Content-Disposition": 'attachment; filename="khen-thuong.xlsx"'})


@router.get("/awards/summary", summary="Award counts by year and form (for charts)")
def awards_summary(conn: Conn, recipient: str | None = None, unit: str | None = None, form: str | None = None,
                   conferred_by: str | None = None, year: int | None = None, year_from: int | None = None,
                   year_to: int | None = None, status: Literal["conferred", "proposed", "planned"] | None = None,
                   category: str | None = None) -> list[dict]:
    filters = _filters(recipient, unit, form, conferred_by, year, year_from, year_to, status, category, None)
    return queries.award_summary(conn, filters)
