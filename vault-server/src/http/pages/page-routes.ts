import { Router } from 'express';
import { DATA_CATEGORIES } from '@verwonder/shared';
import { signedIn } from '../../auth/auth-middleware.ts';
import type { VaultContext } from '../../vault-context.ts';
import { catalogRoutes, warmCatalogSearch } from './catalog-routes.ts';
import { MESSAGES } from './messages.ts';
import { html, pageLang, renderPage } from './render-page.ts';
import { welcomeBody } from './welcome-page.ts';

const WEBAUTHN = '/static/simplewebauthn-browser.js';

/** Plain pages for sign-up, sign-in and passkey management; the full dashboard is a later issue. */
export function pageRoutes(ctx: VaultContext): Router {
  const router = Router();
  const publicUrl = new URL(ctx.config.publicUrl);

  // Passkeys are bound to the public host name: someone who opened http://127.0.0.1:4800 is sent to
  // http://localhost:4800, where the browser allows WebAuthn.
  router.get(['/', '/signup', '/signin', '/account', '/welcome'], (req, res, next) => {
    if (req.hostname === publicUrl.hostname) return next();
    res.redirect(new URL(req.originalUrl, publicUrl).href);
  });

  router.get('/', (req, res) =>
    res.redirect(
      signedIn(res) ? `/vault/for-you?lang=${pageLang(req)}` : `/signin?lang=${pageLang(req)}`,
    ),
  );

  router.get('/signup', (req, res) => {
    const lang = pageLang(req);
    const t = MESSAGES[lang];
    const body = html`<p>${t.signUpIntro}</p>
      <form id="signup-form">
        <label for="podName">${t.podName}</label>
        <input
          id="podName"
          name="podName"
          required
          pattern="[a-z0-9][a-z0-9\\-]{1,30}[a-z0-9]"
          autocomplete="username"
          autocapitalize="none"
        />
        <label for="displayName">${t.displayName}</label>
        <input id="displayName" name="displayName" required maxlength="100" autocomplete="name" />
        <label for="passkeyName">${t.passkeyName}</label>
        <input id="passkeyName" name="passkeyName" maxlength="100" value="Passkey" />
        <button type="submit">${t.createWithPasskey}</button>
      </form>
      <section id="recovery" hidden>
        <h2>${t.recoveryTitle}</h2>
        <p>${t.recoveryIntro}</p>
        <ul id="recovery-codes" class="codes"></ul>
        <p>
          <a id="to-welcome" class="button" href="/welcome?lang=${lang}" hidden
            >${t.continueToWelcome}</a
          >
          <a id="to-account" href="/account?lang=${lang}">${t.continueToAccount}</a>
        </p>
      </section>`;
    res.type('html').send(
      renderPage(lang, t.signUp, body, [WEBAUTHN, '/static/vault.js', '/static/signup.js'], {
        url: req.originalUrl,
      }),
    );
  });

  router.get('/signin', (req, res) => {
    const lang = pageLang(req);
    const t = MESSAGES[lang];
    const body = html`<p>${t.signInIntro}</p>
      <p><button id="signin-button" type="button">${t.signInWithPasskey}</button></p>
      <h2>${t.recoverTitle}</h2>
      <form id="recover-form">
        <label for="recoverPod">${t.podName}</label>
        <input
          id="recoverPod"
          name="podName"
          required
          autocomplete="username"
          autocapitalize="none"
        />
        <label for="recoverCode">${t.recoveryCode}</label>
        <input id="recoverCode" name="code" required autocomplete="one-time-code" />
        <button type="submit">${t.recover}</button>
      </form>`;
    res.type('html').send(
      renderPage(lang, t.signIn, body, [WEBAUTHN, '/static/vault.js', '/static/signin.js'], {
        url: req.originalUrl,
      }),
    );
  });

  router.use(catalogRoutes());

  router.get('/welcome', (req, res) => {
    const lang = pageLang(req);
    const t = MESSAGES[lang];
    if (!signedIn(res)) {
      res.redirect(`/signin?lang=${lang}&return_to=${encodeURIComponent(`/welcome?lang=${lang}`)}`);
      return;
    }
    warmCatalogSearch();
    res.type('html').send(
      renderPage(
        lang,
        t.welcome,
        welcomeBody(lang, ctx.config.publicUrl),
        ['/static/vault.js', '/static/welcome.js'],
        {
          signedIn: true,
          url: req.originalUrl,
        },
      ),
    );
  });

  router.get('/account', (req, res) => {
    const lang = pageLang(req);
    const t = MESSAGES[lang];
    if (!signedIn(res)) {
      res.redirect(`/signin?lang=${lang}&return_to=${encodeURIComponent(`/account?lang=${lang}`)}`);
      return;
    }
    const categories = [...DATA_CATEGORIES.values()].map(
      (category) => html`<option value="${category.id}">${category.label[lang]}</option>`,
    );
    // The stars are for the eye; the option's name ("4 van 5 sterren") is what is read out.
    const ratingOptions = [1, 2, 3, 4, 5].map(
      (n) =>
        html`<option value="${n}" aria-label="${n} ${t.outOfFive}">
          ${'★'.repeat(n) + '☆'.repeat(5 - n)} ${n}
        </option>`,
    );
    warmCatalogSearch();
    const body = html`<p>${t.webId}: <code id="webid"></code></p>
      <p><a id="to-welcome" href="/welcome?lang=${lang}">${t.interests}</a></p>
      <section aria-labelledby="passkeys-title">
        <h2 id="passkeys-title">${t.passkeys}</h2>
        <ul id="passkey-list" class="rows"></ul>
        <p>
          <button id="add-passkey" type="button">${t.addPasskey}</button>
          <button id="new-codes" type="button">${t.newRecoveryCodes}</button>
        </p>
        <ul id="recovery-codes" class="codes" hidden></ul>
      </section>
      <section aria-labelledby="records-title">
        <h2 id="records-title">${t.records}</h2>
        <label for="category">${t.category}</label>
        <select id="category">
          ${categories}
        </select>
        <form id="loan-form" hidden>
          <div class="combo">
            <label for="loanTitle" id="loanTitle-label">${t.title}</label>
            <input
              id="loanTitle"
              required
              maxlength="500"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded="false"
              aria-controls="loanTitle-options"
              autocomplete="off"
            />
            <ul id="loanTitle-options" role="listbox" aria-labelledby="loanTitle-label" hidden></ul>
          </div>
          <div class="combo">
            <label for="loanAuthor" id="loanAuthor-label">${t.author}</label>
            <input
              id="loanAuthor"
              maxlength="200"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded="false"
              aria-controls="loanAuthor-options"
              autocomplete="off"
            />
            <ul
              id="loanAuthor-options"
              role="listbox"
              aria-labelledby="loanAuthor-label"
              hidden
            ></ul>
          </div>
          <p id="loan-match" class="hint" aria-live="polite"></p>
          <label for="loanDate">${t.date}</label>
          <input id="loanDate" type="date" required />
          <label for="loanRating">${t.rating}</label>
          <select id="loanRating" aria-describedby="loanRating-hint">
            <option value="">${t.noRating}</option>
            ${ratingOptions}
          </select>
          <p id="loanRating-hint" class="hint">${t.ratingHint}</p>
          <button type="submit">${t.addLoan}</button>
        </form>
        <p id="feedback-note" hidden>${t.feedbackByButtons}</p>
        <div id="feedback-filter" hidden>
          <label for="feedback-show">${t.feedbackShow}</label>
          <select id="feedback-show">
            <option value="own">${t.feedbackOwn}</option>
            <option value="all">${t.feedbackAll}</option>
          </select>
        </div>
        <p id="record-count" aria-live="polite"></p>
        <ul id="record-list" class="rows"></ul>
        <p><button id="more-records" type="button" hidden>${t.moreRecords}</button></p>
        <form id="import-form" tabindex="-1">
          <label for="importFile">${t.importFile}</label>
          <input
            id="importFile"
            type="file"
            accept=".csv,.json,.ndjson,text/csv,application/json"
            required
          />
          <button type="submit">${t.importButton}</button>
          <progress id="import-progress" max="1" value="0" hidden></progress>
          <ul id="import-errors" class="errors" hidden></ul>
        </form>
        <p>
          <a id="export-link" class="button" href="#">${t.exportPod}</a>
          <button id="erase-category" type="button" class="danger">${t.eraseCategory}</button>
        </p>
      </section>
      <section aria-labelledby="connections-title">
        <h2 id="connections-title">${t.connectedSites}</h2>
        <p>${t.connectedSitesIntro}</p>
        <p>
          <a id="connections-link" href="/oauth/connections?lang=${lang}">${t.connectedSites}</a>
        </p>
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">${t.sessions}</h2>
        <p>
          <button id="signout" type="button">${t.signOut}</button>
          <button id="signout-everywhere" type="button">${t.signOutEverywhere}</button>
        </p>
      </section>`;
    res.type('html').send(
      renderPage(
        lang,
        t.account,
        body,
        [WEBAUTHN, '/static/vault.js', '/static/combobox.js', '/static/account.js'],
        {
          signedIn: true,
          url: req.originalUrl,
        },
      ),
    );
  });

  return router;
}
