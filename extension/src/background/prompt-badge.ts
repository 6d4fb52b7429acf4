/**
 * A "?" on the toolbar icon while a question waits in the popup (insight/feedback-prompts.ts), with
 * the icon's title saying so for screen readers; both back to normal once it is answered or dismissed.
 */
export interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export async function showPromptBadge(
  action: ActionApi,
  waiting: boolean,
  titles: { waiting: string; normal: string },
): Promise<void> {
  if (waiting) await action.setBadgeBackgroundColor({ color: '#5b2a86' });
  await action.setBadgeText({ text: waiting ? '?' : '' });
  await action.setTitle({ title: waiting ? titles.waiting : titles.normal });
}
