import { SoftwareAuthenticator, type CreationOptions } from './software-authenticator.ts';

/** The registration response @simplewebauthn/browser would post for these creation options. */
export function softwarePasskeyResponse(options: CreationOptions, origin: string) {
  return new SoftwareAuthenticator(origin).register(options);
}

/**
 * Signs up `podName` through `/auth/register/*`; returns both responses' statuses, the session and
 * the authenticator that holds the new passkey (to sign in or confirm with it later).
 */
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
  const key = new SoftwareAuthenticator(origin);
  const finish = await fetch(new URL('/auth/register/verify', baseUrl), {
    method: 'POST',
    headers,
    body: JSON.stringify({ challengeId, response: key.register(options) }),
  });
  const cookie = finish.headers.get('set-cookie')?.split(';')[0];
  const body = (await finish.json()) as { csrfToken?: string };
  return {
    optionsStatus: start.status,
    verifyStatus: finish.status,
    cookie,
    csrfToken: body.csrfToken,
    key,
  };
}
