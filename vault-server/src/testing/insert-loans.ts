import { insertRecord, parseNewRecord } from '../resources/record-service.ts';
import { loanRecord } from './test-vault.ts';
import type { TestServer } from './test-server.ts';

/**
 * Loans written straight into `pod` in one transaction, as a large category's set-up needs them
 * (hundreds or thousands: through HTTP that would be a request each).
 */
export async function insertLoans(
  server: TestServer,
  pod: string,
  loans: Iterable<{ title: string; time: string }>,
): Promise<void> {
  const ctx = server.vault.context;
  await ctx.storage.transaction(async (tx) => {
    for (const { title, time } of loans)
      await insertRecord(ctx, tx, pod, parseNewRecord('loans', loanRecord(title, time)));
  });
}
