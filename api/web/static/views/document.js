// One document: header fields, the text with its records highlighted, and a side list of records.

import {describeError, request} from "../api.js";
import {clear, formatDate, h, markSubstring, notice} from "../dom.js";
import {segment} from "../highlight.js";
import {citesHref, documentHref, hrefFor} from "../router.js";

/** Record types in drawing order; `key` is the field of GET /documents/{id} that lists them. */
export const TYPES = [
  {type: "reference", key: "references", label: "Trích dẫn văn bản"},
  {type: "date", key: "dates", label: "Ngày tháng"},
  {type: "period", key: "periods", label: "Thời kỳ"},
  {type: "unit", key: "units", label: "Cơ quan, đơn vị"},
  {type: "award", key: "awards", label: "Khen thưởng"},
];
const LABEL = Object.fromEntries(TYPES.map(({type, label}) => [type, label]));

export const AWARD_STATUS = {conferred: "đã tặng", proposed: "đề nghị", planned: "dự kiến"};
const RECIPIENT_KIND = {individual: "cá nhân", collective: "tập thể"};
const PRECISION = {day: "ngày", month: "tháng", year: "năm"};
const DATE_ROLE = {document: "ngày ban hành văn bản", reference: "ngày của văn bản được trích dẫn"};
const METHOD = {text: "đọc trực tiếp", ocr: "nhận dạng chữ (OCR)"};

export function mount(container, route) {
  document.title = "Văn bản — vanban";
  clear(container, h("p", {class: "loading", role: "status"}, "Đang tải văn bản…"));
  load(container, route.id);
}

async function load(container, id) {
  let doc;
  try {
    doc = await request(`/documents/${encodeURIComponent(id)}`);
  } catch (error) {
    clear(container, h("h1", {}, "Văn bản"), notice("error", error.status === 404
      ? `Không có văn bản số ${id} trong kho.` : describeError(error)),
    h("p", {}, h("a", {href: hrefFor("search")}, "‹ Về trang tìm kiếm")));
    return;
  }
  const name = [doc.kind_name, doc.symbol].filter(Boolean).join(" ");
  document.title = `${name || doc.title || doc.source_name} — vanban`;
  const records = collectSpans(doc);
  const text = renderText(doc.text || "", records);
  clear(container,
    h("p", {class: "breadcrumb"}, h("a", {href: hrefFor("search")}, "‹ Tìm kiếm")),
    header(doc),
    h("div", {class: "doc-layout"},
      h("article", {class: "doc-body", "aria-labelledby": "doc-text-heading"},
        h("h2", {id: "doc-text-heading"}, "Nội dung"),
        legend(doc),
        text),
      sideList(doc, records, text)));
}

function header(doc) {
  const signer = [doc.signer_position, doc.signer_name].filter(Boolean).join(" ");
  const fields = [
    ["Loại văn bản", doc.kind_name],
    ["Số, ký hiệu", doc.symbol],
    ["Cơ quan ban hành", [doc.issuer, doc.issuer_parent && `(thuộc ${doc.issuer_parent})`].filter(Boolean).join(" ")],
    ["Nơi ban hành", doc.place],
    ["Ngày ban hành", formatDate(doc.issued)],
    ["Người ký", [signer, doc.signer_authority && `(${doc.signer_authority})`].filter(Boolean).join(" ")],
    ["Nơi nhận", doc.recipients?.length ? h("ul", {class: "inline-list"}, doc.recipients.map((r) => h("li", {}, r))) : null],
    ["Tệp gốc", h("span", {}, h("a", {href: `/documents/${doc.id}/file`, download: doc.source_name || ""}, doc.source_name || "tải về"),
      ` (${METHOD[doc.method] || doc.method}${doc.pages ? `, ${doc.pages} trang` : ""})`)],
  ].filter(([, value]) => value);
  return h("header", {class: "doc-header"},
    h("p", {class: "doc-kind"}, [doc.kind_name, doc.symbol && `Số ${doc.symbol}`].filter(Boolean).join(" · ") || "Văn bản"),
    h("h1", {}, doc.title || doc.source_name || `Văn bản ${doc.id}`),
    doc.summary && doc.summary !== doc.title ? h("p", {class: "doc-summary"}, doc.summary) : null,
    h("dl", {class: "fields"}, fields.map(([label, value]) => h("div", {}, h("dt", {}, label), h("dd", {}, value)))),
    doc.warnings?.length ? notice("warning", "Lưu ý khi đọc tệp: ", doc.warnings.join("; ")) : null,
    doc.stale ? notice("info", "Văn bản được trích xuất bằng phiên bản cũ; kết quả có thể khác nếu trích xuất lại.") : null);
}

/** Every record of the document as a span: {type, start, end, record, anchor}. */
function collectSpans(doc) {
  return TYPES.flatMap(({type, key}) => (doc[key] || []).map((record, index) => ({
    type, start: record.start, end: record.end, record, anchor: `rec-${type}-${index}`,
  })));
}

/** Where a reference leads: the cited document when it is stored, else who else cites it. */
export function referenceHref(reference) {
  if (reference.cited_document_id) return documentHref(reference.cited_document_id);
  return citesHref(reference.symbol || reference.name || reference.evidence, reference.year);
}

function renderText(text, spans) {
  const box = h("div", {class: "doc-text", lang: "vi"});
  const coveredBy = new WeakMap(); // segment element → its spans, outermost first
  const anchored = new Set();
  for (const piece of segment(text.length, spans)) {
    const content = text.slice(piece.start, piece.end);
    if (!piece.spans.length) {
      box.append(content);
      continue;
    }
    const covering = piece.spans.map((index) => spans[index]);
    const innermost = covering[covering.length - 1];
    const reference = [...covering].reverse().find((span) => span.type === "reference");
    const types = [...new Set(covering.map((span) => span.type))];
    const el = h(reference ? "a" : "span", {
      class: ["hl", ...types.map((type) => `hl-${type}`)].join(" "),
      href: reference ? referenceHref(reference.record) : false,
      dataset: {types: types.join(" "), top: innermost.type},
      // Stripes under the text, one per layer (innermost lowest), so nesting stays visible.
      style: `box-shadow: ${[...covering].reverse().map((span, i) => `inset 0 -${2 * (i + 1)}px 0 var(--c-${span.type})`).join(", ")}`,
    }, content);
    for (const span of covering) {
      if (span.start === piece.start && !anchored.has(span.anchor)) {
        anchored.add(span.anchor);
        // The first segment of a record is where the side list jumps to.
        el.dataset.anchors = `${el.dataset.anchors || ""} ${span.anchor}`.trim();
      }
    }
    coveredBy.set(el, covering);
    box.append(el);
  }
  attachTooltip(box, coveredBy);
  return box;
}

/** Hover or focus on a highlight shows its records (every layer). */
function attachTooltip(box, coveredBy) {
  const tooltip = document.getElementById("tooltip");
  const show = (el) => {
    clear(tooltip, coveredBy.get(el).map(({type, record}) => recordCard(type, record)));
    tooltip.hidden = false;
    const box = el.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    tooltip.style.maxWidth = `${width}px`;
    tooltip.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
    const below = box.bottom + 6;
    const height = tooltip.offsetHeight;
    tooltip.style.top = `${below + height > window.innerHeight && box.top > height + 6 ? box.top - height - 6 : below}px`;
    el.setAttribute("aria-describedby", "tooltip");
  };
  const hide = (el) => {
    tooltip.hidden = true;
    el?.removeAttribute("aria-describedby");
  };
  box.addEventListener("mouseover", (event) => {
    const el = event.target.closest(".hl");
    if (el) show(el);
  });
  box.addEventListener("mouseout", (event) => {
    const el = event.target.closest(".hl");
    if (el && !el.contains(event.relatedTarget)) hide(el);
  });
  box.addEventListener("focusin", (event) => event.target.closest(".hl") && show(event.target.closest(".hl")));
  box.addEventListener("focusout", (event) => hide(event.target.closest(".hl")));
  box.addEventListener("keydown", (event) => event.key === "Escape" && hide(event.target.closest(".hl")));
  window.addEventListener("hashchange", () => hide(null), {once: true});
}

/** The fields of one record, in Vietnamese, for the tooltip and the side list. */
export function recordFields(type, r) {
  switch (type) {
    case "reference":
      return [
        ["Văn bản", [r.kind, r.symbol || r.name].filter(Boolean).join(" ")],
        ["Ngày ban hành", formatDate(r.issued) || (r.year && `năm ${r.year}`)],
        ["Cơ quan ban hành", r.issuer],
        ["Quan hệ", r.relation],
        ["Trích yếu", r.subject],
        ["Trong kho", r.cited_document_id ? `có (${r.cited_document_symbol || `văn bản ${r.cited_document_id}`})` : "chưa có — xem các văn bản cùng trích dẫn"],
      ];
    case "date":
      return [["Ngày", formatDate(r.value)], ["Độ chính xác", PRECISION[r.precision] || r.precision],
        ["Vai trò", DATE_ROLE[r.role] || r.role]];
    case "period":
      return [["Thời kỳ", [r.label, r.first === r.last ? r.first : `${r.first}–${r.last}`].filter(Boolean).join(" ")]];
    case "unit":
      return [["Tên", r.name], ["Địa phương", r.locality], ["Cấp", r.level]];
    case "award":
      return [
        ["Hình thức", r.award],
        ["Hạng", r.award_class],
        ["Người, cơ quan khen", r.conferred_by],
        ["Đối tượng", [r.recipient, r.recipient_kind && `(${RECIPIENT_KIND[r.recipient_kind] || r.recipient_kind})`].filter(Boolean).join(" ")],
        ["Số lượng", r.count],
        ["Năm", r.year],
        ["Trạng thái", AWARD_STATUS[r.status] || r.status],
      ];
    default:
      return [];
  }
}

function fieldList(type, record) {
  const rows = recordFields(type, record).filter(([, value]) => value !== null && value !== undefined && value !== "");
  return h("dl", {class: "record-fields"}, rows.map(([label, value]) => h("div", {}, h("dt", {}, label), h("dd", {}, String(value)))));
}

function recordCard(type, record) {
  return h("div", {class: `record-card record-${type}`},
    h("p", {class: "record-type"}, h("span", {class: `swatch swatch-${type}`, "aria-hidden": "true"}), LABEL[type]),
    h("p", {class: "record-evidence"}, `“${record.evidence}”`),
    fieldList(type, record));
}

function legend(doc) {
  return h("ul", {class: "legend", "aria-label": "Chú giải màu"}, TYPES.map(({type, key, label}) =>
    h("li", {}, h("span", {class: `swatch swatch-${type}`, "aria-hidden": "true"}), `${label} (${(doc[key] || []).length})`)));
}

function sideList(doc, spans, textBox) {
  const jump = (anchor) => {
    const target = textBox.querySelector(`[data-anchors~="${anchor}"]`);
    if (!target) return;
    target.scrollIntoView({block: "center", behavior: "smooth"});
    target.setAttribute("tabindex", "-1");
    target.focus({preventScroll: true});
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 1600);
  };
  const groups = TYPES.map(({type, key, label}) => {
    const items = spans.filter((span) => span.type === type);
    return h("details", {class: `record-group group-${type}`, open: items.length > 0 && items.length <= 40, dataset: {type}},
      h("summary", {}, h("span", {class: `swatch swatch-${type}`, "aria-hidden": "true"}), `${label} `,
        h("span", {class: "count"}, String(items.length))),
      items.length ? h("ol", {}, items.map(({record, anchor}) => h("li", {class: "record-item", dataset: {type}},
        h("button", {type: "button", class: "linklike", onclick: () => jump(anchor),
          title: "Tới vị trí trong văn bản"}, record.evidence),
        type === "reference" ? h("a", {class: "record-link", href: referenceHref(record)},
          record.cited_document_id ? "Mở văn bản được trích dẫn" : "Văn bản nào cũng trích dẫn?") : null,
        fieldList(type, record)))) : h("p", {class: "hint"}, "Không có."));
  });
  const citedBy = doc.cited_by || [];
  return h("aside", {class: "records", "aria-labelledby": "records-heading"},
    h("h2", {id: "records-heading"}, "Thông tin trích xuất"),
    groups,
    h("section", {class: "cited-by"},
      h("h3", {}, `Được trích dẫn bởi (${citedBy.length})`),
      citedBy.length ? h("ul", {}, citedBy.map((c) => h("li", {},
        h("a", {href: documentHref(c.document_id)}, c.symbol || c.title || `Văn bản ${c.document_id}`),
        c.relation ? ` — ${c.relation}` : "",
        c.sentence ? h("p", {class: "quote"}, markSubstring(c.sentence, doc.symbol)) : null)))
        : h("p", {class: "hint"}, "Chưa văn bản nào trong kho trích dẫn văn bản này.")));
}
