// Draws a pledge's cumulative delivery against its linear path to the target.
(function () {
  var data = document.getElementById('progress-data');
  var canvas = document.getElementById('progress-chart');
  if (!data || !canvas || typeof Chart === 'undefined') {
    return;
  }
  var points = JSON.parse(data.dataset.json || '[]');
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: points.map(function (p) { return p.date; }),
      datasets: [
        { label: canvas.dataset.delivered || 'Delivered', data: points.map(function (p) { return Number(p.delivered); }), borderColor: '#174a6c' },
        { label: canvas.dataset.expected || 'Expected', data: points.map(function (p) { return Number(p.expected); }), borderColor: '#999', borderDash: [4, 4] }
      ]
    },
    options: { animation: false, scales: { y: { beginAtZero: true } } }
  });
})();
