/* Đôn Đốc leadership dashboard: draws the charts from the server's JSON; clicks drill down. */
(function () {
  "use strict";
  var root = document.getElementById("dashboard");
  if (!root || !window.Chart) { return; }
  var labels = JSON.parse(document.getElementById("dashboard-labels").textContent);
  var listUrl = root.dataset.listUrl;
  var colours = { accepted: "#067647", overdue: "#b42318", open: "#175cd3", total: "#98a2b3" };
  // One colour per status class, by its code (red only for what is late), as in app.css.
  var statusColours = {
    not_yet_due: "#98a2b3", in_progress_on_time: "#175cd3", nearly_due: "#b54708",
    in_progress_overdue: "#b42318", reported_on_time: "#0e9384", reported_late: "#c11574",
    completed_on_time: "#067647", completed_late: "#f04438", no_deadline: "#d0d5dd"
  };
  var rendered = 0;

  function go(params) {
    var query = new URLSearchParams(Object.assign({ scope: "all" }, params));
    window.location.href = listUrl + "?" + query.toString();
  }

  function draw(id, config, onPick) {
    var canvas = document.getElementById(id);
    config.options = Object.assign({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: "bottom" } },
      onClick: function (event, elements) {
        if (elements.length && onPick) { onPick(elements[0]); }
      }
    }, config.options || {});
    var chart = new window.Chart(canvas, config);
    rendered += 1;
    canvas.dataset.rendered = "1";
    return chart;
  }

  fetch(root.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var asOf = document.getElementById("dashboard-as-of");
      if (asOf && data.as_of_label) { asOf.textContent = data.as_of_label + " ·"; }
      var units = data.completion_by_unit;
      // Every unit gets its own labelled bar: grow the box instead of skipping labels.
      document.getElementById("chart-units").parentNode.style.height = Math.max(280, 60 + units.length * 26) + "px";
      draw("chart-units", {
        type: "bar",
        data: {
          labels: units.map(function (u) { return u.unit; }),
          datasets: [
            { label: labels.accepted, data: units.map(function (u) { return u.accepted; }), backgroundColor: colours.accepted },
            { label: labels.overdue, data: units.map(function (u) { return u.overdue; }), backgroundColor: colours.overdue },
            { label: labels.open, data: units.map(function (u) { return u.total - u.accepted - u.overdue; }), backgroundColor: colours.open }
          ]
        },
        options: { indexAxis: "y", scales: { x: { stacked: true }, y: { stacked: true, ticks: { autoSkip: false } } } }
      }, function (el) { go({ unit: units[el.index].unit_id }); });

      var trend = data.overdue_trend;
      draw("chart-trend", {
        type: "line",
        data: {
          labels: trend.map(function (t) { return t.month.slice(5) + "/" + t.month.slice(0, 4); }),
          datasets: [{ label: labels.overdue, data: trend.map(function (t) { return t.overdue; }),
                       borderColor: colours.overdue, backgroundColor: colours.overdue, tension: 0.2 }]
        },
        options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      }, function () { window.location.href = root.dataset.registerUrl; });

      var classes = data.by_status_class || [];
      var stateCodes = Object.keys(data.by_state);
      var useClasses = classes.length > 0;
      draw("chart-status", {
        type: "doughnut",
        data: {
          labels: useClasses ? classes.map(function (c) { return c.label; })
                             : stateCodes.map(function (s) { return labels.states[s] || s; }),
          datasets: [{
            data: useClasses ? classes.map(function (c) { return c.count; })
                             : stateCodes.map(function (s) { return data.by_state[s]; }),
            backgroundColor: useClasses ? classes.map(function (c) { return statusColours[c.code] || "#98a2b3"; })
                                        : ["#175cd3", "#b54708", "#0e9384", "#067647", "#5925dc", "#98a2b3"]
          }]
        },
        // Up to nine status classes: small swatches, and the legend may take most of the box
        // (Chart.js caps a bottom legend at half the chart's height and cuts the rest off).
        options: { plugins: { legend: { position: "bottom", maxHeight: 260,
                                         labels: { boxWidth: 12, boxHeight: 10, padding: 6 } } } }
      }, function (el) {
        if (useClasses) { go(classes[el.index].filter); } else { go({ state: stateCodes[el.index] }); }
      });

      var months = data.timeline;
      draw("chart-timeline", {
        type: "bar",
        data: {
          labels: months.map(function (m) { return m.month.slice(5) + "/" + m.month.slice(0, 4); }),
          datasets: [
            { label: labels.accepted, data: months.map(function (m) { return m.accepted; }), backgroundColor: colours.accepted },
            { label: labels.overdue, data: months.map(function (m) { return m.overdue; }), backgroundColor: colours.overdue },
            { label: labels.open, data: months.map(function (m) { return m.open; }), backgroundColor: colours.open }
          ]
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } }
      }, function (el) { go({ month: months[el.index].month }); });
      root.dataset.ready = String(rendered);
    })
    .catch(function (error) {
      root.dataset.error = String(error);
    });
})();
