// A small stacked bar chart of awards by year and form, drawn as SVG (no library, works offline).

import {h, svg} from "./dom.js";

const TOP_FORMS = 5; // the most frequent forms get their own colour; the rest are "Khác"
const OTHER = "Khác";

/**
 * @param {{year: number|null, form: string|null, count: number}[]} rows  GET /awards/summary
 * @param {number} available  the width it will be shown at, in CSS pixels: drawing at that size
 *        keeps the labels at their real font size (the SVG still scales if the window changes)
 * @returns {HTMLElement} a <figure> holding the chart and its legend
 */
export function awardsChart(rows, available = 640) {
  const totals = new Map();
  for (const {form, count} of rows) totals.set(form || OTHER, (totals.get(form || OTHER) || 0) + count);
  const top = [...totals.entries()].filter(([form]) => form !== OTHER)
    .sort((a, b) => b[1] - a[1]).slice(0, TOP_FORMS).map(([form]) => form);
  const series = totals.size > top.length ? [...top, OTHER] : top;
  const seriesOf = (form) => (top.includes(form) ? form : OTHER);

  const byYear = new Map(); // year → Map(series → count)
  for (const {year, form, count} of rows) {
    const key = year ?? "?";
    if (!byYear.has(key)) byYear.set(key, new Map());
    const counts = byYear.get(key);
    counts.set(seriesOf(form), (counts.get(seriesOf(form)) || 0) + count);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === "?") - (b === "?") || a - b);
  const yearTotal = (year) => [...byYear.get(year).values()].reduce((a, b) => a + b, 0);
  const ticks = niceTicks(Math.max(1, ...years.map(yearTotal)));
  const max = ticks[ticks.length - 1]; // the scale ends on the top gridline
  const total = years.reduce((sum, year) => sum + yearTotal(year), 0);

  const width = Math.max(300, Math.round(available));
  const height = width < 500 ? 200 : 240;
  const margin = {top: 12, right: 8, bottom: 28, left: 36};
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const slot = plotW / Math.max(years.length, 1);
  const barW = Math.min(48, slot * 0.7);
  const y = (value) => margin.top + plotH - (value / max) * plotH;

  const description = years.map((year) => `${year}: ${yearTotal(year)}`).join("; ");
  const chart = svg("svg", {viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img",
    "aria-labelledby": "chart-title chart-desc", preserveAspectRatio: "xMidYMid meet"},
  svg("title", {id: "chart-title"}, `Số khen thưởng theo năm và hình thức (tổng ${total})`),
  svg("desc", {id: "chart-desc"}, description),
  ticks.map((tick) => svg("g", {class: "tick"},
    svg("line", {x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick)}),
    svg("text", {x: margin.left - 6, y: y(tick) + 4, "text-anchor": "end"}, String(tick)))),
  years.map((year, i) => {
    const x = margin.left + slot * i + (slot - barW) / 2;
    let base = 0;
    const bars = series.filter((name) => byYear.get(year).get(name)).map((name) => {
      const count = byYear.get(year).get(name);
      const rect = svg("rect", {x, width: barW, y: y(base + count), height: y(base) - y(base + count),
        class: `bar series-${series.indexOf(name)}`, dataset: {year: String(year), form: name, count: String(count)}},
      svg("title", {}, `${year} · ${name}: ${count}`));
      base += count;
      return rect;
    });
    // Years are labelled sparsely when there are many, so the labels never collide.
    const every = Math.ceil(years.length / Math.max(2, Math.floor(plotW / 44)));
    return svg("g", {class: "year"}, bars,
      i % every === 0 || i === years.length - 1 ? svg("text", {x: x + barW / 2, y: height - 8, "text-anchor": "middle"}, String(year)) : null);
  }));

  return h("figure", {class: "chart-figure"},
    chart,
    h("figcaption", {},
      h("ul", {class: "chart-legend", "aria-label": "Chú giải biểu đồ"}, series.map((name, i) =>
        h("li", {}, h("span", {class: `swatch series-${i}`, "aria-hidden": "true"}), `${name} (${name === OTHER ? sumOthers(totals, top) : totals.get(name)})`)))));
}

function sumOthers(totals, top) {
  return [...totals.entries()].filter(([form]) => !top.includes(form)).reduce((sum, [, n]) => sum + n, 0);
}

/** Up to 5 round gridline values from 0 to at least `max`. */
function niceTicks(max) {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) || power * 10;
  const ticks = [];
  for (let value = 0; value <= max + step / 2; value += step) ticks.push(Math.round(value));
  return ticks;
}
