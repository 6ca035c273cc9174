// The app's few behaviours; every screen also works by plain form posts without them.
"use strict";

function toast(text, bad) {
  const t = document.getElementById("toast");
  t.textContent = text;
  t.className = bad ? "bad" : "";
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 6000);
}

async function post(form) {
  const r = await fetch(form.action, {method: "POST", body: new URLSearchParams(new FormData(form)),
                                      headers: {"Accept": "application/json"}});
  return r.json();
}

// "Mở": open a file in the clerk's program without leaving the screen
document.addEventListener("submit", async (ev) => {
  const form = ev.target;
  const kind = form.dataset.js;
  if (!kind) return;
  ev.preventDefault();
  const button = form.querySelector("button");
  button.disabled = true;
  try {
    const answer = await post(form);
    if (!answer.ok) { toast(answer.message, true); return; }
    if (kind === "open") toast(answer.message, false);
    else watch(answer.kind, true);
  } finally {
    button.disabled = false;
  }
});

// Long work: the bar follows the job on the server until it ends, then the screen reloads
function watch(kind, started) {
  const box = document.querySelector(`.progress[data-kind="${kind}"]`);
  if (!box) return;
  box.hidden = false;
  const bar = box.querySelector("progress"), count = box.querySelector(".count");
  const tick = async () => {
    const job = await (await fetch(`/api/viec?kind=${kind}`)).json();
    box.dataset.state = job.state;
    if (job.total) { bar.max = job.total; bar.value = job.done; }
    count.textContent = job.state === "running"
      ? box.dataset.running.replace("{done}", job.done).replace("{total}", job.total || "…") : "";
    if (job.state === "running") setTimeout(tick, 400);
    else location.reload();
  };
  tick();
}
document.querySelectorAll('.progress[data-state="running"]').forEach((b) => watch(b.dataset.kind));

// Kiểm tra: show errors, warnings or all; and rows containing the words typed
const filters = document.querySelectorAll("[data-filter]");
const search = document.getElementById("filter-text");
function applyFilter() {
  const on = document.querySelector("[data-filter].on").dataset.filter;
  const words = (search ? search.value : "").trim().toLowerCase();
  document.querySelectorAll("table.problems tbody tr").forEach((tr) => {
    tr.hidden = !((on === "all" || tr.dataset.kind === on) && (!words || tr.textContent.toLowerCase().includes(words)));
  });
  // words typed open the folds they are found in: a folded warning is found too
  if (words) document.querySelectorAll("tr.fold:not([hidden]) details").forEach((d) => { d.open = true; });
}
filters.forEach((b) => b.addEventListener("click", () => {
  filters.forEach((x) => x.classList.toggle("on", x === b));
  applyFilter();
}));
if (search) search.addEventListener("input", applyFilter);

// Zalo: copy a caption to paste beside the card
document.querySelectorAll("[data-copy]").forEach((b) => b.addEventListener("click", async () => {
  const area = b.parentElement.querySelector("textarea");
  area.select();
  try { await navigator.clipboard.writeText(area.value); } catch (e) { document.execCommand("copy"); }
  toast(b.dataset.done || "✓", false);
}));

// In: the chosen date as dd/mm/yyyy beside the picker, whatever the browser's locale; on "input"
// too (typing the day changes it before the field loses focus), and once at load (a value the
// browser restored, or typed before this script ran)
document.querySelectorAll('input[type=date][name=ngay]').forEach((input) => {
  const show = () => {
    const out = input.form.querySelector("output.day");
    const [y, m, d] = input.value.split("-");
    if (out && d) out.textContent = `${d}/${m}/${y}`;
  };
  ["input", "change"].forEach((kind) => input.addEventListener(kind, show));
  show();
});
