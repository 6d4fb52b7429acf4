// The audit log page: the chain's verified state, the newest entries first with older ones a page
// at a time, filters by site, category, action and period that the vault answers over the whole log.
'use strict';
(function () {
  const { t, data, el, when, categoryLabel, run } = window.Owner;
  /** The action in words (nl/en); the code stays in the row's data-action. */
  const actionLabel = (action) => data.actions[action] || action;
  const PAGE = 500;
  let pod = null;
  /** The entries loaded so far, newest first. */
  const entries = [];
  let hasOlder = false;
  let loading = false;
  /** Counts the pages asked for, so only the answer to the latest filters is shown. */
  let generation = 0;
  const siteNames = new Map();
  const sites = new Map();

  const lang = () => window.Vault.lang();
  const actorKey = (actor) =>
    actor.type === 'client' ? actor.clientId : actor.type === 'owner' ? 'owner' : actor.type;
  const actorName = (actor) =>
    actor.type === 'client'
      ? siteName(actor.clientId)
      : actor.type === 'owner'
        ? t.you
        : actor.type === 'system'
          ? t.system + ' (' + actor.job + ')'
          : t.otherAccount;
  function siteName(clientId) {
    if (siteNames.has(clientId)) return siteNames.get(clientId);
    try {
      return new URL(clientId).host;
    } catch {
      return clientId;
    }
  }

  /** The filters as the audit API takes them: the vault filters, so older entries are found too. */
  function filterQuery() {
    const query = new URLSearchParams();
    for (const [name, id] of [
      ['site', 'f-site'],
      ['category', 'f-category'],
      ['action', 'f-action'],
      ['from', 'f-from'],
      ['to', 'f-to'],
    ]) {
      const value = document.getElementById(id).value;
      if (value) query.set(name, value);
    }
    return query.toString();
  }

  function render() {
    const shown = entries;
    document.getElementById('audit-count').textContent =
      (shown.length === 0 ? t.noEntries : shown.length + ' ' + t.entries) +
      (hasOlder ? ' ' + t.newestLoaded.replace('{n}', entries.length.toLocaleString(lang())) : '');
    document.getElementById('audit-older').hidden = !hasOlder;
    document
      .querySelector('#audit-table tbody')
      .replaceChildren(...groupsOf(shown).flatMap((group) => rowsOf(group)));
  }

  /** A run of entries shown as one line: the same action by the same caller, close together. */
  const WINDOW_MS = 2 * 60 * 1000;
  /** Groups whose entries the person opened (by the newest entry's seq), kept across filtering. */
  const opened = new Set();

  /**
   * Consecutive entries (newest first) of the same action, site (or the extension) and purpose
   * within WINDOW_MS of the run's newest: one visit of a site lists each category it may read, one
   * line per request in the stored log (its hash chain stays entry per access), one line with a
   * count here, a line per read. What the person did stays one line per click.
   */
  function groupsOf(shown) {
    const groups = [];
    for (const entry of shown) {
      const group = groups[groups.length - 1];
      const first = group && group[0];
      if (
        first &&
        first.actor.type === 'client' &&
        first.action === entry.action &&
        actorKey(first.actor) === actorKey(entry.actor) &&
        (first.purpose || '') === (entry.purpose || '') &&
        Date.parse(first.time) - Date.parse(entry.time) <= WINDOW_MS &&
        // A category listed again is the next read (the next visit): a line of its own.
        !(
          entry.action === 'records-listed' &&
          group.some((known) => known.category === entry.category)
        )
      )
        group.push(entry);
      else groups.push([entry]);
    }
    return groups;
  }

  const whatOf = (entry) =>
    [
      entry.category ? categoryLabel(entry.category) : '',
      entry.purpose || '',
      entry.recordIds ? entry.recordIds.length + ' ×' : '',
      entry.detail || '',
    ]
      .filter(Boolean)
      .join(' · ');

  function row(entry, attrs, action, what) {
    const refused = entry.action === 'refused';
    return el(
      'tr',
      {
        class: [refused ? 'refused' : '', attrs.class || ''].join(' ').trim() || undefined,
        'data-action': entry.action,
        id: attrs.id,
        hidden: attrs.hidden,
      },
      el('td', { 'data-label': t.time }, when(entry.time)),
      el('td', { 'data-label': t.who }, actorName(entry.actor)),
      el(
        'td',
        { 'data-label': t.action },
        refused ? el('strong', {}, '⛔ ' + t.refused + action) : actionLabel(entry.action) + action,
      ),
      el('td', { 'data-label': t.what }, what),
    );
  }

  /** One entry as a row; a group as its line with a count, then its entries, shown on request. */
  function rowsOf(group) {
    const [first] = group;
    if (group.length === 1) return [row(first, {}, '', whatOf(first))];
    const key = String(first.seq);
    const ids = group.map((entry) => 'audit-entry-' + entry.seq);
    const isOpen = opened.has(key);
    const members = group.map((entry, index) =>
      row(entry, { id: ids[index], class: 'audit-member', hidden: !isOpen }, '', whatOf(entry)),
    );
    const categories = [
      ...new Set(
        group
          .map((entry) => entry.category)
          .filter(Boolean)
          .map(categoryLabel),
      ),
    ];
    const count = String(group.length);
    const toggle = el(
      'button',
      {
        type: 'button',
        class: 'audit-toggle',
        'aria-expanded': String(isOpen),
        'aria-controls': ids.join(' '),
      },
      (isOpen ? t.hideEntries : t.showEntries).replace('{n}', count),
    );
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      if (open) opened.add(key);
      else opened.delete(key);
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = (open ? t.hideEntries : t.showEntries).replace('{n}', count);
      for (const member of members) member.hidden = !open;
    });
    const summary = [categories.join(', '), first.purpose || ''].filter(Boolean).join(' · ');
    const line = row(first, { class: 'audit-group' }, ' ×' + count, [
      summary ? summary + ' ' : '',
      toggle,
    ]);
    line.dataset.count = count;
    return [line, ...members];
  }

  /**
   * The next page back from the oldest entry loaded (the newest page first): the server reads the
   * log newest first, so today's entries show however long the log has grown.
   */
  async function loadOlder() {
    const before = entries.length ? '&before=' + entries[entries.length - 1].seq : '';
    const filters = filterQuery();
    const asked = ++generation;
    const page = await window.Vault.api(
      'GET',
      '/pods/' + pod + '/audit?order=desc&limit=' + PAGE + before + (filters ? '&' + filters : ''),
    );
    // Filters changed while this page was on its way: the newer answer counts.
    if (asked !== generation) return;
    entries.push(...page.entries);
    hasOlder = page.entries.length === PAGE && entries[entries.length - 1].seq > 0;
    const select = document.getElementById('f-site');
    for (const entry of page.entries) {
      const key = actorKey(entry.actor);
      if (sites.has(key)) continue;
      sites.set(key, actorName(entry.actor));
      select.append(el('option', { value: key }, sites.get(key)));
    }
  }

  async function start() {
    pod = (await window.Vault.loadSession()).podName;
    const [report, grants] = await Promise.all([
      window.Vault.api('GET', '/pods/' + pod + '/audit/verify'),
      window.Vault.api('GET', '/pods/' + pod + '/grants').catch(() => ({ grants: [] })),
    ]);
    for (const grant of grants.grants) siteNames.set(grant.clientId, grant.clientName);
    const chain = document.getElementById('chain-state');
    const ok = report.problems.length === 0;
    chain.textContent =
      (ok ? '✓ ' + t.chainOk : '⚠ ' + t.chainBroken) +
      ' (' +
      report.entries +
      ' ' +
      t.entries +
      ')';
    chain.className = 'chain ' + (ok ? 'ok' : 'broken');
    const select = document.getElementById('f-site');
    // The connected sites too, not only those in the entries loaded: a filter reaches back.
    for (const [key, name] of [
      ['owner', t.you],
      ['system', t.system],
      ...[...siteNames].sort((a, b) => a[1].localeCompare(b[1], lang())),
    ]) {
      if (sites.has(key)) continue;
      sites.set(key, name);
      select.append(el('option', { value: key }, name));
    }
    await loadOlder();
    render();
    chain.dataset.verified = String(ok);
  }

  const older = document.getElementById('audit-older');
  // aria-disabled rather than disabled while loading: a disabled button would drop the focus.
  older.addEventListener('click', () => {
    if (loading) return;
    loading = true;
    const focused = document.activeElement === older;
    older.setAttribute('aria-disabled', 'true');
    older.textContent = t.loadingOlder;
    run(async () => {
      try {
        await loadOlder();
        render();
      } finally {
        loading = false;
        older.removeAttribute('aria-disabled');
        older.textContent = t.olderEntries;
        // At the start of the log the button goes (and the browser drops its focus): the focus goes
        // on to the table, not back to the top of the page.
        const dropped = [older, document.body, null].includes(document.activeElement);
        if (older.hidden && focused && dropped)
          document.querySelector('#audit-table').closest('.table-wrap').focus();
      }
    });
  });

  for (const id of ['f-site', 'f-category', 'f-action', 'f-from', 'f-to'])
    document.getElementById(id).addEventListener('change', () =>
      run(async () => {
        const table = document.getElementById('audit-table');
        table.setAttribute('aria-busy', 'true');
        try {
          entries.length = 0;
          hasOlder = false;
          await loadOlder();
          render();
        } finally {
          table.removeAttribute('aria-busy');
        }
      }),
    );
  document
    .getElementById('audit-filters')
    .addEventListener('submit', (event) => event.preventDefault());
  run(start);
})();
