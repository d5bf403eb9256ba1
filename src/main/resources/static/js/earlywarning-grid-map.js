// Grid forecast map: every PRIO-GRID cell of the current grid run drawn as a 0.5 degree square on a canvas layer,
// coloured by P(fatalities > 0) or the median at the horizon of the slider, with a legend; a click on a cell loads
// its fan chart below the map.
(function () {
  const SHADES = ['#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#8c2d04'];
  const P_STEPS = [0, 0.01, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8];
  const MEDIAN_STEPS = [0, 1, 2, 5, 10, 25, 50, 100];

  function shadeIndex(value, steps) {
    let i = 0;
    while (i + 1 < steps.length && value >= steps[i + 1]) { i++; }
    return i;
  }

  function legend(el, steps, metric) {
    el.replaceChildren();
    steps.forEach((s, i) => {
      const item = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = SHADES[i];
      item.appendChild(swatch);
      const upper = i + 1 < steps.length ? steps[i + 1] : null;
      const fmt = (v) => metric === 'p_gt_0' ? Math.round(v * 100) + ' %' : v.toLocaleString();
      item.appendChild(document.createTextNode(' ' + fmt(s) + (upper === null ? '+' : '–' + fmt(upper))));
      el.appendChild(item);
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('ew-grid-map');
    if (!el || typeof L === 'undefined') { return; }
    const form = document.getElementById('ew-grid-form');
    const slider = document.getElementById('horizon');
    const output = document.getElementById('horizon-value');
    const caption = document.getElementById('ew-grid-month');
    const map = L.map(el, { worldCopyJump: true, minZoom: 1, preferCanvas: true }).setView([10, 20], 3);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('UCDP GED; PRIO-GRID');
    const renderer = L.canvas({ padding: 0.5 });
    let layer = null;

    function load() {
      const metric = form.metric.value;
      const params = new URLSearchParams({ horizon: slider.value, metric: metric });
      if (form.country.value.trim()) { params.set('country', form.country.value.trim()); }
      output.textContent = slider.value;
      history.replaceState(null, '', '?' + params.toString());
      fetch(el.dataset.values + '?' + params.toString()).then((r) => r.json()).then((data) => {
        if (layer) { map.removeLayer(layer); }
        layer = L.layerGroup();
        const steps = metric === 'p_gt_0' ? P_STEPS : MEDIAN_STEPS;
        const label = metric === 'p_gt_0' ? el.dataset.labelP : el.dataset.labelMedian;
        const bounds = [];
        data.cells.forEach(([gid, lat, lon, value, iso3, month]) => {
          const box = [[lat - 0.25, lon - 0.25], [lat + 0.25, lon + 0.25]];
          bounds.push(box[0], box[1]);
          const shown = metric === 'p_gt_0' ? Math.round(value * 100) + ' %' : value.toLocaleString();
          L.rectangle(box, { renderer: renderer, weight: 0, fillOpacity: 0.85, fillColor: SHADES[shadeIndex(value, steps)] })
            .bindTooltip(gid + ' (' + iso3 + ', ' + month + '): ' + label + ' ' + shown)
            .on('click', () => showCell(gid))
            .addTo(layer);
        });
        layer.addTo(map);
        if (form.country.value.trim() && bounds.length) { map.fitBounds(bounds); }
        legend(document.getElementById('ew-grid-legend'), steps, metric);
        const months = data.cells.map((c) => c[5]).sort();
        caption.textContent = data.cells.length === 0 ? caption.dataset.empty : caption.dataset.template
          .replace('{month}', months[months.length - 1])
          .replace('{cutoff}', data.run ? data.run.cutoff : '')
          .replace('{count}', data.cells.length.toLocaleString());
        el.dataset.cells = String(data.cells.length);
      });
    }

    function showCell(gid) {
      fetch(el.dataset.fragment + '?cell=' + gid).then((r) => r.text()).then((html) => {
        const target = document.getElementById('ew-forecast-fragment');
        target.innerHTML = html;
        document.getElementById('ew-grid-hint').hidden = true;
        document.dispatchEvent(new Event('htmx:afterSettle'));
      });
    }

    slider.addEventListener('input', () => { output.textContent = slider.value; });
    slider.addEventListener('change', load);
    form.metric.addEventListener('change', load);
    form.country.addEventListener('change', load);
    form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
    load();
  });
})();
