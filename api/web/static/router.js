// Addresses inside the page (hash routes), shared by the views.

/** "#/awards?year=2024": empty parameters are left out. */
export function hrefFor(name, params = {}, id = null) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, value);
  }
  const query = search.toString();
  return `#/${name}${id !== null && id !== undefined ? `/${id}` : ""}${query ? `?${query}` : ""}`;
}

/** Go to a view; the hashchange handler in app.js renders it. */
export function navigate(name, params = {}, id = null) {
  const target = hrefFor(name, params, id);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = target;
}

export const documentHref = (id) => hrefFor("documents", {}, id);
export const citesHref = (ref, year) => hrefFor("cites", {ref, year});
