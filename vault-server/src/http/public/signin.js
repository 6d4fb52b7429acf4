'use strict';
/* global SimpleWebAuthnBrowser */
(function () {
  const { api, report, nextPage } = window.Vault;
  document.getElementById('signin-button').addEventListener('click', async () => {
    try {
      const { challengeId, options } = await api('POST', '/auth/login/options', {});
      const response = await SimpleWebAuthnBrowser.startAuthentication({ optionsJSON: options });
      await api('POST', '/auth/login/verify', { challengeId, response });
      window.location.assign(nextPage());
    } catch (error) {
      report(error);
    }
  });
  const form = document.getElementById('recover-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('POST', '/auth/recover', {
        podName: form.podName.value.trim(),
        code: form.code.value.trim(),
      });
      window.location.assign(nextPage());
    } catch (error) {
      report(error);
    }
  });
})();
