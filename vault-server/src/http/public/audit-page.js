// The audit log page: the chain's verified state, filters by site, category, action and period.
'use strict';
(function () {
  const { t, data, el, when, categoryLabel, auditEntries, run } = window.Owner;
  /** The action in words (nl/en); the code stays in the row's data-action. */
  const actionLabel = (action) => data.actions[action] || action;
  let entries = [];
  const siteNames = new Map();

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
    const shown = entries
      .filter(
        (entry) =>
          (!site || actorKey(entry.actor) === site) &&
          (!category || entry.category === category) &&
          (!action || entry.action === action) &&
          (!from || entry.time.slice(0, 10) >= from) &&
          (!to || entry.time.slice(0, 10) <= to),
      )
      .reverse();
    document.getElementById('audit-count').textContent =
      shown.length === 0 ? t.noEntries : shown.length + ' ' + t.entries;
    document.querySelector('#audit-table tbody').replaceChildren(
      ...shown.slice(0, 500).map((entry) => {
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

  async function start() {
    const session = await window.Vault.loadSession();
    const [list, report, grants] = await Promise.all([
      auditEntries(session.podName),
      window.Vault.api('GET', '/pods/' + session.podName + '/audit/verify'),
      window.Vault.api('GET', '/pods/' + session.podName + '/grants').catch(() => ({ grants: [] })),
    ]);
    for (const grant of grants.grants) siteNames.set(grant.clientId, grant.clientName);
    entries = list;
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
    chain.dataset.verified = String(ok);
    const sites = new Map([
      ['owner', t.you],
      ['system', t.system],
    ]);
    for (const entry of entries) sites.set(actorKey(entry.actor), actorName(entry.actor));
    const select = document.getElementById('f-site');
    for (const [key, name] of sites) select.append(el('option', { value: key }, name));
    render();
  }

  for (const id of ['f-site', 'f-category', 'f-action', 'f-from', 'f-to'])
    document.getElementById(id).addEventListener('change', render);
  document
    .getElementById('audit-filters')
    .addEventListener('submit', (event) => event.preventDefault());
  run(start);
})();
