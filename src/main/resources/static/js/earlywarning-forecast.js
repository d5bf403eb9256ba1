// Fan chart of a country's forecast (median and 90 % interval per month ahead). Works on full pages and in
// fragments swapped in by htmx: it renders every forecast canvas not rendered yet, loading Chart.js when needed.
(function () {
  const CHART_JS = '/webjars/chart.js/dist/chart.umd.js';

  function render(canvas) {
    if (canvas.dataset.rendered) { return; }
    const source = canvas.parentElement.parentElement.querySelector('.ew-forecast-data');
    if (!source) { return; }
    const d = JSON.parse(source.dataset.json);
    if (!d.months || d.months.length === 0) { return; }
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: d.months,
        datasets: [
          { label: canvas.dataset.low, data: d.q05, borderColor: 'rgba(193,68,58,0.3)', pointRadius: 0, fill: false },
          { label: canvas.dataset.high, data: d.q95, borderColor: 'rgba(193,68,58,0.3)', backgroundColor: 'rgba(193,68,58,0.15)', pointRadius: 0, fill: '-1' },
          { label: canvas.dataset.median, data: d.q50, borderColor: '#c1443a', fill: false }
        ]
      },
      options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
    canvas.dataset.rendered = String(chart.data.labels.length);
  }

  function renderAll() {
    const canvases = document.querySelectorAll('canvas.ew-forecast-chart');
    if (canvases.length === 0) { return; }
    if (typeof Chart === 'undefined') {
      if (!document.querySelector('script[data-ew-chartjs]')) {
        const s = document.createElement('script');
        s.src = CHART_JS;
        s.dataset.ewChartjs = 'true';
        s.addEventListener('load', renderAll);
        document.head.appendChild(s);
      }
      return;
    }
    canvases.forEach(render);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', renderAll);
  } else {
    renderAll();
  }
  document.addEventListener('htmx:afterSettle', renderAll);
})();
