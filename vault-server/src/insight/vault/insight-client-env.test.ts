import { describe, expect, it } from 'vitest';
import { insightClientFromEnv } from './insight-client-env.ts';

describe('insightClientFromEnv', () => {
  it('reports only when both aggregators are named, hourly unless told otherwise', () => {
    expect(insightClientFromEnv({})).toBeUndefined();
    expect(
      insightClientFromEnv({
        VAULT_INSIGHT_LEADER_URL: 'http://127.0.0.1:4810',
        VAULT_INSIGHT_HELPER_URL: 'http://127.0.0.1:4811',
      }),
    ).toEqual({
      client: { leaderUrl: 'http://127.0.0.1:4810', helperUrl: 'http://127.0.0.1:4811' },
      reportIntervalSeconds: 3600,
    });
    expect(() => insightClientFromEnv({ VAULT_INSIGHT_LEADER_URL: 'http://a:1' })).toThrow(
      /neither/,
    );
    expect(() =>
      insightClientFromEnv({
        VAULT_INSIGHT_LEADER_URL: 'http://a:1',
        VAULT_INSIGHT_HELPER_URL: 'http://b:2',
        VAULT_INSIGHT_REPORT_INTERVAL_SECONDS: '-1',
      }),
    ).toThrow(/invalid insight configuration/);
  });
});
