// "Voor jou": the owner's personal set over the demo catalogue, the dial, and feedback saved to the pod.
'use strict';
(function () {
  const { api, loadSession, lang, setStatus } = window.Vault;
  const { t, el, run, categoryLabel } = window.Owner;
  let pod = null;

  const text = (localized) => localized[lang()] || localized.en;
  // An activity's time as the city's clocks show it, wherever the person reads this from.
  const when = (date) =>
    date
      ? new Date(date.start).toLocaleString(lang(), {
          dateStyle: 'full',
          timeStyle: 'short',
          timeZone: 'Europe/Brussels',
        })
      : t.noDate;

  const KINDS = ['thumbs-up', 'thumbs-down', 'wow'];
  /** The page's own feedback records per item id, newest first: the card shows the newest one's kind. */
  let choices = new Map();

  /** Feedback this page gave: the person's own thumbs and wows here (a site's feedback stays its own). */
  const fromHere = (record) =>
    record.source &&
    record.source.type === 'person' &&
    record.data &&
    record.data.site === window.location.origin &&
    KINDS.includes(record.data.kind);

  async function loadChoices() {
    const found = [];
    let url = '/pods/' + pod + '/feedback/?limit=500';
    for (let i = 0; url && i < 40; i++) {
      const page = await api('GET', url);
      found.push(...(page.contains || []).filter(fromHere));
      url = page.next || null;
    }
    found.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
    const byItem = new Map();
    for (const record of found) {
      const list = byItem.get(record.data.itemId) || [];
      list.push(record);
      byItem.set(record.data.itemId, list);
    }
    return byItem;
  }

  function show(buttons, kind) {
    for (const button of buttons)
      button.setAttribute('aria-pressed', String(button.dataset.kind === kind));
  }

  /**
   * A card's buttons are one choice, kept as one ordinary record in the person's own pod (written
   * with the session's CSRF token): another button replaces it, the pressed one withdraws it. The
   * earlier records go first, so a failure half-way leaves no choice rather than two.
   */
  async function choose(item, kind, label, buttons) {
    const earlier = choices.get(item.itemId) || [];
    const withdraw = earlier.length > 0 && earlier[0].data.kind === kind;
    for (const record of earlier.slice()) {
      await api('DELETE', '/pods/' + pod + '/feedback/' + record.id);
      earlier.shift();
      show(buttons, earlier.length ? earlier[0].data.kind : null);
    }
    choices.delete(item.itemId);
    if (withdraw) {
      setStatus(t.feedbackWithdrawn + ': ' + label + ' · ' + item.title, false);
      return;
    }
    const record = await api('POST', '/pods/' + pod + '/feedback/', {
      time: new Date().toISOString(),
      source: { type: 'person' },
      item: item.item,
      data: {
        kind,
        suggestionId: item.suggestionId,
        itemId: item.itemId,
        wasSurprise: item.isSurprise,
        site: window.location.origin,
      },
    });
    choices.set(item.itemId, [record]);
    show(buttons, kind);
    setStatus(t.feedbackSaved + ': ' + label + ' · ' + item.title, false);
  }

  /** A card's three buttons, the saved choice pressed. */
  function feedbackButtons(item) {
    const saved = choices.get(item.itemId);
    let busy = false;
    const buttons = [
      ['thumbs-up', '👍', t.thumbsUp],
      ['thumbs-down', '👎', t.thumbsDown],
      ['wow', '😮', t.wow],
    ].map(([kind, face, label]) => {
      const button = el('button', {
        type: 'button',
        'aria-pressed': String(Boolean(saved) && saved[0].data.kind === kind),
        'data-kind': kind,
      });
      // The emoji is decoration; the words are what is read out (and shown where no emoji font is).
      button.append(el('span', { 'aria-hidden': 'true' }, face + ' '), label);
      button.addEventListener('click', async () => {
        // One change at a time per card: a second press waits for nothing and is dropped.
        if (busy) return;
        busy = true;
        await run(() => choose(item, kind, label, buttons));
        busy = false;
      });
      return button;
    });
    return el('div', { class: 'feedback', role: 'group', 'aria-label': item.title }, buttons);
  }

  function entry(item, index) {
    const heading = 'fy-' + index;
    return el(
      'li',
      { 'aria-labelledby': heading, 'data-item': item.itemId },
      el(
        'h2',
        { id: heading },
        item.title,
        item.isSurprise ? el('span', { class: 'surprise' }, t.surprise) : null,
      ),
      el('p', { class: 'muted' }, item.kind === 'book' ? t.book : text(item.type)),
      item.kind === 'activity'
        ? el(
            'p',
            {},
            el('span', { class: 'when' }, when(item.date)),
            ' · ',
            el(
              'span',
              { class: 'where' },
              item.place.name +
                ', ' +
                item.place.street +
                ', ' +
                item.place.postalCode +
                ' ' +
                item.place.locality,
            ),
          )
        : null,
      el(
        'ul',
        { class: 'why' },
        item.explanations.map((explanation) => el('li', {}, text(explanation.text))),
      ),
      feedbackButtons(item),
    );
  }

  /**
   * The cards answered here that the list no longer offers (the ranking leaves out what the person
   * has a record of): their choice stays in sight, and pressing it again withdraws it.
   */
  function showAnswered(items) {
    const listed = new Set(items.map((item) => item.itemId));
    const answered = [...choices.values()]
      .map((records) => records[0])
      .filter((record) => record.item && !listed.has(record.data.itemId));
    document.getElementById('for-you-answered-part').hidden = answered.length === 0;
    document.getElementById('for-you-answered').replaceChildren(
      ...answered.map((record, index) => {
        const item = {
          itemId: record.data.itemId,
          suggestionId: record.data.suggestionId,
          isSurprise: record.data.wasSurprise,
          title: record.item.title,
          item: record.item,
        };
        const heading = 'fy-answered-' + index;
        return el(
          'li',
          { 'aria-labelledby': heading, 'data-item': item.itemId },
          el('h3', { id: heading }, item.title),
          record.item.kind === 'book' ? el('p', { class: 'muted' }, t.book) : null,
          feedbackButtons(item),
        );
      }),
    );
  }

  /**
   * Categories switched off on the data page count for nothing here: the note names them (with the
   * data page's labels) and links to the first one there, so the person can switch it back on.
   */
  function showOff(categories) {
    const note = document.getElementById('for-you-off');
    note.hidden = categories.length === 0;
    if (note.hidden) {
      note.replaceChildren();
      return;
    }
    const names = new Intl.ListFormat(lang(), { type: 'conjunction' }).format(
      categories.map(categoryLabel),
    );
    note.replaceChildren(
      (categories.length === 1 ? t.forYouOffOne : t.forYouOffMany) + ' ' + names + '. ',
      el(
        'a',
        {
          href: '/vault/data?lang=' + lang() + '&category=' + encodeURIComponent(categories[0]),
        },
        t.forYouOffLink,
      ),
    );
  }

  async function load() {
    const dial = document.getElementById('dial').value;
    const state = document.getElementById('for-you-state');
    const list = document.getElementById('for-you-list');
    list.setAttribute('aria-busy', 'true');
    const [{ items, personalisationOff }, saved] = await Promise.all([
      api('GET', '/pods/' + pod + '/for-you?dial=' + dial),
      loadChoices(),
    ]);
    choices = saved;
    showOff(personalisationOff);
    list.replaceChildren(...items.map(entry));
    showAnswered(items);
    list.removeAttribute('aria-busy');
    state.textContent = items.length ? '' : t.forYouEmpty;
    list.dataset.dial = dial;
  }

  /**
   * The dial's position is the person's choice of view, kept in the address like the other pages'
   * (lang, category): a reload, the back button and the language link keep it.
   */
  function dialFromAddress() {
    const asked = new URLSearchParams(window.location.search).get('dial');
    const steps = Math.round(Number(asked) * 10);
    return asked && steps >= 0 && steps <= 10 ? String(steps / 10) : null;
  }

  async function start() {
    pod = (await loadSession()).podName;
    const dial = document.getElementById('dial');
    const asked = dialFromAddress();
    if (asked !== null) dial.value = asked;
    dial.addEventListener('change', () => {
      const url = new URL(window.location.href);
      url.searchParams.set('dial', dial.value);
      window.history.replaceState(null, '', url);
      run(load);
    });
    await load();
  }
  run(start);
})();
