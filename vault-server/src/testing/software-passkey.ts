import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';

/**
 * A software authenticator for tests that sign up through the HTTP API (no browser): an ES256 key
 * and a `none` attestation, which is what the vault asks for. Only the CBOR it needs is encoded.
 */
type Cbor = number | string | Uint8Array | Map<number | string, Cbor>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  const out = Buffer.alloc(3);
  out[0] = (major << 5) | 25;
  out.writeUInt16BE(length, 1);
  return out;
}

function cbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  const parts = [head(5, value.size)];
  for (const [key, item] of value) parts.push(cbor(key), cbor(item));
  return Buffer.concat(parts);
}

interface CreationOptions {
  challenge: string;
  rp: { id?: string };
}

/** The registration response @simplewebauthn/browser would post for these creation options. */
export function softwarePasskeyResponse(options: CreationOptions, origin: string) {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const credentialId = randomBytes(16);
  const cose = cbor(
    new Map<number, Cbor>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]),
  );
  const rpId = options.rp.id ?? new URL(origin).hostname;
  const idLength = Buffer.alloc(2);
  idLength.writeUInt16BE(credentialId.length);
  const authData = Buffer.concat([
    createHash('sha256').update(rpId).digest(),
    Buffer.from([0x45]), // user present, user verified, attested credential data
    Buffer.alloc(4),
    Buffer.alloc(16), // AAGUID
    idLength,
    credentialId,
    cose,
  ]);
  const attestationObject = cbor(
    new Map<string, Cbor>([
      ['fmt', 'none'],
      ['attStmt', new Map()],
      ['authData', authData],
    ]),
  );
  const clientDataJSON = Buffer.from(
    JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin }),
  );
  const id = credentialId.toString('base64url');
  return {
    id,
    rawId: id,
    type: 'public-key' as const,
    clientExtensionResults: {},
    response: {
      clientDataJSON: clientDataJSON.toString('base64url'),
      attestationObject: attestationObject.toString('base64url'),
      transports: ['internal' as const],
    },
  };
}

/** Signs up `podName` through `/auth/register/*`; returns both responses' statuses and the session. */
export async function signUpOverHttp(baseUrl: string, podName: string, displayName = podName) {
  const origin = new URL(baseUrl).origin;
  const headers = { 'content-type': 'application/json', origin };
  const start = await fetch(new URL('/auth/register/options', baseUrl), {
    method: 'POST',
    headers,
    body: JSON.stringify({ podName, displayName }),
  });
  if (start.status !== 200) return { optionsStatus: start.status, verifyStatus: 0 };
  const { challengeId, options } = (await start.json()) as {
    challengeId: string;
    options: CreationOptions;
  };
  const finish = await fetch(new URL('/auth/register/verify', baseUrl), {
    method: 'POST',
    headers,
    body: JSON.stringify({ challengeId, response: softwarePasskeyResponse(options, origin) }),
  });
  const cookie = finish.headers.get('set-cookie')?.split(';')[0];
  const body = (await finish.json()) as { csrfToken?: string };
  return {
    optionsStatus: start.status,
    verifyStatus: finish.status,
    cookie,
    csrfToken: body.csrfToken,
  };
}
