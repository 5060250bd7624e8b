// Who cites: a reference in any form ("19/CT-TTg", "chỉ thị 19 năm 2021") → the citing
// documents, grouped by the year of the cited document (one symbol can name several documents).

import {describeError, request} from "../api.js";
import {clear, formatDate, formatNumber, h, markSubstring, notice} from "../dom.js";
import {documentHref, navigate} from "../router.js";

const EXAMPLES = ["19/CT-TTg", "chỉ thị 19 năm 2021", "Luật Thi đua, Khen thưởng", "91/2017/NĐ-CP"];

export function mount(container, route) {
  const input = h("input", {id: "cites-ref", name: "ref", type: "search", autocomplete: "off", required: true,
    placeholder: "ví dụ: 19/CT-TTg", "aria-describedby": "cites-hint"});
  const form = h("form", {class: "search-form", role: "search", onsubmit: (event) => {
    event.preventDefault();
    navigate("cites", {ref: input.value.trim()});
  }},
  h("label", {for: "cites-ref"}, "Văn bản được trích dẫn"),
  h("div", {class: "search-row"}, input, h("button", {type: "submit", class: "primary"}, "Tra cứu")),
  h("p", {id: "cites-hint", class: "hint"}, "Viết số ký hiệu theo cách nào cũng được (19/CT-TTg, 19/ct-ttg, Chỉ thị số 19/CT-TTg), ",
    "số kèm loại và năm (chi thi 19 nam 2021) hoặc tên (Luật Thi đua, Khen thưởng). Thử: ",
    EXAMPLES.map((example, i) => [i ? ", " : "", h("button", {type: "button", class: "linklike",
      onclick: () => navigate("cites", {ref: example})}, example)])));
  const results = h("section", {class: "cites-results", "aria-live": "polite"});
  clear(container, h("h1", {}, "Văn bản nào trích dẫn?"), form, results);

  function update(next) {
    const ref = next.params.get("ref") || "";
    input.value = ref;
    document.title = ref ? `Trích dẫn ${ref} — vanban` : "Trích dẫn — vanban";
    if (!ref) {
      clear(results);
      input.focus();
      return;
    }
    clear(results, h("p", {class: "loading"}, "Đang tra cứu…"));
    show(results, ref, Number(next.params.get("year")) || null);
  }
  update(route);
  return {update};
}

async function show(results, ref, year) {
  let data;
  try {
    data = await request("/citations", {params: {ref}});
  } catch (error) {
    clear(results, notice("error", error.status === 422
      ? `“${ref}” không giống tên hay số ký hiệu của văn bản nào. Hãy viết số ký hiệu (19/CT-TTg), loại và số (Chỉ thị 19 năm 2021) hoặc tên văn bản.`
      : describeError(error)));
    return;
  }
  if (!data.total) {
    clear(results, notice("info", `Chưa văn bản nào trong kho trích dẫn “${ref}”.`));
    return;
  }
  const known = data.groups.filter((group) => group.year);
  clear(results,
    h("h2", {}, `${formatNumber(data.total)} văn bản trích dẫn “${ref}”`),
    data.ambiguous ? notice("warning", `Ký hiệu này ứng với ${known.length} văn bản khác nhau (năm `,
      known.map((g) => g.year).join(", "), "). Kết quả được nhóm theo năm của văn bản được trích dẫn.") : null,
    data.groups.map((group) => groupSection(ref, group, year)));
  const wanted = results.querySelector(".cite-group.wanted");
  wanted?.scrollIntoView({block: "start"});
}

function groupSection(ref, group, wantedYear) {
  const title = group.year ? `${group.cited || "Văn bản"} năm ${group.year}` : `${group.cited || "Văn bản"} — không rõ năm`;
  const about = [
    group.issued.length ? `ban hành ${group.issued.map(formatDate).join(", ")}` : null,
    group.issuers.length ? group.issuers.join(", ") : null,
  ].filter(Boolean).join(" · ");
  const headingId = `cites-${group.year || "unknown"}`;
  return h("section", {class: `cite-group card${group.year && group.year === wantedYear ? " wanted" : ""}`,
    "aria-labelledby": headingId, dataset: {year: group.year || ""}},
  h("h3", {id: headingId}, group.cited_document_id ? h("a", {href: documentHref(group.cited_document_id)}, title) : title),
  about ? h("p", {class: "meta"}, about) : null,
  group.year ? null : h("p", {class: "hint"}, "Các trích dẫn này không ghi năm nên chưa biết là văn bản nào."),
  h("p", {class: "meta"}, `${formatNumber(group.count)} văn bản trích dẫn (mới lưu gần nhất trước):`),
  citingList(ref, group));
}

/** The group's citing documents, a page at a time: the server sends the first page with the group. */
function citingList(ref, group) {
  const list = h("ol", {class: "citing-list"}, group.documents.map(citingItem));
  let shown = group.documents.length;
  const more = h("button", {type: "button", class: "linklike more", onclick: async () => {
    more.disabled = true;
    try {
      const page = await request("/citations", {params: {ref, year: group.year || 0, offset: shown, limit: 20}});
      const documents = page.groups[0]?.documents || [];
      list.append(...documents.map(citingItem));
      shown += documents.length;
    } catch (error) {
      more.replaceWith(notice("error", describeError(error)));
      return;
    }
    more.disabled = false;
    more.hidden = shown >= group.count;
  }}, "Xem thêm");
  more.hidden = shown >= group.count;
  return [list, more];
}

function citingItem(doc) {
  return h("li", {class: "citing"},
    h("p", {class: "citing-title"},
      h("a", {href: documentHref(doc.document_id)}, [doc.kind, doc.symbol].filter(Boolean).join(" ") || `Văn bản ${doc.document_id}`),
      doc.title ? ` — ${doc.title}` : "",
      h("span", {class: "meta"}, [doc.issuer, doc.issued && formatDate(doc.issued)].filter(Boolean).map((t) => ` · ${t}`).join(""))),
    doc.citations.map((citation) => h("blockquote", {class: "quote"},
      citation.relation ? h("span", {class: "relation"}, citation.relation) : null,
      " ", markSubstring(citation.sentence || citation.evidence, citation.evidence))));
}
