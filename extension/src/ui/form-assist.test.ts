import { describe, expect, it, vi } from 'vitest';

import type { ProfileFields } from '../forms/profile-fields.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { fakeLayout } from '../test-support/fake-layout.ts';
import { formAssist } from './form-assist.ts';
import { shownText } from '../test-support/shown-text.ts';

const F3 = 'The form filler fills fields it never offered, including hidden ones';

const PROFILE: ProfileFields = {
  name: 'Mira Peeters',
  email: 'mira@example.be',
  postalCode: '2000',
  aKaartNumber: '12345678',
};

/** A page with `formHtml`, the offer drawn above its form, and what the site's listeners heard. */
function setUp(formHtml: string, language: 'nl' | 'en' = 'nl') {
  const document = documentFrom(`<!doctype html><body>${formHtml}</body>`);
  fakeLayout(document);
  const form = document.forms[0]!;
  const profileFields = vi.fn(() => Promise.resolve(PROFILE));
  const ui = formAssist(document, form, { language, profileFields });
  form.before(ui.host);
  const heard: string[] = [];
  const listen = (input: HTMLInputElement) =>
    input.addEventListener('input', () => heard.push(`${input.name}=${input.value}`));
  form.querySelectorAll('input').forEach(listen);
  const add = (html: string) => {
    form.insertAdjacentHTML('beforeend', html);
    listen(form.lastElementChild as HTMLInputElement);
  };
  const text = (selector: string) => shownText(ui.wrap.querySelector(selector));
  const button = ui.wrap.querySelector('button')!;
  const view = document.defaultView!;
  /** The person's click, with the pointerdown the page hears first (from the host). */
  const click = async () => {
    ui.host.dispatchEvent(new view.Event('pointerdown', { bubbles: true }));
    button.click();
    await vi.waitFor(() => expect(button.disabled).toBe(false));
  };
  const value = (name: string) => form.querySelector<HTMLInputElement>(`[name=${name}]`)!.value;
  return { document, form, ui, heard, add, text, click, value, profileFields };
}

describe(F3, () => {
  it('fills only the field it offered when the page adds a hidden A-kaart input at pointerdown', async () => {
    const page = setUp('<form><input name="naam"></form>');
    expect(page.text('.note')).toBe('Verwonder kan invullen: naam. Pas na je klik.');
    page.ui.host.addEventListener('pointerdown', () =>
      page.add('<input name="akaartnummer" style="display:none">'),
    );
    await page.click();
    expect(page.heard).toEqual(['naam=Mira Peeters']);
    expect(page.value('akaartnummer')).toBe('');
    expect(page.text('[data-assist-status]')).toBe('Ingevuld: naam. Kijk ze na voor je verstuurt.');
  });

  it('neither offers nor fills fields hidden when it is drawn', async () => {
    const page = setUp(`<form><input name="naam">
      <input name="email" style="visibility:hidden">
      <div aria-hidden="true"><input name="postcode"></div>
      <input name="akaartnummer" style="width:0">
    </form>`);
    expect(page.text('.note')).toBe('Verwonder kan invullen: naam. Pas na je klik.');
    await page.click();
    expect(page.heard).toEqual(['naam=Mira Peeters']);
  });

  it('fills nothing and offers again when the form changed since the offer, in nl and en', async () => {
    for (const [language, changed, offer] of [
      [
        'nl',
        'Het formulier is veranderd: niets ingevuld. Kijk wat Verwonder nu kan invullen en klik opnieuw.',
        'Verwonder kan invullen: naam, A-kaartnummer. Pas na je klik.',
      ],
      [
        'en',
        'The form changed: nothing was filled in. Check what Verwonder can fill in now and click again.',
        'Verwonder can fill in: name, A-kaart number. Only when you click.',
      ],
    ] as const) {
      const page = setUp('<form><input name="naam"></form>', language);
      page.ui.host.addEventListener('pointerdown', () => page.add('<input name="akaartnummer">'), {
        once: true,
      });
      await page.click();
      expect(page.heard).toEqual([]);
      expect(page.profileFields).not.toHaveBeenCalled();
      expect(page.text('[data-assist-status]')).toBe(changed);
      expect(page.text('.note')).toBe(offer);
      // Offered again, the next click fills what the person now read.
      await page.click();
      expect(page.heard).toEqual(['naam=Mira Peeters', 'akaartnummer=12345678']);
    }
  });

  it('skips an offered field the page hides while the vault answers', async () => {
    const page = setUp('<form><input name="naam"><input name="akaartnummer"></form>');
    page.profileFields.mockImplementation(() => {
      page.form.querySelector<HTMLInputElement>('[name=akaartnummer]')!.style.display = 'none';
      return Promise.resolve(PROFILE);
    });
    await page.click();
    expect(page.heard).toEqual([]);
    expect(page.text('[data-assist-status]')).toMatch(/^Het formulier is veranderd/);
  });
});
