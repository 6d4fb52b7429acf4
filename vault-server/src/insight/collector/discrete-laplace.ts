import { randomInt } from 'node:crypto';

/** A uniform float in (0, 1) from the CSPRNG (48 random bits). */
function uniform(): number {
  return (randomInt(1, 2 ** 24) * 2 ** 24 + randomInt(0, 2 ** 24)) / 2 ** 48;
}

/**
 * Discrete Laplace noise for ε-differential privacy of one count whose value one person can change by
 * at most `sensitivity`: P(k) ∝ exp(-ε|k|/Δ), drawn as the difference of two geometric variables.
 * Floating point, so not an exact sampler (Canonne, Kamath and Steinke give one); see the README.
 */
export function discreteLaplace(epsilon: number, sensitivity: number): number {
  const p = Math.exp(-epsilon / sensitivity);
  const geometric = () => Math.floor(Math.log(uniform()) / Math.log(p));
  return geometric() - geometric();
}
