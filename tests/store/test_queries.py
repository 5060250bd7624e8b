"""Reads: search, citations in any form, the award register, units, filters (both databases)."""

from __future__ import annotations

import pytest

from api import queries

from .factories import award_decision, citing, directive_19_2021

NO_FILTER = queries.DocumentFilters()


@pytest.fixture
def archive_19(store):
    """Two directives numbered 19/CT-TTg (2020 and 2021) cited by three plans, one of them stored."""
    ids = {
        "cites_2021": store(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", year=2022)),
        "cites_2021_again": store(citing("Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ",
                                         year=2023)),
        "cites_2020": store(citing("Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ", year=2020)),
        "directive": store(directive_19_2021()),
        "other": store(citing("Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ", year=2021)),
    }
    return ids


@pytest.mark.parametrize("written", ["Chỉ thị 19/CT-TTg", "chi thi 19/ct-ttg", "19/CT-TTg", "19/CT/TTg",
                                     "Chỉ thị số 19/CT‑TTg"])
def test_who_cites_answers_whatever_form_the_query_takes(conn, archive_19, written):
    result = queries.citations(conn, written)
    citing_ids = {d["document_id"] for g in result["groups"] for d in g["documents"]}
    assert citing_ids == {archive_19["cites_2021"], archive_19["cites_2021_again"], archive_19["cites_2020"]}
    assert result["ambiguous"] is True
    assert [g["year"] for g in result["groups"]] == [2020, 2021]
    group_2021 = result["groups"][1]
    assert group_2021["cited_document_id"] == archive_19["directive"]
    assert result["groups"][0]["cited_document_id"] is None
    sentences = [c["sentence"] for d in group_2021["documents"] for c in d["citations"]]
    assert all("19/CT-TTg" in s and s.startswith("Thực hiện") for s in sentences)
    assert {c["relation"] for d in group_2021["documents"] for c in d["citations"]} == {"thực hiện"}


@pytest.mark.parametrize("written, expected", [("CT 19 năm 2021", {"cites_2021", "cites_2021_again"}),
                                               ("chi thi so 19 nam 2020", {"cites_2020"}),
                                               ("19/CT-TTg ngày 16/7/2021", {"cites_2021", "cites_2021_again"})])
def test_a_year_in_the_query_picks_one_of_the_documents_sharing_a_number(conn, archive_19, written, expected):
    result = queries.citations(conn, written)
    assert {d["document_id"] for g in result["groups"] for d in g["documents"]} == {archive_19[k] for k in expected}
    assert result["ambiguous"] is False


def test_citations_of_a_named_law(conn, store):
    plan = store(citing("Luật Thi đua, Khen thưởng số 06/2022/QH15"))
    store(citing("Nghị định số 91/2017/NĐ-CP"))
    result = queries.citations(conn, "luat thi dua, khen thuong")
    assert {d["document_id"] for g in result["groups"] for d in g["documents"]} == {plan}


def test_document_filter_by_what_it_cites(conn, archive_19):
    listed = queries.list_documents(conn, queries.DocumentFilters(cites="CT 19 năm 2020"))
    assert [d["id"] for d in listed["items"]] == [archive_19["cites_2020"]]


def test_accentless_search_finds_accented_text_and_marks_it_in_the_original(conn, store):
    hit = store(citing("Nghị định số 91/2017/NĐ-CP", title="Đẩy mạnh phong trào thi đua khen thưởng ở cơ sở"))
    store(award_decision(["Bệnh viện Đa khoa tỉnh Ninh Bình"]))
    result = queries.search(conn, "day manh thi dua khen thuong", NO_FILTER)
    assert [i["id"] for i in result["items"]] == [hit]
    assert "<mark>Đẩy</mark> <mark>mạnh</mark>" in result["items"][0]["snippet"]


def test_search_ranks_title_matches_first_and_pages(conn, store):
    in_body = [store(citing("Nghị định số 91/2017/NĐ-CP", title=f"Kế hoạch công tác năm {2010 + i}"))
               for i in range(3)]  # "Sở Giáo dục và Đào tạo" is in every body
    in_title = store(citing("Nghị định số 91/2017/NĐ-CP", title="Phát triển giáo dục và đào tạo nghề"))
    first = queries.search(conn, "giao duc dao tao", NO_FILTER, limit=2)
    assert first["total"] == 4 and first["items"][0]["id"] == in_title
    second = queries.search(conn, "giao duc dao tao", NO_FILTER, limit=2, offset=2)
    assert {i["id"] for i in first["items"] + second["items"]} == set(in_body) | {in_title}


def test_search_facets_count_the_matching_documents(conn, store):
    store(citing("Nghị định số 91/2017/NĐ-CP", year=2021))
    store(citing("Nghị định số 91/2017/NĐ-CP", year=2022))
    store(award_decision(["Sở Tư pháp tỉnh Ninh Bình"], year=2022))
    result = queries.search(conn, "so noi vu", NO_FILTER)
    assert result["total"] == 3
    assert {f["value"]: f["count"] for f in result["facets"]["kind"]} == {"Kế hoạch": 2, "Quyết định": 1}
    assert {f["value"]: f["count"] for f in result["facets"]["year"]} == {2021: 1, 2022: 2}
    for kind in ("Quyết định", "QĐ"):  # the kind's name or its abbreviation
        filtered = queries.search(conn, "so noi vu", queries.DocumentFilters(kind=kind))
        assert filtered["total"] == 1 and filtered["facets"]["kind"] == [{"value": "Quyết định", "count": 1}]
    # A filter the index does not carry (a date range) takes the general path, with the same answers.
    ranged = queries.search(conn, "so noi vu", queries.DocumentFilters(issued_from="2022-01-01"))
    assert ranged["total"] == 2 and {f["value"] for f in ranged["facets"]["year"]} == {2022}
    by_issuer = queries.search(conn, "so noi vu", queries.DocumentFilters(issuer="uy ban nhan dan tinh ninh binh"))
    assert by_issuer["total"] == 3


def test_a_query_of_punctuation_only_finds_nothing_without_error(conn, store):
    store(citing("Nghị định số 91/2017/NĐ-CP"))
    assert queries.search(conn, "\"-*:( )", NO_FILTER)["total"] == 0


def test_award_register_filters_accentless_and_sorts(conn, store):
    store(award_decision(["Sở Y tế tỉnh Ninh Bình", "Bà Trần Thị Hương, Phó Giám đốc Sở Tài chính"], year=2023))
    store(award_decision(["Trường Trung học phổ thông Lương Văn Tụy"], year=2021,
                         award="Cờ thi đua của Ủy ban nhân dân tỉnh"))
    everything = queries.awards(conn, queries.AwardFilters(), sort="year")
    assert [a["year"] for a in everything["items"]] == sorted(a["year"] for a in everything["items"])
    assert everything["total"] == 3
    by_name = queries.awards(conn, queries.AwardFilters(recipient="tran thi huong"))
    assert [a["recipient"] for a in by_name["items"]] == ["Trần Thị Hương"]  # the name, without title and post
    flags = queries.awards(conn, queries.AwardFilters(form="co thi dua", status="conferred"))
    assert [a["recipient"] for a in flags["items"]] == ["Trường Trung học phổ thông Lương Văn Tụy"]
    assert flags["items"][0]["conferred_by"] == "Ủy ban nhân dân tỉnh"
    summary = queries.award_summary(conn, queries.AwardFilters())
    assert sum(s["count"] for s in summary) == 3


def test_units_directory_counts_documents_and_mentions(conn, store):
    store(citing("Nghị định số 91/2017/NĐ-CP"))
    store(citing("Nghị định số 98/2023/NĐ-CP"))
    result = queries.units(conn, "so noi vu")
    row = next(u for u in result["items"] if u["name"] == "Sở Nội vụ")
    assert (row["documents"], row["mentions"]) == (2, 2)


def test_stats_and_document_detail(conn, archive_19):
    stats = queries.stats(conn)
    assert stats["documents"] == 5 and stats["resolved_citations"] == 2 and stats["stale_documents"] == 0
    detail = queries.document_detail(conn, archive_19["directive"])
    assert {c["document_id"] for c in detail["cited_by"]} == {archive_19["cites_2021"],
                                                              archive_19["cites_2021_again"]}
    plan = queries.document_detail(conn, archive_19["cites_2021"])
    ref = next(r for r in plan["references"] if r["symbol"] == "19/CT-TTg")
    assert ref["cited_document_id"] == archive_19["directive"] and ref["cited_document_symbol"] == "19/CT-TTg"
    for kind in ("references", "dates", "units", "awards"):
        for record in plan[kind]:
            assert plan["text"][record["start"]:record["end"]] == record["evidence"]
    assert queries.document_detail(conn, 10_000) is None


def test_very_broad_searches_come_newest_first(conn, store, monkeypatch):
    import models.fulltext

    ids = [store(citing("Nghị định số 91/2017/NĐ-CP", year=y)) for y in (2019, 2023, 2021)]
    ranked = queries.search(conn, "so noi vu", NO_FILTER)
    assert ranked["order"] == "relevance" and ranked["total"] == 3
    monkeypatch.setattr(models.fulltext, "RANKED_MAX", 2)
    dated = queries.search(conn, "so noi vu", NO_FILTER)
    assert dated["order"] == "date" and [i["id"] for i in dated["items"]] == [ids[1], ids[2], ids[0]]
    assert dated["total"] == 3 and {f["value"]: f["count"] for f in dated["facets"]["year"]} == {2019: 1, 2021: 1, 2023: 1}


def test_award_text_filters_are_substrings_of_any_length(conn, store):
    store(award_decision(["Bệnh viện Y học cổ truyền tỉnh Ninh Bình", "Ông Lê Văn Tú, Trưởng phòng"], year=2023))
    for filters, expected in ((queries.AwardFilters(recipient="y hoc co truyen"), 1),
                              (queries.AwardFilters(recipient="tú"), 1),  # two letters: no trigram, still found
                              (queries.AwardFilters(form="bang khen", conferred_by="chu tich"), 2),
                              (queries.AwardFilters(conferred_by="thu tuong"), 0)):
        assert queries.awards(conn, filters)["total"] == expected, filters


def test_citing_documents_come_by_pages_within_a_year(conn, store):
    plans = [store(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", year=2022, month=m))
             for m in (1, 2, 3, 4, 5)]
    store(citing("Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ", year=2020))
    first = queries.citations(conn, "19/CT-TTg", per_group=2)
    assert first["total"] == 6 and [(g["year"], g["count"], len(g["documents"])) for g in first["groups"]] == \
        [(2020, 1, 1), (2021, 5, 2)]
    pages = [queries.citations(conn, "19/CT-TTg", year=2021, per_group=2, offset=o)["groups"] for o in (0, 2, 4)]
    assert all(len(p) == 1 and p[0]["year"] == 2021 for p in pages)
    seen = [d["document_id"] for p in pages for d in p[0]["documents"]]
    assert seen == list(reversed(plans))  # most recently stored first, each once
