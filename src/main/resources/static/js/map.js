// World map of a mechanism's memberships: countries coloured by their current status.
(function () {
  const COLOURS = {
    member: '#1f6f8b', member_suspended: '#c97b2a', observer: '#7fb3c8', observer_state: '#7fb3c8',
    partner: '#9c7ac7', dialogue_partner: '#9c7ac7', associate_member: '#4fa39a', core: '#1f6f8b',
    greater_horn: '#7fb3c8', invited_not_confirmed: '#d9c36a', withdrawn: '#b5b5b5', ended: '#b5b5b5'
  };
  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('map');
    if (!el || typeof L === 'undefined') { return; }
    const statuses = JSON.parse(document.getElementById('map-statuses').dataset.json);
    const labels = JSON.parse(document.getElementById('map-labels').dataset.json);
    const map = L.map(el, { worldCopyJump: true, minZoom: 1, attributionControl: true }).setView([20, 10], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth');
    fetch(el.dataset.geojson).then((r) => r.json()).then((geo) => {
      const layer = L.geoJSON(geo, {
        style: (f) => {
          const s = statuses[f.id];
          return { color: '#ffffff', weight: 0.6, fillOpacity: 0.9, fillColor: s ? (COLOURS[s[2]] || '#1f6f8b') : '#e3e6ea' };
        },
        onEachFeature: (f, l) => {
          const s = statuses[f.id];
          const name = s ? s[1] : (f.properties && f.properties.name) || '';
          l.bindTooltip(name + ' — ' + (s ? labels[s[2]] || s[2] : labels.none));
          if (s) { l.on('click', () => { window.location.href = '/parties/' + s[0]; }); }
        }
      }).addTo(map);
      el.dataset.loaded = String(layer.getLayers().length);
    });
  });
})();
