import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStorage } from '../storage/open-storage.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { openTestEngine, type TestEngine } from '../storage/testing/test-engines.ts';
import type { VaultStorage } from '../storage/vault-storage.ts';
import { appendAudit, OWNER, readAudit } from './audit-log.ts';
import { logRefusal, REFUSALS_PER_MINUTE } from './refusal-log.ts';
import { verifyAudit } from './verify-audit.ts';

const describeEachEngine = await engineSuites();

const library = { type: 'client', clientId: 'https://bib.example/client.json' } as const;
const agenda = { type: 'client', clientId: 'https://agenda.example/client.json' } as const;

describeEachEngine('refusals in the audit log on %s', (engine) => {
  let test: TestEngine;
  /** A second vault process on the same database (PostgreSQL); SQLite has one process. */
  let other: VaultStorage;

  beforeAll(async () => {
    test = await openTestEngine(engine);
    other = engine === 'postgres' ? await openStorage(test.target) : test.storage;
    for (const pod of ['anna', 'bert'])
      await appendAudit(test.storage, pod, { actor: OWNER, action: 'account-created' });
  });
  afterAll(async () => {
    if (other !== test?.storage) await other?.close();
    await test?.dispose();
  });

  const refusals = async (pod: string) =>
    (await readAudit(test.storage, pod, -1, 10_000)).filter((e) => e.action === 'refused');

  it('keeps at most the cap per pod and client a minute, across processes, with the chain whole', async () => {
    const at = new Date();
    const attempts = Array.from({ length: 3 * REFUSALS_PER_MINUTE }, (_, i) =>
      logRefusal(
        i % 2 === 0 ? test.storage : other,
        'anna',
        { actor: library, detail: `try ${i}` },
        at,
      ),
    );
    const written = await Promise.all(attempts);
    expect(written.filter(Boolean)).toHaveLength(REFUSALS_PER_MINUTE);
    expect(await refusals('anna')).toHaveLength(REFUSALS_PER_MINUTE);
    // Another client and another pod have their own caps.
    expect(await logRefusal(other, 'anna', { actor: agenda, detail: 'x' }, at)).toBe(true);
    expect(await logRefusal(other, 'bert', { actor: library, detail: 'x' }, at)).toBe(true);
    expect((await verifyAudit(test.storage)).problems).toEqual([]);
  });

  it('counts only the last minute', async () => {
    const later = new Date(Date.now() + 61_000);
    expect(await logRefusal(test.storage, 'anna', { actor: library, detail: 'again' }, later)).toBe(
      true,
    );
  });

  it('writes nothing for a pod without a log', async () => {
    expect(await logRefusal(test.storage, 'nobody', { actor: library }, new Date())).toBe(false);
    expect(await test.storage.audit.head('nobody')).toBeUndefined();
  });
});
