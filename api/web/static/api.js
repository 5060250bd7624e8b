// Talking to the vanban API: JSON reads, per-file uploads with progress, and the API key.
//
// Writes need the key (header X-API-Key) when the server has one set; reads need it only when the
// server closes reads. The key the user gives is kept in localStorage and sent with every request;
// a 401 "api_key_required" asks for it (see askForKey) and retries.

const KEY_STORAGE = "vanban.apiKey";

export const apiKey = {
  get: () => localStorage.getItem(KEY_STORAGE) || "",
  set: (key) => (key ? localStorage.setItem(KEY_STORAGE, key) : localStorage.removeItem(KEY_STORAGE)),
};

export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** "?a=1&b=x" from an object, leaving out empty values. */
export function queryString(params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

function headers() {
  const key = apiKey.get();
  return key ? {"X-API-Key": key} : {};
}

async function errorFrom(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: a proxy's error page; the status says enough
  }
  const error = body?.error || {};
  return new ApiError(response.status, error.code || "http_error", error.message || response.statusText, error.details);
}

/** GET/POST/DELETE a JSON route. Throws ApiError; asks for the key once on a 401. */
export async function request(path, {method = "GET", params, body} = {}, retried = false) {
  let response;
  try {
    response = await fetch(path + queryString(params), {method, body, headers: headers()});
  } catch {
    throw new ApiError(0, "network", "network error");
  }
  if (response.status === 401 && !retried && (await askForKey())) {
    return request(path, {method, params, body}, true);
  }
  if (!response.ok) throw await errorFrom(response);
  return response.status === 204 ? null : response.json();
}

/**
 * Upload one file with XMLHttpRequest (fetch cannot report upload progress).
 * Resolves with {status, body} for every HTTP answer, rejects only on a network failure.
 */
export function uploadFile(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/documents");
    for (const [name, value] of Object.entries(headers())) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({status: xhr.status, body});
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "network", "network error")));
    const form = new FormData();
    form.append("files", file, file.name);
    xhr.send(form);
  });
}

/** Vietnamese words for an ApiError, for the places that show one. */
export function describeError(error) {
  if (!(error instanceof ApiError)) return `Lỗi không mong đợi: ${error?.message || error}`;
  switch (error.code) {
    case "network":
      return "Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.";
    case "api_key_required":
    case "unauthorized":
      return "Cần khóa API đúng để thực hiện thao tác này.";
    case "forbidden":
      return "Máy chủ chỉ nhận tải lên từ chính máy chủ. Hãy nhờ quản trị viên đặt VANBAN_API_KEY.";
    case "not_found":
      return "Không tìm thấy.";
    default:
      return `Máy chủ báo lỗi ${error.status}: ${error.message}`;
  }
}

// --- the key dialog -----------------------------------------------------------------------------

let pendingKey = null;

/** Ask the user for the API key (a modal dialog in index.html). Resolves true if one was given. */
export function askForKey() {
  if (pendingKey) return pendingKey;
  const dialog = document.getElementById("key-dialog");
  const form = dialog.querySelector("form");
  const input = dialog.querySelector("input");
  input.value = apiKey.get();
  pendingKey = new Promise((resolve) => {
    // The key is stored when the form is submitted, not in the "close" handler: "close" fires a
    // task later, and a request made in between must already carry the key.
    form.onsubmit = (event) => {
      event.preventDefault();
      const action = event.submitter?.value || "save";
      if (action === "save" && input.value.trim()) apiKey.set(input.value.trim());
      if (action === "clear") apiKey.set("");
      dialog.close(action);
    };
    dialog.addEventListener("close", () => {
      const given = dialog.returnValue === "save" && Boolean(input.value.trim());
      document.dispatchEvent(new CustomEvent("vanban:key-changed"));
      pendingKey = null;
      resolve(given);
    }, {once: true});
  });
  dialog.returnValue = ""; // Escape keeps the last returnValue: clear it so Escape means "cancel"
  dialog.showModal();
  input.focus();
  return pendingKey;
}

/**
 * Links to downloads (exports, original files) are plain links; when a key is stored they are
 * fetched with it instead, because a link cannot send a header.
 */
export function enableKeyedDownloads(root) {
  root.addEventListener("click", async (event) => {
    const link = event.target.closest("a[download]");
    if (!link || link.protocol === "blob:" || !apiKey.get()) return;
    event.preventDefault();
    const response = await fetch(link.href, {headers: headers()});
    if (!response.ok) {
      alert(describeError(await errorFrom(response)));
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "")?.[1] || link.download;
    const url = URL.createObjectURL(await response.blob());
    const temporary = Object.assign(document.createElement("a"), {href: url, download: name || "tai-ve"});
    document.body.append(temporary);
    temporary.click();
    temporary.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
