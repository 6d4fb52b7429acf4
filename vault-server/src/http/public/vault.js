// Shared helpers of the vault pages. Plain script (no inline code, CSP), texts from the JSON data block.
'use strict';
(function () {
  const messages = JSON.parse(document.getElementById('messages').textContent);
  let csrfToken = null;

  function setStatus(text, isError) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  async function api(method, url, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrfToken && method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error((data && data.detail) || response.statusText);
      error.status = response.status;
      error.code = data && data.code;
      error.reason = data && data.reason;
      throw error;
    }
    return data;
  }

  /**
   * Runs `action`; when the vault asks the person to confirm with a passkey first (adding or
   * removing a passkey, new recovery codes, erasing the account: a session alone may not change how
   * they sign in nor erase everything), asks the browser for one of their passkeys, then runs it
   * again.
   */
  async function confirmed(action) {
    const { confirmedUntil } = await api('GET', '/auth/session');
    if (!(Date.parse(confirmedUntil) - Date.now() > 30_000)) await confirmWithPasskey();
    try {
      return await action();
    } catch (error) {
      // The clocks disagree: the vault's answer decides.
      if (error.reason !== 'confirmation_required') throw error;
      await confirmWithPasskey();
      return action();
    }
  }

  async function confirmWithPasskey() {
    const { challengeId, options } = await api('POST', '/auth/confirm/options', {});
    const response = await window.SimpleWebAuthnBrowser.startAuthentication({
      optionsJSON: options,
    });
    await api('POST', '/auth/confirm/verify', { challengeId, response });
  }

  /**
   * Registers a new passkey of this account. The confirmation may lapse while the person is at their
   * device: the vault then refuses before using the challenge, so the same passkey is sent again
   * once they have confirmed.
   */
  async function addPasskey() {
    const { challengeId, options } = await confirmed(() =>
      api('POST', '/auth/passkeys/options', {}),
    );
    const response = await window.SimpleWebAuthnBrowser.startRegistration({ optionsJSON: options });
    await confirmed(() =>
      api('POST', '/auth/passkeys/verify', {
        challengeId,
        response,
        passkeyName: 'Passkey ' + new Date().toLocaleDateString(lang()),
      }),
    );
  }

  async function loadSession() {
    const session = await api('GET', '/auth/session');
    csrfToken = session.csrfToken;
    return session;
  }

  function lang() {
    return document.getElementById('main').dataset.lang;
  }

  function report(error) {
    setStatus(
      messages.error + ': ' + (error && error.message ? error.message : String(error)),
      true,
    );
  }

  // Where to go after signing in or up: back to the page that sent the person here (the consent
  // page of a site's OAuth request), but only on this origin. The target is resolved the way the
  // browser will resolve it (which drops tabs and line breaks: `/<TAB>/host` is `//host`) and its
  // origin compared; the absolute URL is returned so no later normalisation can change it.
  // Without a (safe) return_to, a person lands on their own start page, "Voor jou".
  function nextPage(home) {
    const fallback = home || '/vault/for-you?lang=' + lang();
    const target = new URLSearchParams(window.location.search).get('return_to');
    if (!target || target.charAt(0) !== '/') return fallback;
    try {
      const url = new URL(target, window.location.origin);
      return url.origin === window.location.origin ? url.href : fallback;
    } catch {
      return fallback;
    }
  }

  /**
   * A rated loan's stars for the eye and its words for a screen reader ("3 van 5 sterren"), as two
   * spans; none for anything else.
   */
  function ratingStars(record, outOfFive) {
    const rating = record.category === 'loans' && record.data && record.data.rating;
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) return [];
    const stars = document.createElement('span');
    stars.setAttribute('aria-hidden', 'true');
    stars.textContent = '★'.repeat(rating) + '☆'.repeat(5 - rating);
    const words = document.createElement('span');
    words.className = 'hint';
    words.textContent = rating + ' ' + outOfFive;
    return [stars, words];
  }

  // The language link keeps the place on the page as well: the server built it from the path and
  // query, the fragment (#loan-form) never reaches the server, so it is added here as it changes.
  const languageLink = document.querySelector('header nav a[lang]');
  const keepFragment = () => {
    if (languageLink) languageLink.hash = window.location.hash;
  };
  keepFragment();
  window.addEventListener('hashchange', keepFragment);

  window.Vault = {
    nextPage,
    ratingStars,
    messages,
    api,
    confirmed,
    addPasskey,
    loadSession,
    setStatus,
    report,
    lang,
    csrf: () => csrfToken,
  };
})();
