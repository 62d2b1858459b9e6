// Alert queue and audit trail pages. Everything from the store is put into the page as text
// (textContent, never innerHTML): names come from customers and lists, both untrusted.
"use strict";

const KEY = "cordon.apiKey";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/**
 * Gives every cell of a table's body its column's heading as data-label, which a phone-width layout shows before the
 * cell's value when the rows are stacked (app.css).
 */
function labelCells(table) {
  const headings = Array.from(table.querySelectorAll("thead th"), (th) => th.textContent);
  for (const row of table.tBodies[0].rows) {
    Array.from(row.cells).forEach((cell, i) => { if (headings[i]) cell.setAttribute("data-label", headings[i]); });
  }
}

async function api(url, options) {
  const headers = Object.assign({}, (options && options.headers) || {});
  const key = sessionStorage.getItem(KEY);
  if (key) headers["Authorization"] = "Bearer " + key;
  const res = await fetch(url, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error(body && body.error ? body.error : "HTTP " + res.status);
  return body;
}

function showError(message) {
  const p = document.getElementById("error");
  p.textContent = message || "";
  p.hidden = !message;
}

function keyForm(reload) {
  const form = document.getElementById("key-form");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const v = document.getElementById("api-key").value.trim();
    if (v) sessionStorage.setItem(KEY, v); else sessionStorage.removeItem(KEY);
    document.getElementById("api-key").value = "";
    reload();
  });
}

// ---- alert queue ----
let current = null;

async function loadAlerts() {
  showError("");
  const q = new URLSearchParams();
  for (const [id, name] of [["status-filter", "status"], ["source-filter", "source"], ["subject-filter", "subject"],
    ["assigned-filter", "assigned"], ["min-score", "min_score"], ["sort-order", "sort"]]) {
    const v = document.getElementById(id).value.trim();
    if (v) q.set(name, v);
  }
  try {
    const body = await api("alerts?" + q.toString());
    const tbody = document.querySelector("#alerts tbody");
    tbody.replaceChildren();
    // The first alert shown of each subject and target (records Cordon links as one: Putin on three lists), by number.
    const firstOfTarget = new Map();
    for (const a of body.alerts) {
      const open = el("button", { type: "button", class: "link", "data-alert": String(a.id), text: "#" + a.id });
      open.addEventListener("click", () => showAlert(a.id));
      const target = a.subject_id + "\u0000" + a.profile_id;
      const sameAs = firstOfTarget.get(target);
      if (sameAs === undefined) firstOfTarget.set(target, a.id);
      tbody.append(el("tr", { "data-alert-row": String(a.id) },
        el("td", {}, open), el("td", { text: Math.round(a.score * 100) + "%" }), el("td", { class: "status-cell", text: a.status.replace("_", " ") }),
        el("td", { text: a.subject_id }), el("td", {}, el("a", { href: "entity.html?id=" + encodeURIComponent(a.entity_id) }, a.caption),
          " (" + a.entity_id + ")",
          sameAs === undefined ? null : " ",
          sameAs === undefined ? null : el("span", { class: "badge same", title: "the same subject and another list's record of the target of alert #" + sameAs },
            "same target as #" + sameAs)),
        el("td", { class: "assignee-cell", text: a.assigned_to || "—" }),
        el("td", { class: "raised-cell", text: a.created_at.slice(0, 16).replace("T", " ") })));
    }
    labelCells(document.getElementById("alerts"));
    document.getElementById("alerts-caption").textContent = q.get("sort") === "oldest" ? "Alerts, longest waiting first" : "Alerts, highest score first";
    const c = body.counts;
    document.getElementById("counts").textContent = body.alerts.length + " shown · open " + c.open + ", escalated " + c.escalated
      + ", waiting for approval " + c.pending_approval + ", true matches " + c.true_match + ", false positives " + c.false_positive
      + " · four-eyes from score " + body.four_eyes_score + " · not closed by who has them: "
      + Object.entries(body.open_by_assignee).map(([who, n]) => (who === "none" ? "nobody" : who) + " " + n).join(", ");
  } catch (e) {
    showError(e.message);
  }
}

async function showAlert(id) {
  showError("");
  try {
    const a = await api("alerts/" + encodeURIComponent(id));
    current = a;
    const section = document.getElementById("detail");
    section.hidden = false;
    document.getElementById("detail-title").textContent = "Alert #" + a.id + ": " + a.subject_id + " ~ " + a.caption
      + " (" + Math.round(a.score * 100) + "%, " + a.status.replace("_", " ") + ")";
    // The customer as registered, beside the listed record (its entity page): what the analyst compares.
    const s = a.subject;
    const schema = s && s.schema ? s.schema.charAt(0) + s.schema.slice(1).toLowerCase().replaceAll("_", " ") : null;
    document.getElementById("detail-subject").textContent = s ? "The customer (" + s.id + "): " + [s.name, schema,
      s.birthDate ? "born " + s.birthDate : null, s.country ? "country " + s.country : null,
      ...Object.entries(s.attributes || {}).map(([k, v]) => k + ": " + v)].filter(Boolean).join(" · ") : "";
    document.getElementById("detail-why").textContent = "Why: " + a.explanation;
    document.getElementById("detail-entity").replaceChildren("The listed record, every name and the lists' sources: ",
      el("a", { href: "entity.html?id=" + encodeURIComponent(a.entity_id) }, a.caption + " (" + a.entity_id + ")"));
    sameTarget(a);
    showAssignee(a);
    const ul = document.getElementById("detail-decisions");
    ul.replaceChildren();
    for (const d of a.decisions) {
      const li = el("li", { "data-decision": String(d.id) }, "Decision #" + d.id + ": " + d.verdict.replace("_", " ") + " by " + d.decided_by
        + " (" + d.status + (d.reviewed_by ? ", reviewed by " + d.reviewed_by : "") + "): " + d.reason);
      if (d.status === "pending") {
        for (const action of ["approve", "reject"]) {
          const b = el("button", { type: "button", "data-action": action, text: action === "approve" ? "Approve" : "Reject" });
          b.addEventListener("click", () => review(d.id, action));
          li.append(" ", b);
        }
      }
      ul.append(li);
    }
    const notes = document.getElementById("detail-notes");
    notes.replaceChildren(...a.notes.map((n) => el("li", { "data-note": String(n.id) }, n.author + ", " + n.created_at + ": " + n.text)));
    if (a.notes.length === 0) notes.append(el("li", { class: "muted" }, "No notes yet."));
    // The form has class "search" (display: flex), which would override the hidden attribute.
    document.getElementById("decide-form").style.display = (a.status === "open" || a.status === "escalated") ? "" : "none";
    // A false positive in effect put the pair on the good-guy list: offer to take it off.
    document.getElementById("revoke-form").style.display = a.status === "false_positive" ? "" : "none";
    document.getElementById("reason").focus();
  } catch (e) {
    showError(e.message);
  }
}

/**
 * The subject's other alerts on the same target (closed ones too, with the decision that closed them: context), each with a
 * box to tick: while this alert is open, to decide it with this one; while this alert's decision waits for approval, to
 * approve or reject with it that alert's decision of the same verdict. Left unticked: a possible link is a name and a
 * regime in common, which the analyst should see first.
 */
function sameTarget(a) {
  const box = document.getElementById("detail-same");
  const list = document.getElementById("detail-same-list");
  list.replaceChildren();
  const pending = a.decisions.find((d) => d.status === "pending");
  const decidable = a.status === "open" || a.status === "escalated";
  box.hidden = a.same_target.length === 0;
  document.getElementById("detail-same-legend").textContent = decidable
    ? "The same target on other lists: decide with this alert"
    : pending ? "The same target on other lists: approve or reject with this alert's decision" : "The same target on other lists";
  for (const o of a.same_target) {
    const p = o.pending_decision;
    const usable = decidable ? (o.status === "open" || o.status === "escalated") : Boolean(p && pending && p.verdict === pending.verdict);
    const id = "also-" + o.id;
    const check = el("input", { type: "checkbox", id, name: "also", value: String(decidable ? o.id : (p ? p.id : "")),
      "data-kind": decidable ? "alert" : "decision", disabled: usable ? null : "disabled" });
    list.append(el("li", {}, check, " ", el("label", { for: id },
      "#" + o.id + " " + o.caption + " (" + o.entity_id + ") " + Math.round(o.score * 100) + "%",
      o.link ? " · " + o.link + " link" : "", " · " + o.status.replace("_", " "),
      p ? " (decision #" + p.id + ": " + p.verdict.replace("_", " ") + " by " + p.decided_by + ")" : "",
      o.final_decision ? " (decision #" + o.final_decision.id + ": " + o.final_decision.verdict.replace("_", " ") + " by "
        + o.final_decision.decided_by + (o.final_decision.reviewed_by ? ", approved by " + o.final_decision.reviewed_by : "")
        + ": " + o.final_decision.reason + ")" : "")));
  }
}

/** Who works the alert, and the buttons to take it, take it over or release it (a closed alert has nobody to work it). */
function showAssignee(a) {
  const closed = a.status === "true_match" || a.status === "false_positive";
  document.getElementById("detail-assignee").textContent = a.assigned_to
    ? "Assigned to " + a.assigned_to + " since " + a.assigned_at + "." : closed ? "" : "Nobody has taken this alert.";
  document.getElementById("take-alert").hidden = closed || Boolean(a.assigned_to);
  document.getElementById("take-over-alert").hidden = closed || !a.assigned_to;
  document.getElementById("release-alert").hidden = closed || !a.assigned_to;
}

/** Takes the shown alert (the key's owner), takes it over from whoever has it, or releases it. */
async function assign(how) {
  if (!current) return;
  showError("");
  const body = how === "release" ? { to: null } : how === "take-over" ? { take_over: true } : {};
  try {
    await api("alerts/" + current.id + "/assign", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    await loadAlerts();
    await showAlert(current.id);
  } catch (e) {
    showError(e.message);
  }
}

/** The ids ticked in the same-target box, alerts' or decisions' as the box offers them. */
function ticked(kind) {
  return [...document.querySelectorAll("#detail-same-list input[name=also][data-kind=" + kind + "]:checked")].map((c) => Number(c.value));
}

async function decide(ev) {
  ev.preventDefault();
  if (!current) return;
  const also = ticked("alert");
  try {
    await api("alerts/" + current.id + "/decision", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ verdict: document.getElementById("verdict").value, reason: document.getElementById("reason").value, also }) });
    document.getElementById("reason").value = "";
    await loadAlerts();
    await showAlert(current.id);
  } catch (e) {
    showError(e.message);
  }
}

async function addNote(ev) {
  ev.preventDefault();
  if (!current) return;
  try {
    await api("alerts/" + current.id + "/notes", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: document.getElementById("note-text").value }) });
    document.getElementById("note-text").value = "";
    await showAlert(current.id);
  } catch (e) {
    showError(e.message);
  }
}

async function revokeGoodGuy(ev) {
  ev.preventDefault();
  if (!current) return;
  try {
    await api("good-guys/revoke", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ subject_id: current.subject_id, entity_id: current.entity_id, reason: document.getElementById("revoke-reason").value }) });
    document.getElementById("revoke-reason").value = "";
    await loadAlerts();
    await showAlert(current.id);
  } catch (e) {
    showError(e.message);
  }
}

async function review(decisionId, action) {
  try {
    await api("decisions/" + decisionId + "/" + action, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ also: ticked("decision") }) });
    await loadAlerts();
    await showAlert(current.id);
  } catch (e) {
    showError(e.message);
  }
}

// ---- audit trail ----
/** Records an anchor and shows its line, to copy somewhere outside the database; the trail is read again (it has the entry). */
async function takeAnchor() {
  showError("");
  try {
    const body = await api("audit/anchor", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const p = document.getElementById("anchor-taken");
    p.hidden = false;
    p.textContent = "Keep this line outside the database (a report, a mail to the auditor, a write-once store): " + body.anchor;
    p.dataset.anchor = body.anchor;
    await loadAudit();
  } catch (e) {
    showError(e.message);
  }
}

async function loadAudit() {
  showError("");
  const q = new URLSearchParams({ limit: "500" });
  for (const [id, name] of [["actor-filter", "actor"], ["action-filter", "action"], ["target-filter", "target"]]) {
    const v = document.getElementById(id).value.trim();
    if (v) q.set(name, v);
  }
  for (const line of document.getElementById("anchor").value.split("\n")) if (line.trim()) q.append("anchor", line.trim());
  try {
    const body = await api("audit?" + q.toString());
    const chain = document.getElementById("chain");
    const anchors = body.anchors_checked ? ", " + body.anchors_checked + (body.anchors_checked === 1 ? " anchor" : " anchors") + " matched" : "";
    chain.textContent = body.intact ? "Hash chain intact: " + body.entries_checked + " entries verified" + anchors + "."
      : "Hash chain BROKEN: " + body.problems.map((p) => "entry " + p.seq + ": " + p.message).join("; ");
    chain.className = body.intact ? "ok" : "error";
    const tbody = document.querySelector("#audit tbody");
    tbody.replaceChildren();
    for (const e of body.entries) {
      tbody.append(el("tr", {}, el("td", { text: String(e.seq) }), el("td", { text: e.at }), el("td", { text: e.actor }),
        el("td", { text: e.action }), el("td", { text: e.target }), el("td", { text: e.detail })));
    }
    labelCells(document.getElementById("audit"));
  } catch (e) {
    showError(e.message);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const page = document.body.dataset.page;
  if (page === "alerts") {
    keyForm(loadAlerts);
    document.getElementById("filter-form").addEventListener("submit", (ev) => { ev.preventDefault(); loadAlerts(); });
    document.getElementById("decide-form").addEventListener("submit", decide);
    document.getElementById("revoke-form").addEventListener("submit", revokeGoodGuy);
    document.getElementById("note-form").addEventListener("submit", addNote);
    for (const b of document.querySelectorAll("[data-assign]")) b.addEventListener("click", () => assign(b.dataset.assign));
    loadAlerts();
  } else if (page === "audit") {
    keyForm(loadAudit);
    document.getElementById("anchor-form").addEventListener("submit", (ev) => { ev.preventDefault(); loadAudit(); });
    document.getElementById("audit-filter").addEventListener("submit", (ev) => { ev.preventDefault(); loadAudit(); });
    document.getElementById("take-anchor").addEventListener("click", takeAnchor);
    loadAudit();
  }
});
