// The account page: passkeys, recovery codes, sessions (device, last use, end one), deleting the account.
'use strict';
(function () {
  const { api, confirmed, addPasskey, loadSession, messages, lang } = window.Vault;
  const { t, el, button, when, run } = window.Owner;
  let pod = null;

  /** A readable name for a User-Agent: browser and system, no version noise. */
  function deviceName(ua) {
    if (!ua) return t.unknownDevice;
    const browser = /Edg\//.test(ua)
      ? 'Edge'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrom(e|ium)\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : '';
    const system = /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Windows/.test(ua)
            ? 'Windows'
            : /Linux/.test(ua)
              ? 'Linux'
              : '';
    return [browser, system].filter(Boolean).join(' · ') || ua.slice(0, 60);
  }

  async function showPasskeys() {
    const { passkeys, recoveryCodesLeft } = await api('GET', '/auth/passkeys');
    document.getElementById('codes-left').textContent =
      recoveryCodesLeft + ' ' + t.recoveryCodesLeft;
    document.getElementById('passkey-list').replaceChildren(
      ...passkeys.map((passkey) => {
        const input = el('input', {
          value: passkey.name,
          'aria-label': messages.rename + ' ' + passkey.name,
        });
        const remove = button(
          messages.remove + ' ' + passkey.name,
          () =>
            run(() =>
              confirmed(() =>
                api('DELETE', '/auth/passkeys/' + encodeURIComponent(passkey.id)),
              ).then(showPasskeys),
            ),
          'danger',
        );
        remove.disabled = passkeys.length === 1;
        return el(
          'li',
          {},
          el(
            'span',
            {},
            passkey.name +
              ' · ' +
              messages.lastUsed +
              ': ' +
              (passkey.lastUsedAt ? when(passkey.lastUsedAt) : messages.never),
          ),
          input,
          button(messages.rename, () =>
            run(
              () =>
                api('PATCH', '/auth/passkeys/' + encodeURIComponent(passkey.id), {
                  name: input.value.trim(),
                }).then(showPasskeys),
              messages.saved,
            ),
          ),
          remove,
        );
      }),
    );
  }

  async function showSessions() {
    const { sessions } = await api('GET', '/auth/sessions');
    document.getElementById('session-list').replaceChildren(
      ...sessions.map((session) =>
        el(
          'li',
          { 'data-current': String(session.current) },
          el(
            'span',
            {},
            el('strong', {}, deviceName(session.device)),
            session.current ? ' (' + t.thisSession + ')' : '',
            ' · ' +
              t.startedAt +
              ' ' +
              when(session.createdAt) +
              ' · ' +
              t.lastUse +
              ' ' +
              when(session.lastUsedAt),
          ),
          button(
            t.endSession + (session.current ? ' (' + t.thisSession + ')' : ''),
            () =>
              run(async () => {
                await api('DELETE', '/auth/sessions/' + session.id);
                if (session.current) window.location.assign('/signin?lang=' + lang());
                else await showSessions();
              }, t.deleted),
            'danger',
          ),
        ),
      ),
    );
  }

  async function start() {
    const session = await loadSession();
    pod = session.podName;
    document.getElementById('export-first').href = '/pods/' + pod + '/export';
    await showPasskeys();
    await showSessions();
  }

  document.getElementById('add-passkey').addEventListener('click', () =>
    run(async () => {
      await addPasskey();
      await showPasskeys();
    }, messages.saved),
  );

  document.getElementById('new-codes').addEventListener('click', () =>
    run(async () => {
      const { recoveryCodes } = await confirmed(() => api('POST', '/auth/recovery-codes', {}));
      const list = document.getElementById('recovery-codes');
      list.replaceChildren(...recoveryCodes.map((code) => el('li', {}, code)));
      list.hidden = false;
      await showPasskeys();
    }),
  );

  document.getElementById('delete-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const confirm = document.getElementById('delete-confirm').value.trim();
    run(async () => {
      // Erasing everything asks for a passkey like changing one does: a session alone may not.
      await confirmed(() => api('DELETE', '/pods/' + pod, { confirm }));
      window.location.assign('/signup?lang=' + lang());
    });
  });

  run(start);
})();
