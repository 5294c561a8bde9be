// The review queue: statements with their passages; accept, reject (with a reason) or correct.
// Every value from the store is written with textContent; nothing goes through innerHTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
  const token = meta("statgraph-token");
  const list = $("sg-queue"), status = $("sg-status"), error = $("sg-error"), reviewer = $("sg-reviewer");
  let reasons = [];

  reviewer.value = localStorage.getItem("statgraph-reviewer") || meta("statgraph-reviewer");
  reviewer.addEventListener("change", () => localStorage.setItem("statgraph-reviewer", reviewer.value));

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  function field(labelText, input) {
    const label = el("label", labelText + " ");
    label.append(input);
    return label;
  }

  function input(name, value, listId) {
    const box = el("input");
    box.type = "text";
    box.name = name;
    box.value = value || "";
    box.maxLength = 300;
    if (listId) box.setAttribute("list", listId);
    return box;
  }

  async function decide(item, body) {
    showError("");
    body.statement = item.id;
    body.reviewer = reviewer.value;
    const response = await fetch("/api/decisions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Statgraph-Token": token },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const answer = await response.json();
    if (!response.ok) {
      showError(answer.error || response.statusText);
      return;
    }
    await load(`${answer.verdict}: ${answer.statement} · `);
  }

  function actions(item) {
    const box = el("div", null, "sg-actions");
    const note = input("note", "");
    note.placeholder = "note";
    const accept = el("button", "Accept", "sg-accept");
    accept.type = "button";
    accept.addEventListener("click", () => decide(item, { verdict: "accept", note: note.value }));
    const reason = el("select");
    reason.name = "reason";
    reasons.forEach((r) => { const o = el("option", r.replace(/_/g, " ")); o.value = r; reason.append(o); });
    const reject = el("button", "Reject", "sg-reject");
    reject.type = "button";
    reject.addEventListener("click", () => decide(item, { verdict: "reject", reason: reason.value, note: note.value }));
    const correct = el("button", "Correct…", "sg-correct");
    correct.type = "button";
    correct.addEventListener("click", () => box.append(correction(item, note)));
    box.append(accept, reason, reject, correct, note);
    return box;
  }

  function correction(item, note) {
    const form = el("form", null, "sg-correction");
    const holder = input("holder", item.holder), relation = input("relation", item.relation, "sg-relations");
    const target = input("target", item.target);
    const save = el("button", "Save correction", "sg-save");
    save.type = "submit";
    form.append(field("Holder", holder), field("Relation", relation), field("Target", target), save);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      decide(item, { verdict: "correct", note: note.value,
                     correction: { holder: holder.value, relation: relation.value, target: target.value } });
    });
    return form;
  }

  function render(item) {
    const entry = el("li", null, "sg-item");
    entry.dataset.statement = item.id;
    const head = el("div", null, "sg-head");
    head.append(el("span", item.holder, "sg-holder"), el("span", item.relation, "sg-relation"),
                el("span", item.target, "sg-target"), el("span", item.confidence.toFixed(2), "sg-confidence"));
    if (item.review) head.append(el("span", item.review + (item.reason ? ` (${item.reason.replace(/_/g, " ")})` : ""),
                                    "sg-review sg-" + item.review));
    head.append(el("code", item.id, "sg-id"));
    entry.append(head);
    if (item.decision) {
      const when = (item.decision.when || "").slice(0, 16).replace("T", " ");
      const note = item.decision.note ? ` · “${item.decision.note}”` : "";
      entry.append(el("div", `${item.decision.verdict} by ${item.decision.reviewer}, ${when} UTC${note}`, "sg-decision"));
    }
    item.passages.forEach((p) => {
      const quote = el("blockquote", p.passage, "sg-passage");
      quote.append(el("cite", ` ${p.doc} ${p.start}–${p.end}${p.speaker ? " · " + p.speaker : ""} · ${p.voice}`));
      entry.append(quote);
    });
    entry.append(actions(item));
    return entry;
  }

  async function load(done) {
    const query = new URLSearchParams({ order: $("sg-order").value, show: $("sg-show").value });
    const response = await fetch("/api/queue?" + query, { credentials: "same-origin" });
    const answer = await response.json();
    if (!response.ok) { showError(answer.error || response.statusText); return; }
    list.replaceChildren(...answer.items.map(render));
    status.textContent = `${done || ""}${answer.items.length} statements`;
  }

  async function start() {
    const vocabulary = await (await fetch("/api/vocabulary", { credentials: "same-origin" })).json();
    reasons = vocabulary.reasons;
    $("sg-relations").replaceChildren(...vocabulary.relations.map((r) => { const o = el("option"); o.value = r; return o; }));
    $("sg-order").addEventListener("change", () => load());
    $("sg-show").addEventListener("change", () => load());
    await load();
  }

  start().catch((e) => showError(String(e)));
})();
