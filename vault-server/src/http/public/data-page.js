// The data page: each category's records (a page at a time from the vault, which searches, filters
// and sorts by title over the whole category), sharing, retention and purge plan.
'use strict';
(function () {
  const { api, loadSession, setStatus } = window.Vault;
  const { t, data, el, button, day, run } = window.Owner;
  const lang = () => window.Vault.lang();
  /** Records per request: the page reads the container a page at a time, never all of it. */
  const PAGE = 50;
  /** Requests one search makes at most before it waits for "more" (each looks through ≤ 2,000). */
  const SEARCH_ROUNDS = 10;
  /** How long typing pauses before the vault is asked. */
  const DEBOUNCE_MS = 300;
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
  /** Counts the reloads asked for, so only the answer to the latest search is shown. */
  let generation = 0;
  /** Records the vault looked through for the current search (its progress). */
  let searched = 0;
  let searching = false;

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
  /** In the records a link named only: the vault searches a container itself. */
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
    return { records: body.contains || [], next: next ? next[1] : null, searched: body.searched };
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

  /** The search and the own-feedback filter as the container takes them (the owner's session only). */
  function searchQuery() {
    const query = new URLSearchParams();
    const text = document.getElementById('d-search').value.trim();
    if (text) query.set('q', text);
    if (select.value === 'feedback' && document.getElementById('d-feedback-show').value === 'own')
      query.set('feedback', 'own');
    return query;
  }

  /**
   * What the records loaded were asked with (set by `reload`, not by what is typed since): any
   * filter of the vault's, and a search text (the count then says "found").
   */
  let filtered = false;
  let searchedFor = false;

  /**
   * The next page only: a person with thousands of loans sees the newest at once. The vault
   * searches: one request looks through a bounded number of records, so a search far back reads
   * on, a few requests at most, until a page of lines shows. `asked` is the reload this is for: a
   * newer search drops the answer.
   */
  async function loadMore(asked = generation) {
    const category = select.value;
    const before = visibleCount();
    for (let i = 0; (nextUrl || namedLeft.length) && i < SEARCH_ROUNDS; i++) {
      if (namedLeft.length) {
        const named = await fetchNamed(category, namedLeft.splice(0, PAGE));
        if (asked !== generation) return false;
        records.push(...named);
        if (visibleCount() > before) break;
      } else {
        const page = await fetchPage(nextUrl);
        if (asked !== generation) return false;
        records.push(...page.records);
        nextUrl = page.next;
        searched += page.searched || 0;
        if (visibleCount() - before >= PAGE || (!filtered && records.length)) break;
        if (nextUrl) showRecords();
      }
    }
    return true;
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

  /** Whether a line shows: the vault filtered a container already, the page filters named records. */
  function isShown(record) {
    if (!onlyIds) return true;
    const query = document.getElementById('d-search').value.trim().toLowerCase();
    const own = document.getElementById('d-feedback-show').value === 'own';
    return (
      (!query || textOf(record).includes(query)) &&
      !(own && record.category === 'feedback' && AUTOMATIC.includes((record.data || {}).kind))
    );
  }

  /** What #d-count says: how many lines, found or loaded, or how far the search is. */
  function countText(count, more) {
    if (searching && more)
      return (
        (filtered ? t.searching : t.sorting) +
        (searched ? ' ' + t.searchedSoFar.replace('{n}', searched.toLocaleString(lang())) : '')
      );
    if (searchedFor)
      return count === 0 && !more
        ? t.noneFound
        : count + ' ' + t.records + ' ' + (more ? t.foundSoFar : t.found);
    return count + ' ' + t.records + (more ? ' ' + t.loadedRecords : '');
  }

  function showRecords() {
    const shown = records.filter(isShown);
    // The vault sends a container in the order asked for; the records a link named sort here.
    if (onlyIds && document.getElementById('d-sort').value === 'title')
      shown.sort((a, b) => titleOf(a).localeCompare(titleOf(b), lang()));
    const more = Boolean(nextUrl || namedLeft.length);
    document.getElementById('d-filter-note').hidden = !onlyIds;
    document.getElementById('d-count').textContent = countText(shown.length, more);
    const moreButton = document.getElementById('d-more');
    moreButton.hidden = !more || searching;
    moreButton.textContent =
      order === 'title' ? t.moreDataTitle : order === 'oldest' ? t.moreDataOldest : t.moreData;
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

  /**
   * From the first page again, in the order the sort asks for, with the search: the vault answers
   * both over the whole category. The list is busy (aria-busy) until the answer is in.
   */
  async function reload() {
    const asked = ++generation;
    order = document.getElementById('d-sort').value;
    records = [];
    searched = 0;
    namedLeft = onlyIds ? [...onlyIds] : [];
    const query = searchQuery();
    filtered = !onlyIds && query.toString() !== '';
    searchedFor = !onlyIds && query.has('q');
    query.set('limit', String(PAGE));
    query.set('order', order);
    nextUrl = onlyIds ? null : '/pods/' + pod + '/' + select.value + '/?' + query;
    const list = document.getElementById('d-records');
    searching = !onlyIds && (filtered || order === 'title');
    list.setAttribute('aria-busy', 'true');
    // A search may take a few requests: it says so (#d-count is a live region) until it is done.
    if (searching) {
      document.getElementById('d-count').textContent = countText(0, true);
      document.getElementById('d-more').hidden = true;
    }
    try {
      if (!(await loadMore(asked))) return;
    } finally {
      if (asked === generation) {
        searching = false;
        list.removeAttribute('aria-busy');
      }
    }
    if (onlyIds && order !== 'title')
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
  // The vault is asked once typing pauses; a named list (a link's ids) filters at once.
  let typing = null;
  document.getElementById('d-search').addEventListener('input', () => {
    clearTimeout(typing);
    if (onlyIds) showRecords();
    else typing = setTimeout(() => run(reload), DEBOUNCE_MS);
  });
  document.getElementById('d-search').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || onlyIds) return;
    clearTimeout(typing);
    run(reload);
  });
  // A reload reads the search box as it is: a search still waiting for typing to pause is dropped,
  // or its answer would come later and list as of then (after a new retention term, say).
  const reloadNow = () => {
    clearTimeout(typing);
    return run(reload);
  };
  document.getElementById('d-sort').addEventListener('change', reloadNow);
  document
    .getElementById('d-feedback-show')
    .addEventListener('change', () => (onlyIds ? showRecords() : reloadNow()));
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
      // What is past the new term is gone for every reader, purged yet or not (and back under a
      // longer one until the purge has run): the list shows it so.
      if (!onlyIds) {
        clearTimeout(typing);
        await reload();
      }
    }, window.Vault.messages.saved);
  });
  setStatus('', false);
  run(start);
})();
