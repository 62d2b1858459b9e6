// Cordon web pages. Everything that came from a list or a query is put into the page as text
// (textContent, never innerHTML): list names are hostile input.
"use strict";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function fetchJson(url, options) {
  // When the server requires API keys, the key entered on the alert queue page (kept in this tab) is sent too.
  const key = sessionStorage.getItem("cordon.apiKey");
  if (key) options = Object.assign({}, options, { headers: Object.assign({}, (options && options.headers) || {}, { Authorization: "Bearer " + key }) });
  const res = await fetch(url, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? body.error : ("HTTP " + res.status);
    const err = new Error(msg);
    err.status = res.status;
    err.field = body && body.field;
    throw err;
  }
  return body;
}

function showError(message) {
  const p = document.getElementById("error");
  p.textContent = message;
  p.hidden = !message;
}

/** Only http(s) links: a list could carry a javascript: URL. */
function safeUrl(u) {
  return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
}

function pct(score) {
  return Math.round(score * 100) + "%";
}

async function showStatus() {
  const s = document.getElementById("status");
  try {
    const r = await fetch("readyz");
    const body = await r.json();
    s.textContent = r.ok ? body.entities.toLocaleString("en") + " entities loaded" : (body.error || "lists loading");
    s.className = r.ok ? "status ok" : "status wait";
  } catch (e) {
    s.textContent = "server not reachable";
    s.className = "status wait";
  }
}

// ---------------------------------------------------------------- search page

function scoreBar(score, match) {
  const bar = el("span", { class: "bar" + (match ? " match" : "") });
  bar.style.width = Math.max(2, Math.round(score * 100)) + "%";
  return el("span", { class: "meter", role: "meter", "aria-valuemin": "0", "aria-valuemax": "1",
                      "aria-valuenow": String(score), "aria-label": "score " + pct(score) }, bar);
}

// sameAs: the number of an earlier result on the same target (records Cordon links into one profile), or 0
function resultItem(r, sameAs) {
  const link = el("a", { href: "entity.html?id=" + encodeURIComponent(r.id), class: "caption" }, r.caption);
  const head = el("div", { class: "result-head" },
    link,
    el("span", { class: "badge src" }, (r.source || "").toUpperCase()),
    el("span", { class: "badge" }, r.schema),
    r.match ? el("span", { class: "badge alert" }, "MATCH") : null,
    sameAs ? el("span", { class: "badge same", title: "another list's record of the target of result " + sameAs }, "same target as " + sameAs) : null);
  const score = el("div", { class: "score" }, scoreBar(r.score, r.match), el("span", { class: "num" }, r.score.toFixed(2)));
  const facts = [];
  const p = r.properties || {};
  if (p.birthDate) facts.push("born " + p.birthDate.join(", "));
  if (p.nationality) facts.push("nationality " + p.nationality.join(", ").toUpperCase());
  if (r.programmes && r.programmes.length) facts.push("programmes " + r.programmes.join(", "));
  facts.push(r.id);
  const why = el("ul", { class: "why" });
  for (const sentence of r.why || []) why.append(el("li", null, sentence));
  return el("li", { class: "result" }, head, score, el("p", { class: "facts-line" }, facts.join(" · ")), why);
}

async function runSearch(params) {
  const results = document.getElementById("results");
  const summary = document.getElementById("summary");
  showError("");
  results.replaceChildren();
  summary.textContent = "Searching…";
  const dataset = params.get("dataset") || "default";
  const q = new URLSearchParams();
  for (const k of ["q", "schema", "birthDate", "country"]) if (params.get(k)) q.set(k, params.get(k));
  q.set("limit", "20");
  try {
    const body = await fetchJson("search/" + encodeURIComponent(dataset) + "?" + q.toString());
    // results of one profile: the first is numbered, the others say which it is
    const firstOfProfile = new Map();
    body.results.forEach((r, i) => { if (r.profile_id && !firstOfProfile.has(r.profile_id)) firstOfProfile.set(r.profile_id, i + 1); });
    const targets = firstOfProfile.size + body.results.filter((r) => !r.profile_id).length;
    summary.textContent = body.results.length === 0
      ? "No results for \u201c" + params.get("q") + "\u201d."
      : body.results.length + (body.results.length === 1 ? " result" : " results")
        + (targets < body.results.length ? " of " + targets + (targets === 1 ? " target" : " targets") : "")
        + ", " + body.matches + " at or above the match threshold (" + body.threshold + ").";
    body.results.forEach((r, i) => {
      const first = r.profile_id ? firstOfProfile.get(r.profile_id) : 0;
      results.append(resultItem(r, first && first !== i + 1 ? first : 0));
    });
  } catch (e) {
    summary.textContent = "";
    showError(e.message + (e.field ? " (" + e.field + ")" : ""));
  }
}

async function initSearch() {
  const form = document.getElementById("search-form");
  const params = new URLSearchParams(location.search);
  for (const k of ["q", "schema", "birthDate", "country"]) {
    if (params.get(k)) form.elements[k].value = params.get(k);
  }
  try {
    const cat = await fetchJson("catalog");
    const sel = document.getElementById("dataset");
    for (const d of cat.datasets) {
      if (d.name === "default") continue;
      sel.append(el("option", { value: d.name }, d.name.toUpperCase() + " \u2014 " + (d.title || d.name)));
    }
    if (params.get("dataset")) sel.value = params.get("dataset");
  } catch (e) { /* lists still loading: the status line says so */ }
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const k of ["q", "schema", "birthDate", "country", "dataset"]) {
      const v = form.elements[k].value.trim();
      if (v && !(k === "dataset" && v === "default")) p.set(k, v);
    }
    history.pushState(null, "", "?" + p.toString());
    runSearch(p);
  });
  window.addEventListener("popstate", () => {
    const p = new URLSearchParams(location.search);
    for (const k of ["q", "schema", "birthDate", "country"]) form.elements[k].value = p.get(k) || "";
    if (p.get("q")) runSearch(p);
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "/" && !["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName)) {
      ev.preventDefault();
      form.elements.q.focus();
    }
  });
  if (params.get("q")) runSearch(params);
}

// ---------------------------------------------------------------- entity page

function addFact(dl, term, values) {
  if (!values || values.length === 0) return;
  const dd = el("dd");
  values.forEach((v, i) => { if (i) dd.append(el("br")); dd.append(v instanceof Node ? v : document.createTextNode(v)); });
  dl.append(el("dt", null, term), dd);
}

/** Labels of list properties whose key does not read well split at its capitals. */
const PROPERTY_LABELS = {
  sourceUrl: "Source URL", euReferenceNumber: "EU reference number", ofsiGroupId: "OFSI group ID",
  countryText: "Country, as the list writes it", nationalityText: "Nationality, as the list writes it",
  modifiedAt: "Last changed on the list", createdAt: "First on the list",
};
const UPPER_WORDS = new Set(["url", "eu", "un", "uk", "ofsi", "ofac", "id", "imo", "bic", "swift", "lei", "isin", "mmsi"]);

/** A list property's key as words: "birthCountry" -> "Birth country", "euReferenceNumber" -> "EU reference number". */
function propertyLabel(key) {
  if (Object.prototype.hasOwnProperty.call(PROPERTY_LABELS, key)) return PROPERTY_LABELS[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase().split(" ").filter(Boolean);
  const text = words.map((w) => (UPPER_WORDS.has(w) ? w.toUpperCase() : w)).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function recordCard(r) {
  const card = el("section", { class: "record", "aria-label": r.source.toUpperCase() + " record " + r.source_id });
  const url = safeUrl(r.source_url);
  card.append(el("h3", null, el("span", { class: "badge src" }, r.source.toUpperCase()), " ", r.source_id,
    r.link && r.link !== "self" ? el("span", { class: "badge link-" + r.link }, r.link + " link") : null));
  if (r.list) card.append(el("p", { class: "note" }, (r.list.title || "") + (r.list.publication_date ? ", " + r.list.publication_date : "")));
  if (url) card.append(el("p", null, el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "Official source record")));
  const dl = el("dl", { class: "facts" });
  addFact(dl, "Kind", [r.schema]);
  addFact(dl, "Names", r.names.map(n => n.name + " (" + n.kind.replace("_", " ") + ")"));
  addFact(dl, "Birth dates", r.birth_dates);
  addFact(dl, "Birth places", r.birth_places);
  addFact(dl, "Nationality", r.nationalities.map(c => c.name + " (" + c.code + ")"));
  addFact(dl, "Countries", r.countries.map(c => c.name + " (" + c.code + ")"));
  addFact(dl, "Gender", r.gender ? [r.gender] : []);
  addFact(dl, "Identifiers", r.identifiers.map(i => i.type + ": " + i.value + (i.country ? " (" + i.country + ")" : "") + (i.note ? " \u2014 " + i.note : "")));
  addFact(dl, "Programmes", r.programmes);
  addFact(dl, "Listed on", r.listed_on ? [r.listed_on] : []);
  addFact(dl, "Addresses", r.addresses);
  for (const [k, vs] of Object.entries(r.properties || {})) {
    // the official source record's address is the link above already
    if (k === "sourceUrl" && url && vs.length === 1 && vs[0] === r.source_url) continue;
    addFact(dl, propertyLabel(k), vs);
  }
  card.append(dl);
  return card;
}

async function initEntity() {
  const id = new URLSearchParams(location.search).get("id");
  if (!id) { showError("No entity id given."); return; }
  if (document.referrer && new URL(document.referrer).origin === location.origin) {
    document.getElementById("back").addEventListener("click", (ev) => { ev.preventDefault(); history.back(); });
  }
  let e;
  try {
    e = await fetchJson("entities/" + encodeURIComponent(id));
  } catch (err) {
    showError(err.message);
    return;
  }
  document.title = "Cordon · " + e.caption;
  document.getElementById("caption").textContent = e.caption;
  document.getElementById("subtitle").textContent = e.schema + " · " + e.id + " · on " + e.records.map(r => r.source.toUpperCase()).join(", ");
  const tbody = document.querySelector("#names tbody");
  const seen = new Set();
  for (const r of e.records) {
    for (const n of r.names) {
      const key = n.name + "|" + r.source;
      if (seen.has(key)) continue;
      seen.add(key);
      tbody.append(el("tr", null, el("td", { lang: n.lang ? n.lang.toLowerCase() : null }, n.name),
        el("td", null, n.kind.replace("_", " ")), el("td", null, n.script), el("td", null, n.lang || ""),
        el("td", null, r.source.toUpperCase())));
    }
  }
  const facts = document.getElementById("facts");
  const ids = [], progs = new Set(), listed = [];
  for (const r of e.records) {
    for (const i of r.identifiers) ids.push(i.type + ": " + i.value + " (" + r.source.toUpperCase() + ")");
    for (const p of r.programmes) progs.add(p);
    if (r.listed_on) listed.push(r.listed_on + " (" + r.source.toUpperCase() + ")");
  }
  addFact(facts, "Identifiers", ids.length ? ids : ["none published"]);
  addFact(facts, "Programmes", progs.size ? [...progs] : ["none published"]);
  addFact(facts, "Listing dates", listed.length ? listed : ["not published"]);
  document.getElementById("records-note").textContent = e.records.length > 1
    ? e.records.length + " records of one target, linked by Cordon: \u201ccertain\u201d by a shared UN reference number, "
      + "\u201cprobable\u201d by the same name and full birth date or the same passport, IMO or BIC number, "
      + "\u201cpossible\u201d by the same name, which no other record of either list bears, under the same sanctions regime "
      + "with no birth date or nationality that disagrees."
    : "One source record: no other list links to it.";
  const box = document.getElementById("records");
  for (const r of e.records) box.append(recordCard(r));
  document.getElementById("entity").hidden = false;
  document.getElementById("caption").focus();
}

// ---------------------------------------------------------------- text page

function markText(text, spans) {
  const out = document.createDocumentFragment();
  let at = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    out.append(document.createTextNode(text.slice(at, s.start)));
    const label = (s.caption || s.text) + (s.kind ? " \u2014 " + s.kind : "") + (s.score !== undefined ? " " + pct(s.score) : "");
    const m = el("mark", { class: "hit " + (s.kind || ""), title: label, tabindex: "0" }, text.slice(s.start, s.end));
    out.append(m);
    at = s.end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

async function initText() {
  const form = document.getElementById("text-form");
  const area = document.getElementById("text");
  area.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = area.value;
    const summary = document.getElementById("summary");
    showError("");
    document.getElementById("output").hidden = true;
    summary.textContent = "Screening…";
    try {
      const body = await fetchJson("screen/text", { method: "POST", headers: { "Content-Type": "application/json" },
                                                    body: JSON.stringify({ text: text }) });
      const spans = body.spans || [];
      summary.textContent = spans.length === 0 ? "Nothing found." : spans.length + " findings.";
      document.getElementById("marked").replaceChildren(markText(text, spans));
      const list = document.getElementById("findings");
      list.replaceChildren();
      for (const s of spans) {
        const target = s.entity_id ? el("a", { href: "entity.html?id=" + encodeURIComponent(s.entity_id) }, s.caption || s.entity_id) : (s.caption || "");
        // the list a record is on beside its name: one text may name the same person on two lists
        list.append(el("li", null, el("q", null, s.text), " \u2192 ", target,
          s.source ? " " : null, s.source ? el("span", { class: "badge src" }, s.source.toUpperCase()) : null,
          s.kind ? " " : null, s.kind ? el("span", { class: "badge" }, s.kind) : null, s.score !== undefined ? " " + pct(s.score) : ""));
      }
      document.getElementById("output").hidden = false;
    } catch (e) {
      summary.textContent = "";
      showError(e.status === 501 ? "Text screening is not available on this server yet: " + e.message : e.message);
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  showStatus();
  const page = document.body.dataset.page;
  if (page === "search") initSearch();
  else if (page === "entity") initEntity();
  else if (page === "text") initText();
});
