// Draws the overview's charts with uPlot from the JSON the page embeds; no inline script, so
// the page's Content-Security-Policy can forbid every script that is not one of these files.
(function () {
  "use strict";
  var COLOURS = ["#1f5fbf", "#d9822b", "#1b7a3a", "#8e44ad"];
  var drawn = [];

  // Tick labels that keep small amounts of money readable (0.000132, not 0).
  function numbers(u, splits) {
    return splits.map(function (v) { return v == null ? "" : String(Number(v.toPrecision(3))); });
  }

  function draw() {
    var source = document.getElementById("chart-data");
    drawn.forEach(function (plot) { plot.destroy(); });
    drawn = [];
    if (!source || typeof uPlot === "undefined") return;
    var charts = JSON.parse(source.textContent);
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var chart = charts[el.dataset.chart];
      if (!chart) return;
      var names = Object.keys(chart.lines);
      var series = [{}].concat(names.map(function (name, i) {
        return { label: name, stroke: COLOURS[i % COLOURS.length], width: 2, scale: i ? "y2" : "y" };
      }));
      var axes = [
        {},
        { scale: "y", values: numbers, size: 70 },
        { scale: "y2", side: 1, grid: { show: false }, values: numbers, size: 70 },
      ];
      var data = [chart.x].concat(names.map(function (name) { return chart.lines[name]; }));
      var width = Math.max(el.clientWidth, 280);
      drawn.push(new uPlot({ width: width, height: 220, series: series, axes: axes }, data, el));
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSettle", draw);
})();
