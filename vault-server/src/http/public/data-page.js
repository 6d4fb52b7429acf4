// The data page: each category's records (a page at a time from the vault, searchable, sortable), sharing, retention and purge plan.
'use strict';
(function () {
  const { api, loadSession, setStatus } = window.Vault;
  const { t, data, el, button, day, run } = window.Owner;
  /** Records per request: the page reads the container a page at a time, never all of it. */
  const PAGE = 50;
  let pod = null;
  /** What is loaded so far, in the vault's order; `nextUrl` reads on (null: all loaded). */
  let records = [];
  let nextUrl = null;
  /** The records a link named that are not read yet. */
  let namedLeft = [];
  let order = 'newest';
  let grants = [];
  let retention = {};
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

  /** One page of the container as the API pages it (keyset cursor in the `Link: rel="next"`). */
  async function fetchPage(url) {
    const response = await fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(response.statusText);
    const body = await response.json();
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') || '');
    return { records: body.contains || [], next: next ? next[1] : null };
  }

  /** The records a link named (the DNA's), read one by one: a record gone since is left out. */
  async function fetchNamed(category, ids) {
    const found = await Promise.all(
      ids.map((id) =>
        api('GET', '/pods/' + pod + '/' + category + '/' + encodeURIComponent(id)).catch(
          () => null,
        ),
      ),
    );
    return found.filter(Boolean);
  }

  function visibleCount() {
    return records.filter(isShown).length;
  }

  /**
   * The next page only: a person with thousands of loans sees the newest at once. With the
   * own-feedback filter a page may hold only the extension's impressions, so it reads on, a few
   * pages at most, until one more line shows.
   */
  async function loadMore() {
    const category = select.value;
    for (let i = 0; (nextUrl || namedLeft.length) && i < 5; i++) {
      const before = visibleCount();
      if (namedLeft.length) {
        records.push(...(await fetchNamed(category, namedLeft.splice(0, PAGE))));
      } else {
        const page = await fetchPage(nextUrl);
        records.push(...page.records);
        nextUrl = page.next;
      }
      if (visibleCount() > before) break;
    }
  }

  async function showPlan() {
    const plan = document.getElementById('purge-plan');
    const body = await api('GET', '/pods/' + pod + '/retention/' + select.value);
    if (body.days === null) {
      plan.textContent = t.purgeNone;
      return;
    }
    plan.textContent =
      t.purgePlan +
      ': ' +
      body.due +
      ' ' +
      t.purgeSoon +
      (body.nextPurgeAt ? ' ' + t.purgeNext + ' ' + day(body.nextPurgeAt) + '.' : '');
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
  }

  function isShown(record) {
    const query = document.getElementById('d-search').value.trim().toLowerCase();
    const own = document.getElementById('d-feedback-show').value === 'own';
    return (
      (!query || textOf(record).includes(query)) &&
      !(own && record.category === 'feedback' && AUTOMATIC.includes((record.data || {}).kind))
    );
  }

  function showRecords() {
    const sort = document.getElementById('d-sort').value;
    const shown = records.filter(isShown);
    // Newest and oldest come in that order from the vault; a title sorts what is loaded.
    if (sort === 'title')
      shown.sort((a, b) => titleOf(a).localeCompare(titleOf(b), window.Vault.lang()));
    const more = Boolean(nextUrl || namedLeft.length);
    document.getElementById('d-filter-note').hidden = !onlyIds;
    document.getElementById('d-count').textContent =
      shown.length + ' ' + t.records + (more ? ' ' + t.loadedRecords : '');
    const moreButton = document.getElementById('d-more');
    moreButton.hidden = !more;
    moreButton.textContent = order === 'oldest' ? t.moreDataOldest : t.moreData;
    document.getElementById('d-more-note').hidden = !more;
    document.getElementById('d-records').replaceChildren(
      ...shown.map((record) =>
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
                await showPlan();
              }, t.deleted);
            },
            'danger',
          ),
        ),
      ),
    );
  }

  /** From the first page again, in the order the sort asks for (title sorts what is loaded). */
  async function reload() {
    const sort = document.getElementById('d-sort').value;
    order = sort === 'oldest' ? 'oldest' : 'newest';
    records = [];
    namedLeft = onlyIds ? [...onlyIds] : [];
    nextUrl = onlyIds
      ? null
      : '/pods/' + pod + '/' + select.value + '/?limit=' + PAGE + '&order=' + order;
    await loadMore();
    if (onlyIds)
      records.sort((a, b) => (order === 'oldest' ? 1 : -1) * a.time.localeCompare(b.time));
    showRecords();
  }

  async function loadCategory() {
    const category = select.value;
    const [setting] = await Promise.all([
      api('GET', '/pods/' + pod + '/personalisation/' + category),
      reload(),
      showPlan(),
    ]);
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
    run(loadCategory);
  });
  document.getElementById('d-search').addEventListener('input', showRecords);
  document.getElementById('d-sort').addEventListener('change', () => {
    const sort = document.getElementById('d-sort').value;
    if (sort === 'title' || sort === order) showRecords();
    else run(reload);
  });
  document.getElementById('d-feedback-show').addEventListener('change', showRecords);
  document.getElementById('d-more').addEventListener('click', () =>
    run(async () => {
      const count = records.length;
      await loadMore();
      showRecords();
      // Keyboard users go on from the first line that was added.
      const first = document.querySelectorAll('#d-records li')[count];
      const target = first && first.querySelector('button');
      if (target) target.focus();
    }),
  );
  document.getElementById('d-show-all').addEventListener('click', () => {
    onlyIds = null;
    run(reload);
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
      // The plan first, so the new term and what it purges show together.
      await showPlan();
      showInfo();
    }, window.Vault.messages.saved);
  });
  setStatus('', false);
  run(start);
})();
