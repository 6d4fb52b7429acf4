'use strict';
(function () {
  const { api, confirmed, addPasskey, loadSession, setStatus, report, messages, lang } =
    window.Vault;
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
              confirmed(() =>
                api('DELETE', '/auth/passkeys/' + encodeURIComponent(passkey.id)),
              ).then(showPasskeys),
            ),
          'danger',
        );
        remove.disabled = passkeys.length === 1;
        item.append(label, input, rename, remove);
        return item;
      }),
    );
  }

  /** Feedback the extension keeps by itself; the rest are the person's own answers. */
  const AUTOMATIC = ['impression', 'click'];
  const PAGE = 20;
  /** Records per request: the vault pages the container, newest first; never all of it at once. */
  const FETCH = 50;
  /** The selected category's records loaded so far, newest first, and how many are shown. */
  let loaded = [];
  let shownCount = PAGE;
  /** The next page of the container (null: all loaded). */
  let nextUrl = null;

  function siteOf(site) {
    if (!site) return '';
    if (site === window.location.origin) return ' · ' + messages.feedbackHere;
    try {
      return ' · ' + messages.feedbackOn + ' ' + new URL(site).host;
    } catch {
      return '';
    }
  }

  function describe(record) {
    const d = record.data || {};
    const title = record.item
      ? record.item.title
      : d.list ||
        (record.category !== 'feedback' && d.kind) ||
        d.venueId ||
        d.itemId ||
        record.category;
    const date = new Date(record.time).toLocaleDateString(lang());
    if (record.category !== 'feedback') return date + ' · ' + title;
    // Each line says what it is (which button, or shown by the extension), on what and where.
    const key = String(d.kind === 'answer' ? d.answer : d.kind).replace('-', '_');
    const kind = messages['feedbackKind_' + key] || d.kind;
    return date + ' · ' + kind + ' · ' + title + siteOf(d.site);
  }

  /**
   * Reads pages until `shownCount` lines can show (the own-feedback filter may skip many), a few
   * pages per call at most.
   */
  async function loadEnough(category) {
    for (let i = 0; nextUrl && visible().length < shownCount && i < 5; i++) {
      const page = await api('GET', nextUrl);
      if (document.getElementById('category').value !== category) return;
      loaded.push(...(page.contains || []));
      nextUrl = page.next || null;
    }
  }

  /** Each category shows its own form only: the loan form writes loans, so it is there for loans. */
  function showForms(category) {
    document.getElementById('loan-form').hidden = category !== 'loans';
    document.getElementById('feedback-note').hidden = category !== 'feedback';
    document.getElementById('feedback-filter').hidden = category !== 'feedback';
  }

  function visible() {
    const own = document.getElementById('feedback-show').value === 'own';
    return loaded.filter(
      (record) =>
        !own || record.category !== 'feedback' || !AUTOMATIC.includes((record.data || {}).kind),
    );
  }

  function renderRecords() {
    const list = document.getElementById('record-list');
    const all = visible();
    const page = all.slice(0, shownCount);
    document.getElementById('more-records').hidden = all.length <= page.length && !nextUrl;
    // The total is known once everything is loaded.
    document.getElementById('record-count').textContent = !all.length
      ? ''
      : nextUrl
        ? page.length + ' ' + messages.recordsShown
        : page.length + ' / ' + all.length + ' ' + messages.recordsShown;
    if (page.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = messages.noRecords;
      list.replaceChildren(empty);
      return;
    }
    list.replaceChildren(
      ...page.map((record) => {
        const item = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = describe(record);
        const remove = button(
          messages.remove,
          () =>
            run(async () => {
              await api('DELETE', record['@id']);
              // The pages loaded stay: only this line goes.
              loaded = loaded.filter((other) => other.id !== record.id);
              renderRecords();
            }),
          'danger',
        );
        remove.setAttribute('aria-label', messages.remove + ': ' + describe(record));
        item.append(label, ...window.Vault.ratingStars(record, messages.outOfFive), remove);
        return item;
      }),
    );
  }

  async function showRecords() {
    const category = document.getElementById('category').value;
    showForms(category);
    loaded = [];
    nextUrl = '/pods/' + pod + '/' + category + '/?limit=' + FETCH + '&order=newest';
    await loadEnough(category);
    if (document.getElementById('category').value !== category) return;
    renderRecords();
  }

  async function run(action, done) {
    try {
      const result = await action();
      setStatus(done === null ? messages.imported + ': ' + result : done || messages.saved, false);
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
    // The onboarding links here with ?category=loans#loan-form or #import-form.
    const asked = new URLSearchParams(window.location.search).get('category');
    const select = document.getElementById('category');
    if (asked && [...select.options].some((option) => option.value === asked)) select.value = asked;
    showForms(select.value);
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target) {
      target.scrollIntoView();
      const first = target.querySelector('input');
      if (first) first.focus();
    }
    await showPasskeys();
    await showRecords();
  }

  document.getElementById('category').addEventListener('change', () => {
    shownCount = PAGE;
    run(showRecords);
  });
  document.getElementById('feedback-show').addEventListener('change', () => {
    shownCount = PAGE;
    const category = document.getElementById('category').value;
    loadEnough(category).then(renderRecords).catch(report);
  });
  document.getElementById('more-records').addEventListener('click', () => {
    shownCount += PAGE;
    const category = document.getElementById('category').value;
    loadEnough(category).then(renderRecords).catch(report);
  });

  // The catalogue item the person picked for this loan (cleared when the title is edited away).
  let picked = null;
  const titleInput = document.getElementById('loanTitle');
  const authorInput = document.getElementById('loanAuthor');
  const ratingInput = document.getElementById('loanRating');
  const match = document.getElementById('loan-match');
  function showMatch() {
    match.textContent = picked
      ? messages.catalogMatch + ': ' + picked.title + (picked.detail ? ' · ' + picked.detail : '')
      : titleInput.value.trim()
        ? messages.freeText
        : '';
    match.dataset.itemId = picked ? picked.id : '';
  }
  const assist = {
    fetchOptions: (text) =>
      api('GET', '/catalog/search?kind=book&limit=8&q=' + encodeURIComponent(text)).then(
        (answer) => answer.items,
      ),
    render: (option, hit) => {
      const title = document.createElement('span');
      title.textContent = hit.title;
      const detail = document.createElement('span');
      detail.className = 'hint';
      detail.textContent = hit.detail ? ' · ' + hit.detail : '';
      option.append(title, detail);
    },
    onPick: (hit) => {
      picked = hit;
      titleInput.value = hit.title;
      authorInput.value = hit.authors.join(', ');
      showMatch();
    },
  };
  window.Vault.combobox(titleInput, document.getElementById('loanTitle-options'), assist);
  window.Vault.combobox(authorInput, document.getElementById('loanAuthor-options'), assist);
  titleInput.addEventListener('input', () => {
    if (picked && titleInput.value.trim() !== picked.title) picked = null;
    showMatch();
  });

  /** A free-text item: its id from the title, its authors as typed (they still count). */
  function typedItem(title, author) {
    return {
      id:
        'manual-' +
        title
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-')
          .slice(0, 80),
      title,
      kind: 'book',
      authors: author
        ? author
            .split(/\s*[,;]\s*/)
            .filter(Boolean)
            .slice(0, 10)
        : [],
    };
  }

  document.getElementById('loan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    // Never into another category than the one shown.
    if (document.getElementById('category').value !== 'loans') return;
    const title = titleInput.value.trim();
    const author = authorInput.value.trim();
    const date = document.getElementById('loanDate').value;
    const rating = ratingInput.value;
    const item = picked
      ? {
          id: picked.id,
          title: picked.title,
          kind: 'book',
          medium: 'read',
          genres: picked.genres.slice(0, 50),
          termIds: picked.termIds.slice(0, 50),
          authors: picked.authors.slice(0, 50),
        }
      : typedItem(title, author);
    const record = {
      time: new Date(date + 'T12:00:00Z').toISOString(),
      source: { type: 'person' },
      item,
      // No rating chosen: the field stays out (the loan then counts in full).
      data: rating ? { action: 'borrowed', rating: Number(rating) } : { action: 'borrowed' },
    };
    run(async () => {
      await api('POST', '/pods/' + pod + '/loans/', record);
      titleInput.value = '';
      authorInput.value = '';
      ratingInput.value = '';
      picked = null;
      showMatch();
      await showRecords();
      titleInput.focus();
    });
  });

  // Imports stream NDJSON progress lines, then one result or problem line.
  document.getElementById('import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const file = document.getElementById('importFile').files[0];
    if (!file) return;
    const category = document.getElementById('category').value;
    setStatus('', false);
    const progress = document.getElementById('import-progress');
    const errors = document.getElementById('import-errors');
    errors.hidden = true;
    errors.replaceChildren();
    progress.hidden = false;
    progress.value = 0;
    const type = /\.csv$/i.test(file.name)
      ? 'text/csv'
      : /\.ndjson$/i.test(file.name)
        ? 'application/x-ndjson'
        : 'application/json';
    run(async () => {
      const url =
        '/pods/' +
        pod +
        '/' +
        category +
        '/import?fileName=' +
        encodeURIComponent(file.name.slice(0, 300));
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': type,
          Accept: 'application/x-ndjson',
          'X-CSRF-Token': window.Vault.csrf(),
        },
        body: file,
        credentials: 'same-origin',
      });
      if (!response.ok || !response.body) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || response.statusText);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let last = null;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop();
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line);
          if (message.type === 'progress') {
            progress.max = message.total || 1;
            progress.value = message.done;
            setStatus(
              (message.phase === 'validating' ? messages.importChecking : messages.importWriting) +
                ': ' +
                message.done +
                ' / ' +
                message.total,
              false,
            );
          } else last = message;
        }
      }
      progress.hidden = true;
      if (!last || last.type !== 'result') {
        errors.replaceChildren(
          ...((last && last.lines) || []).slice(0, 20).map((line) => {
            const item = document.createElement('li');
            item.textContent =
              messages.line +
              ' ' +
              line.line +
              ': ' +
              line.errors.map((e) => (e.path ? e.path + ' – ' : '') + e.message).join('; ');
            return item;
          }),
        );
        errors.hidden = false;
        throw new Error(messages.importRejected);
      }
      await showRecords();
      return last.imported;
    }, null);
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
      await addPasskey();
      await showPasskeys();
    }),
  );

  document.getElementById('new-codes').addEventListener('click', () =>
    run(async () => {
      const { recoveryCodes } = await confirmed(() => api('POST', '/auth/recovery-codes', {}));
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
