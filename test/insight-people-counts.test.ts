/**
 * Review finding (insight): a vault with a valid upload key could fake the `people` counts (each
 * entry of the layout-2 measurement was proved to be 0…15) and so unlock one person's exact figures.
 * Layout 3 sends every figure as binary digits the proof check confines to 0 or 1, and a count of
 * people as a single digit: one report adds at most one person to a cell.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  cellIndex,
  kindIndex,
  toVector,
  VECTOR_LENGTH,
  type Figures,
} from '../vault-server/src/insight/figures-layout.ts';
import {
  measurementOffset,
  toMeasurement,
} from '../vault-server/src/insight/figures-measurement.ts';
import { insightVdaf } from '../vault-server/src/insight/prio/insight-vdaf.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { uploadTestReport } from '../vault-server/src/insight/testing/upload-test-report.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';

const describeEachEngine = await engineSuites();
const MUSEUM_PEOPLE = cellIndex('museum', 'experience', 'fits', 'people');
const MUSEUM_KIND_PEOPLE = kindIndex('museum', 'fits', 'people');

/** A lying vault: proves honestly, but over a measurement whose people digits say `people`. */
function lyingClient(people: number) {
  const cheat = insightVdaf();
  const honest = cheat.flp.encode.bind(cheat.flp);
  cheat.flp.encode = (measurement: number[]) => {
    const encoded = honest(measurement);
    encoded[measurementOffset(MUSEUM_PEOPLE)] = BigInt(people);
    encoded[measurementOffset(MUSEUM_KIND_PEOPLE)] = BigInt(people);
    return encoded;
  };
  return cheat;
}

const upload = uploadTestReport;

const cell = (
  institution: 'library' | 'museum',
  medium: 'read' | 'experience',
  metric: 'impressions' | 'clicks' | 'conversions',
  value: number,
): Figures['cells'][number] => ({ institution, medium, kind: 'fits', metric, value });

describeEachEngine('people counts on %s', (engine) => {
  let insight: TestInsight;
  beforeAll(async () => {
    insight = await startTestInsight(engine, { minBatch: 10, minPeople: 10 });
  });
  afterAll(async () => insight?.dispose());

  it('refuses a report that claims 9 or 2 people in a cell, and the attack unlocks nothing (review finding: a vault fakes the people counts)', async () => {
    const WEEK = '2026-W10';
    // The honest vault cannot even write it: a count of people is one binary digit.
    const nine = new Array<number>(VECTOR_LENGTH).fill(0);
    nine[MUSEUM_PEOPLE] = 9;
    expect(() => toMeasurement(nine)).toThrow(RangeError);

    for (let i = 0; i < 9; i++) {
      const figures = toVector({ cells: [cell('library', 'read', 'impressions', 2)], kinds: [] });
      expect((await upload(insight, figures, WEEK)).status).toBe(201);
    }
    // The target, alone at the museum.
    const target = toVector({
      cells: [
        cell('library', 'read', 'impressions', 1),
        cell('museum', 'experience', 'impressions', 3),
        cell('museum', 'experience', 'clicks', 1),
        cell('museum', 'experience', 'conversions', 1),
      ],
      kinds: [],
    });
    expect((await upload(insight, target, WEEK)).status).toBe(201);
    // The attacker's reports: no figure at all, but 9 (or 2) "people" in the target's cell, made
    // by the honest client if it will, else proved over digits set by hand.
    for (const people of [9, 2]) {
      const lie = new Array<number>(VECTOR_LENGTH).fill(0);
      lie[MUSEUM_PEOPLE] = people;
      lie[MUSEUM_KIND_PEOPLE] = people;
      const response = await upload(insight, lie, WEEK).catch(() =>
        upload(insight, new Array<number>(VECTOR_LENGTH).fill(0), WEEK, lyingClient(people)),
      );
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ reason: 'report_rejected' });
    }
    for (const aggregator of [insight.leader, insight.helper])
      expect((await aggregator.service.batches())[0]).toMatchObject({ reports: 10, rejected: 2 });

    expect(await insight.collector.service.collectReady()).toEqual([WEEK]);
    const [published] = await insight.collector.service.store.all();
    expect(published!.figures[MUSEUM_PEOPLE]).toBe(1);
    const body = (await (
      await fetch(new URL('/api/dashboard?lang=en', insight.collector.url))
    ).json()) as {
      rows: {
        week: string;
        institution: string;
        medium: string;
        wonder: unknown;
        suppressed: string[];
      }[];
    };
    const museum = body.rows.find(
      (r) => r.week === WEEK && r.institution === 'museum' && r.medium === 'experience',
    )!;
    expect(museum.wonder).toBeNull();
    expect(museum.suppressed).toContain('wonder');
    // The library's figures, which ten people gave, are decoded from their digits exactly.
    const library = body.rows.find(
      (r) => r.week === WEEK && r.institution === 'library' && r.medium === 'read',
    )!;
    expect(library.wonder).toEqual({ impressions: 19, clicks: 0, conversions: 0 });
  });
});
