'use strict';
/* global SimpleWebAuthnBrowser */
(function () {
  const { api, setStatus, report, messages, nextPage } = window.Vault;
  const form = document.getElementById('signup-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const podName = form.podName.value.trim();
    const displayName = form.displayName.value.trim();
    const passkeyName = form.passkeyName.value.trim() || 'Passkey';
    try {
      const { challengeId, options } = await api('POST', '/auth/register/options', {
        podName,
        displayName,
      });
      const response = await SimpleWebAuthnBrowser.startRegistration({ optionsJSON: options });
      const result = await api('POST', '/auth/register/verify', {
        challengeId,
        response,
        passkeyName,
      });
      const list = document.getElementById('recovery-codes');
      list.replaceChildren(
        ...result.recoveryCodes.map((code) => {
          const item = document.createElement('li');
          item.textContent = code;
          return item;
        }),
      );
      form.hidden = true;
      document.getElementById('recovery').hidden = false;
      setStatus(messages.saved, false);
      const next = document.getElementById('to-account');
      next.href = nextPage('/account?lang=' + window.Vault.lang());
      // A new person is offered the onboarding first, unless a site's consent page sent them here.
      const welcome = document.getElementById('to-welcome');
      if (next.getAttribute('href').startsWith('/account')) {
        welcome.hidden = false;
        welcome.focus();
      } else next.focus();
    } catch (error) {
      report(error);
    }
  });
})();
