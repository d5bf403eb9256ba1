// Portfolio charts: reads the counts the page embeds as JSON and draws them with Chart.js.
(function () {
  'use strict';
  function draw() {
    var source = document.getElementById('portfolio-data');
    if (!source || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(source.dataset.json);
    var projects = data.labels.projects;
    function bar(id, counts, label, horizontal) {
      var el = document.getElementById(id);
      if (!el) {
        return;
      }
      new Chart(el, {
        type: 'bar',
        data: { labels: Object.keys(counts), datasets: [{ label: label, data: Object.values(counts) }] },
        options: { indexAxis: horizontal ? 'y' : 'x', plugins: { legend: { display: false } } }
      });
    }
    bar('chart-area', data.byArea, projects, true);
    bar('chart-region', data.byRegion, projects, false);
    var status = document.getElementById('chart-status');
    if (status) {
      new Chart(status, {
        type: 'doughnut',
        data: { labels: Object.keys(data.byStatus), datasets: [{ label: projects, data: Object.values(data.byStatus) }] }
      });
    }
    var budget = document.getElementById('chart-budget');
    if (budget) {
      var areas = Object.keys(data.byArea);
      var datasets = Object.keys(data.budgets).map(function (currency) {
        return {
          label: data.labels.budget + ' (' + currency + ')',
          data: areas.map(function (a) { return Number(data.budgets[currency][a] || 0); })
        };
      });
      new Chart(budget, { type: 'bar', data: { labels: areas, datasets: datasets } });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
