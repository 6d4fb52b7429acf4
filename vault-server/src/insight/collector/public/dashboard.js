// The institutions' dashboard: reads the published sums and draws them (Chart.js, no inline code).
/* global Chart */
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  var lang = root.dataset.lang === 'en' ? 'en' : 'nl';
  var charts = {};
  var state = { data: null };

  function percent(value) {
    return value === null ? '–' : (value * 100).toFixed(1) + ' %';
  }
  function number(value) {
    return value === null ? '–' : value.toFixed(2);
  }
  function cell(row, text, header) {
    var el = document.createElement(header ? 'th' : 'td');
    if (header) el.scope = 'row';
    el.textContent = text;
    row.appendChild(el);
  }
  function option(select, value, label) {
    var el = document.createElement('option');
    el.value = value;
    el.textContent = label;
    select.appendChild(el);
  }

  function renderBatches(data) {
    var t = data.text;
    var body = document.querySelector('#batches tbody');
    body.textContent = '';
    data.batches.forEach(function (batch) {
      var row = document.createElement('tr');
      cell(row, batch.batch, true);
      cell(row, String(batch.reports));
      var status = batch.published
        ? t.published
        : batch.open
          ? t.open.replace('{date}', batch.closesAt)
          : batch.reports < data.minBatch
            ? t.belowMinimum.replace('{min}', String(data.minBatch))
            : t.waiting;
      cell(row, status);
      body.appendChild(row);
    });
  }

  function drawChart(id, labels, wonder, baseline, t) {
    var config = {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: t.wonder, data: wonder, backgroundColor: '#b3003c' },
          { label: t.baseline, data: baseline, backgroundColor: '#1f4e79' },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        scales: {
          y: {
            beginAtZero: true,
            ticks: {
              callback: function (v) {
                return Math.round(v * 100) + ' %';
              },
            },
          },
        },
      },
    };
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(document.getElementById(id), config);
  }

  function render() {
    var data = state.data;
    var t = data.text;
    var institution = document.getElementById('institution').value;
    var medium = document.getElementById('medium').value;
    var rows = data.rows.filter(function (r) {
      return r.institution === institution && r.medium === medium;
    });
    document.getElementById('empty').hidden = rows.length > 0;
    var labels = rows.map(function (r) {
      return r.week;
    });
    drawChart(
      'acceptance-chart',
      labels,
      rows.map(function (r) {
        return r.acceptanceWonder;
      }),
      rows.map(function (r) {
        return r.acceptanceBaseline;
      }),
      t,
    );
    drawChart(
      'conversion-chart',
      labels,
      rows.map(function (r) {
        return r.conversionWonder;
      }),
      rows.map(function (r) {
        return r.conversionBaseline;
      }),
      t,
    );
    var head = document.querySelector('#figures thead');
    head.textContent = '';
    var hr = document.createElement('tr');
    [
      t.week,
      t.people,
      t.acceptance + ' – ' + t.wonder,
      t.acceptance + ' – ' + t.baseline,
      t.conversion + ' – ' + t.wonder,
      t.conversion + ' – ' + t.baseline,
      t.surpriseRate,
      t.mediaCrossed,
      t.feedback,
      t.feedbackCount,
    ].forEach(function (label) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      hr.appendChild(th);
    });
    head.appendChild(hr);
    var body = document.querySelector('#figures tbody');
    body.textContent = '';
    rows.forEach(function (r) {
      var row = document.createElement('tr');
      cell(row, r.week, true);
      cell(row, String(r.reports));
      cell(row, percent(r.acceptanceWonder));
      cell(row, percent(r.acceptanceBaseline));
      cell(row, percent(r.conversionWonder));
      cell(row, percent(r.conversionBaseline));
      cell(row, percent(r.surpriseRate));
      cell(row, percent(r.mediaCrossed));
      cell(row, number(r.feedbackMean));
      cell(row, r.feedbackCount === null ? '–' : String(r.feedbackCount));
      body.appendChild(row);
    });
    root.dataset.rendered = String(rows.length);
  }

  fetch('/api/dashboard?lang=' + lang)
    .then(function (response) {
      return response.json();
    })
    .then(function (data) {
      state.data = data;
      var t = data.text;
      var institutions = document.getElementById('institution');
      Object.keys(t.institutions).forEach(function (key) {
        option(institutions, key, t.institutions[key]);
      });
      var media = document.getElementById('medium');
      option(media, 'all', t.all);
      Object.keys(t.media).forEach(function (key) {
        option(media, key, t.media[key]);
      });
      institutions.addEventListener('change', render);
      media.addEventListener('change', render);
      renderBatches(data);
      render();
      root.dataset.ready = 'true';
    });
})();
