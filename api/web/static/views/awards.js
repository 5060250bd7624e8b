// The award register: filters, a sortable table, a chart by year and form, CSV/XLSX export.
// Everything the user chooses lives in the address, so a filtered view can be bookmarked or sent.

import {describeError, queryString, request} from "../api.js";
import {awardsChart} from "../chart.js";
import {clear, formatDate, formatNumber, h, notice} from "../dom.js";
import {documentHref, hrefFor, navigate} from "../router.js";
import {AWARD_STATUS} from "./document.js";
import {pager} from "./search.js";

const PAGE_SIZE = 25;
const FILTERS = [
  {name: "recipient", label: "Đối tượng được khen", placeholder: "tên người, tập thể"},
  {name: "unit", label: "Đơn vị", placeholder: "ví dụ: so giao duc"},
  {name: "form", label: "Hình thức khen thưởng", placeholder: "ví dụ: bang khen"},
  {name: "conferred_by", label: "Cấp khen", placeholder: "ví dụ: thu tuong"},
  {name: "year", label: "Năm", placeholder: "2024", type: "number"},
];
const COLUMNS = [ // [sort key or null, heading]
  ["recipient", "Đối tượng"],
  ["form", "Hình thức"],
  ["conferred_by", "Cấp khen"],
  ["year", "Năm"],
  ["status", "Trạng thái"],
  [null, "Văn bản"],
];
const RECIPIENT_KIND = {individual: "cá nhân", collective: "tập thể"};

export function mount(container, route) {
  document.title = "Khen thưởng — vanban";
  const inputs = {};
  const fields = FILTERS.map(({name, label, placeholder, type}) => {
    inputs[name] = h("input", {id: `award-${name}`, name, type: type || "search", placeholder, autocomplete: "off",
      inputmode: type === "number" ? "numeric" : false, min: type === "number" ? "1900" : false,
      max: type === "number" ? "2100" : false, list: name === "form" ? "award-forms" : false});
    return h("div", {class: "field"}, h("label", {for: `award-${name}`}, label), inputs[name]);
  });
  inputs.status = h("select", {id: "award-status", name: "status"},
    h("option", {value: ""}, "Tất cả"),
    Object.entries(AWARD_STATUS).map(([value, label]) => h("option", {value}, label)));
  const formsList = h("datalist", {id: "award-forms"});
  const form = h("form", {class: "filters card", "aria-label": "Lọc khen thưởng", onsubmit: (event) => {
    event.preventDefault();
    const values = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.value.trim()]));
    navigate("awards", {...values, sort: route.params.get("sort") || ""});
  }},
  fields,
  h("div", {class: "field"}, h("label", {for: "award-status"}, "Trạng thái"), inputs.status),
  formsList,
  h("div", {class: "filter-actions"},
    h("button", {type: "submit", class: "primary"}, "Lọc"),
    h("a", {href: hrefFor("awards"), class: "button"}, "Bỏ lọc")),
  h("p", {class: "hint"}, "Không cần gõ dấu; mỗi ô tìm theo một phần của tên."));

  const summary = h("section", {class: "chart-box card", "aria-labelledby": "chart-heading"});
  const table = h("section", {class: "register", "aria-labelledby": "register-heading"});
  clear(container, h("h1", {}, "Sổ khen thưởng"), form, summary, table);

  async function update(next) {
    route = next;
    const params = next.params;
    for (const [name, input] of Object.entries(inputs)) input.value = params.get(name) || "";
    const filters = Object.fromEntries(Object.keys(inputs).map((name) => [name, params.get(name) || ""]));
    const sort = params.get("sort") || "-year";
    const page = Math.max(1, Number(params.get("page")) || 1);
    clear(table, h("p", {class: "loading", role: "status"}, "Đang tải…"));
    try {
      const [data, counts] = await Promise.all([
        request("/awards", {params: {...filters, sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE}}),
        request("/awards/summary", {params: filters}),
      ]);
      clear(formsList, [...new Set(counts.map((row) => row.form).filter(Boolean))].sort()
        .map((value) => h("option", {value})));
      renderChart(summary, counts);
      renderTable(table, data, filters, sort, page);
    } catch (error) {
      clear(table, notice("error", describeError(error)));
    }
  }
  update(route);
  return {update};
}

const innerWidth = (el) => {
  const style = getComputedStyle(el);
  return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
};

function renderChart(box, counts) {
  clear(box, h("h2", {id: "chart-heading"}, "Theo năm và hình thức"),
    counts.length ? awardsChart(counts, innerWidth(box)) : h("p", {class: "hint"}, "Không có khen thưởng nào để vẽ."));
}

function renderTable(box, data, filters, sort, page) {
  const exportHref = (format) => `/awards${queryString({...filters, sort, format})}`;
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  clear(box,
    h("div", {class: "section-head"},
      h("h2", {id: "register-heading", tabindex: "-1"}, `${formatNumber(data.total)} khen thưởng`),
      h("p", {class: "exports"}, "Tải về: ",
        h("a", {href: exportHref("csv"), download: "khen-thuong.csv", class: "button", "aria-label": "Tải về dạng CSV"}, "CSV"),
        " ",
        h("a", {href: exportHref("xlsx"), download: "khen-thuong.xlsx", class: "button", "aria-label": "Tải về dạng Excel (XLSX)"}, "Excel"))),
    data.items.length ? sortMenu(filters, sort) : null,
    data.items.length ? h("div", {class: "table-scroll", tabindex: "0", role: "region", "aria-label": "Bảng khen thưởng, cuộn ngang được"},
      h("table", {class: "awards-table"},
        h("caption", {class: "visually-hidden"}, `Khen thưởng, trang ${page} / ${pages}`),
        h("thead", {}, h("tr", {}, COLUMNS.map(([key, heading]) => headerCell(key, heading, filters, sort)))),
        h("tbody", {}, data.items.map(row)))) : notice("info", "Không có khen thưởng nào khớp bộ lọc."),
    pager(page, pages, (p) => hrefFor("awards", {...filters, sort, page: p > 1 ? p : ""})));
}

/** On a phone the table's headings are hidden (rows become cards): sorting is a menu there. */
function sortMenu(filters, sort) {
  const options = COLUMNS.filter(([key]) => key).flatMap(([key, heading]) => [
    [key === "year" ? "-year" : key, `${heading} ${key === "year" ? "(mới trước)" : "(A–Z)"}`],
    [key === "year" ? "year" : `-${key}`, `${heading} ${key === "year" ? "(cũ trước)" : "(Z–A)"}`],
  ]);
  const select = h("select", {id: "award-sort", onchange: () => navigate("awards", {...filters, sort: select.value})},
    options.map(([value, label]) => h("option", {value, selected: value === sort}, label)));
  return h("div", {class: "sort-menu phone-only"}, h("label", {for: "award-sort"}, "Sắp xếp theo"), select);
}

function headerCell(key, heading, filters, sort) {
  if (!key) return h("th", {scope: "col"}, heading);
  const active = sort.replace(/^-/, "") === key;
  const descending = active && sort.startsWith("-");
  // First click sorts ascending (years: newest first), the next click reverses.
  const next = active ? (descending ? key : `-${key}`) : (key === "year" ? "-year" : key);
  return h("th", {scope: "col", "aria-sort": active ? (descending ? "descending" : "ascending") : false, dataset: {sort: key}},
    h("a", {href: hrefFor("awards", {...filters, sort: next}), class: "sort",
      title: `Sắp xếp theo ${heading.toLowerCase()}`}, heading,
    h("span", {class: "sort-mark", "aria-hidden": "true"}, active ? (descending ? " ▼" : " ▲") : " ↕")));
}

/** A cell; its content is wrapped so that on a phone it sits beside its label as one block. */
const cell = (label, attrs, ...content) => h("td", {"data-label": label, ...attrs}, h("div", {class: "cell"}, content));
const none = () => h("span", {class: "muted"}, "—");

function row(award) {
  return h("tr", {dataset: {id: award.id}},
    cell("Đối tượng", {}, award.recipient || none(),
      award.recipient_kind ? h("span", {class: "muted"}, ` (${RECIPIENT_KIND[award.recipient_kind] || award.recipient_kind})`) : null,
      award.count ? h("span", {class: "muted"}, ` ×${award.count}`) : null),
    cell("Hình thức", {title: award.award}, award.form || award.award,
      award.award_class && !(award.form || "").includes(award.award_class) ? ` ${award.award_class}` : ""),
    cell("Cấp khen", {}, award.conferred_by || none()),
    cell("Năm", {class: "num"}, award.year ?? "—"),
    cell("Trạng thái", {}, h("span", {class: `status status-${award.status}`}, AWARD_STATUS[award.status] || award.status || "—")),
    cell("Văn bản", {}, h("a", {href: documentHref(award.document_id)}, award.document_symbol || `Văn bản ${award.document_id}`),
      award.document_issued ? h("span", {class: "muted"}, ` (${formatDate(award.document_issued)})`) : null));
}
