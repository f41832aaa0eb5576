// Draws the ranking table as a bar chart; the table stays the accessible view of the same data.
(function () {
  var target = document.getElementById('ranking-chart');
  var rows = document.querySelectorAll('#ranking-table tbody tr');
  if (!target || !window.echarts || rows.length === 0) {
    return;
  }
  var units = [], points = [];
  rows.forEach(function (row) {
    units.push(row.getAttribute('data-unit'));
    points.push(Number(row.getAttribute('data-points')));
  });
  var chart = window.echarts.init(target);
  chart.setOption({
    tooltip: {},
    grid: { left: 160, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: units.reverse() },
    series: [{ type: 'bar', data: points.reverse(), label: { show: true, position: 'right' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
