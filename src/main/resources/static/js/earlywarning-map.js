// World choropleth of an early-warning indicator: countries (features keyed by M49) shaded by their value.
(function () {
  const SHADES = ['#fde0c5', '#facba6', '#f8b58b', '#f59e72', '#f2855d', '#ef6a4c', '#c1443a', '#8f2430'];
  function shade(value, max) {
    if (!value) { return '#e3e6ea'; }
    const i = Math.min(SHADES.length - 1, Math.floor(Math.log(value + 1) / Math.log(max + 1) * SHADES.length));
    return SHADES[i];
  }
  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('ew-map');
    if (!el || typeof L === 'undefined') { return; }
    const map = L.map(el, { worldCopyJump: true, minZoom: 1 }).setView([10, 15], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth; UCDP, ACLED, GDELT');
    Promise.all([fetch(el.dataset.geojson).then((r) => r.json()), fetch(el.dataset.values).then((r) => r.json())])
      .then(([geo, data]) => {
        const values = data.countries || {};
        const max = Math.max(1, ...Object.values(values).map((v) => v.value));
        const layer = L.geoJSON(geo, {
          style: (f) => ({ color: '#ffffff', weight: 0.6, fillOpacity: 0.9, fillColor: shade(values[f.id] && values[f.id].value, max) }),
          onEachFeature: (f, l) => {
            const v = values[f.id];
            const name = v ? v.name : (f.properties && f.properties.name) || '';
            l.bindTooltip(name + ': ' + (v ? v.value.toLocaleString() : '0'));
            if (v) { l.on('click', () => { window.location.href = '/early-warning/countries/' + v.iso3; }); }
          }
        }).addTo(map);
        el.dataset.loaded = String(layer.getLayers().length);
      });
  });
})();
