// "Mijn cultuur-DNA": charts (Chart.js, served from node_modules) of the derived profile; every element links to its records.
'use strict';
/* global Chart */
(function () {
  const { api, loadSession, lang } = window.Vault;
  const { t, el, categoryLabel, recordsLink, run } = window.Owner;
  const COLOURS = [
    '#0b3d91',
    '#b3261e',
    '#0b7a4b',
    '#8a4baf',
    '#c26100',
    '#00738a',
    '#6b6b00',
    '#a1005a',
    '#3d5a80',
    '#5c4033',
  ];
  let dna = null;

  const label = (feature) => feature.label[lang()] || feature.key;
  const open = (ids) => {
    window.location.assign(recordsLink(ids, dna.recordCategories, '').href);
  };

  function list(id, features) {
    document
      .getElementById('list-' + id)
      .replaceChildren(
        ...features.map((feature) =>
          el(
            'li',
            {},
            recordsLink(
              feature.recordIds,
              dna.recordCategories,
              label(feature) +
                ' — ' +
                t.weight +
                ' ' +
                feature.weight.toFixed(2) +
                ' · ' +
                feature.recordIds.length +
                ' ' +
                t.recordsBehind,
            ),
          ),
        ),
      );
  }

  function clickable(features) {
    return {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      onClick: (_event, elements) => {
        // Only the first dataset is the person's own (the map's second one is the city's venues).
        const hit = elements.find((element) => element.datasetIndex === 0);
        if (hit && features[hit.index]) open(features[hit.index].recordIds);
      },
    };
  }

  function bars(id, features) {
    list(id, features);
    new Chart(document.getElementById('chart-' + id), {
      type: 'bar',
      data: {
        labels: features.map(label),
        datasets: [
          { label: t.weight, data: features.map((f) => f.weight), backgroundColor: COLOURS[0] },
        ],
      },
      options: { ...clickable(features), indexAxis: 'y', plugins: { legend: { display: false } } },
    });
  }

  function media(features) {
    list('media', features);
    new Chart(document.getElementById('chart-media'), {
      type: 'doughnut',
      data: {
        labels: features.map(label),
        datasets: [{ data: features.map((f) => f.weight), backgroundColor: COLOURS }],
      },
      options: clickable(features),
    });
  }

  function venues(features) {
    list('venues', features);
    const placed = features.filter((f) => f.latitude !== null && f.longitude !== null);
    new Chart(document.getElementById('chart-venues'), {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: t.venues,
            data: placed.map((f) => ({ x: f.longitude, y: f.latitude, name: label(f) })),
            pointRadius: placed.map((f) => 4 + Math.min(12, f.weight * 3)),
            backgroundColor: COLOURS[1],
            order: 0,
          },
          {
            label: 'Antwerpen',
            order: 1,
            data: dna.cityVenues.map((v) => ({ x: v.longitude, y: v.latitude, name: v.name })),
            pointRadius: 2,
            backgroundColor: '#b8b8b8',
          },
        ],
      },
      options: {
        ...clickable(placed),
        // Antwerp's box is about 20 km wide and 25 km high: keep that shape so the map does not stretch.
        maintainAspectRatio: true,
        aspectRatio: 0.8,
        scales: {
          x: { min: 4.21, max: 4.5, title: { display: true, text: 'lon' } },
          y: { min: 51.14, max: 51.37, title: { display: true, text: 'lat' } },
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => item.raw.name } },
        },
      },
    });
  }

  // The person's own words: as typed, with the records they come from, and no weight.
  function ownWords(words) {
    document.getElementById('words').hidden = words.length === 0;
    document
      .getElementById('list-words')
      .replaceChildren(
        ...words.map((entry) =>
          el('li', {}, recordsLink(entry.recordIds, dna.recordCategories, entry.word)),
        ),
      );
  }

  function timeline(months) {
    const categories = [...new Set(months.flatMap((m) => Object.keys(m.counts)))].sort();
    document
      .getElementById('list-timeline')
      .replaceChildren(
        ...months.map((month) =>
          el(
            'li',
            {},
            recordsLink(
              month.recordIds,
              dna.recordCategories,
              month.month + ': ' + month.recordIds.length + ' ' + t.recordsBehind,
            ),
          ),
        ),
      );
    new Chart(document.getElementById('chart-timeline'), {
      type: 'bar',
      data: {
        labels: months.map((m) => m.month),
        datasets: categories.map((category, index) => ({
          label: categoryLabel(category),
          data: months.map((m) => m.counts[category] || 0),
          backgroundColor: COLOURS[index % COLOURS.length],
        })),
      },
      options: {
        ...clickable(months),
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } },
      },
    });
  }

  async function start() {
    const { podName } = await loadSession();
    dna = await api('GET', '/pods/' + podName + '/dna');
    if (dna.records === 0) {
      document.getElementById('dna-empty').hidden = false;
      document.getElementById('dna').hidden = true;
      document.getElementById('dna').dataset.ready = 'empty';
      return;
    }
    bars('themes', dna.themes);
    bars('genres', dna.genres);
    ownWords(dna.words || []);
    media(dna.media);
    const value = Math.round(dna.adventurousness.value * 100);
    document.getElementById('adventurousness-value').textContent = String(value);
    document.getElementById('adventurousness-meter').value = value;
    document
      .getElementById('adventurousness-records')
      .replaceChildren(
        dna.adventurousness.recordIds.length
          ? recordsLink(
              dna.adventurousness.recordIds,
              dna.recordCategories,
              dna.adventurousness.recordIds.length + ' ' + t.recordsBehind,
            )
          : '',
      );
    venues(dna.venues);
    timeline(dna.timeline);
    document.getElementById('dna').dataset.ready = 'true';
  }
  run(start);
})();
