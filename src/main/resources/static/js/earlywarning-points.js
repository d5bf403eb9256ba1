// Event map of a situation: clusters computed by the server for a cell size that follows the zoom level.
(function () {
  function cellFor(zoom) {
    return Math.max(0.05, Math.min(10, 40 / Math.pow(2, zoom)));
  }
  function radius(events, max) {
    return 5 + 20 * Math.sqrt(events / max);
  }
  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('ew-points');
    if (!el || typeof L === 'undefined') { return; }
    const map = L.map(el, { minZoom: 2, maxZoom: 12 }).setView([0, 20], 3);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('UCDP, ACLED, GDELT');
    const layer = L.layerGroup().addTo(map);
    let fitted = false;
    function load() {
      const url = el.dataset.points + '&cell=' + cellFor(map.getZoom());
      fetch(url, { headers: { Accept: 'application/json' } })
        .then((r) => (r.ok ? r.json() : { points: [] }))
        .then((data) => {
          layer.clearLayers();
          const points = data.points || [];
          const max = Math.max(1, ...points.map((p) => p.events));
          points.forEach((p) => {
            L.circleMarker([p.latitude, p.longitude], {
              radius: radius(p.events, max), color: '#8f2430', weight: 1, fillColor: '#c1443a', fillOpacity: 0.55
            }).bindTooltip(el.dataset.events + ': ' + p.events.toLocaleString() + ' · '
              + el.dataset.fatalities + ': ' + p.fatalities.toLocaleString()).addTo(layer);
          });
          if (!fitted && points.length > 0) {
            fitted = true;
            map.fitBounds(L.latLngBounds(points.map((p) => [p.latitude, p.longitude])).pad(0.2), { maxZoom: 7 });
          }
          el.dataset.clusters = String(points.length);
        });
    }
    map.on('zoomend', load);
    load();
  });
})();
