import { z } from 'zod';

/** The JSON that @simplewebauthn/browser posts back, parsed before it reaches the verifier. */
const Transport = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const B64u = z
  .string()
  .regex(/^[A-Za-z0-9_-]*$/)
  .max(16_384);
const common = {
  id: B64u.min(1).max(1400),
  rawId: B64u.min(1).max(1400),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z
    .object({ credProps: z.object({ rk: z.boolean().optional() }).optional() })
    .default({}),
};

export const RegistrationResponse = z.object({
  ...common,
  response: z.object({
    clientDataJSON: B64u,
    attestationObject: B64u,
    authenticatorData: B64u.optional(),
    transports: z.array(Transport).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: B64u.optional(),
  }),
});

export const AuthenticationResponse = z.object({
  ...common,
  response: z.object({
    clientDataJSON: B64u,
    authenticatorData: B64u,
    signature: B64u,
    userHandle: B64u.optional(),
  }),
});
