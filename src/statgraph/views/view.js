/* statgraph view: builds the page from its JSON data block with vis-network.
 * Every piece of document text goes into the page through textContent (or as a plain
 * string tooltip, which vis-network shows with innerText), never as HTML; labels on the
 * canvas are drawn with fillText.
 * window.statgraphTimes records the first draw and the moment the layout is still (ms since
 * navigation start); body[data-still] is "1" while the layout is frozen, "0" while it moves.
 * window.statgraph exposes the network and the page's functions for tests and curious analysts.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var times = { firstDraw: null, still: null };
  var state = { kind: "", stance: "", relation: "", doc: "", from: "", to: "", minConfidence: 0,
                actors: [], focus: null, depth: 1 };
  var shown = { nodes: {}, edges: {}, passages: {}, rows: [] };
  var current = null;  // what the side panel shows: { what: "edge" | "node" | "source" | ..., id: ... }
  var order = { column: "", descending: false };
  var colourBy = "type";
  var communityOf = null;
  var SVG = "http://www.w3.org/2000/svg";
  var TABLE_ROWS = 1000;  // rows listed at once; the CSV export has every row shown
  var PICK_PX = 6;  // a click this close to an edge picks it
  var COLUMNS = [["holder", "Holder"], ["relation", "Relation"], ["target", "Target"], ["speaker", "Speaker"],
                 ["doc", "Document"], ["date", "Date"], ["confidence", "Confidence"], ["rule", "Rule"]];
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                 "#9c755f", "#86bcb6"];
  window.statgraphTimes = times;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function button(text, action, className) {
    var item = el("button", text, className);
    item.type = "button";
    item.addEventListener("click", action);
    return item;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function importance(node) {
    return node.weight + (node.degree || 0);
  }

  var byImportance = data.nodes.slice().sort(function (a, b) {
    return importance(b) - importance(a) || a.id - b.id;
  });
  var topImportance = byImportance.length ? Math.max(importance(byImportance[0]), 1) : 1;
  var edgesByWeight = data.edges.slice().sort(function (a, b) { return b.weight - a.weight || a.id - b.id; });

  /* ---- the network ---- */

  function nodeColour(node) {
    var style = data.nodeStyles[node.kind];
    var fill = style.color, border = style.border;
    if (colourBy === "community") {
      var rank = communityOf[node.id];
      fill = rank < PALETTE.length ? PALETTE[rank] : "#c7c7c7";
      border = "#555";
    }
    return { background: fill, border: border, highlight: { background: fill, border: "#000" },
             hover: { background: fill, border: "#000" } };
  }

  function nodeItem(node) {
    var style = data.nodeStyles[node.kind];
    var item = {
      id: node.id, shape: style.shape, size: Math.min(30, 7 + 3 * Math.log2(1 + node.weight)),
      title: node.label + " (" + node.kind + ")\n" + plural(node.weight, "passage"), color: nodeColour(node)
    };
    if (node.x !== undefined) { item.x = node.x; item.y = node.y; }
    return item;
  }

  function edgeItem(edge) {
    var colour = data.stanceColours[edge.stance];
    return {
      id: edge.id, from: edge.from, to: edge.to, width: edgeWidth(edge.weight),
      title: edge.summary + "\n" + plural(edge.passages.length || edge.weight, "passage"),
      color: { color: colour, highlight: colour, hover: colour, opacity: 0.85 },
      smooth: edge.curve ? { enabled: true, type: "curvedCW", roundness: edge.curve } : false
    };
  }

  function edgeWidth(weight) {
    return Math.min(8, 1 + 1.5 * Math.log2(Math.max(weight, 1)));
  }

  function networkOptions() {
    var big = data.edges.length > 2000;
    return {
      autoResize: true,
      layout: { randomSeed: 7, improvedLayout: data.physics && data.nodes.length <= 150 },
      physics: {
        enabled: data.physics, solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -120, centralGravity: 0.015, springLength: 90,
                            springConstant: 0.06, avoidOverlap: 0.6 },
        stabilization: { enabled: data.physics, iterations: 400, updateInterval: 50, fit: true }
      },
      nodes: { borderWidth: 1 },
      edges: {
        smooth: false, selectionWidth: 4, hoverWidth: 1,
        arrows: { to: { enabled: data.directed, scaleFactor: 0.5 } }
      },
      interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                     keyboard: false, navigationButtons: false }
    };
  }

  var nodeSet = new vis.DataSet(data.nodes.map(nodeItem));
  var edgeSet = new vis.DataSet(data.edges.map(edgeItem));
  var container = document.getElementById("sg-network");
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, networkOptions());
  var details = document.getElementById("sg-details");
  var freeze = document.getElementById("sg-freeze");

  function setStill(still) {
    document.body.setAttribute("data-still", still ? "1" : "0");
    if (still && times.still === null) { times.still = performance.now(); }
  }

  function settle() {
    network.setOptions({ physics: { enabled: false } });
    freeze.checked = true;
    setStill(true);
  }

  network.once("afterDrawing", function () {
    times.firstDraw = performance.now();
    if (!data.physics) { setStill(true); }
    window.setTimeout(renderTable, 0);
  });
  if (data.physics) { network.once("stabilizationIterationsDone", settle); }
  freeze.addEventListener("change", function () {
    if (freeze.checked) { settle(); return; }
    setStill(false);
    network.setOptions({ physics: { enabled: true, stabilization: { enabled: false } } });
  });

  /* ---- labels on the canvas: the most important first, none over another, fixed size on screen ---- */

  var widths = {};
  var placed = [];
  var font = "";

  function setFont(ctx, size) {
    var wanted = size + "px system-ui, sans-serif";
    if (font !== wanted) { ctx.font = wanted; font = wanted; }
  }

  function textWidth(ctx, text, size) {
    var key = size + "|" + text;
    if (widths[key] === undefined) { setFont(ctx, size); widths[key] = ctx.measureText(text).width; }
    return widths[key];
  }

  function Boxes() { this.cells = {}; }
  Boxes.prototype.cellKeys = function (box) {
    var keys = [];
    for (var x = Math.floor(box.x / 80); x <= Math.floor((box.x + box.w) / 80); x++) {
      for (var y = Math.floor(box.y / 40); y <= Math.floor((box.y + box.h) / 40); y++) { keys.push(x + "," + y); }
    }
    return keys;
  };
  Boxes.prototype.free = function (box) {
    var cells = this.cells;
    return this.cellKeys(box).every(function (key) {
      return !(cells[key] || []).some(function (other) {
        return box.x < other.x + other.w && other.x < box.x + box.w && box.y < other.y + other.h && other.y < box.y + box.h;
      });
    });
  };
  Boxes.prototype.add = function (box) {
    var cells = this.cells;
    this.cellKeys(box).forEach(function (key) { (cells[key] = cells[key] || []).push(box); });
  };

  function toDOM(x, y) {
    var view = network.body.view;
    return { x: x * view.scale + view.translation.x, y: y * view.scale + view.translation.y };
  }

  var screen = { width: 0, height: 0 };  // the canvas's size, read once a drawing

  function inView(box) {
    return box.x >= 0 && box.y >= 0 && box.x + box.w <= screen.width && box.y + box.h <= screen.height;
  }

  function placeLabel(ctx, boxes, label, at, size) {
    var width = textWidth(ctx, label.text, size);
    var box = { x: at.x - width / 2 - 2, y: at.y, w: width + 4, h: size + 4, text: label.text,
                kind: label.kind, id: label.id, size: size };
    if (!inView(box) || !boxes.free(box)) { return false; }
    boxes.add(box);
    placed.push(box);
    setFont(ctx, size);
    ctx.fillStyle = label.colour;
    ctx.strokeText(label.text, at.x, at.y + 2);
    ctx.fillText(label.text, at.x, at.y + 2);
    return true;
  }

  function drawNodeLabels(ctx, boxes) {
    var scale = network.body.view.scale, width = screen.width, height = screen.height;
    // busiest first; stop after 300 labels, or after 250 in a row find no room
    for (var i = 0, misses = 0; i < byImportance.length && misses < 250 && placed.length < 300; i++) {
      var node = byImportance[i], body = network.body.nodes[node.id];
      if (!body || body.options.hidden) { continue; }
      var at = toDOM(body.x, body.y);
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) { continue; }
      at.y += (body.options.size || 10) * scale + 2;
      var size = Math.round(11 + 5 * Math.sqrt(importance(node) / topImportance));
      misses = placeLabel(ctx, boxes, { text: node.label, kind: "node", id: node.id, colour: "#222" }, at, size) ? 0 : misses + 1;
    }
  }

  function drawEdgeLabels(ctx, boxes) {
    for (var i = 0, tried = 0; i < edgesByWeight.length && tried < 600; i++) {
      var edge = edgesByWeight[i], body = network.body.edges[edge.id];
      if (!shown.edges[edge.id] || !body || !body.from || !body.to || edge.from === edge.to) { continue; }
      var a = toDOM(body.from.x, body.from.y), b = toDOM(body.to.x, body.to.y);
      if (Math.max(a.x, b.x) < 0 || Math.min(a.x, b.x) > screen.width ||
          Math.max(a.y, b.y) < 0 || Math.min(a.y, b.y) > screen.height) { continue; }
      tried++;
      if (Math.hypot(a.x - b.x, a.y - b.y) < textWidth(ctx, edge.label, 11) + 40) { continue; }
      var mid = edge.curve ? body.edgeType.getPoint(0.5) : { x: (body.from.x + body.to.x) / 2, y: (body.from.y + body.to.y) / 2 };
      var at = toDOM(mid.x, mid.y);
      at.y -= 7;
      placeLabel(ctx, boxes, { text: edge.label, kind: "edge", id: edge.id, colour: "#555" }, at, 11);
    }
  }

  function drawLabels(ctx) {
    var ratio = network.canvas.pixelRatio || 1;
    var boxes = new Boxes();
    placed = [];
    font = "";
    screen = { width: container.clientWidth, height: container.clientHeight };
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "#fff";
    ctx.lineJoin = "round";
    drawNodeLabels(ctx, boxes);
    if (data.edgeLabels || network.body.view.scale >= 1) { drawEdgeLabels(ctx, boxes); }
    ctx.restore();
  }

  network.on("afterDrawing", drawLabels);

  /* ---- filters: which edges, passages and nodes are shown ---- */

  function passagePasses(passage) {
    var date = passage.date ? String(passage.date).slice(0, 10) : "";
    if (state.doc && passage.doc !== state.doc) { return false; }
    if ((state.from || state.to) && !date) { return false; }
    if (state.from && date < state.from) { return false; }
    if (state.to && date > state.to) { return false; }
    var confidence = passage.confidence;
    return !(state.minConfidence > 0 && typeof confidence === "number" && confidence < state.minConfidence);
  }

  function passageFilterOn() {
    return Boolean(state.doc || state.from || state.to || state.minConfidence > 0);
  }

  function anyFilter() {
    return Boolean(passageFilterOn() || state.kind || state.stance || state.relation || state.actors.length ||
                   state.focus !== null);
  }

  function edgePasses(edge) {
    var ends = [data.nodes[edge.from], data.nodes[edge.to]];
    if (state.stance && edge.stance !== state.stance) { return false; }
    if (state.relation && edge.label !== state.relation) { return false; }
    if (state.kind && ends[0].kind !== state.kind && ends[1].kind !== state.kind) { return false; }
    return !state.actors.length || state.actors.indexOf(edge.from) >= 0 || state.actors.indexOf(edge.to) >= 0;
  }

  function nearFocus(edges) {
    var reach = {}, frontier = [state.focus];
    reach[state.focus] = true;
    for (var step = 0; step < state.depth; step++) {
      var next = [];
      edges.forEach(function (edge) {
        [[edge.from, edge.to], [edge.to, edge.from]].forEach(function (pair) {
          if (reach[pair[0]] && frontier.indexOf(pair[0]) >= 0 && !reach[pair[1]]) { reach[pair[1]] = true; next.push(pair[1]); }
        });
      });
      frontier = next;
    }
    return edges.filter(function (edge) { return reach[edge.from] && reach[edge.to]; });
  }

  function computeShown() {
    var passageOn = passageFilterOn(), passages = {};
    var edges = data.edges.filter(function (edge) {
      if (!edgePasses(edge)) { return false; }
      passages[edge.id] = edge.passages.filter(function (index) { return passagePasses(data.passages[index]); });
      return edge.passages.length ? passages[edge.id].length > 0 : !passageOn;
    });
    if (state.focus !== null) { edges = nearFocus(edges); }
    shown = { nodes: {}, edges: {}, passages: passages, rows: [] };
    edges.forEach(function (edge) {
      shown.edges[edge.id] = true;
      shown.nodes[edge.from] = true;
      shown.nodes[edge.to] = true;
      passages[edge.id].forEach(function (index) { shown.rows.push([edge.id, index]); });
    });
    if (state.focus !== null) { shown.nodes[state.focus] = true; }
    if (!anyFilter()) { data.nodes.forEach(function (node) { shown.nodes[node.id] = true; }); }
  }

  function hideChanged(set, items, visible) {
    var changes = [];
    items.forEach(function (item) {
      var hidden = visible[item.id] !== true;
      if (Boolean(set.get(item.id).hidden) !== hidden) { changes.push({ id: item.id, hidden: hidden }); }
    });
    if (changes.length) { set.update(changes); }
  }

  function readControls() {
    state.kind = document.getElementById("sg-type").value;
    state.stance = document.getElementById("sg-stance").value;
    state.relation = document.getElementById("sg-relation").value;
    state.doc = document.getElementById("sg-doc").value;
    state.from = document.getElementById("sg-from").value;
    state.to = document.getElementById("sg-to").value;
    state.minConfidence = Number(document.getElementById("sg-confidence").value);
    state.depth = Number(document.getElementById("sg-depth").value);
    document.getElementById("sg-confidence-value").textContent = state.minConfidence.toFixed(2);
  }

  function applyFilters() {
    readControls();
    computeShown();
    hideChanged(nodeSet, data.nodes, shown.nodes);
    hideChanged(edgeSet, data.edges, shown.edges);
    network.unselectAll();
    renderTable();
    followFilters();
    showNotice();
    renderChips();
  }

  /* ---- the side panel ---- */

  function passageMeta(passage) {
    var meta = el("div", null, "sg-meta");
    var parts = [];
    if (passage.statement) { parts.push(["Statement", passage.statement]); }
    if (passage.speaker) { parts.push(["Speaker", passage.speaker + (passage.voice ? " (" + passage.voice + ")" : "")]); }
    parts.push(["Document", passage.doc]);
    if (passage.title) { parts.push(["Title", passage.title]); }
    if (passage.date) { parts.push(["Date", passage.date]); }
    if (passage.outlet) { parts.push(["Outlet", passage.outlet]); }
    if (typeof passage.confidence === "number") { parts.push(["Confidence", passage.confidence.toFixed(2)]); }
    if (passage.rule) { parts.push(["Rule", passage.rule]); }
    parts.push(["Characters", passage.start + "\u2013" + passage.end]);
    parts.forEach(function (part, i) {
      if (i) { meta.appendChild(document.createTextNode(" \u00b7 ")); }
      meta.appendChild(el("b", part[0] + ": "));
      meta.appendChild(document.createTextNode(part[1]));
    });
    return meta;
  }

  function passageItem(edgeId, index) {
    var passage = data.passages[index];
    var item = el("li", null, "sg-passage");
    item.setAttribute("data-passage", String(index));
    item.appendChild(el("blockquote", passage.text, "sg-quote"));
    item.appendChild(passageMeta(passage));
    item.appendChild(button("Read it in the document", function () { showSource(edgeId, index); }, "sg-read"));
    return item;
  }

  function clearDetails(heading, what, id) {
    details.replaceChildren();
    details.appendChild(el("h2", heading));
    details.removeAttribute("data-edge");
    details.setAttribute("data-what", what);
    current = { what: what, id: id };
  }

  function showEdge(id, passageIndex) {
    var edge = data.edges[id];
    clearDetails(edge.summary, "edge", id);
    var passages = shown.passages[id] || edge.passages;
    var facts = [edge.label, edge.stance].filter(function (fact, i, all) { return fact && all.indexOf(fact) === i; });
    if (data.weightUnit !== "passage") { facts.push(plural(edge.weight, data.weightUnit)); }
    facts.push(plural(passages.length, "passage") +
               (passages.length < edge.passages.length ? " of " + edge.passages.length + " (the filters hide the others)" : ""));
    details.appendChild(el("p", facts.join(" \u00b7 "), "sg-count"));
    var list = el("ol", null, "sg-passages");
    passages.forEach(function (index) { list.appendChild(passageItem(id, index)); });
    details.appendChild(list);
    details.setAttribute("data-edge", String(id));
    if (passageIndex !== undefined) {
      var chosen = list.querySelector('li[data-passage="' + passageIndex + '"]');
      if (chosen) { chosen.classList.add("sg-current"); chosen.scrollIntoView({ block: "nearest" }); }
    }
  }

  function edgeButton(edge, nodeId) {
    var other = data.nodes[edge.from === nodeId ? edge.to : edge.from];
    var arrow = !data.directed ? "\u2014 " : (edge.from === nodeId ? "\u2192 " : "\u2190 ");
    var count = (shown.passages[edge.id] || []).length || edge.weight;
    var item = el("li");
    item.appendChild(button(edge.label + " " + arrow + other.label + " (" + count + ")", function () {
      network.selectEdges([edge.id]);
      showEdge(edge.id);
    }));
    return item;
  }

  function showNode(id) {
    var node = data.nodes[id];
    clearDetails(node.label, "node", id);
    var edges = data.edges.filter(function (edge) {
      return shown.edges[edge.id] && (edge.from === id || edge.to === id);
    });
    details.appendChild(el("p", node.kind + " \u00b7 " + plural(node.weight, "passage") + " \u00b7 " +
      plural(edges.length, "edge") + (anyFilter() ? " shown" : ""), "sg-count"));
    details.appendChild(button("Show only its ego network", function () { setFocus(id); }, "sg-read"));
    details.appendChild(button("Add it to the actor filter", function () { addActor(id); }, "sg-read"));
    details.appendChild(el("h3", "Edges (click one for its passages)"));
    var list = el("ul", null, "sg-links");
    edges.sort(function (a, b) { return b.weight - a.weight; });
    edges.forEach(function (edge) { list.appendChild(edgeButton(edge, id)); });
    details.appendChild(list);
  }

  function showChoice(ids) {
    clearDetails("Several edges here", "choice", ids);
    details.appendChild(el("p", "These edges overlap where you clicked; choose one.", "sg-count"));
    var list = el("ul", null, "sg-links sg-choice");
    ids.forEach(function (id) {
      var edge = data.edges[id];
      var item = el("li");
      item.appendChild(button(edge.summary + " (" + plural((shown.passages[id] || edge.passages).length, "passage") + ")",
        function () { network.selectEdges([id]); showEdge(id); }));
      list.appendChild(item);
    });
    details.appendChild(list);
  }

  function showHint(reason) {
    clearDetails("Details", "hint", null);
    if (reason) { details.appendChild(el("p", reason, "sg-count")); }
    details.appendChild(el("p", "Click an edge to read every passage behind it: speaker, document, " +
      "date, confidence, the rule that found it and the exact quote. Click a node to list its edges. " +
      "Click a row of the table below to find its edge.", "sg-hint"));
  }

  /* ---- the document a passage comes from, the passage marked ---- */

  function utf16Index(text, codePoints) {  // Python counts code points, JavaScript UTF-16 units
    if (!/[\ud800-\udfff]/.test(text)) { return codePoints; }
    var unit = 0;
    for (var n = 0; n < codePoints && unit < text.length; n++) {
      var code = text.charCodeAt(unit);
      var pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length &&
        text.charCodeAt(unit + 1) >= 0xdc00 && text.charCodeAt(unit + 1) <= 0xdfff;
      unit += pair ? 2 : 1;
    }
    return unit;
  }

  function showSource(edgeId, index) {
    var passage = data.passages[index];
    var record = data.documents[passage.doc] || { text: null, why: "the page was made without --texts" };
    clearDetails(passage.title || passage.doc, "source", index);
    details.appendChild(button("\u2190 Back to the edge", function () { showEdge(edgeId, index); }, "sg-read"));
    details.appendChild(passageMeta(passage));
    if (record.text === null) {
      details.appendChild(el("p", "The document's text is not in this page: " + record.why + ". A page carries at most " +
        data.textCap.toLocaleString("en") + " characters of document text (statgraph view --texts FOLDER).", "sg-hint"));
      return;
    }
    var text = record.text, start = utf16Index(text, passage.start), end = utf16Index(text, passage.end);
    var body = el("div", null, "sg-source");
    body.appendChild(document.createTextNode(text.slice(0, start)));
    var mark = el("mark", text.slice(start, end));
    mark.id = "sg-mark";
    body.appendChild(mark);
    body.appendChild(document.createTextNode(text.slice(end)));
    details.appendChild(body);
    mark.scrollIntoView({ block: "center" });
  }

  function followFilters() {  // the panel never shows what the filters hide
    if (!current || current.what === "hint") { return; }
    if (current.what === "edge" && shown.edges[current.id]) { showEdge(current.id); }
    else if (current.what === "node" && shown.nodes[current.id]) { showNode(current.id); }
    else if (current.what === "source" && shown.rows.some(function (row) { return row[1] === current.id; })) { return; }
    else { showHint("The filters hide what the panel showed."); }
  }

  /* ---- clicks: the nearest edge, or a choice where several overlap ---- */

  function gap(p, a, b) {
    var dx = b.x - a.x, dy = b.y - a.y;
    var t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / Math.max(dx * dx + dy * dy, 1e-9)));
    return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
  }

  function edgeGap(edge, p) {
    var body = network.body.edges[edge.id];
    if (!body || !body.from || !body.to || edge.from === edge.to) { return Infinity; }
    var a = toDOM(body.from.x, body.from.y), b = toDOM(body.to.x, body.to.y);
    var slack = PICK_PX + (edge.curve ? Math.hypot(a.x - b.x, a.y - b.y) * edge.curve : 0);
    if (p.x < Math.min(a.x, b.x) - slack || p.x > Math.max(a.x, b.x) + slack ||
        p.y < Math.min(a.y, b.y) - slack || p.y > Math.max(a.y, b.y) + slack) { return Infinity; }
    if (!edge.curve) { return gap(p, a, b); }
    var best = Infinity, last = a;
    for (var step = 1; step <= 16; step++) {
      var point = body.edgeType.getPoint(step / 16), next = toDOM(point.x, point.y);
      best = Math.min(best, gap(p, last, next));
      last = next;
    }
    return best;
  }

  function edgesAt(p) {
    var near = [];
    data.edges.forEach(function (edge) {
      if (!shown.edges[edge.id]) { return; }
      var distance = edgeGap(edge, p);
      if (distance <= PICK_PX) { near.push({ id: edge.id, distance: distance }); }
    });
    near.sort(function (a, b) { return a.distance - b.distance || a.id - b.id; });
    return near.filter(function (hit) { return hit.distance <= near[0].distance + 2; });
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); return; }
    var near = edgesAt(params.pointer.DOM);
    if (!near.length && params.edges.length) { near = [{ id: params.edges[0] }]; }
    if (!near.length) { network.unselectAll(); showHint(); return; }
    network.selectEdges(near.map(function (hit) { return hit.id; }));
    if (near.length === 1) { showEdge(near[0].id); } else { showChoice(near.map(function (hit) { return hit.id; })); }
  });

  /* ---- the statements table ---- */

  function cell(row, column) {
    var edge = data.edges[row[0]], passage = data.passages[row[1]];
    if (column === "holder") { return data.nodes[edge.from].label; }
    if (column === "relation") { return edge.label; }
    if (column === "target") { return data.nodes[edge.to].label; }
    var value = passage[column];
    return value === null || value === undefined ? "" : value;
  }

  function sortedRows() {
    var rows = shown.rows.slice();
    if (!order.column) { return rows; }
    var sign = order.descending ? -1 : 1;
    rows.sort(function (a, b) {
      var x = cell(a, order.column), y = cell(b, order.column);
      var diff = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return sign * diff || a[0] - b[0] || a[1] - b[1];
    });
    return rows;
  }

  function tableHead() {
    var head = document.querySelector("#sg-table thead tr");
    head.replaceChildren();
    COLUMNS.forEach(function (column) {
      var arrow = order.column === column[0] ? (order.descending ? " \u25bc" : " \u25b2") : "";
      var th = el("th");
      th.setAttribute("data-column", column[0]);
      th.appendChild(button(column[1] + arrow, function () {
        order.descending = order.column === column[0] ? !order.descending : column[0] === "confidence";
        order.column = column[0];
        renderTable();
      }));
      head.appendChild(th);
    });
  }

  function tableRow(row) {
    var tr = el("tr");
    tr.setAttribute("data-edge", String(row[0]));
    tr.setAttribute("data-passage", String(row[1]));
    COLUMNS.forEach(function (column) {
      var value = cell(row, column[0]);
      tr.appendChild(el("td", typeof value === "number" ? value.toFixed(2) : value));
    });
    tr.addEventListener("click", function () { pickRow(tr, row); });
    return tr;
  }

  function pickRow(tr, row) {
    var old = document.querySelector("#sg-table tr.sg-current");
    if (old) { old.classList.remove("sg-current"); }
    tr.classList.add("sg-current");
    network.selectEdges([row[0]]);
    var edge = data.edges[row[0]];
    network.fit({ nodes: [edge.from, edge.to], animation: false });
    if (network.getScale() > 1.5) { network.moveTo({ scale: 1.5, animation: false }); }
    showEdge(row[0], row[1]);
  }

  function renderTable() {
    var rows = sortedRows(), body = document.querySelector("#sg-table tbody");
    tableHead();
    body.replaceChildren();
    rows.slice(0, TABLE_ROWS).forEach(function (row) { body.appendChild(tableRow(row)); });
    document.getElementById("sg-table-count").textContent = plural(rows.length, "passage") + " shown" +
      (rows.length > TABLE_ROWS ? "; the first " + TABLE_ROWS.toLocaleString("en") + " are listed, the CSV has all" : "");
    renderTimeline();
    document.getElementById("sg-table").setAttribute("data-rows", String(rows.length));
  }

  function csvField(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }  // a spreadsheet must not read it as a formula
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function tableCsv() {
    var extra = ["voice", "start", "end", "text"];
    var lines = [COLUMNS.map(function (c) { return c[0]; }).concat(extra.slice(0, 3), ["passage"]).join(",")];
    sortedRows().forEach(function (row) {
      var values = COLUMNS.map(function (c) { return cell(row, c[0]); });
      extra.forEach(function (key) { values.push(data.passages[row[1]][key]); });
      lines.push(values.map(csvField).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }

  function exportCsv() {
    var blob = new Blob(["\ufeff" + tableCsv()], { type: "text/csv;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = (data.title.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "statgraph") + "-statements.csv";
    link.click();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  /* ---- a timeline of the passages shown, by month; a click on a month filters to it ---- */

  function monthsBetween(first, last) {
    var months = [], year = Number(first.slice(0, 4)), month = Number(first.slice(5, 7));
    while (months.length < 600) {
      var key = year + "-" + (month < 10 ? "0" : "") + month;
      months.push(key);
      if (key >= last) { break; }
      month = month === 12 ? 1 : month + 1;
      year += month === 1 ? 1 : 0;
    }
    return months;
  }

  function monthBar(svg, key, count, most, x, width) {
    var height = Math.max(2, Math.round(22 * count / most));
    var bar = document.createElementNS(SVG, "rect");
    [["x", String(x)], ["y", String(24 - height)], ["width", String(Math.max(width - 1, 1))],
     ["height", String(count ? height : 1)], ["fill", count ? "#4e79a7" : "#ddd"], ["data-month", key]]
      .forEach(function (pair) { bar.setAttribute(pair[0], pair[1]); });
    var title = document.createElementNS(SVG, "title");
    title.textContent = key + ": " + plural(count, "passage");
    bar.appendChild(title);
    bar.addEventListener("click", function () {
      var last = new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 0).getDate();
      document.getElementById("sg-from").value = key + "-01";
      document.getElementById("sg-to").value = key + "-" + last;
      applyFilters();
    });
    svg.appendChild(bar);
  }

  function renderTimeline() {
    var box = document.getElementById("sg-timeline"), counts = {};
    shown.rows.forEach(function (row) {
      var date = String(data.passages[row[1]].date || "");
      if (/^\d{4}-\d{2}/.test(date)) { counts[date.slice(0, 7)] = (counts[date.slice(0, 7)] || 0) + 1; }
    });
    var keys = Object.keys(counts).sort();
    box.replaceChildren();
    if (!keys.length) { box.appendChild(el("span", "no dated passages", "sg-hint")); return; }
    var months = monthsBetween(keys[0], keys[keys.length - 1]);
    var most = Math.max.apply(null, keys.map(function (key) { return counts[key]; }));
    var width = Math.max(3, Math.min(14, Math.floor(480 / months.length)));
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", String(width * months.length));
    svg.setAttribute("height", "24");
    months.forEach(function (key, i) { monthBar(svg, key, counts[key] || 0, most, i * width, width); });
    box.appendChild(el("span", months[0] + " ", "sg-hint"));
    box.appendChild(svg);
    box.appendChild(el("span", " " + months[months.length - 1], "sg-hint"));
  }

  /* ---- communities (colour by community): Louvain's local moving, one level, the same for the same graph ---- */

  function communityLinks() {
    var links = data.nodes.map(function () { return {}; }), size = 0;
    data.edges.forEach(function (edge) {
      if (edge.from === edge.to) { return; }
      links[edge.from][edge.to] = (links[edge.from][edge.to] || 0) + 1;
      links[edge.to][edge.from] = (links[edge.to][edge.from] || 0) + 1;
      size += 1;
    });
    return { links: links, size: size };
  }

  function moveNode(i, links, degree, community, total, twiceSize) {  // to the neighbouring community that gains most modularity
    var own = community[i], inside = {};
    Object.keys(links[i]).forEach(function (j) { inside[community[j]] = (inside[community[j]] || 0) + links[i][j]; });
    total[own] -= degree[i];
    var best = own, bestGain = (inside[own] || 0) - total[own] * degree[i] / twiceSize;
    Object.keys(inside).forEach(function (key) {
      var gain = inside[key] - total[key] * degree[i] / twiceSize;
      if (gain > bestGain + 1e-9) { best = Number(key); bestGain = gain; }
    });
    total[best] += degree[i];
    community[i] = best;
    return best !== own;
  }

  function findCommunities() {
    var graph = communityLinks(), links = graph.links;
    var degree = links.map(function (row) { return Object.keys(row).reduce(function (sum, j) { return sum + row[j]; }, 0); });
    var community = data.nodes.map(function (node) { return node.id; }), total = degree.slice();
    for (var round = 0, moved = graph.size > 0; round < 20 && moved; round++) {
      moved = false;
      for (var i = 0; i < links.length; i++) {
        moved = moveNode(i, links, degree, community, total, 2 * graph.size) || moved;
      }
    }
    var sizes = {};
    community.forEach(function (value) { sizes[value] = (sizes[value] || 0) + 1; });
    var ranked = Object.keys(sizes).map(Number).sort(function (a, b) { return sizes[b] - sizes[a] || a - b; });
    var rank = {};
    ranked.forEach(function (value, i) { rank[value] = i; });
    return community.map(function (value) { return rank[value]; });
  }

  function recolour() {
    colourBy = document.getElementById("sg-colour").value;
    if (colourBy === "community" && communityOf === null) { communityOf = findCommunities(); }
    nodeSet.update(data.nodes.map(function (node) { return { id: node.id, color: nodeColour(node) }; }));
    buildLegend();
  }

  /* ---- the legend ---- */

  function legendShape(shape, fill, border) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var points = { square: "2,2 14,2 14,14 2,14", diamond: "8,1 15,8 8,15 1,8", triangle: "8,2 15,14 1,14",
                   triangleDown: "1,2 15,2 8,14", hexagon: "4,2 12,2 15,8 12,14 4,14 1,8" }[shape];
    var mark = document.createElementNS(SVG, points ? "polygon" : "circle");
    if (points) { mark.setAttribute("points", points); }
    else { mark.setAttribute("cx", "8"); mark.setAttribute("cy", "8"); mark.setAttribute("r", "6"); }
    mark.setAttribute("fill", fill);
    mark.setAttribute("stroke", border);
    svg.appendChild(mark);
    return svg;
  }

  function legendLine(colour, width) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "10");
    var line = document.createElementNS(SVG, "line");
    [["x1", "1"], ["y1", "5"], ["x2", "27"], ["y2", "5"], ["stroke", colour], ["stroke-width", String(width)]]
      .forEach(function (pair) { line.setAttribute(pair[0], pair[1]); });
    svg.appendChild(line);
    return svg;
  }

  function legendRow(mark, text) {
    var row = el("div", null, "sg-legend-row");
    row.appendChild(mark);
    row.appendChild(el("span", text));
    return row;
  }

  function buildLegend() {
    var legend = document.getElementById("sg-legend");
    legend.replaceChildren();
    var community = colourBy === "community";
    legend.appendChild(el("h3", community ? "Nodes: shape by type" : "Nodes: shape and colour by type"));
    Object.keys(data.nodeStyles).forEach(function (kind) {
      var style = data.nodeStyles[kind];
      legend.appendChild(legendRow(legendShape(style.shape, community ? "#fff" : style.color, style.border), kind));
    });
    if (community) {
      legend.appendChild(el("h3", "Nodes: colour by community"));
      legend.appendChild(el("div", "the " + PALETTE.length + " largest in colour, the rest grey"));
    }
    legend.appendChild(el("h3", "Edges: colour by stance"));
    Object.keys(data.stanceColours).forEach(function (stance) {
      legend.appendChild(legendRow(legendLine(data.stanceColours[stance], 3), stance));
    });
    var most = data.edges.reduce(function (top, edge) { return Math.max(top, edge.weight); }, 1);
    var unit = data.weightUnit;
    legend.appendChild(el("h3", "Edges: width by " + unit + "s"));
    [1, Math.round(Math.sqrt(most)), most].filter(function (value, i, all) { return all.indexOf(value) === i; })
      .forEach(function (value) { legend.appendChild(legendRow(legendLine("#777", edgeWidth(value)), plural(value, unit))); });
    legend.appendChild(el("h3", "Labels"));
    legend.appendChild(el("div", "the busiest nodes first; zoom in for more"));
  }

  /* ---- controls ---- */

  function fillSelect(id, values) {
    var select = document.getElementById(id);
    values.forEach(function (value) {
      var option = el("option", value);
      option.value = value;
      select.appendChild(option);
    });
    select.addEventListener("change", applyFilters);
    return select;
  }

  function showNotice() {
    var notice = document.getElementById("sg-notice");
    var lines = data.notes.slice();
    if (!data.nodes.length && !data.notes.length) { lines.push("Nothing to show: the graph has no statements."); }
    if (anyFilter()) {
      lines.push("Page filters: " + Object.keys(shown.nodes).length + " of " + data.nodes.length + " nodes, " +
        Object.keys(shown.edges).length + " of " + data.edges.length + " edges and " +
        plural(shown.rows.length, "passage") + " shown" + (state.from || state.to ? " (undated passages are hidden)" : "") + ".");
    }
    notice.replaceChildren();
    lines.forEach(function (line) { notice.appendChild(el("div", line)); });
  }

  function findNode(text) {
    var query = text.trim().toLowerCase();
    if (!query) { return null; }
    var found = data.nodes.filter(function (node) { return node.label.toLowerCase() === query || node.key.toLowerCase() === query; });
    return found.length ? found[0].id : null;
  }

  function addActor(id) {
    if (state.actors.indexOf(id) < 0) { state.actors.push(id); }
    applyFilters();
  }

  function setFocus(id) {
    state.focus = id;
    document.getElementById("sg-focus").value = id === null ? "" : data.nodes[id].label;
    applyFilters();
  }

  function renderChips() {
    var chips = document.getElementById("sg-actors");
    chips.replaceChildren();
    state.actors.forEach(function (id) {
      chips.appendChild(button(data.nodes[id].label + " \u00d7", function () {
        state.actors.splice(state.actors.indexOf(id), 1);
        applyFilters();
      }, "sg-chip"));
    });
  }

  function onEnterOrChange(id, action) {
    var box = document.getElementById(id);
    box.addEventListener("change", action);
    box.addEventListener("keydown", function (event) { if (event.key === "Enter") { action(); } });
    return box;
  }

  function searchRank(node, query) {
    var label = node.label.toLowerCase();
    if (label === query || node.key.toLowerCase() === query) { return 0; }
    return label.indexOf(query) === 0 ? 1 : 2;
  }

  function search() {
    var status = document.getElementById("sg-search-status");
    var query = document.getElementById("sg-search").value.trim().toLowerCase();
    if (!query) { status.textContent = ""; network.unselectAll(); return; }
    var found = data.nodes.filter(function (node) {
      return shown.nodes[node.id] && (node.label.toLowerCase().indexOf(query) >= 0 || node.key.toLowerCase() === query);
    });
    found.sort(function (a, b) { return searchRank(a, query) - searchRank(b, query) || b.weight - a.weight; });
    status.textContent = found.length ? found.length + (found.length === 1 ? " match" : " matches") : "no match";
    if (!found.length) { return; }
    network.selectNodes(found.slice(0, 200).map(function (node) { return node.id; }));
    network.focus(found[0].id, { scale: Math.max(network.getScale(), 0.8), animation: false });
    showNode(found[0].id);
  }

  function clearFilters() {
    ["sg-type", "sg-stance", "sg-relation", "sg-doc", "sg-from", "sg-to", "sg-focus", "sg-actor"].forEach(function (id) {
      document.getElementById(id).value = "";
    });
    document.getElementById("sg-confidence").value = "0";
    state.actors = [];
    state.focus = null;
    applyFilters();
  }

  function buildControls() {
    var docs = {}, relations = {};
    data.passages.forEach(function (passage) { docs[passage.doc] = true; });
    data.edges.forEach(function (edge) { relations[edge.label] = true; });
    fillSelect("sg-type", Object.keys(data.nodeStyles));
    fillSelect("sg-stance", Object.keys(data.stanceColours));
    fillSelect("sg-relation", Object.keys(relations).sort());
    fillSelect("sg-doc", Object.keys(docs).sort());
    ["sg-from", "sg-to", "sg-depth"].forEach(function (id) { document.getElementById(id).addEventListener("change", applyFilters); });
    document.getElementById("sg-confidence").addEventListener("input", applyFilters);
    var labels = document.getElementById("sg-labels");
    byImportance.slice(0, 5000).forEach(function (node) {
      var option = document.createElement("option");
      option.value = node.label;
      labels.appendChild(option);
    });
    onEnterOrChange("sg-search", search);
    var status = document.getElementById("sg-search-status");
    var actor = onEnterOrChange("sg-actor", function () {
      var id = findNode(actor.value);
      status.textContent = id === null && actor.value.trim() ? "no actor or topic named so" : "";
      if (id !== null) { actor.value = ""; addActor(id); }
    });
    var focus = onEnterOrChange("sg-focus", function () {
      var id = findNode(focus.value);
      status.textContent = id === null && focus.value.trim() ? "no actor or topic named so" : "";
      if (id !== null || !focus.value.trim()) { setFocus(id); }
    });
    document.getElementById("sg-clear").addEventListener("click", clearFilters);
    document.getElementById("sg-colour").addEventListener("change", recolour);
    document.getElementById("sg-csv").addEventListener("click", exportCsv);
    document.getElementById("sg-fit").addEventListener("click", function () { network.fit({ animation: false }); });
  }

  computeShown();
  buildLegend();
  buildControls();
  showNotice();
  showHint();
  window.statgraph = { network: network, data: data, nodes: nodeSet, edges: edgeSet, state: state,
                       shown: function () { return shown; }, labels: function () { return placed.slice(); },
                       showEdge: showEdge, showNode: showNode, showSource: showSource, applyFilters: applyFilters,
                       setFocus: setFocus, addActor: addActor, tableCsv: tableCsv, edgesAt: edgesAt,
                       drawLabels: drawLabels };
}());
