import type { CatalogItem } from '../catalog/catalog-item.ts';
import type { GenreThemeBridge } from '../catalog/genre-theme-bridge.ts';
import { distanceKm } from '../catalog/distance-km.ts';
import type { CulturalRecord } from '../model/cultural-record.ts';
import type { DataCategoryId } from '../model/data-category.ts';
import type { Suggestion } from '../model/suggestion.ts';
import { createRng } from '../eval/rng.ts';
import { adventurousness, affinities, buildDna, typicalPrice, type Affinity } from './dna/build-dna.ts';
import { chooseExplanations, type Novelty, type Reasons, type TasteMatch } from './explain.ts';
import type { ItemModel } from './model/item-model.ts';
import { DIAL_PRESETS } from './rerank/dial.ts';
import { unitVector } from './rerank/sparse-vector.ts';
import { wonderRerank, type WonderCandidate } from './rerank/wonder-rerank.ts';

export interface SuggestOptions {
  k?: number;
  /** 0 = vertrouwd (familiar) .. 1 = verras me (surprise me); default 0.5. */
  dial?: number;
  /** Reference time for decay; defaults to the latest allowed record, so output is deterministic. */
  now?: string | number;
  bridge?: GenreThemeBridge;
  itemModel?: ItemModel;
  seed?: number;
  /** Times each item was already shown, for the exposure term. */
  exposure?: ReadonlyMap<string, number>;
  /** false = plain top-k by relevance (the benchmark's reference); default true. */
  rerank?: boolean;
}

const asMap = (as: Affinity[]) => {
  const max = as[0]?.weight ?? 1;
  return new Map(as.map((a) => [a.key, { a, w: a.weight / max }]));
};

/**
 * The one entry point for ranking: history + candidates + consent mask -> suggestions with their
 * explanations and provenance. Records outside the mask are dropped before anything is derived,
 * so the output cannot depend on them.
 */
export function suggest(
  history: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  consentMask: Iterable<DataCategoryId>,
  options: SuggestOptions = {},
): Suggestion[] {
  const allowed = new Set(consentMask);
  const records = history.filter((r) => allowed.has(r.category));
  const k = options.k ?? 20;
  const now = options.now !== undefined ? (typeof options.now === 'number' ? options.now : Date.parse(options.now)) : Math.max(0, ...records.map((r) => Date.parse(r.time)));
  const dna = buildDna(records, options.bridge);
  const catOf = (id: string) => dna.recordCategories.get(id);
  const themes = asMap(affinities(dna, 'theme', now));
  const genres = asMap(affinities(dna, 'genre', now));
  const authors = asMap(affinities(dna, 'author', now));
  const media = asMap(affinities(dna, 'medium', now));
  const venues = asMap(affinities(dna, 'venue', now));
  const days = asMap(affinities(dna, 'day', now));
  const seen = affinities(dna, 'item', now);
  const price = typicalPrice(dna);
  const adventure = adventurousness(dna);
  const topKeys = new Set([...[...themes.keys()].slice(0, 3).map((t) => `t:${t}`), ...[...genres.keys()].slice(0, 3).map((g) => `g:${g}`)]);
  const titles = new Map<string, string>();
  for (const r of records) if ('item' in r && r.item) titles.set(r.id, r.item.title);

  // Collaborative signal: neighbours of what the person read, weighted by their decayed affinity.
  // `via` is only for the explanation: the read item that contributed most to the link.
  const collab = new Map<string, { s: number; via: Affinity; viaContribution: number }>();
  if (options.itemModel)
    for (const a of seen.slice(0, 200))
      for (const n of options.itemModel.neighbours(a.key)) {
        const prev = collab.get(n.id);
        const contribution = a.weight * n.sim;
        const s = (prev?.s ?? 0) + contribution;
        collab.set(n.id, prev && prev.viaContribution >= contribution ? { ...prev, s } : { s, via: a, viaContribution: contribution });
      }
  const collabMax = Math.max(1e-9, ...[...collab.values()].map((c) => c.s));
  const seenIds = new Set(seen.map((a) => a.key));
  const popMax = Math.max(1, ...candidates.map((c) => c.popularity));
  // How common each genre and theme is among the candidates, so that reasons prefer specific ones.
  const carriers = new Map<string, number>();
  for (const c of candidates) for (const key of [...c.themes.map((t) => `theme:${t.id}`), ...c.genres.map((g) => `genre:${g}`)]) carriers.set(key, (carriers.get(key) ?? 0) + 1);
  const prevalence = (key: string) => (carriers.get(key) ?? 0) / Math.max(1, candidates.length);

  const featureIndex = new Map<string, number>();
  const fid = (key: string) => featureIndex.get(key) ?? (featureIndex.set(key, featureIndex.size), featureIndex.size - 1);
  const perMedium = new Map<string, number>();
  const scored = candidates
    .filter((c) => !seenIds.has(c.id))
    .map((c) => {
      const why: Reasons = { authors: [], tastes: [] };
      const facet = (keys: readonly string[], map: ReturnType<typeof asMap>, kind: 'theme' | 'genre' | 'author') => {
        let s = 0;
        for (const key of keys) {
          const hit = map.get(key);
          if (!hit) continue;
          s += hit.w;
          if (kind === 'author') why.authors.push({ name: key, a: hit.a, w: hit.w });
          else {
            const match: TasteMatch = { facet: kind, key, a: hit.a, w: hit.w, prevalence: prevalence(`${kind}:${key}`) };
            const label = kind === 'theme' ? c.themes.find((t) => t.id === key)?.label : undefined;
            why.tastes.push(label ? { ...match, label } : match);
          }
        }
        return keys.length ? s / Math.sqrt(keys.length) : 0;
      };
      let rel = facet(c.themes.map((t) => t.id), themes, 'theme');
      rel += facet(c.genres, genres, 'genre');
      if (c.kind === 'book') rel += 0.8 * facet(c.authors, authors, 'author');
      rel += 0.3 * (media.get(c.medium)?.w ?? 0);
      const cf = collab.get(c.id);
      if (cf) {
        const s = (1.5 * cf.s) / collabMax;
        rel += s;
        const recordId = cf.via.recordIds[0];
        const category = recordId ? catOf(recordId) : undefined;
        if (recordId && category) why.collab = { title: titles.get(recordId) ?? cf.via.key, recordId, category };
      }
      if (c.kind === 'activity') {
        why.activity = { eventType: c.eventType.label, venue: c.venue.name };
        rel += 0.3 * (venues.get(c.venue.id)?.w ?? 0);
        if (dna.home) {
          const km = distanceKm(dna.home, c.venue.geo);
          const near = Math.exp(-km / 3);
          rel += 0.5 * near;
          if (km < 2) why.nearby = { km, recordId: dna.home.recordId };
        }
        const start = c.calendar.type === 'single' ? c.calendar.startDate : c.calendar.type === 'multiple' ? c.calendar.subEvents[0]?.startDate : undefined;
        if (start) {
          const day = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][new Date(start.slice(0, 10)).getUTCDay()] ?? '';
          rel += 0.2 * (days.get(day)?.w ?? 0);
        }
        if (price && !c.price.isFree && (c.price.amount ?? 0) > 2 * price.max) rel -= 0.3;
      }
      rel += 0.05 * (Math.log1p(c.popularity) / Math.log1p(popMax));
      const keys = [...c.themes.map((t) => `t:${t.id}`), ...c.genres.map((g) => `g:${g}`)];
      const surprising = topKeys.size > 0 && keys.length > 0 && !keys.some((key) => topKeys.has(key));
      return { c, rel, why, keys, surprising };
    })
    .sort((a, b) => b.rel - a.rel || (a.c.id < b.c.id ? -1 : 1))
    // Only books have a collaborative signal, so the overall top is often books alone: each
    // medium keeps its best few, so that diversity across media can compete at all.
    .filter((x, i) => {
      const n = perMedium.get(x.c.medium) ?? 0;
      perMedium.set(x.c.medium, n + 1);
      return i < 400 || n < 40;
    });

  const best = Math.max(1e-9, scored[0]?.rel ?? 1);
  const popTotal = candidates.reduce((s, c) => s + c.popularity, 0) + candidates.length;
  const wc: WonderCandidate[] = scored.map((x) => ({
    relevance: x.rel / best,
    features: unitVector(new Map([...x.keys, `m:${x.c.medium}`].map((key) => [fid(key), key.startsWith('m:') ? 0.7 : 1]))),
    novelty: -Math.log2((x.c.popularity + 1) / popTotal),
    surprising: x.surprising,
    exposure: options.exposure?.get(x.c.id) ?? 0,
  }));
  // Adventurousness learned from feedback on earlier surprises moves the dial a little.
  const dial = Math.min(1, Math.max(0, (options.dial ?? DIAL_PRESETS.default) + 0.3 * (adventure.value - 0.5)));
  const picks =
    options.rerank === false
      ? wc.slice(0, k).map((_, index) => ({ index, kind: 'relevant' as const }))
      : wonderRerank(wc, { k, dial, rng: createRng(options.seed ?? 42), poolSize: wc.length });
  const behavioural = [...new Set(records.map((r) => r.category))].sort();
  // What a surprise is new in, said only when the allowed history really lacks it.
  const novelty = (c: CatalogItem): Novelty => {
    if (c.kind === 'activity' && !themes.has(c.eventType.id)) return { kind: 'event-type', label: c.eventType.label };
    const fresh = c.genres.find((g) => !genres.has(g));
    if (fresh) return { kind: 'genre', key: fresh };
    return { kind: 'unusual' };
  };
  const used = new Map<string, number>();
  return picks.map((p, rank) => {
    const x = scored[p.index] as (typeof scored)[number];
    const reasons: Reasons = p.kind === 'relevant' ? x.why : { ...x.why, surprise: { novelty: novelty(x.c), categories: behavioural, recordIds: adventure.recordIds.slice(0, 3) } };
    const explanations = chooseExplanations(reasons, catOf, used);
    return {
      id: `sugg-${x.c.id}`,
      itemId: x.c.id,
      rank: rank + 1,
      score: Number((wc[p.index]?.relevance ?? 0).toFixed(6)),
      kind: p.kind,
      isSurprise: p.kind !== 'relevant',
      explanations,
      provenance: {
        categories: [...new Set(explanations.flatMap((e) => e.categories))].sort(),
        recordIds: [...new Set(explanations.flatMap((e) => e.recordIds))].sort(),
      },
    };
  });
}
