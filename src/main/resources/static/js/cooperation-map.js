// Map of projects by country: each country's shape is shaded by the number of projects the reader may see.
(function () {
  'use strict';
  var SHADES = ['#d6e9f0', '#9ccbdc', '#5aa3c0', '#1f6f8b', '#0e3d50'];
  function shade(n, max) {
    if (!n) { return '#eef0f2'; }
    var step = Math.min(SHADES.length - 1, Math.floor(Math.log(n) / Math.log(max + 1) * SHADES.length));
    return SHADES[step];
  }
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('map');
    if (!el || typeof L === 'undefined') { return; }
    var counts = JSON.parse(document.getElementById('map-counts').dataset.json);
    var max = 1;
    Object.keys(counts).forEach(function (k) { max = Math.max(max, counts[k][2]); });
    var map = L.map(el, { worldCopyJump: true, minZoom: 1 }).setView([20, 10], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth');
    fetch(el.dataset.geojson).then(function (r) { return r.json(); }).then(function (geo) {
      var layer = L.geoJSON(geo, {
        style: function (f) {
          var c = counts[f.id];
          return { color: '#ffffff', weight: 0.6, fillOpacity: 0.9, fillColor: shade(c ? c[2] : 0, max) };
        },
        onEachFeature: function (f, l) {
          var c = counts[f.id];
          var name = c ? c[1] : (f.properties && f.properties.name) || '';
          l.bindTooltip(name + ' — ' + (c ? c[2] : 0) + ' ' + el.dataset.label);
          if (c) { l.on('click', function () { window.location.href = '/projects?country=' + encodeURIComponent(c[0]); }); }
        }
      }).addTo(map);
      el.dataset.loaded = String(layer.getLayers().length);
    });
  });
})();
