// Monthly events and fatalities of a situation's countries, from the JSON block on the page.
(function () {
  document.addEventListener('DOMContentLoaded', () => {
    const canvas = document.getElementById('ew-trend');
    const source = document.getElementById('ew-trend-data');
    if (!canvas || !source || typeof Chart === 'undefined') { return; }
    const data = JSON.parse(source.dataset.json);
    const countries = Object.keys(data);
    if (countries.length === 0) { return; }
    const datasets = [];
    countries.forEach((c) => {
      datasets.push({ type: 'bar', label: canvas.dataset.fatalities + ' (' + c + ')', data: data[c].fatalities, backgroundColor: '#c1443a', yAxisID: 'y' });
      datasets.push({ type: 'line', label: canvas.dataset.events + ' (' + c + ')', data: data[c].events, borderColor: '#1f6f8b', yAxisID: 'y1' });
    });
    const chart = new Chart(canvas, {
      data: { labels: data[countries[0]].months, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, position: 'left' }, y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } } }
    });
    canvas.dataset.rendered = String(chart.data.labels.length);
    canvas.dataset.total = String(countries.reduce((sum, c) => sum + data[c].events.reduce((a, b) => a + b, 0), 0));
  });
})();
