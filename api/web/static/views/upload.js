// Upload: drop or pick files; each gets its own request (so its own progress bar and its own
// error), and scans become OCR jobs that are followed until done.
//
// The list lives at module level: leaving the screen and coming back keeps it, and the jobs go
// on being polled meanwhile.

import {askForKey, describeError, request, uploadFile} from "../api.js";
import {clear, formatBytes, h} from "../dom.js";
import {documentHref} from "../router.js";

const PARALLEL_UPLOADS = 2;
const POLL_MS = 1000;
const ACCEPT = ".txt,.docx,.pdf,.html,.htm,.doc,.rtf,.odt,.png,.jpg,.jpeg,.tif,.tiff";

const entries = []; // every Entry, newest last
const waiting = []; // entries not yet sent
let sending = 0;
let list = null; // the <ol> of the mounted view, if any
let created = 0; // numbers the entries, for their elements' ids

export function mount(container) {
  document.title = "Tải lên — vanban";
  const input = h("input", {id: "upload-input", type: "file", multiple: true, accept: ACCEPT, class: "file-input",
    onchange: () => {
      addFiles(input.files);
      input.value = ""; // the same file may be chosen again later
    }});
  const zone = h("div", {class: "dropzone", dataset: {dropzone: ""}},
    h("p", {class: "dropzone-title"}, "Kéo thả tệp vào đây"),
    h("p", {}, "hoặc"),
    input,
    h("label", {for: "upload-input", class: "button primary"}, "Chọn tệp từ máy…"),
    h("p", {class: "hint"}, "Nhận: Word (.docx, .doc), PDF (kể cả bản scan), ảnh chụp (PNG, JPEG, TIFF), .txt, .html, .rtf, .odt. ",
      "Bản scan được nhận dạng chữ (OCR) trong nền, khoảng vài giây mỗi trang."));
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  }
  zone.addEventListener("dragleave", (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove("dragging");
  });
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    addFiles(event.dataTransfer?.files || []);
  });

  list = h("ol", {class: "upload-list", "aria-label": "Tệp đã gửi"});
  list.append(...entries.map((entry) => entry.element));
  const clearDone = h("button", {type: "button", onclick: () => {
    for (const entry of entries.filter((e) => e.finished)) {
      entry.element.remove();
      entries.splice(entries.indexOf(entry), 1);
    }
  }}, "Xóa các tệp đã xong khỏi danh sách");
  clear(container, h("h1", {}, "Tải văn bản lên"), zone,
    h("section", {class: "uploads", "aria-labelledby": "uploads-heading"},
      h("div", {class: "section-head"}, h("h2", {id: "uploads-heading"}, "Tiến trình"), clearDone), list));
  followServerJobs();
}

function addFiles(files) {
  for (const file of files) {
    const entry = new Entry(file.name, file.size);
    entry.file = file;
    entries.push(entry);
    list?.append(entry.element);
    waiting.push(entry);
  }
  sendNext();
}

function sendNext() {
  while (sending < PARALLEL_UPLOADS && waiting.length) {
    const entry = waiting.shift();
    sending += 1;
    send(entry).finally(() => {
      sending -= 1;
      sendNext();
    });
  }
}

async function send(entry) {
  entry.set({phase: "uploading", uploaded: 0});
  let answer;
  try {
    answer = await uploadFile(entry.file, (fraction) => entry.set({uploaded: fraction, phase: fraction < 1 ? "uploading" : "reading"}));
  } catch (error) {
    entry.fail(describeError(error));
    return;
  }
  if (answer.status === 401) {
    entry.set({phase: "key"});
    if (await askForKey()) return send(entry);
    entry.fail("Cần khóa API để tải lên. Bấm “Khóa API” ở đầu trang để nhập rồi gửi lại tệp.");
    return;
  }
  const error = answer.body?.error;
  const result = answer.body?.results?.[0] || error?.details?.[0];
  if (!result) {
    entry.fail(error ? `Máy chủ báo lỗi ${answer.status}: ${error.message}` : `Máy chủ báo lỗi ${answer.status}.`);
    return;
  }
  entry.set({uploaded: 1});
  if (result.status === "stored") entry.finish("stored", result.document_id);
  else if (result.status === "duplicate") entry.finish("duplicate", result.document_id);
  else if (result.status === "queued") follow(entry, result.job_id);
  else entry.fail(uploadProblem(result.reason, result.message), result.message);
}

/** Poll a job until it is done or failed. */
async function follow(entry, jobId) {
  entry.set({phase: "job", jobId});
  let delay = POLL_MS;
  for (;;) {
    try {
      const job = await request(`/jobs/${encodeURIComponent(jobId)}`);
      entry.set({job, offline: false});
      if (job.status === "done") {
        return entry.finish(/already stored/.test(job.message || "") ? "duplicate" : "done", job.document_id);
      }
      if (job.status === "failed") {
        return entry.fail(uploadProblem(job.reason, job.error || job.message), job.error || job.message);
      }
      delay = POLL_MS;
    } catch (error) {
      if (error.status === 404) return entry.fail("Máy chủ không còn giữ công việc này.");
      entry.set({offline: true});
      delay = Math.min(delay * 2, 15_000); // the server may be restarting: back off, keep trying
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Jobs the server is still running (sent from another tab, or before a reload) join the list. */
async function followServerJobs() {
  let jobs = [];
  try {
    jobs = (await Promise.all(["queued", "running"].map((status) => request("/jobs", {params: {status, limit: 50}})))).flat();
  } catch {
    return; // the list of uploads works without it
  }
  for (const job of jobs) {
    if (entries.some((entry) => entry.jobId === job.id)) continue;
    const entry = new Entry(job.source_name || "tệp", null);
    entries.push(entry);
    list?.append(entry.element);
    follow(entry, job.id);
  }
}

/** Why a file failed, from the server's stable reason code; the English message stays as the detail. */
const PROBLEMS = {
  too_large: "Tệp quá lớn hoặc quá nhiều trang để đọc.",
  empty: "Tệp rỗng, không có nội dung để đọc.",
  unsupported: "Không phải loại tệp được hỗ trợ. Hãy gửi .docx, .doc, .pdf, ảnh (PNG, JPEG, TIFF), .txt, .html, .rtf hoặc .odt.",
  encrypted: "Tệp có mật khẩu. Hãy lưu một bản không đặt mật khẩu rồi gửi lại.",
  damaged: "Tệp bị hỏng hoặc không mở được. Hãy mở bằng phần mềm gốc, lưu lại rồi gửi lại.",
  timeout: "Đọc tệp quá lâu (bản scan quá lớn hoặc quá mờ). Hãy chia nhỏ tệp rồi gửi lại.",
  tool_missing: "Máy chủ thiếu phần mềm để đọc loại tệp này. Hãy báo quản trị viên.",
  internal: "Lỗi của vanban khi xử lý tệp này. Hãy báo quản trị viên.",
};
/** Reasons the codes do not tell apart, read from the message. */
const DETAILS = [
  [/unknown encoding/, "Không nhận ra bảng mã của tệp văn bản. Hãy lưu lại dạng UTF-8."],
  [/no article text/, "Trang web không có nội dung bài viết. Hãy lưu riêng trang của bài viết."],
];

/** A running job's message ("OCR: page 2 of 5"), in Vietnamese. */
function jobMessage(message = "") {
  const page = /page (\d+) of (\d+)/.exec(message);
  if (page) return `Nhận dạng chữ: trang ${page[1]} / ${page[2]}`;
  return {waiting: "Đang chờ đến lượt", reading: "Đang đọc tệp", storing: "Đang trích xuất và lưu"}[message] || message;
}

function uploadProblem(reason, message = "") {
  return PROBLEMS[reason] || DETAILS.find(([pattern]) => pattern.test(message))?.[1] || "Không đọc được nội dung tệp.";
}

const PHASES = {
  waiting: "Đang chờ gửi",
  uploading: "Đang tải lên",
  reading: "Đang đọc văn bản…",
  key: "Đang chờ khóa API…",
  stored: "Đã lưu vào kho",
  duplicate: "Đã có trong kho (không lưu lại)",
  done: "Đã nhận dạng và lưu vào kho",
  failed: "Không tải lên được",
};

const JOB_STATUS = {queued: "Đang chờ nhận dạng chữ (OCR)", running: "Đang nhận dạng chữ (OCR)"};

/** One file in the list, with its <li> kept up to date by set(). */
class Entry {
  constructor(name, size) {
    this.name = name;
    this.size = size;
    this.id = `upload-${++created}`;
    this.state = {phase: "waiting", uploaded: 0, job: null, documentId: null, problem: "", detail: "", offline: false};
    this.element = h("li", {class: "upload-item card"});
    this.render();
  }

  get finished() {
    return ["stored", "duplicate", "done", "failed"].includes(this.state.phase);
  }

  set(changes) {
    if (changes.jobId) this.jobId = changes.jobId;
    Object.assign(this.state, changes);
    this.render();
  }

  finish(phase, documentId) {
    this.set({phase, documentId, uploaded: 1});
    document.dispatchEvent(new CustomEvent("vanban:stored"));
  }

  fail(problem, detail = "") {
    this.set({phase: "failed", problem, detail});
  }

  render() {
    const {phase, uploaded, job, documentId, problem, detail, offline} = this.state;
    const percent = (fraction) => `${Math.round((fraction || 0) * 100)}%`;
    let status = PHASES[phase] || phase;
    if (phase === "uploading") status = `Đang tải lên… ${percent(uploaded)}`;
    if (phase === "job" && job) status = `${JOB_STATUS[job.status] || "Đang xử lý"}… ${percent(job.progress)}`;
    if (phase === "job" && !job) status = JOB_STATUS.queued;
    this.element.dataset.phase = phase;
    clear(this.element,
      h("div", {class: "upload-head"},
        h("span", {class: "upload-name"}, this.name),
        this.size !== null ? h("span", {class: "upload-size"}, formatBytes(this.size)) : null),
      this.size !== null ? h("div", {class: "bar"},
        h("span", {class: "bar-label", id: `${this.id}-up`}, "Tải lên"),
        h("progress", {max: "1", value: String(uploaded || 0), "aria-labelledby": `${this.id}-up`, class: "upload-progress"})) : null,
      phase === "job" || (phase === "done" && this.jobId) ? h("div", {class: "bar"},
        h("span", {class: "bar-label", id: `${this.id}-job`}, "Nhận dạng"),
        h("progress", {max: "1", value: String(phase === "done" ? 1 : job?.progress || 0),
          "aria-labelledby": `${this.id}-job`, class: "job-progress"})) : null,
      h("p", {class: `upload-status status-${phase}`, role: phase === "failed" ? "alert" : null},
        status, phase === "failed" && problem ? `: ${problem}` : "",
        documentId ? [" — ", h("a", {href: documentHref(documentId)}, "Mở văn bản")] : null),
      phase === "job" && job?.message ? h("p", {class: "hint job-message"}, jobMessage(job.message)) : null,
      offline ? h("p", {class: "hint"}, "Mất kết nối tới máy chủ, đang thử lại…") : null,
      detail ? h("p", {class: "hint"}, `Chi tiết từ máy chủ: ${detail}`) : null);
  }
}
