// The ISO week lives in shared (the extension's weekly survey limit uses it too).
export {
  isIsoWeek,
  isoWeek,
  IsoWeekPattern,
  weekStart,
} from '@verwonder/shared/insight/iso-week.ts';
