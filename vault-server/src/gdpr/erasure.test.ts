import { afterAll, beforeAll, expect, it } from 'vitest';
import { OWNER, readAudit, toRow } from '../audit/audit-log.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';
import { eraseAccount } from './erasure.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('account erasure and audit entries in flight on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(async () => server?.dispose());

  it('leaves nothing of the erased account for the next owner of the pod name (review finding: a read in flight during account erasure leaves its audit entry for the next owner)', async () => {
    const first = await server.signUp('anna');
    const created = await first.fetch('/pods/anna/loans/', {
      method: 'POST',
      body: JSON.stringify(loanRecord('Gone Girl', daysAgo(10))),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // The read's audit entry is appended after its records were read (the group commit waits for
    // company); here that moment is held open until the account is erased.
    const batcher = server.vault.context.readAudit;
    const original = batcher.append.bind(batcher);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const atAudit = new Promise<void>((resolve) => (reached = resolve));
    batcher.append = async (pod, event) => {
      reached();
      await gate;
      return original(pod, event);
    };
    try {
      const reading = first.fetch('/pods/anna/loans/');
      await atAudit;
      const erased = await first.fetch('/pods/anna', {
        method: 'DELETE',
        body: JSON.stringify({ confirm: 'anna' }),
      });
      expect(erased.status).toBe(204);
      release();
      expect((await reading).status).toBe(200);
    } finally {
      batcher.append = original;
    }

    const next = await server.signUp('anna');
    const log = (await (await next.fetch('/pods/anna/audit?limit=1000')).json()) as {
      entries: { recordIds?: string[] }[];
    };
    expect(log.entries.flatMap((entry) => entry.recordIds ?? [])).not.toContain(id);
    expect(log.entries).toEqual([]);
    expect(await server.vault.context.storage.audit.head('anna')).toBeUndefined();
  });

  it('erases the entries of a batch that held the chain head while the erasure ran (review finding: a read in flight during account erasure leaves its audit entry for the next owner)', async () => {
    const { storage } = server.vault.context;
    await server.signUp('bert');
    await storage.transaction(async (tx) => {
      await tx.audit.lockHeads(['bert']);
      await tx.audit.createHeads(['bert']);
    });
    // A batch of reads (as appendAuditBatch writes it) holds bert's head while the erasure starts.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const batch = storage.transaction(async (tx) => {
      const head = (await tx.audit.lockHeads(['bert'])).get('bert')!;
      locked();
      await gate;
      const entry = {
        podId: 'bert',
        seq: head.seq + 1,
        time: new Date().toISOString(),
        actor: OWNER,
        action: 'record-read' as const,
        recordIds: ['bert-r1'],
        prevHash: head.hash,
        hash: 'f'.repeat(64),
      };
      await tx.audit.appendChains([toRow(entry)]);
    });
    await holding;
    const erasing = eraseAccount(server.vault.context, 'acc-bert');
    // Long enough for the erasure to reach the head the batch holds (PostgreSQL); SQLite's single
    // writer runs the two one after the other.
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await batch;
    await erasing;
    expect(await readAudit(storage, 'bert', -1, 100)).toEqual([]);
    expect(await storage.audit.head('bert')).toBeUndefined();
  });
});
