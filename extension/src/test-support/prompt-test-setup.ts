import type { BackgroundDeps } from '../background/background-deps.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { libraryMessageTest } from './library-message-test.ts';

/**
 * The worker of a test of the question after a conversion, on the library: its clock starts at
 * 30 November 2026 10:00 and moves on with `later`, ids count up, and the vault answers the records
 * pushed to `vault` in the categories allowed.
 */
/** The loan of book-7 that the vault reports the day after the person clicked it. */
export const DUNE_LOAN: TasteRecord = {
  id: 'vault-l1',
  category: 'loans',
  label: 'Dune',
  terms: [],
  itemId: 'book-7',
  time: '2026-12-01T15:00:00Z',
};

export function promptTestSetup() {
  let now = new Date('2026-11-30T10:00:00Z');
  const vault: TasteRecord[] = [];
  const local = memoryStorageArea();
  let ids = 0;
  const deps: BackgroundDeps = {
    ...libraryMessageTest.deps(local),
    now: () => now,
    newId: () => String(++ids),
    vaultTaste: async (allowed) => vault.filter((record) => allowed.includes(record.category)),
  };
  return { deps, vault, local, later: (iso: string) => (now = new Date(iso)) };
}
