import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { actionFocus } from './action-focus.ts';
import { shownText } from '../test-support/shown-text.ts';

const attributes = (element: Element) =>
  [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`);

describe('actionFocus (the emphasis over a site’s action)', () => {
  it('adds its own host after the control and changes nothing of the site’s', () => {
    const document = documentFrom(
      '<main><form><button class="button" type="submit">Reserveer</button></form></main>',
    );
    const button = document.querySelector('button')!;
    const form = button.parentElement!;
    const before = { attributes: attributes(button), children: [...form.children] };
    const { ui, guard } = actionFocus(
      button,
      { action: 'Reserveer', reason: 'Je leest graag fantasy', language: 'nl' },
      () => undefined,
    );
    expect(attributes(button)).toEqual(before.attributes);
    expect(button.nextElementSibling).toBe(ui.host);
    // The host says only that an emphasis is there; the why stays in the closed shadow root.
    expect(attributes(ui.host).sort()).toEqual([
      'data-verwonder-state=obscured',
      'data-verwonder=focus',
    ]);
    expect(ui.host.shadowRoot).toBeNull();
    expect(shownText(ui.wrap)).toContain(
      'Verwonder zet ‘Reserveer’ in de verf. Waarom: Je leest graag fantasy.',
    );
    // No layout in happy-dom: the control has no box, so the emphasis stays hidden.
    expect(guard.obscured()).toBe(true);
    guard.disconnect();
    ui.host.remove();
    expect([...form.children]).toEqual(before.children);
  });

  it('speaks English when the person chose it', () => {
    const document = documentFrom('<button>Tickets</button>');
    const { ui } = actionFocus(
      document.querySelector('button')!,
      { action: 'Tickets', reason: 'You like jazz', language: 'en' },
      () => undefined,
    );
    expect(shownText(ui.wrap)).toContain('Verwonder highlights ‘Tickets’. Why: You like jazz.');
  });
});
