import { createPublicKey, verify } from 'node:crypto';
import type { SyncDpopSigner } from './sync-dpop.ts';

/**
 * The CPU one ES256 verification of a DPoP proof costs on this machine (µs), measured as the vault
 * verifies (node:crypto, the proof's own signing input), synchronously, as this process's CPU time
 * (other work on the machine lengthens the wall time, hardly the CPU). Every token read needs one, however it is built: with a bare HTTP server's cost
 * per request, it bounds what a token read can reach here.
 */
export function es256VerifyMicros(signer: SyncDpopSigner, url: string, rounds = 2_000): number {
  const proof = signer.proof('GET', url, 'an access token of the usual length');
  const [header, payload, signature] = proof.split('.');
  const input = Buffer.from(`${header}.${payload}`);
  const bytes = Buffer.from(signature!, 'base64url');
  const key = createPublicKey({ key: { ...signer.publicJwk }, format: 'jwk' });
  const check = () => verify('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, bytes);
  if (!check()) throw new Error('the benchmark proof does not verify');
  for (let i = 0; i < 200; i += 1) check();
  const before = process.cpuUsage();
  for (let i = 0; i < rounds; i += 1) check();
  const { user, system } = process.cpuUsage(before);
  return Math.round((user + system) / rounds);
}
