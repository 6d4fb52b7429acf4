/**
 * A page of a record container (`GET /pods/{pod}/{category}/`) as clients read it: an LDP basic
 * container whose `contains` holds the records and whose `next`, if any, is the following page;
 * `personalised` false says the owner keeps this category out of personalisation; `searched`, with
 * the owner's search (`q`, `feedback`, `order=title`), how many records the vault looked through.
 * Each client says which record fields it relies on. zod/mini, so any client can bundle it.
 */
import { array, boolean, number, object, optional, string, type ZodMiniType } from 'zod/mini';

export const recordContainerOf = <R extends ZodMiniType>(record: R) =>
  object({
    '@id': optional(string()),
    contains: array(record),
    next: optional(string()),
    personalised: optional(boolean()),
    searched: optional(number()),
  });
