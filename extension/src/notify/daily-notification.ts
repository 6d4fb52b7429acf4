/**
 * The words of the daily notification: "Vanavond in de buurt: <title>", then when and where, why
 * (the ranking's own reason, checked against the records it names) and which data it used, and a
 * button to stop. Browsers without notification buttons (Firefox) get the stop hint in the text.
 */
import { CATEGORIES } from '../control/categories.ts';
import type { Language } from '../control/settings.ts';
import { antwerpClockTime } from './antwerp-clock.ts';
import { NOTIFICATION_MESSAGES } from './notification-messages.ts';
import type { NotificationPick } from './pick-notification.ts';

export interface DailyNotification {
  title: string;
  message: string;
  /** The button's label (Chrome); the same offer is in `stopHint` for browsers without buttons. */
  stop: string;
  stopHint: string;
  /** The activity's page on the agenda site, opened on a click. */
  url: string;
}

/** "Opgegeven interesses" reads "opgegeven interesses" mid-sentence; "A-kaartbezoeken" stays. */
const lowerFirst = (text: string) =>
  /^\p{Lu}[\p{Lu}-]/u.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

const list = (items: readonly string[], and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

export function dailyNotification(pick: NotificationPick, language: Language): DailyNotification {
  const m = NOTIFICATION_MESSAGES[language];
  const when = pick.evening ? m.tonight : m.today;
  const title = `${pick.nearby ? `${when} ${m.nearby}` : when}: ${pick.activity.title}`;
  // Antwerp's clock, whatever zone the device keeps: the activity is there.
  const time = antwerpClockTime(pick.activity.start, language === 'nl' ? 'nl-BE' : 'en-GB');
  // The first reason that is about taste; distance is said by "in de buurt" and the data list.
  const reason = pick.suggestion.explanations.find((e) => e.code !== 'nearby');
  const data = [
    ...pick.suggestion.categories
      .filter((category) => category !== 'location')
      .map((category) => lowerFirst(CATEGORIES[category].label[language])),
    ...(pick.nearby ? [m.yourArea.replace('{district}', pick.nearby.district)] : []),
  ];
  const message = [
    `${time}, ${pick.activity.venue.name}.`,
    ...(reason ? [`${reason.text[language]}.`] : []),
    m.basedOn.replace('{data}', list(data, m.and)),
  ].join(' ');
  return { title, message, stop: m.stop, stopHint: m.stopHint, url: pick.activity.url };
}
