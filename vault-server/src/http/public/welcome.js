// The onboarding: filter the vocabulary, resolve typed words, save the choice as the pod's
// `interests` record (one record, replaced on every save, so every site sees the same interests).
'use strict';
(function () {
  const { api, loadSession, setStatus, report, messages } = window.Vault;
  let pod = null;
  const boxes = () => [...document.querySelectorAll('input[name="term"]')];
  const fold = (text) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();

  const search = document.getElementById('interest-search');
  const count = document.getElementById('interest-count');
  function filter() {
    const words = fold(search.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const label of document.querySelectorAll('label.term')) {
      const text = fold(label.dataset.search || '');
      const hit = words.every((word) => text.includes(word));
      // A chosen term stays in view, so the person sees what they picked.
      label.hidden = !hit && !label.querySelector('input').checked;
      if (!label.hidden) shown += 1;
    }
    count.textContent = words.length > 0 ? shown + ' ' + messages.interestCount : '';
  }
  search.addEventListener('input', filter);

  function check(kind, id) {
    const box = boxes().find((input) => input.value === kind + ':' + id);
    if (box) box.checked = true;
  }

  const resolvedList = document.getElementById('interest-resolved');
  async function resolveTyped() {
    const text = document.getElementById('interest-free').value.trim();
    if (!text) return [];
    const { resolved } = await api('GET', '/interests/resolve?q=' + encodeURIComponent(text));
    const lang = window.Vault.lang();
    resolvedList.replaceChildren(
      ...resolved.map((entry) => {
        const item = document.createElement('li');
        item.dataset.input = entry.input;
        item.textContent =
          entry.input +
          ' → ' +
          (entry.terms.length > 0
            ? entry.terms
                .map((term) => term.label[lang] + ' (' + messages['kind_' + term.kind] + ')')
                .join(', ')
            : messages.notUnderstood);
        for (const term of entry.terms) check(term.kind, term.id);
        return item;
      }),
    );
    filter();
    return resolved;
  }
  document
    .getElementById('interest-resolve')
    .addEventListener('click', () => resolveTyped().catch(report));
  document.getElementById('interest-free').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    resolveTyped().catch(report);
  });

  async function existing() {
    const page = await api('GET', '/pods/' + pod + '/interests/?limit=50');
    return page.contains;
  }

  document.getElementById('interests-save').addEventListener('click', async () => {
    try {
      // Words typed but not yet shown are resolved now, so "save" never drops them.
      const typed = await resolveTyped();
      const chosen = boxes()
        .filter((box) => box.checked)
        .map((box) => box.value);
      const themeIds = [];
      const genres = [];
      for (const value of chosen) {
        const [kind, ...rest] = value.split(':');
        (kind === 'genre' || kind === 'bookgenre' ? genres : themeIds).push(rest.join(':'));
      }
      // What typed words became (some terms have no checkbox: agenda styles such as "jazz"); a
      // word that matched nothing is kept as the person's own word, as typed: it names no genre.
      const words = [];
      for (const entry of typed) {
        for (const term of entry.terms)
          (term.kind === 'genre' || term.kind === 'bookgenre' ? genres : themeIds).push(term.id);
        if (entry.terms.length === 0) words.push(entry.input.trim().slice(0, 64));
      }
      const record = {
        time: new Date().toISOString(),
        source: { type: 'person' },
        data: {
          themeIds: [...new Set(themeIds)],
          genres: [...new Set(genres)],
          media: [],
          words: [...new Set(words.filter(Boolean))].slice(0, 20),
        },
      };
      // The new record first, then the old ones go: never a moment without interests.
      const before = await existing();
      await api('POST', '/pods/' + pod + '/interests/', record);
      for (const old of before) await api('DELETE', old['@id']);
      setStatus(messages.interestsSaved, false);
    } catch (error) {
      report(error);
    }
  });

  async function start() {
    const session = await loadSession();
    pod = session.podName;
    // The saved interests come back checked; what has no checkbox (own words, agenda styles, and
    // the plain words older records kept as genres) comes back in the typed field, so a save keeps it.
    const typedBack = [];
    for (const record of await existing()) {
      const data = record.data || {};
      for (const id of data.themeIds || []) {
        check('eventtype', id);
        check('theme', id);
      }
      for (const id of data.genres || []) {
        check('bookgenre', id);
        if (!boxes().some((input) => input.value === 'bookgenre:' + id)) typedBack.push(id);
      }
      typedBack.push(...(data.words || []));
    }
    const free = document.getElementById('interest-free');
    if (!free.value && typedBack.length > 0) free.value = [...new Set(typedBack)].join(', ');
    filter();
  }
  start().catch(report);
})();
