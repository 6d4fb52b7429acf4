// The data page: each category's records (paged, searchable, sortable), sharing, retention and purge plan.
'use strict';
(function () {
  const { api, loadSession, setStatus } = window.Vault;
  const { t, data, el, button, day, run } = window.Owner;
  const PAGE = 20;
  const DAY_MS = 86_400_000;
  let pod = null;
  let records = [];
  let grants = [];
  let retention = {};
  let page = 0;
  let onlyIds = null;

  const params = new URLSearchParams(window.location.search);
  const select = document.getElementById('d-category');
  if (params.get('category')) select.value = params.get('category');
  if (params.get('ids')) onlyIds = new Set(params.get('ids').split(',').filter(Boolean));

  function titleOf(record) {
    if (record.item) return record.item.title;
    const d = record.data || {};
    return d.venueName || d.venueId || d.list || d.kind || d.artwork || d.event || record.category;
  }
  /** Feedback the extension keeps by itself; the rest are the person's own answers. */
  const AUTOMATIC = ['impression', 'click'];
  /**
   * What a line shows: for feedback also what it is (which button, or shown by the extension) and
   * where (window.Vault.messages holds the account page's words for it).
   */
  function lineOf(record) {
    if (record.category !== 'feedback') return titleOf(record);
    const m = window.Vault.messages;
    const d = record.data || {};
    const key = String(d.kind === 'answer' ? d.answer : d.kind).replace('-', '_');
    let where = '';
    if (d.site === window.location.origin) where = ' · ' + m.feedbackHere;
    else if (d.site)
      try {
        where = ' · ' + m.feedbackOn + ' ' + new URL(d.site).host;
      } catch {
        where = '';
      }
    return (
      (m['feedbackKind_' + key] || d.kind) +
      ' · ' +
      (record.item ? record.item.title : d.itemId) +
      where
    );
  }
  /** A rated loan's stars and words, set apart from the title. */
  function starsOf(record) {
    const [stars, words] = window.Vault.ratingStars(record, t.outOfFive);
    return stars ? [' ', stars, ' ', words] : [];
  }
  function textOf(record) {
    return [
      lineOf(record),
      record.item && record.item.authors && record.item.authors.join(' '),
      JSON.stringify(record.data || {}),
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
  }

  async function loadRecords(category) {
    const out = [];
    let url = '/pods/' + pod + '/' + category + '/?limit=500';
    for (let i = 0; url && i < 40; i++) {
      const response = await fetch(url, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(response.statusText);
      const body = await response.json();
      out.push(...(body.contains || []));
      const link = response.headers.get('Link') || '';
      const next = /<([^>]+)>;\s*rel="next"/.exec(link);
      url = next ? next[1] : null;
    }
    return out;
  }

  function showInfo() {
    const category = select.value;
    const info = data.categories.find((c) => c.id === category);
    document.getElementById('category-title').textContent = info.label;
    document.getElementById('category-description').textContent = info.description;
    const sharing = grants.filter(
      (grant) =>
        grant.status === 'active' &&
        (grant.scopes.includes(category + ':read') ||
          (grant.scopes.includes('dna:read') &&
            data.scopes['dna:read'].categories.includes(category)) ||
          (grant.scopes.includes('suggestions:rank') &&
            (grant.rankCategories || []).includes(category))),
    );
    document.getElementById('category-sites').textContent = sharing.length
      ? sharing
          .map(
            (grant) =>
              grant.clientName + ' (' + (data.purposes[grant.purpose] || grant.purpose) + ')',
          )
          .join(', ')
      : t.notShared;
    const days = retention[category];
    document.getElementById('retention-now').textContent =
      days === null || days === undefined
        ? t.keepForever
        : days + ' ' + (window.Vault.lang() === 'nl' ? 'dagen' : 'days');
    document.getElementById('retention-days').value =
      days === null || days === undefined ? '' : String(days);
    const plan = document.getElementById('purge-plan');
    if (days === null || days === undefined) {
      plan.textContent = t.purgeNone;
      return;
    }
    const now = Date.now();
    const expiry = (record) => Date.parse(record.time) + days * DAY_MS;
    const due = records.filter((record) => expiry(record) <= now).length;
    const upcoming = records
      .map(expiry)
      .filter((time) => time > now)
      .sort((a, b) => a - b);
    plan.textContent =
      t.purgePlan +
      ': ' +
      due +
      ' ' +
      t.purgeSoon +
      (upcoming.length
        ? ' ' + t.purgeNext + ' ' + day(new Date(upcoming[0]).toISOString()) + '.'
        : '');
  }

  function showRecords() {
    const query = document.getElementById('d-search').value.trim().toLowerCase();
    const sort = document.getElementById('d-sort').value;
    const own = document.getElementById('d-feedback-show').value === 'own';
    let shown = records.filter(
      (record) =>
        (!onlyIds || onlyIds.has(record.id)) &&
        (!query || textOf(record).includes(query)) &&
        !(own && record.category === 'feedback' && AUTOMATIC.includes((record.data || {}).kind)),
    );
    shown = shown.sort((a, b) =>
      sort === 'title'
        ? titleOf(a).localeCompare(titleOf(b), window.Vault.lang())
        : sort === 'oldest'
          ? a.time.localeCompare(b.time)
          : b.time.localeCompare(a.time),
    );
    document.getElementById('d-filter-note').hidden = !onlyIds;
    const pages = Math.max(1, Math.ceil(shown.length / PAGE));
    page = Math.min(page, pages - 1);
    document.getElementById('d-count').textContent = shown.length + ' ' + t.records;
    document.getElementById('d-page').textContent = t.page + ' ' + (page + 1) + ' / ' + pages;
    document.getElementById('d-prev').disabled = page === 0;
    document.getElementById('d-next').disabled = page >= pages - 1;
    document.getElementById('d-records').replaceChildren(
      ...shown.slice(page * PAGE, page * PAGE + PAGE).map((record) =>
        el(
          'li',
          { 'data-id': record.id },
          el('span', {}, day(record.time) + ' · ' + lineOf(record), ...starsOf(record)),
          button(
            t.delete + ' ' + '“' + lineOf(record) + '”',
            () => {
              if (!window.confirm(t.confirmDelete)) return;
              run(async () => {
                await api('DELETE', record['@id']);
                records = records.filter((other) => other.id !== record.id);
                showRecords();
                showInfo();
              }, t.deleted);
            },
            'danger',
          ),
        ),
      ),
    );
  }

  async function loadCategory() {
    const category = select.value;
    const [list, setting] = await Promise.all([
      loadRecords(category),
      api('GET', '/pods/' + pod + '/personalisation/' + category),
    ]);
    records = list;
    document.getElementById('d-feedback-filter').hidden = category !== 'feedback';
    document.getElementById('personalised').checked = setting.personalised;
    showInfo();
    showRecords();
  }

  async function start() {
    const session = await loadSession();
    pod = session.podName;
    document.getElementById('export-link').href = '/pods/' + pod + '/export';
    const [retentionBody, grantsBody] = await Promise.all([
      api('GET', '/pods/' + pod + '/retention'),
      api('GET', '/pods/' + pod + '/grants').catch(() => ({ grants: [] })),
    ]);
    retention = retentionBody.retentionDays;
    grants = grantsBody.grants;
    await loadCategory();
  }

  select.addEventListener('change', () => {
    onlyIds = null;
    page = 0;
    run(loadCategory);
  });
  document.getElementById('d-search').addEventListener('input', () => {
    page = 0;
    showRecords();
  });
  document.getElementById('d-sort').addEventListener('change', showRecords);
  document.getElementById('d-feedback-show').addEventListener('change', () => {
    page = 0;
    showRecords();
  });
  document.getElementById('d-prev').addEventListener('click', () => {
    page -= 1;
    showRecords();
  });
  document.getElementById('d-next').addEventListener('click', () => {
    page += 1;
    showRecords();
  });
  document.getElementById('d-show-all').addEventListener('click', () => {
    onlyIds = null;
    showRecords();
  });
  const personalised = document.getElementById('personalised');
  personalised.addEventListener('change', () => {
    const wanted = personalised.checked;
    personalised.disabled = true;
    run(async () => {
      try {
        const body = await api('PUT', '/pods/' + pod + '/personalisation/' + select.value, {
          personalised: wanted,
        });
        personalised.checked = body.personalised;
        window.Vault.setStatus(
          body.personalised ? t.personalisationOn : t.personalisationOff,
          false,
        );
      } catch (error) {
        personalised.checked = !wanted;
        throw error;
      } finally {
        personalised.disabled = false;
        personalised.focus();
      }
    });
  });
  document.getElementById('retention-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = document.getElementById('retention-days').value.trim();
    run(async () => {
      const body = await api('PUT', '/pods/' + pod + '/retention/' + select.value, {
        days: value === '' ? null : Number(value),
      });
      retention = body.retentionDays;
      showInfo();
    }, window.Vault.messages.saved);
  });
  setStatus('', false);
  run(start);
})();
