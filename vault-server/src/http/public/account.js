'use strict';
/* global SimpleWebAuthnBrowser */
(function () {
  const { api, loadSession, setStatus, report, messages, lang } = window.Vault;
  let pod = null;

  function button(text, onClick, className) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    if (className) element.className = className;
    element.addEventListener('click', onClick);
    return element;
  }

  async function showPasskeys() {
    const { passkeys } = await api('GET', '/auth/passkeys');
    const list = document.getElementById('passkey-list');
    list.replaceChildren(
      ...passkeys.map((passkey) => {
        const item = document.createElement('li');
        const label = document.createElement('span');
        label.textContent =
          passkey.name +
          ' · ' +
          messages.lastUsed +
          ': ' +
          (passkey.lastUsedAt
            ? new Date(passkey.lastUsedAt).toLocaleString(lang())
            : messages.never);
        const input = document.createElement('input');
        input.value = passkey.name;
        input.setAttribute('aria-label', messages.rename + ' ' + passkey.name);
        const rename = button(messages.rename, () =>
          run(() =>
            api('PATCH', '/auth/passkeys/' + encodeURIComponent(passkey.id), {
              name: input.value.trim(),
            }).then(showPasskeys),
          ),
        );
        const remove = button(
          messages.remove,
          () =>
            run(() =>
              api('DELETE', '/auth/passkeys/' + encodeURIComponent(passkey.id)).then(showPasskeys),
            ),
          'danger',
        );
        remove.disabled = passkeys.length === 1;
        item.append(label, input, rename, remove);
        return item;
      }),
    );
  }

  function describe(record) {
    const title = record.item
      ? record.item.title
      : (record.data && (record.data.list || record.data.kind || record.data.venueId)) ||
        record.category;
    return new Date(record.time).toLocaleDateString(lang()) + ' · ' + title;
  }

  async function showRecords() {
    const category = document.getElementById('category').value;
    const page = await api('GET', '/pods/' + pod + '/' + category + '/?limit=50');
    const list = document.getElementById('record-list');
    if (page.contains.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = messages.noRecords;
      list.replaceChildren(empty);
      return;
    }
    list.replaceChildren(
      ...page.contains.map((record) => {
        const item = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = describe(record);
        item.append(
          label,
          button(
            messages.remove,
            () => run(() => api('DELETE', record['@id']).then(showRecords)),
            'danger',
          ),
        );
        return item;
      }),
    );
  }

  async function run(action, done) {
    try {
      await action();
      setStatus(done || messages.saved, false);
    } catch (error) {
      report(error);
    }
  }

  async function start() {
    const session = await loadSession();
    pod = session.podName;
    document.getElementById('webid').textContent = session.webId;
    document.getElementById('export-link').href = '/pods/' + pod + '/export';
    document.getElementById('loanDate').value = new Date().toISOString().slice(0, 10);
    await showPasskeys();
    await showRecords();
  }

  document.getElementById('category').addEventListener('change', () => run(showRecords));

  document.getElementById('loan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const title = document.getElementById('loanTitle').value.trim();
    const author = document.getElementById('loanAuthor').value.trim();
    const date = document.getElementById('loanDate').value;
    const record = {
      time: new Date(date + 'T12:00:00Z').toISOString(),
      source: { type: 'person' },
      item: {
        id:
          'manual-' +
          title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .slice(0, 80),
        title,
        kind: 'book',
        authors: author ? [author] : [],
      },
      data: { action: 'borrowed' },
    };
    run(async () => {
      await api('POST', '/pods/' + pod + '/loans/', record);
      document.getElementById('category').value = 'loans';
      document.getElementById('loanTitle').value = '';
      document.getElementById('loanAuthor').value = '';
      await showRecords();
    });
  });

  document.getElementById('erase-category').addEventListener('click', () => {
    const category = document.getElementById('category').value;
    if (!window.confirm(messages.confirmErase)) return;
    run(
      () => api('DELETE', '/pods/' + pod + '/' + category + '/').then(showRecords),
      messages.erased,
    );
  });

  document.getElementById('add-passkey').addEventListener('click', () =>
    run(async () => {
      const { challengeId, options } = await api('POST', '/auth/passkeys/options', {});
      const response = await SimpleWebAuthnBrowser.startRegistration({ optionsJSON: options });
      await api('POST', '/auth/passkeys/verify', {
        challengeId,
        response,
        passkeyName: 'Passkey ' + new Date().toLocaleDateString(lang()),
      });
      await showPasskeys();
    }),
  );

  document.getElementById('new-codes').addEventListener('click', () =>
    run(async () => {
      const { recoveryCodes } = await api('POST', '/auth/recovery-codes', {});
      const list = document.getElementById('recovery-codes');
      list.replaceChildren(
        ...recoveryCodes.map((code) => {
          const item = document.createElement('li');
          item.textContent = code;
          return item;
        }),
      );
      list.hidden = false;
    }),
  );

  const signOut = (url) => () =>
    run(async () => {
      await api('POST', url, {});
      window.location.assign('/signin?lang=' + lang());
    });
  document.getElementById('signout').addEventListener('click', signOut('/auth/logout'));
  document
    .getElementById('signout-everywhere')
    .addEventListener('click', signOut('/auth/logout-everywhere'));

  start().catch(report);
})();
