from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from .. import queries
from ..deps import Conn, Reader
from ..errors import RESPONSES, ApiError

router = APIRouter(tags=["search"], dependencies=[Reader], responses=RESPONSES)


@router.get("/search", summary="Full-text search, accent-insensitive, ranked, with snippets and facets")
def search(conn: Conn,
           q: Annotated[str, Query(min_length=1, max_length=500, description="words; \"quoted phrase\"")],
           kind: str | None = None, issuer: str | None = None, year: int | None = None,
           unit: str | None = None, issued_from: str | None = None, issued_to: str | None = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Annotated[int, Query(ge=0)] = 0) -> dict:
    if not q.strip():
        raise ApiError(422, "q: give at least one word to search for")
    filters = queries.DocumentFilters(kind=kind, issuer=issuer, year=year, unit=unit, issued_from=issued_from,
                                      issued_to=issued_to)
    return queries.search(conn, q, filters, limit, offset)


@router.get("/citations", summary="Every document citing a reference, written in any form")
def citations(conn: Conn, ref: Annotated[str, Query(min_length=1, max_length=300,
                                                    description="19/CT-TTg, chi thi 19/ct-ttg, CT 19 năm 2021, "
                                                                "Luật Thi đua, Khen thưởng")],
              year: Annotated[int | None, Query(ge=0, description="one group: the cited document's year, "
                                                                  "0 when unknown")] = None,
              limit: Annotated[int, Query(ge=1, le=200, description="citing documents per group")] = 20,
              offset: Annotated[int, Query(ge=0, description="with year: the page within that group")] = 0) -> dict:
    result = queries.citations(conn, ref, year, limit, offset)
    if not any(result["parsed"].values()):
        raise ApiError(422, f"ref: {ref!r} names no reference; write a symbol (19/CT-TTg), a kind and number "
                            "(Chỉ thị 19 năm 2021) or a name (Luật Thi đua, Khen thưởng)")
    return result


@router.get("/units", summary="The unit directory, with how many documents mention each")
def units(conn: Conn, q: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 50,
          offset: Annotated[int, Query(ge=0)] = 0) -> dict:
    return queries.units(conn, q, limit, offset)
