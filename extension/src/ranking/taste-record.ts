/**
 * What ranking knows about the person: records, each of one data category, with the terms they
 * stand for. Today they come from the device (`localTasteRecords`); once paired, the vault's
 * cached DNA becomes another TasteSource with the same shape, so ranking and the why-panel stay.
 */
import type { CategoryId } from '../control/categories.ts';
import type { LocalProfile } from '../control/local-profile.ts';
import { resolveInterest } from '@verwonder/shared/interests/resolve-interests.ts';
import type { MediumId } from '@verwonder/shared/wire/vocabulary.ts';

export interface TasteRecord {
  id: string;
  category: CategoryId;
  /** What the why-panel shows for it: the interest, or the title of the item opened. */
  label: string;
  terms: string[];
  /** The authors of the item, kept apart from the terms (a vault loan's book). */
  authors?: string[];
  /** The item the record is about (a visit, a liked suggestion), when it is about one. */
  itemId?: string;
  /** When it happened (ISO 8601): older records count less. */
  time?: string;
  /** For liked suggestions: how much, and whether the suggestion was a surprise. */
  reaction?: { kind: 'thumbs-up' | 'wow'; wasSurprise: boolean };
  /** Where it happened (a ticket's, visit's or museum app's venue), as the record names it. */
  venueId?: string;
  venueName?: string;
  /** What one ticket cost, in euro, when the record says. */
  priceEur?: number;
  /** A loan's stars (1 to 5), when the person gave them: below 4 it counts half. */
  rating?: number;
  /** The item's medium, as the vault's record names it: the person's media mix weighs candidates. */
  medium?: MediumId;
  /** An own word the person typed in the vault (InterestsData.words), not in the options. */
  ownWord?: boolean;
  /** A coarse location record ("Grove locatie"): roughly where the person is, about 1 km. */
  area?: { latitude: number; longitude: number; district?: string };
}

export interface TasteSource {
  records(): Promise<TasteRecord[]>;
}

/**
 * An interest the person typed, in the options or as an own word in the vault: the word itself
 * and the vocabulary terms it resolves to ("jazz" is the UiT theme "Jazz en blues"), so it meets
 * what the sites publish.
 */
export function typedInterestRecord(id: string, word: string): TasteRecord {
  return {
    id,
    category: 'interests',
    label: word,
    terms: [...new Set([word, ...resolveInterest(word).terms.map((term) => term.id)])].slice(0, 50),
  };
}

export function localTasteRecords(profile: LocalProfile): TasteRecord[] {
  return [
    ...profile.interests.map((interest, index) =>
      typedInterestRecord(`interest-${index + 1}`, interest),
    ),
    ...profile.browsing.map((visit) => ({
      id: visit.id,
      category: 'browsing' as const,
      label: visit.title,
      terms: visit.terms,
      itemId: visit.itemId,
      time: visit.time,
    })),
    // Liked suggestions teach taste; "not for me" only keeps that item out (see rejectedItems).
    ...profile.feedback.flatMap((feedback) =>
      feedback.kind === 'thumbs-up' || feedback.kind === 'wow'
        ? [
            {
              id: feedback.id,
              category: 'feedback' as const,
              label: feedback.title,
              terms: feedback.terms,
              itemId: feedback.itemId,
              time: feedback.time,
              reaction: { kind: feedback.kind, wasSurprise: feedback.wasSurprise },
            },
          ]
        : [],
    ),
  ];
}

/** Items the person turned down: never suggested again (the page still shows them, untouched). */
export function rejectedItems(profile: LocalProfile): Set<string> {
  return new Set(
    profile.feedback.filter((feedback) => feedback.kind === 'thumbs-down').map((f) => f.itemId),
  );
}
