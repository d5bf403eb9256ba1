// Cooperation network: a small force layout (repulsion between parties, springs along shared projects) drawn
// as SVG. Each party is a link to its profile; circle size follows its number of projects.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var W = 1000, H = 620;

  function layout(nodes, edges) {
    var n = nodes.length;
    nodes.forEach(function (d, i) {
      var a = 2 * Math.PI * i / Math.max(n, 1);
      d.x = W / 2 + 220 * Math.cos(a);
      d.y = H / 2 + 220 * Math.sin(a);
    });
    var index = {};
    nodes.forEach(function (d, i) { index[d.party] = i; });
    var maxW = 1;
    edges.forEach(function (e) { maxW = Math.max(maxW, e.projects); });
    var ideal = Math.max(90, 600 / Math.sqrt(Math.max(n, 1)));
    for (var step = 0; step < 300; step++) {
      var t = 1 - step / 300;
      var fx = new Array(n).fill(0), fy = new Array(n).fill(0);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
          var d2 = Math.max(dx * dx + dy * dy, 25);
          var f = 9000 / d2;
          var d = Math.sqrt(d2);
          fx[i] += f * dx / d; fy[i] += f * dy / d;
          fx[j] -= f * dx / d; fy[j] -= f * dy / d;
        }
      }
      edges.forEach(function (e) {
        var a = index[e.source], b = index[e.target];
        var dx = nodes[b].x - nodes[a].x, dy = nodes[b].y - nodes[a].y;
        var d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        var f = (d - ideal) * 0.02 * (0.5 + e.projects / maxW);
        fx[a] += f * dx / d; fy[a] += f * dy / d;
        fx[b] -= f * dx / d; fy[b] -= f * dy / d;
      });
      for (var k = 0; k < n; k++) {
        fx[k] += (W / 2 - nodes[k].x) * 0.01;
        fy[k] += (H / 2 - nodes[k].y) * 0.01;
        nodes[k].x = Math.min(W - 30, Math.max(30, nodes[k].x + Math.max(-20, Math.min(20, fx[k])) * t));
        nodes[k].y = Math.min(H - 20, Math.max(20, nodes[k].y + Math.max(-20, Math.min(20, fy[k])) * t));
      }
    }
    return index;
  }

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    parent.appendChild(e);
    return e;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var svg = document.getElementById('network');
    var source = document.getElementById('network-data');
    if (!svg || !source) { return; }
    var data = JSON.parse(source.dataset.json);
    var nodes = data.nodes, edges = data.edges;
    var index = layout(nodes, edges);
    var maxW = 1, maxP = 1;
    edges.forEach(function (e) { maxW = Math.max(maxW, e.projects); });
    nodes.forEach(function (d) { maxP = Math.max(maxP, d.projects); });
    var lines = el('g', {}, svg);
    edges.forEach(function (e) {
      var a = nodes[index[e.source]], b = nodes[index[e.target]];
      el('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 1 + 5 * e.projects / maxW }, lines);
    });
    var dots = el('g', {}, svg);
    nodes.forEach(function (d) {
      var link = el('a', { href: '/parties/' + encodeURIComponent(d.party) }, dots);
      el('title', {}, link).textContent = d.name + ': ' + d.projects;
      el('circle', { cx: d.x, cy: d.y, r: 5 + 13 * Math.sqrt(d.projects / maxP) }, link);
      el('text', { x: d.x + 8, y: d.y - 8 }, link).textContent = d.name;
    });
    svg.dataset.nodes = String(nodes.length);
  });
})();
