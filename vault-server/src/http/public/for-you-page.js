// "Voor jou": the owner's personal set over the demo catalogue, the dial, and feedback saved to the pod.
'use strict';
(function () {
  const { api, loadSession, lang, setStatus } = window.Vault;
  const { t, el, run, categoryLabel } = window.Owner;
  let pod = null;

  const text = (localized) => localized[lang()] || localized.en;
  const when = (date) =>
    date
      ? new Date(date.start).toLocaleString(lang(), { dateStyle: 'full', timeStyle: 'short' })
      : t.noDate;

  /** Feedback is an ordinary record in the person's own pod, written with the session's CSRF token. */
  async function feedback(item, kind, pressed) {
    await api('POST', '/pods/' + pod + '/feedback/', {
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
    pressed.setAttribute('aria-pressed', 'true');
    setStatus(t.feedbackSaved + ': ' + item.title, false);
  }

  function entry(item, index) {
    const heading = 'fy-' + index;
    const buttons = [
      ['thumbs-up', '👍', t.thumbsUp],
      ['thumbs-down', '👎', t.thumbsDown],
      ['wow', '😮', t.wow],
    ].map(([kind, face, label]) => {
      const button = el('button', {
        type: 'button',
        'aria-pressed': 'false',
        'data-kind': kind,
      });
      // The emoji is decoration; the words are what is read out (and shown where no emoji font is).
      button.append(el('span', { 'aria-hidden': 'true' }, face + ' '), label);
      button.addEventListener('click', () => run(() => feedback(item, kind, button)));
      return button;
    });
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
      el('div', { class: 'feedback', role: 'group', 'aria-label': item.title }, buttons),
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
    const { items, personalisationOff } = await api(
      'GET',
      '/pods/' + pod + '/for-you?dial=' + dial,
    );
    showOff(personalisationOff);
    list.replaceChildren(...items.map(entry));
    list.removeAttribute('aria-busy');
    state.textContent = items.length ? '' : t.forYouEmpty;
    list.dataset.dial = dial;
  }

  async function start() {
    pod = (await loadSession()).podName;
    const dial = document.getElementById('dial');
    dial.addEventListener('change', () => run(load));
    await load();
  }
  run(start);
})();
