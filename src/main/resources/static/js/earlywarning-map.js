// World choropleth of an early-warning indicator: countries (features keyed by M49) shaded by their value.
(function () {
  const SHADES = ['#fde0c5', '#facba6', '#f8b58b', '#f59e72', '#f2855d', '#ef6a4c', '#c1443a', '#8f2430'];
  const NONE = '#e3e6ea';
  function step(value, max) {
    return Math.min(SHADES.length - 1, Math.floor(Math.log(value + 1) / Math.log(max + 1) * SHADES.length));
  }
  function shade(value, max) {
    return value ? SHADES[step(value, max)] : NONE;
  }
  // The lowest whole value of each shade: step i holds values v with log(v + 1) / log(max + 1) >= i / n.
  function legend(el, max) {
    if (!el) { return; }
    el.replaceChildren();
    const item = (colour, text) => {
      const span = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = colour;
      span.appendChild(swatch);
      span.appendChild(document.createTextNode(' ' + text));
      el.appendChild(span);
    };
    item(NONE, el.dataset.none || '0');
    const lower = SHADES.map((_, i) => Math.max(1, Math.ceil(Math.pow(max + 1, i / SHADES.length) - 1)));
    SHADES.forEach((colour, i) => {
      const from = lower[i];
      const to = i + 1 < SHADES.length ? lower[i + 1] - 1 : max;
      if (to < from && i + 1 < SHADES.length) { return; }
      item(colour, from >= to ? from.toLocaleString() : from.toLocaleString() + '–' + to.toLocaleString());
    });
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
        legend(document.getElementById('ew-map-legend'), max);
        el.dataset.loaded = String(layer.getLayers().length);
      });
  });
})();
