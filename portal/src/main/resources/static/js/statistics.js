// Draws each dashboard table marked data-chart as an ECharts chart above it; the table stays as the
// accessible (and script-free) view of the same figures.
(function () {
  if (!window.echarts) { return; }
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var target = document.getElementById(table.getAttribute('data-target'));
    var rows = Array.prototype.slice.call(table.tBodies[0].rows).filter(function (row) { return row.cells.length > 1; });
    if (!target || rows.length === 0) { return; }
    var labels = rows.map(function (row) { return row.cells[0].textContent; });
    var values = rows.map(function (row) { return Number(row.cells[1].textContent); });
    var kind = table.getAttribute('data-chart');
    target.style.display = 'block';
    var chart = echarts.init(target);
    chart.setOption(kind === 'pie'
      ? { tooltip: {}, series: [{ type: 'pie', radius: '65%', data: labels.map(function (l, i) { return { name: l, value: values[i] }; }) }] }
      : { tooltip: {}, xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
          yAxis: { type: 'value', minInterval: 1 }, series: [{ type: kind, data: values }] });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
