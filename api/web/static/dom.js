// Building DOM safely: every string becomes a text node, never HTML.

/**
 * h("a", {href: "#/x", class: "link"}, "text", child, [more, children])
 * Attributes named on* are attached as event listeners; `false`/`null` values are left out.
 */
export function h(tag, attrs = {}, ...children) {
  const el = tag.includes(":svg")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.replace(":svg", ""))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

/** An SVG element: svg("rect", {x: 1}). */
export const svg = (tag, attrs, ...children) => h(`${tag}:svg`, attrs, ...children);

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/**
 * The server's search snippets are escaped HTML whose only markup is <mark>. We still do not
 * trust them blindly: parse them inertly and copy over text and <mark> elements only.
 */
export function snippetNodes(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html || ""}</body>`, "text/html").body;
  const copy = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const children = [...node.childNodes].map(copy).filter(Boolean);
    return node.tagName === "MARK" ? h("mark", {}, children) : children;
  };
  return [...parsed.childNodes].map(copy).filter(Boolean);
}

/** "2021-07-16" → "16/07/2021", "2024-03" → "03/2024", "2024" → "2024". */
export function formatDate(iso) {
  if (!iso) return "";
  const [year, month, day] = String(iso).slice(0, 10).split("-");
  return [day, month, year].filter(Boolean).join("/");
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

export const formatNumber = (n) => Number(n || 0).toLocaleString("vi-VN");

/** Text with every occurrence of `needle` (a plain substring) wrapped in <mark>. */
export function markSubstring(textValue, needle) {
  const text = textValue || "";
  if (!needle) return [text];
  const parts = [];
  let from = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, from)) {
    parts.push(text.slice(from, at), h("mark", {}, needle));
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** A short live message for screen readers and everyone else. */
export function notice(kind, ...children) {
  return h("p", {class: `notice notice-${kind}`, role: kind === "error" ? "alert" : "status"}, children);
}
