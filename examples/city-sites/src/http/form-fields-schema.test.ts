import { describe, expect, it } from 'vitest';
import {
  aKaartNumber,
  belgianPostalCode,
  emailAddress,
  optionalAKaartNumber,
  wholeNumber,
} from './form-fields-schema.ts';

describe('form field schemas', () => {
  it('accepts an A-kaart number with spaces and normalises it', () => {
    expect(aKaartNumber.parse('1234 5678 90123')).toBe('1234567890123');
    expect(aKaartNumber.safeParse('12345').success).toBe(false);
    expect(optionalAKaartNumber.parse('')).toBeUndefined();
    expect(optionalAKaartNumber.safeParse('12').success).toBe(false);
  });

  it('checks Belgian postal codes and e-mail addresses', () => {
    expect(belgianPostalCode.parse(' 2000 ')).toBe('2000');
    expect(belgianPostalCode.safeParse('0200').success).toBe(false);
    expect(emailAddress.parse(' an@voorbeeld.be ')).toBe('an@voorbeeld.be');
    expect(emailAddress.safeParse('an@').success).toBe(false);
  });

  it('bounds whole numbers', () => {
    const tickets = wholeNumber('het aantal', 1, 10);
    expect(tickets.parse('3')).toBe(3);
    expect(tickets.safeParse('0').success).toBe(false);
    expect(tickets.safeParse('2.5').success).toBe(false);
  });
});
