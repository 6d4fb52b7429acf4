// Shared helpers of the owner's pages (audit log, data, account, sites, DNA). Plain script, CSP-safe.
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('owner-data').textContent);
  const t = data.messages;

  /** Builds an element: el('a', { href: '/x', class: 'y' }, 'text', child). Text is never parsed as HTML. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'onclick') node.addEventListener('click', value);
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function button(text, onClick, className) {
    return el('button', { type: 'button', class: className, onclick: onClick }, text);
  }

  const lang = () => window.Vault.lang();
  const when = (iso) => (iso ? new Date(iso).toLocaleString(lang()) : '');
  const day = (iso) => (iso ? new Date(iso).toLocaleDateString(lang()) : '');
  const categoryLabel = (id) => (data.categories.find((c) => c.id === id) || { label: id }).label;

  /** A link to the data page showing exactly these records. */
  function recordsLink(ids, categoryOf, text) {
    const counts = {};
    for (const id of ids) {
      const category = categoryOf[id];
      if (category) counts[category] = (counts[category] || 0) + 1;
    }
    const category = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0] || 'loans';
    const kept = ids.filter((id) => categoryOf[id] === category).slice(0, 100);
    const href =
      '/vault/data?lang=' +
      lang() +
      '&category=' +
      category +
      '&ids=' +
      encodeURIComponent(kept.join(','));
    return el('a', { href }, text);
  }

  async function run(action, done) {
    try {
      await action();
      if (done) window.Vault.setStatus(done, false);
    } catch (error) {
      window.Vault.report(error);
    }
  }

  // The header link of this page says so to screen readers (and is styled as current).
  for (const link of document.querySelectorAll('header nav a:not([lang])')) {
    if (new URL(link.href).pathname === window.location.pathname)
      link.setAttribute('aria-current', 'page');
  }

  window.Owner = { data, t, el, button, when, day, categoryLabel, recordsLink, run };
})();
