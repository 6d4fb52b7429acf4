/**
 * Issue 10: explanations are true. A property test over the personas and random histories, ranked
 * as the extension ranks a page (the city sites' own JSON-LD read by the extension's page reader):
 * - no item of the person's history (borrowed, attended, opened, typed by hand) is offered as new:
 *   it is marked as known (with-known.ts), its first reason the records that name it;
 * - every record an explanation names exists and is of a category allowed on the site;
 * - every "something new: you never ..." sentence is false for no allowed record, judged against
 *   the catalogue's own data for each record's item, not against what the ranking derived.
 * - with the page's place, price and date (issue 16), an item that moved up names the signal.
 * - "Lezers van X lazen ook dit" (the committed item model, as the worker loads it) names one
 *   allowed record, by its own title, whose item the model links to the suggestion.
 * And the regression of the why-panel: "je koos nog nooit fictie" for a person whose browsing holds
 * "Gone Girl" cannot recur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { catalogData } from '@verwonder/shared/catalog-data';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { GENRE_LABELS } from '@verwonder/shared/catalog/genre-labels.ts';
import { loadItemModel } from '@verwonder/shared/wonder/model/load-item-model.ts';
import { activityJsonLd } from '../examples/city-sites/src/activity/activity-json-ld.ts';
import { bookJsonLd } from '../examples/city-sites/src/library/book-json-ld.ts';
import { CATEGORY_IDS, type CategoryId } from '../extension/src/control/categories.ts';
import { itemTerms, normaliseTerm } from '../extension/src/ranking/item-terms.ts';
import { titleKey } from '../extension/src/ranking/history-items.ts';
import { POPULAR_ON_PAGE, TOP_OF_PAGE } from '../extension/src/ranking/baseline-slots.ts';
import {
  pageSignalAdjustments,
  type PageAdjustment,
} from '../extension/src/ranking/page-signals.ts';
import { rankItems } from '../extension/src/ranking/rank-items.ts';
import { KNOWN } from '../extension/src/ranking/with-known.ts';
import type { TasteRecord } from '../extension/src/ranking/taste-record.ts';
import { toPageItem, type PageItem } from '../extension/src/page/page-item.ts';
import { toTaste } from '../extension/src/vault/to-taste.ts';

const data = catalogData();
const BOOKS = data.books().slice(0, 1500);
const ACTIVITIES = data.activities().slice(0, 1500);
const BASE = 'http://127.0.0.1:4801/';
/** The committed collaborative model: the extension's worker ranks book pages with it. */
const MODEL = loadItemModel();
/** How many collaborative reasons were checked (the persona run must meet some). */
let readersAlso = 0;

/** The item as the extension reads it from a city site's page. */
function pageItem(item: CatalogItem): PageItem {
  const doc =
    item.kind === 'book' ? bookJsonLd(item, BASE) : activityJsonLd(item, `${BASE}x/${item.id}`);
  const read = toPageItem({ '@context': 'https://schema.org', ...doc }, BASE);
  if (!read) throw new Error(`the page reader cannot read ${item.id}`);
  return read;
}

/** A vault record of an item, as the vault sends it (the ItemRef the type-ahead writes). */
function vaultRecord(category: CategoryId, item: CatalogItem, index: number): TasteRecord[] {
  return toTaste(category, {
    id: `r${index}-${item.id}`,
    category,
    time: new Date(Date.UTC(2026, 9, 1 + (index % 28))).toISOString(),
    item: {
      id: item.id,
      title: item.title,
      genres: [...item.genres],
      termIds: [
        ...(item.kind === 'activity' ? [item.eventType.id] : []),
        ...item.themes.map((t) => t.id),
      ],
      authors: item.kind === 'book' ? [...item.authors] : [],
      ...(item.kind === 'activity' ? { venueId: item.venue.id } : {}),
    },
    data:
      category === 'feedback'
        ? { kind: 'thumbs-up', itemId: item.id }
        : category === 'tickets' && item.kind === 'activity' && !item.price.isFree
          ? { quantity: 1, priceEur: item.price.amount }
          : {},
  });
}

/** A visit captured on a page (browsing), with the terms the content script sends. */
function browsingRecord(item: CatalogItem, index: number): TasteRecord {
  return {
    id: `visit-${index}-${item.id}`,
    category: 'browsing',
    label: item.title,
    terms: itemTerms(pageItem(item)).slice(0, 50),
    itemId: item.id,
    time: new Date(Date.UTC(2026, 10, 1 + (index % 28))).toISOString(),
  };
}

/** Every name under which the catalogue knows an item's genres and event type (ground truth). */
function namesOf(item: CatalogItem): Set<string> {
  const names = new Set<string>();
  const add = (text: string) => {
    const key = normaliseTerm(text);
    names.add(key);
    for (const word of key.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 3) names.add(word);
  };
  for (const genre of item.genres) {
    add(genre);
    const label = GENRE_LABELS[genre];
    if (label) {
      add(label.nl);
      add(label.en);
      for (const noun of [...(label.countNl ?? []), ...(label.countEn ?? [])]) add(noun);
    }
  }
  for (const theme of item.themes) {
    add(theme.label.nl);
    add(theme.label.en);
  }
  if (item.kind === 'activity') {
    add(item.eventType.label.nl);
    add(item.eventType.label.en);
  }
  return names;
}

const NEVER = [
  /je ging nog nooit naar een (.+)$/,
  /je leende nog nooit (.+)$/,
  /je koos nog nooit (.+)$/,
];

/** The thing a "you never" sentence says the person never did, or undefined. */
function neverClaim(text: string): string | undefined {
  for (const pattern of NEVER) {
    const match = pattern.exec(text);
    if (match?.[1]) return normaliseTerm(match[1]);
  }
  return undefined;
}

const SEED = '5eed5eed5eed5eed5eed5eed5eed5eed';

function check(
  items: CatalogItem[],
  records: TasteRecord[],
  allowed: CategoryId[],
  share = 0,
  adjustments?: Map<string, PageAdjustment>,
) {
  const page = items.map(pageItem);
  const baseline = { seed: SEED, share, site: BASE };
  const ranked = rankItems(page, records, allowed, {
    relevant: 3,
    baseline,
    adjustments,
    itemModel: MODEL,
  });
  const mine = records.filter((record) => allowed.includes(record.category));
  const byId = new Map(mine.map((record) => [record.id, record]));
  const historyIds = new Set(mine.flatMap((record) => record.itemId ?? []));
  const historyTitles = new Set(
    mine
      .filter((r) => ['loans', 'tickets', 'visits', 'museum-app'].includes(r.category))
      .map((r) => titleKey(r.label)),
  );
  for (const marked of ranked) {
    const item = page.find((p) => p.id === marked.itemId)!;
    // Something of the person's history is never offered as new: it is marked as known (so the
    // page cannot tell it from the rest), its first reason the records that name it.
    const inHistory = historyIds.has(item.id) || historyTitles.has(titleKey(item.name));
    expect(marked.known === true, `${item.name} is in the history`).toBe(inHistory);
    let suggestion = marked;
    if (marked.known) {
      const [known, ...rest] = marked.explanations;
      expect(known?.code).toBe(KNOWN);
      expect(known!.recordIds.length).toBeGreaterThan(0);
      for (const id of known!.recordIds) {
        const record = byId.get(id);
        expect(record, `"${known!.text.nl}" names ${id}`).toBeDefined();
        expect(
          record!.itemId === item.id || titleKey(record!.label) === titleKey(item.name),
          `${record!.label} does not name ${item.name}`,
        ).toBe(true);
      }
      suggestion = {
        ...marked,
        explanations: rest,
        categories: [...new Set(rest.flatMap((e) => e.categories))].sort(),
        recordIds: [...new Set(rest.flatMap((e) => e.recordIds))].sort(),
      };
    }
    if (suggestion.slot === 'baseline') {
      // A baseline slot rests on nothing of the person's and says only how the page ranks it.
      expect(suggestion.categories).toEqual([]);
      expect(suggestion.recordIds).toEqual([]);
      expect(suggestion.explanations).toHaveLength(1);
      const [reason] = suggestion.explanations;
      expect([POPULAR_ON_PAGE, TOP_OF_PAGE]).toContainEqual(reason);
      // The page's count: ratings for a book, saves for an event.
      const count = (p: (typeof page)[number]) => p.popularity ?? p.saves;
      if (reason!.code === 'popular-on-page') {
        // Popular is true: no item the page counted higher was left out for it.
        expect(count(item)).toBeDefined();
        for (const other of page)
          if ((count(other) ?? -1) > count(item)!)
            expect(
              ranked.some((s) => s.itemId === other.id) ||
                historyIds.has(other.id) ||
                historyTitles.has(titleKey(other.name)),
              `${other.name} is more popular than ${item.name}`,
            ).toBe(true);
      } else expect(page.some((p) => count(p) !== undefined)).toBe(false);
      continue;
    }
    for (const explanation of suggestion.explanations) {
      for (const id of explanation.recordIds) {
        const record = byId.get(id);
        expect(record, `"${explanation.text.nl}" names ${id}`).toBeDefined();
        expect(allowed).toContain(record!.category);
      }
      for (const category of explanation.categories) expect(allowed).toContain(category);
      if (explanation.code === 'readers-also') {
        readersAlso++;
        expect(explanation.recordIds).toHaveLength(1);
        const via = byId.get(explanation.recordIds[0]!)!;
        expect(explanation.text.nl).toBe(`Lezers van ${via.label} lazen ook dit`);
        expect(MODEL.neighbours(via.itemId ?? '').map((n) => n.id)).toContain(item.id);
      }
      const claim = neverClaim(explanation.text.nl);
      if (!claim) continue;
      for (const record of mine) {
        const own = record.itemId ? data.byId(record.itemId) : undefined;
        const names = own ? namesOf(own) : new Set(record.terms.map(normaliseTerm));
        // The claim's words ("thrillers", "historische romans") against the record's item.
        const words = claim.split(/\s+/).filter((w) => w.length >= 3);
        const refuted = names.has(claim) || (words.length === 1 && names.has(words[0]!));
        expect(
          refuted,
          `"${explanation.text.nl}" but ${record.category} holds ${record.label}`,
        ).toBe(false);
      }
    }
  }
  return ranked;
}

const itemOf = (pool: readonly CatalogItem[]) =>
  fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i]!);

describe('explanations are true', () => {
  it('for every persona, on a library page and an agenda page', () => {
    for (const persona of data.personas()) {
      const records: TasteRecord[] = [];
      persona.loans.forEach((loan, i) => {
        const book = data.byId(loan.bookId);
        if (book) records.push(...vaultRecord('loans', book, i));
      });
      persona.attendance.forEach((visit, i) => {
        const activity = data.byId(visit.activityId);
        if (activity)
          records.push(...vaultRecord(visit.kind === 'ticket' ? 'tickets' : 'visits', activity, i));
      });
      const library = BOOKS.slice(0, 40);
      const agenda = ACTIVITIES.slice(0, 40);
      check(library, records, [...CATEGORY_IDS]);
      check(agenda, records, [...CATEGORY_IDS]);
      check(library, records, ['interests', 'browsing']);
      // Baseline slots, every one and about half of them.
      for (const suggestion of check(library, records, [...CATEGORY_IDS], 1))
        expect(suggestion.slot).toBe('baseline');
      check(agenda, records, [...CATEGORY_IDS], 0.5);
    }
    expect(readersAlso).toBeGreaterThan(0);
  });

  it('for random histories, pages and consent masks', () => {
    const record = fc.oneof(
      fc.record({ kind: fc.constantFrom<CategoryId>('loans', 'feedback'), item: itemOf(BOOKS) }),
      fc.record({
        kind: fc.constantFrom<CategoryId>('tickets', 'visits', 'feedback'),
        item: itemOf(ACTIVITIES),
      }),
      fc.record({
        kind: fc.constant<CategoryId>('browsing'),
        item: fc.oneof(itemOf(BOOKS), itemOf(ACTIVITIES)),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 25 }),
        fc.array(fc.oneof(itemOf(BOOKS), itemOf(ACTIVITIES)), { minLength: 5, maxLength: 30 }),
        fc.subarray([...CATEGORY_IDS], { minLength: 1 }),
        fc.array(fc.constantFrom('fantasy', 'jazz', 'fotografie', 'thriller', 'geschiedenis'), {
          maxLength: 3,
        }),
        fc.boolean(),
        fc.constantFrom(0, 0.1, 0.5, 1),
        (history, pageItems, allowed, interests, withTypedLoan, share) => {
          const records = history.flatMap(({ kind, item }, i) =>
            kind === 'browsing' ? [browsingRecord(item, i)] : vaultRecord(kind, item, i),
          );
          interests.forEach((word, i) =>
            records.push({
              id: `interest-${i}`,
              category: 'interests',
              label: word,
              terms: [word],
            }),
          );
          // A loan typed by hand of a book on the page: no id, no terms, the title only.
          const typed = pageItems.find((item) => item.kind === 'book');
          if (withTypedLoan && typed)
            records.push({
              id: 'typed',
              category: 'loans',
              label: typed.title,
              terms: [],
              authors: [],
            });
          // The page also shows some of the history: none of it may be offered as new.
          const shown = [
            ...new Map(
              [...pageItems, ...history.slice(0, 5).map((h) => h.item)].map((i) => [i.id, i]),
            ).values(),
          ];
          check(shown, records, allowed, share);
        },
      ),
      { numRuns: 60, seed: 10 },
    );
  });

  it("with the page's place, price and date: a raised item names the signal that raised it", () => {
    const SIGNALS = new Set(['nearby', 'page-venue', 'page-weekday', 'page-price', 'page-soon']);
    const now = Date.parse('2026-10-01T10:00:00+02:00');
    fc.assert(
      fc.property(
        fc.array(itemOf(ACTIVITIES), { minLength: 1, maxLength: 12 }),
        fc.array(itemOf(ACTIVITIES), { minLength: 5, maxLength: 30 }),
        fc.subarray([...CATEGORY_IDS], { minLength: 1 }),
        fc.constantFrom('jazz', 'theater', 'fotografie'),
        (attended, drawn, allowed, interest) => {
          const pageItems = [...new Map(drawn.map((item) => [item.id, item])).values()];
          const records = [
            ...attended.flatMap((item, i) => vaultRecord('tickets', item, i)),
            ...toTaste('location', {
              id: 'home',
              category: 'location',
              time: '2026-09-30T10:00:00Z',
              location: { latitude: 51.21, longitude: 4.42, district: 'Antwerpen' },
            }),
            { id: 'interest', category: 'interests', label: interest, terms: [interest] },
          ] satisfies TasteRecord[];
          const page = pageItems.map(pageItem);
          const adjustments = pageSignalAdjustments(page, records, allowed, now);
          const plain = rankItems(page, records, allowed, { relevant: 3 });
          const adjusted = check(pageItems, records, allowed, 0, adjustments);
          const before = new Map(plain.map((s, index) => [s.itemId, index]));
          const relevant = adjusted.filter((s) => s.kind === 'relevant');
          relevant.forEach((raised, index) => {
            for (const passed of relevant.slice(index + 1)) {
              const was = before.get(raised.itemId);
              const other = before.get(passed.itemId);
              if (was === undefined || other === undefined || was < other) continue;
              // Moved above an item that was above it: it was raised (and says why), or the other lowered.
              const named = raised.explanations.some((e) => SIGNALS.has(e.code));
              const lowered = (adjustments.get(passed.itemId)?.delta ?? 0) < 0;
              expect(named || lowered, `${raised.itemId} passed ${passed.itemId}`).toBe(true);
            }
          });
          // Distance is used only where "Grove locatie" is allowed.
          if (!allowed.includes('location'))
            for (const s of adjusted) expect(s.categories).not.toContain('location');
        },
      ),
      { numRuns: 80, seed: 16 },
    );
  });

  it('never says "je koos nog nooit fictie" to a person who browsed Gone Girl', () => {
    const goneGirl = data.books().find((book) => book.title.startsWith('Gone Girl'))!;
    expect(goneGirl.genres).toContain('fiction');
    // The library's first page (its most popular books), as in the extension's own browser test.
    const page = BOOKS.filter((book) => book.id !== goneGirl.id).slice(0, 20);
    // The visit as captured on this device, and as the vault keeps it (sent from another device).
    const fromVault = toTaste('browsing', {
      id: 'gone-girl-visit',
      category: 'browsing',
      time: '2026-11-01T10:00:00.000Z',
      item: { id: goneGirl.id, title: goneGirl.title },
    });
    // A stated interest gives the page its "Voor jou" picks; the surprise comes on top. (Without
    // the check, the partial visit below drew "Iets nieuws: je koos nog nooit fictie".)
    const interests: TasteRecord[] = ['fantasy'].map((term, i) => ({
      id: `interest-${i}`,
      category: 'interests',
      label: term,
      terms: [term],
    }));
    // And as the extension's own browser test keeps it: only one of its genres, "Thrillers".
    const partial: TasteRecord[] = [
      {
        id: 'visit-gone-girl',
        category: 'browsing',
        label: 'Gone Girl',
        terms: ['Thrillers'],
        itemId: goneGirl.id,
      },
    ];
    for (const visit of [[browsingRecord(goneGirl, 0)], fromVault, partial]) {
      const ranked = check(page, [...interests, ...visit], ['interests', 'browsing']);
      const texts = ranked.flatMap((s) => s.explanations.map((e) => e.text.nl));
      expect(texts.join('\n')).not.toMatch(/nooit (fictie|fiction|romans)/i);
    }
  });
});
