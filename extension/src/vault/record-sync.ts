/**
 * Sends the queued visits and feedback to the pod as `browsing` and `feedback` records
 * (`POST {storage}{category}/` with the DPoP-bound token). What cannot be sent now (offline, vault
 * down) stays queued for the next attempt; what the vault refuses for good (the person did not
 * grant that scope, or the record is invalid) leaves the queue, since retrying cannot help.
 * A reaction the person withdrew or replaced (the profile's `withdrawals`) is deleted in the pod.
 */
import {
  isEvent,
  parseProfile,
  PROFILE_KEY,
  type BrowsingVisit,
  type LocalFeedback,
  type LocalProfile,
} from '../control/local-profile.ts';
import type { StorageArea } from '../control/storage-area.ts';
import { PAIRING_STATUS_KEY, parsePairingStatus } from './pairing-state.ts';
import type { VaultConnection } from './vault-connection.ts';

export interface SyncDeps {
  local: StorageArea;
  connection: VaultConnection;
  /** The lock the message handler writes the profile under. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  now(): Date;
}

export interface SyncResult {
  sent: number;
  dropped: number;
  queued: number;
}

const itemKind = (itemId: string) =>
  itemId.startsWith('book-') ? 'book' : itemId.startsWith('act-') ? 'activity' : 'other';

/** UiTdatabank term ids look like `1.8.1.0.0`. */
const UIT_CODE = /^\d+(\.\d+){2,}$/;

/** The page's terms as an ItemRef's: UiT codes as termIds, the rest as genres (what fits). */
function itemTermsOf(terms: readonly string[]) {
  const fits = terms.filter((term) => term.length > 0 && term.length <= 64);
  return {
    termIds: [...new Set(fits.filter((term) => UIT_CODE.test(term)))].slice(0, 50),
    genres: [...new Set(fits.filter((term) => !UIT_CODE.test(term)))].slice(0, 50),
  };
}

export function browsingRecord(visit: BrowsingVisit & { url: string }) {
  return {
    category: 'browsing',
    time: visit.time,
    source: { type: 'extension' },
    // The item's terms travel along, so that another device ranks with (and reasons from) them.
    item: {
      id: visit.itemId,
      title: visit.title,
      kind: itemKind(visit.itemId),
      url: visit.url,
      ...itemTermsOf(visit.terms),
    },
    data: { url: visit.url, pageType: 'item' },
  };
}

/**
 * The suggestion's id in the pod: site and item, and `#baseline` for a baseline slot, so that the
 * same item shown by wonder and by the baseline stays two suggestions (the vault's attribution).
 */
export function suggestionIdOf(feedback: Pick<LocalFeedback, 'origin' | 'itemId' | 'slot'>) {
  const id = `${feedback.origin}#${feedback.itemId}`;
  return (feedback.slot === 'baseline' ? `${id.slice(0, 191)}#baseline` : id).slice(0, 200);
}

export function feedbackRecord(feedback: LocalFeedback) {
  return {
    category: 'feedback',
    time: feedback.time,
    source: { type: 'extension' },
    item: { id: feedback.itemId, title: feedback.title, kind: itemKind(feedback.itemId) },
    data: {
      kind: feedback.kind,
      suggestionId: suggestionIdOf(feedback),
      itemId: feedback.itemId,
      wasSurprise: feedback.wasSurprise,
      site: feedback.origin,
      ...(feedback.slot ? { slot: feedback.slot } : {}),
      ...(feedback.answer ? { answer: feedback.answer } : {}),
    },
  };
}

const hasUrl = (visit: BrowsingVisit): visit is BrowsingVisit & { url: string } =>
  visit.url !== undefined;

function queue(profile: LocalProfile) {
  return [
    ...profile.browsing
      .filter((visit) => !visit.synced)
      .filter(hasUrl)
      .map((visit) => ({ id: visit.id, category: 'browsing', record: browsingRecord(visit) })),
    ...profile.feedback
      .filter((feedback) => !feedback.synced)
      .map((feedback) => ({
        id: feedback.id,
        category: 'feedback',
        record: feedbackRecord(feedback),
      })),
  ];
}

/** Whether the vault refused for good: retrying cannot help (not a 401, which a refresh may mend, nor 429). */
const refusedForGood = (status: number) =>
  status >= 400 && status < 500 && status !== 401 && status !== 429;

/**
 * Deletes a withdrawn reaction's record in the pod. Its id is learnt by sending the same record
 * under the same idempotency key, which the vault answers with the record it already has (a new
 * one if the owner deleted it meanwhile, which then goes too). Resolves whether it is gone.
 */
async function deleteWithdrawn(connection: VaultConnection, feedback: LocalFeedback) {
  const found = await connection.request('POST', 'feedback/', feedbackRecord(feedback), {
    'idempotency-key': feedback.id,
  });
  await found.body?.cancel();
  const location = found.headers.get('location');
  if (!found.ok || !location) return refusedForGood(found.status);
  const id = location.slice(location.lastIndexOf('/') + 1);
  const deleted = await connection.request('DELETE', `feedback/${encodeURIComponent(id)}`);
  await deleted.body?.cancel();
  return deleted.ok || deleted.status === 404 || refusedForGood(deleted.status);
}

export async function syncRecords(deps: SyncDeps): Promise<SyncResult> {
  const status = parsePairingStatus((await deps.local.get(PAIRING_STATUS_KEY))[PAIRING_STATUS_KEY]);
  const start = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
  const pending = queue(start);
  const waiting = (profile: LocalProfile) =>
    queue(profile).length + (profile.withdrawals ?? []).length;
  if (status.state !== 'paired') return { sent: 0, dropped: 0, queued: waiting(start) };
  const done = new Set<string>();
  let sent = 0;
  let problem: string | undefined;
  for (const entry of pending) {
    let response: Response;
    try {
      // The local id is the idempotency key: a retry after a lost answer creates no second record.
      response = await deps.connection.request('POST', `${entry.category}/`, entry.record, {
        'idempotency-key': entry.id,
      });
    } catch (cause) {
      // Offline, or the vault is down: keep the rest queued.
      problem = cause instanceof Error ? cause.message : 'the vault cannot be reached';
      break;
    }
    await response.body?.cancel();
    if (response.ok) sent += 1;
    if (response.ok || refusedForGood(response.status)) done.add(entry.id);
    else {
      problem = `the vault answered HTTP ${response.status}`;
      break;
    }
  }
  const deleted = new Set<string>();
  for (const withdrawn of problem ? [] : (start.withdrawals ?? [])) {
    try {
      if (await deleteWithdrawn(deps.connection, withdrawn)) deleted.add(withdrawn.id);
      else {
        problem = 'the vault did not delete a withdrawn reaction';
        break;
      }
    } catch (cause) {
      problem = cause instanceof Error ? cause.message : 'the vault cannot be reached';
      break;
    }
  }
  return deps.exclusive(async () => {
    const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
    const kept = new Set(profile.feedback.map((f) => f.id));
    // A reaction withdrawn or replaced while it was on its way: the vault now has it, so it goes there too.
    const gone = start.feedback.filter(
      (f) => done.has(f.id) && !isEvent(f.kind) && !f.synced && !kept.has(f.id),
    );
    const next: LocalProfile = {
      ...profile,
      browsing: profile.browsing.map((v) => (done.has(v.id) ? { ...v, synced: true } : v)),
      // Sent events leave the device (the vault has them); reactions stay, they steer the ranking.
      feedback: profile.feedback.flatMap((f) =>
        !done.has(f.id) ? [f] : isEvent(f.kind) ? [] : [{ ...f, synced: true }],
      ),
      withdrawals: [
        ...(profile.withdrawals ?? []).filter((f) => !deleted.has(f.id)),
        ...gone.map((f) => ({ ...f, synced: true })),
      ],
    };
    await deps.local.set({ [PROFILE_KEY]: next });
    const queued = waiting(next);
    const latest = parsePairingStatus(
      (await deps.local.get(PAIRING_STATUS_KEY))[PAIRING_STATUS_KEY],
    );
    if (latest.state === 'paired') {
      const { error: _previous, ...rest } = latest;
      await deps.local.set({
        [PAIRING_STATUS_KEY]: {
          ...rest,
          queued,
          ...(sent > 0 ? { lastSync: deps.now().toISOString() } : {}),
          ...(problem ? { error: problem } : {}),
        },
      });
    }
    return { sent, dropped: done.size - sent, queued };
  });
}
