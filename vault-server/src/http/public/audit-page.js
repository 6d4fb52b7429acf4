// The audit log page: the chain's verified state, the newest entries first with older ones a page
// at a time, filters by site, category, action and period over the entries loaded.
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

  function render() {
    const site = document.getElementById('f-site').value;
    const category = document.getElementById('f-category').value;
    const action = document.getElementById('f-action').value;
    const from = document.getElementById('f-from').value;
    const to = document.getElementById('f-to').value;
    const shown = entries.filter(
      (entry) =>
        (!site || actorKey(entry.actor) === site) &&
        (!category || entry.category === category) &&
        (!action || entry.action === action) &&
        (!from || entry.time.slice(0, 10) >= from) &&
        (!to || entry.time.slice(0, 10) <= to),
    );
    document.getElementById('audit-count').textContent =
      (shown.length === 0 ? t.noEntries : shown.length + ' ' + t.entries) +
      (hasOlder ? ' ' + t.newestLoaded.replace('{n}', entries.length.toLocaleString(lang())) : '');
    document.getElementById('audit-older').hidden = !hasOlder;
    document.querySelector('#audit-table tbody').replaceChildren(
      ...shown.map((entry) => {
        const refused = entry.action === 'refused';
        const what = [
          entry.category ? categoryLabel(entry.category) : '',
          entry.purpose || '',
          entry.recordIds ? entry.recordIds.length + ' ×' : '',
          entry.detail || '',
        ]
          .filter(Boolean)
          .join(' · ');
        return el(
          'tr',
          { class: refused ? 'refused' : undefined, 'data-action': entry.action },
          el('td', { 'data-label': t.time }, when(entry.time)),
          el('td', { 'data-label': t.who }, actorName(entry.actor)),
          el(
            'td',
            { 'data-label': t.action },
            refused ? el('strong', {}, '⛔ ' + t.refused) : actionLabel(entry.action),
          ),
          el('td', { 'data-label': t.what }, what),
        );
      }),
    );
  }

  /**
   * The next page back from the oldest entry loaded (the newest page first): the server reads the
   * log newest first, so today's entries show however long the log has grown.
   */
  async function loadOlder() {
    const before = entries.length ? '&before=' + entries[entries.length - 1].seq : '';
    const page = await window.Vault.api(
      'GET',
      '/pods/' + pod + '/audit?order=desc&limit=' + PAGE + before,
    );
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
    for (const [key, name] of [
      ['owner', t.you],
      ['system', t.system],
    ]) {
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
    document.getElementById(id).addEventListener('change', render);
  document
    .getElementById('audit-filters')
    .addEventListener('submit', (event) => event.preventDefault());
  run(start);
})();
