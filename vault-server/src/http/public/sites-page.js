// Connected sites: each grant with its scopes and what they reveal, purpose, end date, use from the audit log, revoke, receipt.
'use strict';
(function () {
  const { api, loadSession } = window.Vault;
  const { t, data, el, button, when, day, run } = window.Owner;
  let pod = null;

  async function render() {
    // Each site's uses are counted by the vault over the whole log (GET …/audit/uses).
    const [{ grants }, { uses: counted }] = await Promise.all([
      api('GET', '/pods/' + pod + '/grants'),
      api('GET', '/pods/' + pod + '/audit/uses'),
    ]);
    const uses = new Map();
    for (const use of counted) {
      const key = use.grantId || use.clientId;
      const known = uses.get(key) || { count: 0, last: null };
      known.count += use.uses;
      if (!known.last || use.lastUsedAt > known.last) known.last = use.lastUsedAt;
      uses.set(key, known);
    }
    const list = document.getElementById('site-list');
    if (grants.length === 0) {
      list.replaceChildren(el('p', {}, t.noSites));
      return;
    }
    list.replaceChildren(
      ...grants.map((grant) => {
        const use = uses.get(grant.id) || { count: 0, last: null };
        const titleId = 'grant-' + grant.id;
        return el(
          'section',
          { class: 'site', 'aria-labelledby': titleId, 'data-grant': grant.id },
          el('h2', { id: titleId }, grant.clientName),
          el('p', { class: 'muted' }, grant.clientId),
          el(
            'p',
            {},
            el('strong', {}, t.status + ': '),
            t[grant.status] || grant.status,
            ' · ',
            el('strong', {}, t.purpose + ': '),
            data.purposes[grant.purpose] || grant.purpose,
            ' · ',
            el('strong', {}, t.until + ': '),
            day(grant.expiresAt),
          ),
          el(
            'p',
            { class: 'uses' },
            el('strong', {}, t.uses + ': '),
            use.count
              ? use.count + ' ' + t.timesUsed + ', ' + t.lastUsedAt + ' ' + when(use.last)
              : t.neverUsed,
          ),
          el('h3', {}, t.scopes),
          el(
            'ul',
            { class: 'scopes' },
            grant.scopes.map((scope) => {
              const text = data.scopes[scope] || { title: scope, reveals: '' };
              const ranked =
                scope === 'suggestions:rank' && grant.rankCategories && grant.rankCategories.length
                  ? ' (' + grant.rankCategories.map(window.Owner.categoryLabel).join(', ') + ')'
                  : '';
              return el(
                'li',
                {},
                el('strong', {}, text.title + ranked),
                el('br'),
                t.reveals + ': ' + text.reveals,
              );
            }),
          ),
          el(
            'p',
            {},
            el(
              'a',
              {
                class: 'button',
                href:
                  '/pods/' + pod + '/grants/' + grant.id + '/receipt?lang=' + window.Vault.lang(),
                download: true,
              },
              t.receipt,
            ),
            ' ',
            grant.status === 'active'
              ? button(
                  t.revoke + ' (' + grant.clientName + ')',
                  () => {
                    if (!window.confirm(t.confirmRevoke)) return;
                    run(async () => {
                      await api('DELETE', '/pods/' + pod + '/grants/' + grant.id);
                      await render();
                    }, t.revoked);
                  },
                  'danger',
                )
              : null,
          ),
        );
      }),
    );
  }

  async function start() {
    pod = (await loadSession()).podName;
    await render();
  }
  run(start);
})();
