// The page's entry point: hash routing between the five views.
//
//   #/search?q=&kind=&issuer=&year=&page=    search (the start page)
//   #/upload                                 upload files, follow OCR jobs
//   #/documents/12                           one document with its highlighted records
//   #/cites?ref=19/CT-TTg&year=2021          who cites a reference
//   #/awards?form=&year=&status=&sort=&page= the award register

import {apiKey, askForKey, enableKeyedDownloads, request} from "./api.js";
import {formatNumber, h} from "./dom.js";
import * as awards from "./views/awards.js";
import * as cites from "./views/cites.js";
import * as documentView from "./views/document.js";
import * as search from "./views/search.js";
import * as upload from "./views/upload.js";

const VIEWS = {search, upload, documents: documentView, cites, awards};

/** "#/documents/12?x=1" → {name: "documents", id: "12", params: URLSearchParams} */
function parseHash(hash) {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [name = "", id = null] = path.split("/");
  return {name: VIEWS[name] ? name : "search", id, params: new URLSearchParams(query)};
}

const main = document.getElementById("main");
let current = null; // the shown view: {name, id, view}; a view may offer update(route) to re-render in place

function route() {
  const routeInfo = parseHash(location.hash);
  for (const link of document.querySelectorAll("[data-route]")) {
    const here = link.dataset.route === routeInfo.name || (routeInfo.name === "documents" && link.dataset.route === "search");
    if (here) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (current?.name === routeInfo.name && current.id === routeInfo.id && current.view?.update) {
    current.view.update(routeInfo);
    return;
  }
  const container = h("div", {class: `view view-${routeInfo.name}`});
  main.replaceChildren(container);
  current = {name: routeInfo.name, id: routeInfo.id, view: null};
  const mounted = VIEWS[routeInfo.name].mount(container, routeInfo);
  current.view = mounted || null;
  // A new screen: move focus to it, so keyboard and screen-reader users start there (unless the
  // view already focused its own first field).
  if (!main.contains(document.activeElement)) main.focus({preventScroll: true});
  window.scrollTo(0, 0);
}

function showKeyState() {
  const button = document.getElementById("key-button");
  const stored = Boolean(apiKey.get());
  button.textContent = stored ? "Khóa API ✓" : "Khóa API";
  button.title = stored ? "Đã lưu khóa API trên trình duyệt này" : "Chưa có khóa API";
}

async function showStats() {
  try {
    const stats = await request("/stats");
    document.getElementById("footer-stats").textContent =
      `Kho lưu trữ: ${formatNumber(stats.documents)} văn bản · ${formatNumber(stats.references)} trích dẫn · ` +
      `${formatNumber(stats.awards)} khen thưởng`;
  } catch {
    // The footer is a nicety; the views report errors themselves.
  }
}

document.getElementById("key-button").addEventListener("click", () => askForKey());
document.addEventListener("vanban:key-changed", showKeyState);
document.querySelector("[data-skip]").addEventListener("click", (event) => {
  event.preventDefault(); // the skip link must not change the hash, which is our router's
  main.focus();
});
document.addEventListener("vanban:stored", showStats);
enableKeyedDownloads(document.body);
window.addEventListener("hashchange", route);
showKeyState();
showStats();
route();
