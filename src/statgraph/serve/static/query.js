// The query page: saved queries, a SPARQL editor, results as a table (textContent only), CSV download.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const sparql = $("sg-sparql"), saved = $("sg-saved"), status = $("sg-status"), error = $("sg-error");
  const table = $("sg-results");

  function el(tag, text) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  function updateCsv() {
    $("sg-csv").href = "/sparql?format=csv&query=" + encodeURIComponent(sparql.value);
  }

  function render(data) {
    const head = table.tHead, body = table.tBodies[0];
    head.replaceChildren();
    body.replaceChildren();
    if (typeof data.boolean === "boolean") {
      head.append(el("tr"));
      head.rows[0].append(el("th", "answer"));
      const row = el("tr");
      row.append(el("td", String(data.boolean)));
      body.append(row);
      return 1;
    }
    const names = data.head.vars;
    const header = el("tr");
    names.forEach((name) => header.append(el("th", name)));
    head.append(header);
    data.results.bindings.forEach((binding) => {
      const row = el("tr");
      names.forEach((name) => row.append(el("td", binding[name] ? binding[name].value : "")));
      body.append(row);
    });
    return data.results.bindings.length;
  }

  async function run() {
    showError("");
    status.textContent = "running…";
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
      body: sparql.value,
      credentials: "same-origin",
    });
    if (!response.ok) {
      status.textContent = "";
      showError(await response.text());
      return;
    }
    const kind = response.headers.get("Content-Type") || "";
    if (!kind.startsWith("application/sparql-results+json")) {
      status.textContent = "";
      showError("CONSTRUCT and DESCRIBE answer RDF: download it from /sparql?format=turtle");
      return;
    }
    const rows = render(await response.json());
    status.textContent = rows + " rows";
  }

  async function loadSaved() {
    const response = await fetch("/api/queries", { credentials: "same-origin" });
    const queries = (await response.json()).queries;
    Object.keys(queries).forEach((name) => {
      const option = el("option", name);
      option.value = name;
      saved.append(option);
    });
    saved.addEventListener("change", () => {
      if (saved.value) sparql.value = queries[saved.value];
      updateCsv();
    });
  }

  $("sg-run").addEventListener("click", () => run().catch((e) => showError(String(e))));
  sparql.addEventListener("input", updateCsv);
  updateCsv();
  loadSaved().catch((e) => showError(String(e)));
})();
