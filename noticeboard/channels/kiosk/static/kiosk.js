// The kiosk page. Data comes from data.js (window.NOTICEBOARD) and reaches the page only through
// textContent and attributes: never as HTML. The QR codes are SVG made by noticeboard/qr/encode.py; they
// are parsed as SVG (not HTML) and kept only if they hold nothing but a rect and a path.
"use strict";

(function () {
  const D = window.NOTICEBOARD;
  const $ = (id) => document.getElementById(id);
  const main = $("main");

  // ---- small DOM helpers -------------------------------------------------------------------
  function el(tag, cls, text, children) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }
  function button(cls, text, onTap, children) {
    const b = el("button", cls, text, children);
    b.type = "button";
    b.addEventListener("click", onTap);
    return b;
  }

  if (!D || !Array.isArray(D.procedures)) {
    main.appendChild(el("p", "empty", "Chưa có dữ liệu thủ tục. Xin báo cán bộ xã."));
    return;
  }
  // Screen texts: the project's own for the chosen language where it gives them, else Vietnamese.
  const BY_LANG = D.labels_by_lang || {};
  let L = D.labels;
  const labelsFor = (lang) => Object.assign({}, D.labels, (lang && BY_LANG[lang]) || {});

  // ---- search: the catalogue side is folded by Python (slug.fold); this folds the query ----
  function fold(text) {
    return String(text).replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/\p{Mn}/gu, "").toLowerCase();
  }
  // Ranked by where the words are found in the name: all of them together ("khai sinh" in
  // "Đăng ký khai sinh") before scattered, earlier before later, then the shorter name; names
  // before matches elsewhere (documents, field, code); the catalogue's order last.
  function search(query) {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    const phrase = words.join(" ");
    const hits = [];
    D.procedures.forEach((p, order) => {
      if (!words.every((w) => p.search.includes(w))) return;
      const name = p.search_name;
      let rank = 2, at = 0;
      if (words.every((w) => name.includes(w))) {
        at = name.indexOf(phrase);
        rank = at >= 0 ? 0 : 1;
        if (rank === 1) at = Math.min(...words.map((w) => name.indexOf(w)));
      }
      hits.push({ p, rank, at, len: p.name.length, order });
    });
    hits.sort((a, b) => a.rank - b.rank || a.at - b.at || a.len - b.len || a.order - b.order);
    return hits.map((h) => h.p);
  }

  // ---- state ---------------------------------------------------------------------------------
  const fresh = () => ({ screen: "home", arg: null, stack: [], query: "", commune: 0, lang: "", big: false });
  let S = fresh();

  const tr = (p, key) => (S.lang && p.translations[S.lang] && p.translations[S.lang][key]) || p[key];
  const commune = () => D.communes[S.commune];

  function go(screen, arg) {
    S.stack.push({ screen: S.screen, arg: S.arg });
    S.screen = screen;
    S.arg = arg;
    render();
  }
  function back() {
    const prev = S.stack.pop() || { screen: "home", arg: null };
    S.screen = prev.screen;
    S.arg = prev.arg;
    render();
  }
  function home() {
    S.stack = [];
    S.screen = "home";
    S.arg = null;
    S.query = "";
    render();
  }

  // ---- pieces shared by screens ------------------------------------------------------------
  function qrNode(svgText) {
    const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
    const svg = doc.documentElement;
    const ok = svg.namespaceURI === "http://www.w3.org/2000/svg" && svg.localName === "svg" &&
      Array.from(svg.querySelectorAll("*")).every((n) => n.localName === "rect" || n.localName === "path");
    return ok ? document.importNode(svg, true) : el("div");
  }
  // The procedure's page (p.online), else the portal's search for its code (p.lookup): a
  // look-up is captioned as one ("Tra cứu" and the code), never as submission.
  function qrBlock(p, withScope) {
    const q = p.online || p.lookup;
    const text = el("figcaption", "qr-text", null, [el("p", "scan", p.online ? L.scan : L.scan_lookup),
      p.online ? null : el("p", "lookup-code", L.lookup + " " + p.code), el("p", "host", q.host),
      withScope && p.online ? el("p", "scope", p.online.scope) : null]);
    const box = el("figure", "qr", null, [qrNode(q.qr), text]);
    box.dataset.url = q.url;
    if (!p.online) box.dataset.lookup = "true";
    return box;
  }
  function officeLines(o) {
    return [
      el("p", "office-name", o.name),
      line(L.address, o.address), line(L.phone, o.phone, "phone"), line(L.hours, o.hours),
    ];
  }
  function line(label, value, cls) {
    const p = el("p", "line " + (cls || ""));
    p.appendChild(el("span", "label", label + ": "));
    p.appendChild(el("span", "value", value));
    return p;
  }
  function procButton(p) {
    const sub = [L.code + " " + p.code, tr(p, "field"), p.apply.label].join(" · ");
    const b = button("proc", null, () => go("detail", p.code), [el("span", "proc-name", tr(p, "name")),
      el("span", "proc-sub", sub)]);
    b.dataset.code = p.code;
    return b;
  }
  function procList(procs) {
    return el("div", "list", null, procs.map(procButton));
  }

  // ---- screens ------------------------------------------------------------------------------
  function communePicker() {
    if (D.communes.length < 2) return null;
    const pick = el("div", "communes", null, [el("span", "label", L.kiosk_commune + ":")]);
    D.communes.forEach((c, i) => {
      const b = button("choice", c.name, () => { S.commune = i; render(); });
      b.setAttribute("aria-pressed", String(i === S.commune));
      pick.appendChild(b);
    });
    return pick;
  }
  function homeScreen() {
    const office = el("section", "office", null, [communePicker(), el("h2", null, L.office),
      ...officeLines(commune().office)]);
    office.id = "office";
    const searchBox = button("searchbox", null, () => go("search"), [
      el("span", "glass"), el("span", "searchbox-text", L.kiosk_search_hint)]);
    searchBox.id = "searchbox";
    const tiles = el("div", "tiles");
    for (const field of D.fields) {
      const n = D.procedures.filter((p) => p.field === field).length;
      const t = button("tile", null, () => go("field", field), [el("span", "tile-name", fieldName(field)),
        el("span", "tile-count", n + " " + L.kiosk_results)]);
      t.dataset.field = field;
      tiles.appendChild(t);
    }
    // The procedures the commune posts in its villages: what most visitors come for.
    const frequent = (commune().posted || []).map((code) => D.procedures.find((p) => p.code === code))
      .filter(Boolean).slice(0, 8);
    // Three blocks the layout places per orientation (kiosk.css): in portrait the search, then
    // the office (its address and phone in the first screen), then fields and frequent ones.
    const find = el("section", "find", null, [el("h2", null, L.kiosk_search), searchBox]);
    const browse = el("section", "browse", null, [el("h2", null, L.kiosk_fields), tiles]);
    if (frequent.length) {
      const list = procList(frequent);
      list.id = "frequent";
      browse.append(el("h2", null, L.kiosk_frequent), list);
    }
    return [el("div", "home", null, [find, office, browse])];
  }
  function fieldName(field) {
    const p = D.procedures.find((q) => q.field === field);
    return p ? tr(p, "field") : field;
  }

  // digits too: posters print each code so a citizen can look it up when a link dies
  const KEYS = ["1234567890", "abcdefg", "hijklmn", "opqrstu", "vwxyz"];
  // Results are drawn a page at a time and only the results and the query line are redrawn
  // per keystroke: a whole-screen redraw of thousands of rows would lag behind a finger.
  const PAGE = 30;
  function queryLine() {
    const shown = el("div", "query", null, [el("span", "glass")]);
    const text = el("span", "query-text", S.query);
    text.id = "query";
    shown.appendChild(text);
    if (!S.query) shown.appendChild(el("span", "query-hint", L.kiosk_search_example));
    return shown;
  }
  function resultsList() {
    const results = el("div", "results");
    results.id = "results";
    if (!S.query.trim()) return results;
    const hits = search(S.query);
    results.appendChild(el("p", "count", hits.length ? hits.length + " " + L.kiosk_results : L.kiosk_no_results));
    const list = procList(hits.slice(0, PAGE));
    results.appendChild(list);
    let shownCount = PAGE;
    if (hits.length > shownCount) {
      const more = button("more", L.kiosk_more, () => {
        for (const p of hits.slice(shownCount, shownCount + PAGE)) list.appendChild(procButton(p));
        shownCount += PAGE;
        if (shownCount >= hits.length) more.remove();
      });
      more.id = "more";
      results.appendChild(more);
    }
    return results;
  }
  function searchScreen() {
    const kb = el("div", "keyboard");
    kb.id = "keyboard";
    for (const row of KEYS) {
      const r = el("div", "krow");
      for (const k of row) {
        const b = button("key", k, () => type(k));
        b.dataset.key = k;
        r.appendChild(b);
      }
      if (row === KEYS[KEYS.length - 1]) {
        const del = button("key wide", L.kiosk_delete, () => type("\b"));
        del.dataset.key = "delete";
        r.appendChild(del);
      }
      kb.appendChild(r);
    }
    const space = button("key space", L.kiosk_space, () => type(" "));
    space.dataset.key = "space";
    const clear = button("key wide", L.kiosk_clear, () => type("\x18"));
    clear.dataset.key = "clear";
    kb.appendChild(el("div", "krow", null, [space, clear]));
    return [el("div", "search", null, [queryLine(), resultsList(), kb])];
  }
  function type(k) {
    if (k === "\b") S.query = S.query.slice(0, -1);
    else if (k === "\x18") S.query = "";
    else if (S.query.length < 60) S.query += k;
    if (S.screen !== "search" || !$("results")) { render(); return; }
    $("query").parentElement.replaceWith(queryLine());
    $("results").replaceWith(resultsList());
  }

  function fieldScreen() {
    const procs = D.procedures.filter((p) => p.field === S.arg);
    return [el("h1", null, fieldName(S.arg)), procList(procs)];
  }

  function section(title, items, ordered) {
    if (!items || !items.length) return null;
    const list = el(ordered ? "ol" : "ul", "items", null, items.map((t) => el("li", null, t)));
    return el("section", "part", null, [el("h2", null, title), list]);
  }
  function detailScreen() {
    const p = D.procedures.find((q) => q.code === S.arg);
    if (!p) return [el("p", "empty", L.kiosk_no_results)];
    const facts = el("div", "facts", null, [line(L.code, p.code), line(L.field, tr(p, "field")),
      line(L.agency, tr(p, "agency")), line(L.time, tr(p, "time")), line(L.fee, tr(p, "fee"))]);
    if (tr(p, "who")) facts.appendChild(line(L.who, tr(p, "who")));
    const side = el("aside", "side");
    if (p.online) {
      side.appendChild(el("p", "badge online", L.online));
      side.appendChild(qrBlock(p, true));
    } else {
      // no link: online when the catalogue says so (the look-up finds it), else in person
      // the code first, under its badge: on a low screen the explanation and the office may
      // need a scroll of this column, the code and its caption never do
      side.appendChild(el("p", p.apply.in_person ? "badge offline" : "badge online", p.apply.label));
      if (p.lookup) side.appendChild(qrBlock(p));
      side.appendChild(el("p", "offline-text", p.apply.long));
      side.appendChild(el("div", "office", null, officeLines(commune().office)));
    }
    // The title and readings head the text column: in landscape the code's column beside it
    // starts at the top of the screen and never scrolls (kiosk.css); in portrait they come first.
    const body = el("div", "body", null, [
      el("h1", "proc-title", tr(p, "name")), listenRow(p), facts,
      (tr(p, "documents") || []).length ? section(L.documents, tr(p, "documents"), true)
        : el("section", "part", null, [el("h2", null, L.documents),
          el("p", null, p.online || p.lookup ? L.documents_qr : L.documents_office)]),
      section(L.steps, tr(p, "steps"), true),
      tr(p, "result") ? el("section", "part", null, [el("h2", null, L.result), el("p", null, tr(p, "result"))]) : null,
      tr(p, "conditions") ? el("section", "part", null, [el("h2", null, L.conditions), el("p", null, tr(p, "conditions"))]) : null,
      section(L.forms, tr(p, "forms"), false),
      p.channels.length ? el("section", "part", null, [el("h2", null, L.channels), el("p", null, p.channels.join(", "))]) : null,
    ]);
    return [el("div", "detail", null, [side, body])];
  }

  // ---- recorded readings: one player; it stops whenever the screen changes ------------------
  const player = new Audio();
  player.preload = "none";
  function stopAudio() {
    if (!player.paused) player.pause();
    player.removeAttribute("src");
    player.load();
    for (const b of document.querySelectorAll(".listen")) setListen(b, false);
  }
  function setListen(b, on) {
    b.setAttribute("aria-pressed", String(on));
    b.querySelector(".listen-word").textContent = on ? L.kiosk_stop : L.kiosk_listen;
  }
  function listenRow(p) {
    if (!p.audio || !p.audio.length) return null;
    const row = el("div", "listen-row");
    row.id = "listen";
    for (const a of p.audio) {
      const icon = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      icon.setAttribute("viewBox", "0 0 24 24");
      icon.setAttribute("aria-hidden", "true");
      const shape = document.createElementNS("http://www.w3.org/2000/svg", "path");
      shape.setAttribute("d", "M7 4v16l13-8z");
      icon.appendChild(shape);
      const b = button("listen", null, () => {
        const playing = b.getAttribute("aria-pressed") === "true";
        stopAudio();
        if (playing) return;
        player.src = a.src;
        setListen(b, true);
        player.play().catch(() => setListen(b, false));
      }, [icon, el("span", "listen-word", L.kiosk_listen), el("span", "listen-lang", a.name)]);
      b.dataset.audio = a.tag;
      b.setAttribute("aria-pressed", "false");
      row.appendChild(b);
    }
    return row;
  }
  player.addEventListener("ended", () => {
    for (const b of document.querySelectorAll(".listen")) setListen(b, false);
  });

  // ---- rendering -----------------------------------------------------------------------------
  const SCREENS = { home: homeScreen, search: searchScreen, field: fieldScreen, detail: detailScreen };
  function render() {
    stopAudio();  // leaving a screen (or an idle reset) never leaves a reading playing
    L = labelsFor(S.lang);
    $("back").lastChild.textContent = L.kiosk_back;
    $("home").lastChild.textContent = L.kiosk_home;
    $("sizes").setAttribute("aria-label", L.kiosk_text_size);
    document.body.dataset.screen = S.screen;
    document.documentElement.classList.toggle("big", S.big);
    document.documentElement.lang = S.lang ? S.lang : "vi";
    $("back").hidden = S.screen === "home";
    $("home").hidden = S.screen === "home";
    $("sample").hidden = !D.sample;
    $("sample").textContent = D.sample ? L.sample_mark : "";
    $("bar-title").textContent = D.title || L.kiosk_title;
    $("bar-sub").textContent = commune().name + ", " + D.province;
    for (const b of $("sizes").children) b.setAttribute("aria-pressed", String((b.dataset.size === "big") === S.big));
    for (const b of $("langs").children) b.setAttribute("aria-pressed", String(b.dataset.lang === S.lang));
    main.replaceChildren(...SCREENS[S.screen]().filter(Boolean));
    main.scrollTop = 0;
  }

  function setupBar() {
    $("back").addEventListener("click", back);
    $("home").addEventListener("click", home);
    for (const b of $("sizes").children) {
      b.addEventListener("click", () => { S.big = b.dataset.size === "big"; render(); });
    }
    if (D.languages.length) {
      const langs = $("langs");
      const choices = [{ tag: "", name: L.kiosk_vietnamese }, ...D.languages];
      for (const lang of choices) {
        const b = button(null, lang.name, () => { S.lang = lang.tag; render(); });
        b.dataset.lang = lang.tag;
        langs.appendChild(b);
      }
      langs.hidden = false;
    }
  }

  // ---- idle and attract loop -----------------------------------------------------------------
  // After idle_seconds without a touch: back to a fresh home screen (the next person must not
  // see the last one's search) and an attract loop. While the loop runs no idle timer is armed,
  // so an unattended kiosk stays calm: it never re-renders or restarts the loop by itself.
  const attract = $("attract");
  let idleTimer = null;
  let cycleTimer = null;
  let cycle = 0;
  const showcase = D.procedures.filter((p) => p.online).length
    ? D.procedures.filter((p) => p.online) : D.procedures;

  function armIdle() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(onIdle, D.idle_seconds * 1000);
  }
  function onIdle() {
    idleTimer = null;
    if (!attract.hidden) return;
    S = fresh();
    render();
    startAttract();
  }
  function startAttract() {
    stopAudio();
    cycle = 0;
    showAttract();
    attract.hidden = false;
    document.body.dataset.attract = "on";
    cycleTimer = setInterval(() => { cycle = (cycle + 1) % showcase.length; showAttract(); },
      D.attract_seconds * 1000);
  }
  function showAttract() {
    const p = showcase[cycle];
    if (!p) return;
    const card = el("div", "attract-card", null, [el("p", "attract-field", tr(p, "field")),
      el("p", "attract-name", tr(p, "name"))]);
    card.appendChild(p.online || p.lookup ? qrBlock(p) : el("p", "badge offline", p.apply.label));
    attract.replaceChildren(el("p", "attract-title", D.title || L.kiosk_title), card,
      el("p", "attract-touch", L.kiosk_touch));
    attract.dataset.code = p.code;
  }
  function stopAttract(event) {
    event.preventDefault();
    event.stopPropagation();
    clearInterval(cycleTimer);
    attract.hidden = true;
    attract.replaceChildren();
    document.body.dataset.attract = "off";
    armIdle();
  }
  attract.addEventListener("pointerdown", stopAttract);
  for (const kind of ["pointerdown", "keydown", "wheel", "touchstart"]) {
    document.addEventListener(kind, () => { if (attract.hidden) armIdle(); }, { capture: true, passive: true });
  }
  document.addEventListener("keydown", (e) => {
    if (!attract.hidden) { stopAttract(e); return; }
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key === "Escape") { back(); return; }
    if (S.screen !== "search" && S.screen !== "home") return;
    if (e.key === "Backspace") { e.preventDefault(); if (S.screen === "search") type("\b"); return; }
    if (e.key.length !== 1 || !/[\p{L}\p{N} ]/u.test(e.key)) return;
    e.preventDefault();
    if (S.screen === "home") go("search");
    type(e.key.toLowerCase());
  });
  // A long press must not open a menu, and a swipe must not leave the page.
  document.addEventListener("contextmenu", (e) => e.preventDefault());

  setupBar();
  render();
  armIdle();
})();
