/**
 * Words typed at the onboarding that match no term, from an empty vault and only through the UI:
 * they are the person's own words, kept as typed; the DNA page lists them as such (not as genres
 * with a weight), and "Voor jou" offers what they really match in the catalogue (a title, a place,
 * a theme). Run under `flock /tmp/verwonder-ports.lock`.
 */
import { describe, expect, it } from 'vitest';
import { signUpToWelcome } from './support/sign-up-to-welcome.ts';
import { useVaultInChromium } from './support/use-vault-in-chromium.ts';

const test = useVaultInChromium('own-words', { locale: 'nl-BE' });

describe('own words at the onboarding', () => {
  it('keeps unrecognised words as the person’s own words on the DNA page, not as genres (review finding: typed words ranked as top genres)', async () => {
    await signUpToWelcome(test.page, test.vault.url, {
      podName: 'an-peeters',
      displayName: 'An Peeters',
    });
    await test.page.fill('#interest-free', 'fantasy, geschiedenis van Antwerpen, Rubens');
    await test.page.click('#interest-resolve');
    await test.page.waitForSelector('#interest-resolved li[data-input="Rubens"]');
    await test.page.click('#interests-save');
    await test.page.waitForFunction(() =>
      /bewaard/i.test(document.getElementById('status')!.textContent!),
    );

    await test.page.goto(`${test.vault.url}/vault/dna?lang=nl`);
    await test.page.waitForSelector('#dna[data-ready="true"]');
    const genres = await test.page.locator('#list-genres li').allTextContents();
    expect(genres.join(' | ')).toMatch(/Fantasy/);
    expect(genres.join(' | ')).not.toMatch(/rubens|geschiedenis/i);
    const own = await test.page.locator('#list-words li').allTextContents();
    expect(own.map((text) => text.trim())).toEqual(
      expect.arrayContaining([
        expect.stringContaining('geschiedenis van Antwerpen'),
        expect.stringContaining('Rubens'),
      ]),
    );
    // Back at the onboarding, the saved words are in the field again, as typed.
    await test.page.goto(`${test.vault.url}/welcome?lang=nl`);
    await expect
      .poll(() => test.page.inputValue('#interest-free'))
      .toBe('geschiedenis van Antwerpen, Rubens');
  }, 60_000);

  it('offers a Rubens item in “Voor jou” at every dial to a person who typed “Rubens” (review finding: typed words never matched anything)', async () => {
    for (const dial of ['0', '0.5', '1']) {
      const titles = await test.page.evaluate(async (d) => {
        const session = await (await fetch('/auth/session')).json();
        const answer = await (
          await fetch(`/pods/${session.podName}/for-you?dial=${d}`, {
            headers: { accept: 'application/json' },
          })
        ).json();
        return (answer.items as { title: string; place: { name: string } | null }[])
          .filter((item) => /rubens/i.test(JSON.stringify(item)))
          .map((item) => item.title);
      }, dial);
      expect(titles.length, `dial ${dial}`).toBeGreaterThan(0);
    }
    expect(test.problems).toEqual([]);
  }, 60_000);
});
