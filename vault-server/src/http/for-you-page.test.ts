import fs from 'node:fs';
import vm from 'node:vm';
import { dataCategory } from '@verwonder/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { concertTicketRecord } from '../testing/test-vault.ts';

/** Just enough of the DOM for owner.js and for-you-page.js: elements, text, attributes. */
class FakeNode {
  children: FakeNode[] = [];
  constructor(private text = '') {}
  get textContent(): string {
    return this.text + this.children.map((child) => child.textContent).join('');
  }
  set textContent(value: string) {
    this.text = value;
    this.children = [];
  }
}
class FakeElement extends FakeNode {
  attributes = new Map<string, string>();
  dataset: Record<string, string> = {};
  hidden = false;
  className = '';
  value = '';
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  append(...nodes: FakeNode[]) {
    this.children.push(...nodes);
  }
  replaceChildren(...nodes: FakeNode[]) {
    this.textContent = '';
    this.children = nodes.map((node) => (typeof node === 'string' ? new FakeNode(node) : node));
  }
  addEventListener() {}
}

const script = (name: string) =>
  fs.readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');

/**
 * Opens "Voor jou" as the person's browser would: the page as the vault serves it, its data block,
 * owner.js and for-you-page.js, with the API answered by the vault under the person's session.
 */
async function openForYou(client: TestClient, lang: 'nl' | 'en') {
  const page = await (await client.fetch(`/vault/for-you?lang=${lang}`)).text();
  const data = /<script type="application\/json" id="owner-data">(.*?)<\/script>/s.exec(page)![1]!;
  const elements: Record<string, FakeElement> = { 'owner-data': new FakeElement('script') };
  elements['owner-data']!.textContent = data;
  for (const id of [
    'dial',
    'for-you-state',
    'for-you-list',
    'for-you-off',
    'for-you-answered-part',
    'for-you-answered',
  ])
    elements[id] = new FakeElement(id === 'dial' ? 'input' : 'p');
  elements.dial!.value = '0.5';
  const errors: unknown[] = [];
  const window: Record<string, unknown> = {
    location: { origin: 'http://vault.test', search: '' },
    Vault: {
      lang: () => lang,
      loadSession: async () => ({ podName: 'anna' }),
      setStatus: () => {},
      report: (error: unknown) => errors.push(error),
      api: async (method: string, url: string) => {
        const response = await client.fetch(url, { method });
        if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
        return response.json();
      },
    },
  };
  const context = vm.createContext({
    window,
    URLSearchParams,
    Node: FakeNode,
    document: {
      getElementById: (id: string) => elements[id],
      createElement: (tag: string) => new FakeElement(tag),
      createTextNode: (text: string) => new FakeNode(text),
      querySelectorAll: () => [],
    },
  });
  vm.runInContext(script('owner.js'), context);
  vm.runInContext(script('for-you-page.js'), context);
  await vi.waitFor(() => expect(elements['for-you-list']!.dataset.dial ?? errors).toBe('0.5'), {
    timeout: 20_000,
  });
  const note = elements['for-you-off']!;
  const link = note.children.find((child) => child instanceof FakeElement);
  return { page, note, link: link as FakeElement | undefined, list: elements['for-you-list']! };
}

describe('“Voor jou” says which categories are switched off for personalisation', () => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    anna = await server.signUp('anna');
  });
  afterAll(async () => server?.dispose());

  // The labels the data page shows in its category list (owner-pages.ts, pageData).
  const label = (category: 'loans' | 'visits', lang: 'nl' | 'en') =>
    dataCategory(category).label[lang];
  const switchTo = async (category: string, personalised: boolean) => {
    const response = await anna.fetch(`/pods/anna/personalisation/${category}`, {
      method: 'PUT',
      body: JSON.stringify({ personalised }),
    });
    expect(response.status).toBe(200);
  };

  it('has a hidden note above the dial and the list, and shows nothing while all count', async () => {
    const { page, note } = await openForYou(anna, 'nl');
    const at = page.indexOf('<p id="for-you-off" class="off-note" role="note" hidden></p>');
    expect(at).toBeGreaterThan(page.indexOf('<main'));
    expect(at).toBeLessThan(page.indexOf('id="dial"'));
    expect(at).toBeLessThan(page.indexOf('id="for-you-list"'));
    expect(note.hidden).toBe(true);
    expect(note.textContent).toBe('');
  });

  it('names the categories with the data page’s labels and links there, in Dutch and English', async () => {
    await switchTo('visits', false);
    await switchTo('loans', false);
    const nl = await openForYou(anna, 'nl');
    expect(nl.note.hidden).toBe(false);
    expect(nl.note.textContent).toBe(
      'Deze categorieën staan uit voor persoonlijke voorstellen en tellen hier dus niet mee: ' +
        `${label('loans', 'nl')} en ${label('visits', 'nl')}. Weer aanzetten bij Mijn gegevens`,
    );
    expect(nl.link?.tagName).toBe('a');
    expect(nl.link?.getAttribute('href')).toBe('/vault/data?lang=nl&category=loans');

    await switchTo('loans', true);
    const en = await openForYou(anna, 'en');
    expect(en.note.textContent).toBe(
      'This category is switched off for personal suggestions, so it does not count here: ' +
        `${label('visits', 'en')}. Switch back on in My data`,
    );
    expect(en.link?.getAttribute('href')).toBe('/vault/data?lang=en&category=visits');

    await switchTo('visits', true);
    const none = await openForYou(anna, 'en');
    expect(none.note.hidden).toBe(true);
    expect(none.note.textContent).toBe('');
  });
});

describe('“Voor jou” gives an activity’s time as Antwerp’s clocks show it', () => {
  let server: TestServer;
  let anna: TestClient;
  const zone = process.env.TZ;
  beforeAll(async () => {
    // A visitor whose computer keeps another zone's time (Node rereads TZ when it is set).
    process.env.TZ = 'America/New_York';
    server = await startTestServer('sqlite');
    anna = await server.signUp('anna');
    // A concert ticket, so that activities with their dates are among the suggestions.
    const ticket = await anna.fetch('/pods/anna/tickets/', {
      method: 'POST',
      body: JSON.stringify(concertTicketRecord()),
    });
    expect(ticket.status).toBe(201);
  });
  afterAll(async () => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
    await server?.dispose();
  });

  it('shows the local time in Antwerp, not the reader’s (review finding: “Voor jou” shows the reader’s time zone)', async () => {
    const { list } = await openForYou(anna, 'nl');
    const body = (await (await anna.fetch('/pods/anna/for-you?dial=0.5')).json()) as {
      items: { date: { start: string } | null }[];
    };
    const dated = body.items.filter((item) => item.date);
    expect(dated.length).toBeGreaterThan(0);
    for (const { date } of dated) {
      // The catalogue writes Antwerp's own offset: "2027-01-17T08:00:00+01:00" is at 08:00.
      const clock = date!.start.slice(11, 16);
      const shown = new Date(date!.start).toLocaleString('nl', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: 'Europe/Brussels',
      });
      expect(shown).toContain(clock);
      expect(list.textContent).toContain(shown);
    }
  });
});
