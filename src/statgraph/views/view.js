/* statgraph view: builds the page from its JSON data block with vis-network.
 * Every piece of document text goes into the page through textContent (or as a plain
 * string tooltip, which vis-network shows with innerText), never as HTML.
 * window.statgraphTimes records the first draw and the moment the graph is still (ms since
 * navigation start); window.statgraph exposes the network for tests and curious analysts.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var times = { firstDraw: null, still: null };
  var filters = { kind: "", stance: "", doc: "" };
  var shown = { nodes: null, edges: null };
  var SVG = "http://www.w3.org/2000/svg";
  window.statgraphTimes = times;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function nodeItem(node) {
    var style = data.nodeStyles[node.kind];
    var item = {
      id: node.id, label: node.label, shape: style.shape, size: Math.min(30, 7 + 3 * Math.log2(1 + node.weight)),
      title: node.label + " (" + node.kind + ")\n" + plural(node.weight, "passage"),
      color: { background: style.color, border: style.border,
               highlight: { background: style.color, border: "#000" },
               hover: { background: style.color, border: "#000" } }
    };
    if (node.x !== undefined) { item.x = node.x; item.y = node.y; }
    return item;
  }

  function edgeItem(edge) {
    var colour = data.stanceColours[edge.stance];
    return {
      id: edge.id, from: edge.from, to: edge.to, width: edgeWidth(edge.weight),
      label: data.edgeLabels ? edge.label : undefined,
      title: edge.summary + "\n" + plural(edge.passages.length || edge.weight, "passage"),
      color: { color: colour, highlight: colour, hover: colour, opacity: 0.85 },
      smooth: edge.curve ? { enabled: true, type: "curvedCW", roundness: edge.curve } : false
    };
  }

  function edgeWidth(weight) {
    return Math.min(8, 1 + 1.5 * Math.log2(Math.max(weight, 1)));
  }

  function edgeDocs(edge) {
    var docs = {};
    edge.passages.forEach(function (index) { docs[data.passages[index].doc] = true; });
    return docs;
  }

  var edgeDocSets = data.edges.map(edgeDocs);

  function networkOptions() {
    var big = data.edges.length > 2000;
    return {
      autoResize: true,
      layout: { randomSeed: 7, improvedLayout: data.physics && data.nodes.length <= 150 },
      physics: data.physics ? {
        enabled: true, solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -120, centralGravity: 0.015, springLength: 90,
                            springConstant: 0.06, avoidOverlap: 0.6 },
        stabilization: { enabled: true, iterations: 400, updateInterval: 50, fit: true }
      } : { enabled: false },
      nodes: { borderWidth: 1, font: { size: 14, strokeWidth: 3, strokeColor: "#fff" } },
      edges: {
        smooth: false, selectionWidth: 2, hoverWidth: 1,
        arrows: { to: { enabled: data.directed, scaleFactor: 0.5 } },
        font: { size: 10, align: "middle", color: "#444", strokeWidth: 3, strokeColor: "#fff" }
      },
      interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                     keyboard: false, navigationButtons: false }
    };
  }

  function computeShown() {
    var edges = {}, nodes = {}, anyFilter = filters.kind || filters.stance || filters.doc;
    data.edges.forEach(function (edge) {
      var ok = (!filters.stance || edge.stance === filters.stance) &&
        (!filters.doc || edgeDocSets[edge.id][filters.doc]) &&
        (!filters.kind || data.nodes[edge.from].kind === filters.kind || data.nodes[edge.to].kind === filters.kind);
      if (ok) { edges[edge.id] = true; nodes[edge.from] = true; nodes[edge.to] = true; }
    });
    data.nodes.forEach(function (node) {
      if (!anyFilter || (filters.kind && node.kind === filters.kind && !filters.stance && !filters.doc)) {
        nodes[node.id] = true;
      }
    });
    shown.nodes = nodes;
    shown.edges = edges;
  }

  computeShown();
  var nodeSet = new vis.DataSet(data.nodes.map(nodeItem));
  var edgeSet = new vis.DataSet(data.edges.map(edgeItem));
  var nodeView = new vis.DataView(nodeSet, { filter: function (item) { return shown.nodes[item.id] === true; } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (item) { return shown.edges[item.id] === true; } });
  var container = document.getElementById("sg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, networkOptions());
  var details = document.getElementById("sg-details");

  function markStill() {
    if (times.still === null) {
      times.still = performance.now();
      document.body.setAttribute("data-still", "1");
    }
  }

  network.once("afterDrawing", function () {
    times.firstDraw = performance.now();
    if (!data.physics) { markStill(); }
  });
  network.once("stabilizationIterationsDone", markStill);
  network.once("stabilized", markStill);

  function passageMeta(passage) {
    var meta = el("div", null, "sg-meta");
    var parts = [];
    if (passage.statement) { parts.push(["Statement", passage.statement]); }
    if (passage.speaker) { parts.push(["Speaker", passage.speaker + (passage.voice ? " (" + passage.voice + ")" : "")]); }
    parts.push(["Document", passage.doc]);
    if (passage.title) { parts.push(["Title", passage.title]); }
    if (passage.date) { parts.push(["Date", passage.date]); }
    if (passage.outlet) { parts.push(["Outlet", passage.outlet]); }
    parts.push(["Characters", passage.start + "\u2013" + passage.end]);
    parts.forEach(function (part, i) {
      if (i) { meta.appendChild(document.createTextNode(" \u00b7 ")); }
      meta.appendChild(el("b", part[0] + ": "));
      meta.appendChild(document.createTextNode(part[1]));
    });
    return meta;
  }

  function passageItem(index) {
    var passage = data.passages[index];
    var item = el("li", null, "sg-passage");
    item.appendChild(el("blockquote", passage.text, "sg-quote"));
    item.appendChild(passageMeta(passage));
    return item;
  }

  function clearDetails(heading) {
    details.replaceChildren();
    details.appendChild(el("h2", heading));
  }

  function showEdge(id) {
    var edge = data.edges[id];
    clearDetails(edge.summary);
    var count = edge.passages.length;
    var facts = [edge.label, edge.stance].filter(function (fact, i, all) { return fact && all.indexOf(fact) === i; });
    if (data.weightUnit !== "passage") { facts.push(plural(edge.weight, data.weightUnit)); }
    facts.push(plural(count, "passage"));
    details.appendChild(el("p", facts.join(" \u00b7 "), "sg-count"));
    var list = el("ol", null, "sg-passages");
    edge.passages.forEach(function (index) { list.appendChild(passageItem(index)); });
    details.appendChild(list);
    details.setAttribute("data-edge", String(id));
  }

  function edgeButton(edge, nodeId) {
    var other = data.nodes[edge.from === nodeId ? edge.to : edge.from];
    var arrow = !data.directed ? "\u2014 " : (edge.from === nodeId ? "\u2192 " : "\u2190 ");
    var button = el("button", edge.label + " " + arrow + other.label + " (" + edge.weight + ")");
    button.type = "button";
    button.addEventListener("click", function () { network.selectEdges([edge.id]); showEdge(edge.id); });
    var item = el("li");
    item.appendChild(button);
    return item;
  }

  function showNode(id) {
    var node = data.nodes[id];
    clearDetails(node.label);
    var edges = data.edges.filter(function (edge) {
      return shown.edges[edge.id] && (edge.from === id || edge.to === id);
    });
    details.appendChild(el("p", node.kind + " \u00b7 " + plural(node.weight, "passage") + " \u00b7 " +
      plural(edges.length, "edge"), "sg-count"));
    details.appendChild(el("h3", "Edges (click one for its passages)"));
    var list = el("ul", null, "sg-links");
    edges.sort(function (a, b) { return b.weight - a.weight; });
    edges.forEach(function (edge) { list.appendChild(edgeButton(edge, id)); });
    details.appendChild(list);
    details.removeAttribute("data-edge");
  }

  function showHint() {
    clearDetails("Details");
    details.appendChild(el("p", "Click an edge to read every passage behind it: speaker, document, " +
      "date and the exact quote. Click a node to list its edges. Hover for a summary.", "sg-hint"));
    details.removeAttribute("data-edge");
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { showHint(); }
  });

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
    legend.appendChild(el("h3", "Nodes: shape and colour by type"));
    Object.keys(data.nodeStyles).forEach(function (kind) {
      var style = data.nodeStyles[kind];
      legend.appendChild(legendRow(legendShape(style.shape, style.color, style.border), kind));
    });
    legend.appendChild(el("h3", "Edges: colour by stance"));
    Object.keys(data.stanceColours).forEach(function (stance) {
      legend.appendChild(legendRow(legendLine(data.stanceColours[stance], 3), stance));
    });
    var most = data.edges.reduce(function (top, edge) { return Math.max(top, edge.weight); }, 1);
    var unit = data.weightUnit;
    legend.appendChild(el("h3", "Edges: width by " + unit + "s"));
    [1, Math.round(Math.sqrt(most)), most].filter(function (value, i, all) { return all.indexOf(value) === i; })
      .forEach(function (value) { legend.appendChild(legendRow(legendLine("#777", edgeWidth(value)), plural(value, unit))); });
  }

  function fillSelect(id, values, labelOf) {
    var select = document.getElementById(id);
    values.forEach(function (value) {
      var option = el("option", labelOf ? labelOf(value) : value);
      option.value = value;
      select.appendChild(option);
    });
    return select;
  }

  function countShown() {
    return Object.keys(shown.nodes).length;
  }

  function showNotice() {
    var notice = document.getElementById("sg-notice");
    var lines = data.notes.slice();
    if (!data.nodes.length && !data.notes.length) { lines.push("Nothing to show: the graph has no statements."); }
    if (filters.kind || filters.stance || filters.doc) {
      lines.push("Page filters: " + countShown() + " of " + data.nodes.length + " nodes shown.");
    }
    notice.replaceChildren();
    lines.forEach(function (line) { notice.appendChild(el("div", line)); });
  }

  function applyFilters() {
    filters.kind = document.getElementById("sg-type").value;
    filters.stance = document.getElementById("sg-stance").value;
    filters.doc = document.getElementById("sg-doc").value;
    computeShown();
    nodeView.refresh();
    edgeView.refresh();
    showNotice();
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

  function buildControls() {
    var docs = {};
    data.passages.forEach(function (passage) { docs[passage.doc] = true; });
    fillSelect("sg-type", Object.keys(data.nodeStyles)).addEventListener("change", applyFilters);
    fillSelect("sg-stance", Object.keys(data.stanceColours)).addEventListener("change", applyFilters);
    fillSelect("sg-doc", Object.keys(docs).sort()).addEventListener("change", applyFilters);
    var labels = document.getElementById("sg-labels");
    data.nodes.slice(0, 5000).forEach(function (node) {
      var option = document.createElement("option");
      option.value = node.label;
      labels.appendChild(option);
    });
    var box = document.getElementById("sg-search");
    box.addEventListener("change", search);
    box.addEventListener("keydown", function (event) { if (event.key === "Enter") { search(); } });
    var physics = document.getElementById("sg-physics");
    physics.checked = data.physics;
    physics.addEventListener("change", function () { network.setOptions({ physics: { enabled: physics.checked } }); });
    document.getElementById("sg-fit").addEventListener("click", function () { network.fit({ animation: false }); });
  }

  buildLegend();
  buildControls();
  showNotice();
  showHint();
  window.statgraph = { network: network, data: data, nodes: nodeSet, edges: edgeSet,
                       showEdge: showEdge, showNode: showNode, applyFilters: applyFilters };
}());
