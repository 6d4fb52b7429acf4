// "Mijn suggesties": the owner's own attribution (shown, opened, converted) and the opt-in. Plain script, CSP-safe.
'use strict';
(function () {
  const { api, loadSession, lang } = window.Vault;
  const { el, day, run } = window.Owner;
  const t = JSON.parse(document.getElementById('insight-data').textContent);
  let pod = null;

  const siteName = (s) => {
    if (s.institution) return t.institutions[s.institution];
    try {
      return new URL(s.site).host;
    } catch {
      return t.none;
    }
  };

  function totals(suggestions) {
    const groups = [
      ['wonder', t.wonder, suggestions.filter((s) => s.kind !== 'baseline')],
      ['baseline', t.baselineGroup, suggestions.filter((s) => s.kind === 'baseline')],
    ];
    document
      .querySelector('#insight-totals tbody')
      .replaceChildren(
        ...groups.map(([id, label, list]) =>
          el(
            'tr',
            { 'data-group': id },
            el('th', { scope: 'row' }, label),
            el('td', { 'data-metric': 'shown' }, String(list.length)),
            el('td', { 'data-metric': 'opened' }, String(list.filter((s) => s.clicked).length)),
            el(
              'td',
              { 'data-metric': 'converted' },
              String(list.filter((s) => s.convertedAt).length),
            ),
          ),
        ),
      );
  }

  /** What the person said about it, whichever way: a button on the site, or the popup's question. */
  function answerOf(s) {
    const said = [s.button && t.buttons[s.button], s.answer && t.answers[s.answer]].filter(Boolean);
    return said.length ? said.join(', ') : t.none;
  }

  /**
   * What the extension showed on the city's sites: the vault's own "Voor jou" cards (feedback given
   * on this origin) are no suggestion a site showed, and would skew the comparison with the baseline.
   */
  const onCitySite = (s) => {
    try {
      return !s.site || new URL(s.site).origin !== window.location.origin;
    } catch {
      return true;
    }
  };

  function row(s) {
    return el(
      'tr',
      { 'data-item': s.itemId, 'data-kind': s.kind },
      el('th', { scope: 'row' }, s.title || s.itemId),
      el('td', {}, siteName(s)),
      el('td', {}, t.media[s.medium] || s.medium),
      el('td', { 'data-cell': 'kind' }, t.kinds[s.kind]),
      el('td', {}, day(s.shownAt)),
      el('td', { 'data-cell': 'opened' }, s.clicked ? t.yes : t.no),
      el(
        'td',
        { 'data-cell': 'converted' },
        s.convertedAt ? t.conversions[s.conversion] + ', ' + day(s.convertedAt) : t.no,
      ),
      el('td', { 'data-cell': 'answer' }, answerOf(s)),
    );
  }

  async function loadAttribution() {
    const { suggestions } = await api('GET', '/pods/' + pod + '/insight/attribution');
    // Newest first.
    const sorted = suggestions
      .filter(onCitySite)
      .sort((a, b) => Date.parse(b.shownAt) - Date.parse(a.shownAt));
    totals(sorted);
    document.querySelector('#insight-suggestions tbody').replaceChildren(...sorted.map(row));
    document.getElementById('insight-empty').hidden = sorted.length > 0;
  }

  function showOptIn(settings) {
    const box = document.getElementById('opt-in');
    box.checked = settings.optIn;
    document.getElementById('opt-in-state').textContent = settings.optIn ? t.optInOn : t.optInOff;
    if (settings.explanation)
      document.getElementById('opt-in-explanation').textContent =
        settings.explanation[lang()] || settings.explanation.en;
    if (settings.reportedWeeks)
      document.getElementById('reported-weeks').textContent = settings.reportedWeeks.length
        ? settings.reportedWeeks.join(', ')
        : t.noWeeks;
  }

  async function start() {
    pod = (await loadSession()).podName;
    const settings = await api('GET', '/pods/' + pod + '/insight/settings');
    showOptIn(settings);
    const box = document.getElementById('opt-in');
    box.addEventListener('change', () =>
      run(async () => {
        const saved = await api('PUT', '/pods/' + pod + '/insight/settings', {
          optIn: box.checked,
        });
        showOptIn(saved);
      }),
    );
    await loadAttribution();
    document.getElementById('main').dataset.ready = 'true';
  }
  run(start);
})();
