import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './vault-config.ts';

describe('VAULT_TRUST_PROXY', () => {
  it.each([
    ['', false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback', ['loopback']],
    ['loopback, 10.0.0.0/8,2001:db8::1', ['loopback', '10.0.0.0/8', '2001:db8::1']],
  ])('reads %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it('refuses what Express could not use', () => {
    expect(() => parseTrustProxy('proxy.example')).toThrow(/VAULT_TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/x')).toThrow(/VAULT_TRUST_PROXY/);
  });

  it('trusts no proxy and admits no loopback clients by default', () => {
    const config = loadConfig({});
    expect(config.trustProxy).toBe(false);
    expect(config.allowLoopbackClients).toBe(false);
    expect(loadConfig({ VAULT_ALLOW_LOOPBACK_CLIENTS: 'true' }).allowLoopbackClients).toBe(true);
  });
});
