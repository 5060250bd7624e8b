// Search: one box (accent-insensitive on the server), facet filters, ranked results, paging.
// Without words it lists the latest documents, with the same filters.

import {describeError, request} from "../api.js";
import {clear, formatDate, formatNumber, h, notice, snippetNodes} from "../dom.js";
import {documentHref, hrefFor, navigate} from "../router.js";

const PAGE_SIZE = 10;
const FACETS = [
  {name: "kind", label: "Loại văn bản"},
  {name: "issuer", label: "Cơ quan ban hành"},
  {name: "year", label: "Năm ban hành"},
];

export function mount(container, route) {
  const input = h("input", {id: "search-q", name: "q", type: "search", autocomplete: "off",
    placeholder: "ví dụ: chi thi 19 thi dua", "aria-describedby": "search-hint"});
  const form = h("form", {class: "search-form", role: "search", onsubmit: (event) => {
    event.preventDefault();
    // A new search keeps the filters but starts again at page 1.
    navigate("search", {...currentFilters(route.params), q: input.value.trim()});
  }},
  h("label", {for: "search-q"}, "Từ khóa"),
  h("div", {class: "search-row"}, input, h("button", {type: "submit", class: "primary"}, "Tìm")),
  h("p", {id: "search-hint", class: "hint"},
    "Gõ có dấu hay không dấu đều được: “thi dua” tìm thấy “thi đua”. ",
    "Đặt cụm từ trong ngoặc kép để tìm đúng cụm."));
  // On a phone the facets fold away, so the results come first on the screen.
  const facets = h("div", {class: "facets"});
  const facetBox = h("details", {class: "facet-box", open: matchMedia("(min-width: 860px)").matches},
    h("summary", {}, "Bộ lọc: loại, cơ quan, năm"), facets);
  const results = h("section", {class: "results", "aria-label": "Kết quả"});
  const status = h("p", {class: "visually-hidden", role: "status"}); // announces each new result count
  clear(container, h("h1", {}, "Tìm kiếm văn bản"), form, status,
    h("div", {class: "search-layout"}, h("aside", {"aria-label": "Bộ lọc"}, facetBox), results));

  async function update(next) {
    route = next;
    const params = next.params;
    input.value = params.get("q") || "";
    const hadFocus = container.contains(document.activeElement) && document.activeElement !== input;
    document.title = params.get("q") ? `“${params.get("q")}” — Tìm kiếm — vanban` : "Tìm kiếm — vanban";
    clear(results, h("p", {class: "loading", role: "status"}, "Đang tìm…"));
    try {
      await render(params, facets, results);
      status.textContent = results.querySelector(".results-heading").textContent;
    } catch (error) {
      clear(results, notice("error", describeError(error)));
    }
    // Facet and page links are replaced by the new results: keep keyboard focus in the results.
    if (hadFocus && !container.contains(document.activeElement)) results.querySelector("[tabindex='-1']")?.focus();
  }

  update(route);
  if (!route.params.get("q")) input.focus();
  return {update};
}

function currentFilters(params) {
  return Object.fromEntries(FACETS.map(({name}) => [name, params.get(name) || ""]));
}

async function render(params, facetsBox, results) {
  const q = params.get("q") || "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const filters = currentFilters(params);
  const query = {...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE};
  const data = q ? await request("/search", {params: {q, ...query}}) : await request("/documents", {params: query});

  renderFacets(facetsBox, q, filters, data.facets);
  const heading = q
    ? (data.total ? `Tìm thấy ${formatNumber(data.total)} văn bản cho “${q}”` : `Không tìm thấy văn bản nào cho “${q}”`)
    : `Văn bản mới nhất (${formatNumber(data.total)})`;
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  clear(results,
    h("h2", {class: "results-heading", tabindex: "-1"}, heading),
    activeFilters(q, filters),
    data.order === "date" ? h("p", {class: "hint"},
      "Rất nhiều văn bản khớp nên kết quả được xếp theo ngày, mới nhất trước. Thêm từ hoặc bộ lọc để xếp theo mức độ phù hợp.") : null,
    data.items.length ? h("ol", {class: "result-list", start: (page - 1) * PAGE_SIZE + 1},
      data.items.map((item) => resultCard(item))) : (q ? h("p", {class: "hint"},
      "Thử bớt từ, bỏ bộ lọc, hoặc kiểm tra chính tả.") : null),
    pager(page, pages, (p) => hrefFor("search", {q, ...filters, page: p > 1 ? p : ""})));
}

function resultCard(item) {
  const meta = [item.kind_name, item.symbol && `Số ${item.symbol}`, item.issuer,
    item.issued && `ngày ${formatDate(item.issued)}`].filter(Boolean);
  return h("li", {class: "result card"},
    h("h3", {}, h("a", {href: documentHref(item.id)}, item.title || item.source_name || `Văn bản ${item.id}`)),
    h("p", {class: "meta"}, meta.join(" · ")),
    item.snippet ? h("p", {class: "snippet"}, snippetNodes(item.snippet)) : null);
}

function activeFilters(q, filters) {
  const active = FACETS.filter(({name}) => filters[name]);
  if (!active.length) return null;
  return h("ul", {class: "chips", "aria-label": "Bộ lọc đang dùng"}, active.map(({name, label}) =>
    h("li", {}, h("a", {class: "chip", href: hrefFor("search", {q, ...filters, [name]: ""}),
      "aria-label": `Bỏ lọc ${label}: ${filters[name]}`}, `${label}: ${filters[name]}`, h("span", {"aria-hidden": "true"}, " ×")))));
}

function renderFacets(box, q, filters, facets) {
  if (!facets) {
    clear(box, h("p", {class: "hint"}, "Gõ từ khóa để xem bộ lọc theo loại, cơ quan và năm."));
    return;
  }
  clear(box, FACETS.map(({name, label}) => {
    const values = facets[name] || [];
    return h("section", {class: "facet", "aria-labelledby": `facet-${name}`},
      h("h3", {id: `facet-${name}`}, label),
      values.length ? h("ul", {}, values.map(({value, count}) => {
        const text = value === null || value === "" ? "Không rõ" : String(value);
        const selected = filters[name] && String(filters[name]) === String(value);
        const body = [h("span", {class: "facet-value"}, text), h("span", {class: "count"}, formatNumber(count))];
        // Documents with no value cannot be filtered on: shown for the count only.
        if (value === null || value === "") return h("li", {class: "facet-item muted"}, body);
        return h("li", {class: "facet-item"}, h("a", {
          href: hrefFor("search", {q, ...filters, [name]: selected ? "" : value}),
          "aria-current": selected ? "true" : false, dataset: {facet: name, value: text},
          "aria-label": `${selected ? "Bỏ lọc" : "Lọc"} ${label}: ${text} (${count} văn bản)`,
        }, body));
      })) : h("p", {class: "hint"}, "—"));
  }));
}

/** Previous / next links; `hrefOf(page)` builds the address of a page. */
export function pager(page, pages, hrefOf) {
  if (pages <= 1) return null;
  return h("nav", {class: "pager", "aria-label": "Phân trang"},
    page > 1 ? h("a", {href: hrefOf(page - 1), rel: "prev"}, "‹ Trang trước") : h("span", {class: "disabled"}, "‹ Trang trước"),
    h("span", {class: "page-of", "aria-current": "page"}, `Trang ${page} / ${pages}`),
    page < pages ? h("a", {href: hrefOf(page + 1), rel: "next"}, "Trang sau ›") : h("span", {class: "disabled"}, "Trang sau ›"));
}
