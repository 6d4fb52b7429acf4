/**
 * The popup's card with the one question after a conversion: "Was dit een goede verrassing?" (worded
 * by the mark's kind: questionWording), yes,
 * no or rather not answer. It never blocks the popup (everything else stays usable) and is gone
 * once answered or dismissed; the background decides whether there is one (insight/feedback-prompts.ts).
 */
import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';

import type { Language } from '../control/settings.ts';
import { INSIGHT_MESSAGES } from '../i18n/insight-messages.ts';
import { questionWording, type Outcome, type Question } from '../insight/feedback-prompts.ts';
import { PromptResponseSchema } from '../messaging/prompt-messages.ts';
import { VAULT_TASTE_VERSION_KEY } from '../vault/vault-taste.ts';
import { FIELDSET_STYLE } from './page-style.ts';

const CONTEXT = { loans: 'promptLoans', tickets: 'promptTickets', visits: 'promptVisits' } as const;

export function PromptCard(props: { language: Language }) {
  const t = INSIGHT_MESSAGES[props.language];
  const [question, setQuestion] = useState<Question>();
  const [answered, setAnswered] = useState(false);

  useEffect(() => {
    let done = false;
    const load = async () => {
      const answer = PromptResponseSchema.safeParse(
        await browser.runtime.sendMessage({ type: 'verwonder/get-prompt' }),
      );
      if (!done && answer.success && answer.data.question) setQuestion(answer.data.question);
    };
    void load().catch(() => undefined);
    // Opening the popup reads the vault again: a loan it brings may be the conversion.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && VAULT_TASTE_VERSION_KEY in changes)
        void load().catch(() => undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      done = true;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  if (answered)
    return (
      <p role="status" id="prompt-thanks">
        {t.promptThanks}
      </p>
    );
  if (!question) return null;
  const reply = (outcome: Outcome) => {
    void browser.runtime
      .sendMessage({
        type: 'verwonder/answer-prompt',
        suggestionId: question.suggestionId,
        outcome,
      })
      .catch(() => undefined);
    setQuestion(undefined);
    if (outcome !== 'dismissed') setAnswered(true);
  };
  return (
    <section
      id="prompt"
      aria-labelledby="prompt-title"
      style={{ ...FIELDSET_STYLE, borderColor: '#5b2a86', background: '#f7f2fb' }}
    >
      <h2 id="prompt-title" style={{ fontSize: 15, margin: '0 0 4px' }}>
        {t.promptTitle}
      </h2>
      <p id="prompt-context" style={{ margin: '0 0 4px' }}>
        {t[CONTEXT[question.conversion]].replace('{title}', question.title)}
      </p>
      <p id="prompt-question" style={{ margin: '0 0 8px', fontWeight: 700 }}>
        {t[questionWording(question)]}
      </p>
      <div role="group" aria-labelledby="prompt-question" style={{ display: 'flex', gap: 8 }}>
        <button type="button" id="prompt-yes" onClick={() => reply('yes')}>
          {t.promptYes}
        </button>
        <button type="button" id="prompt-no" onClick={() => reply('no')}>
          {t.promptNo}
        </button>
        <button type="button" id="prompt-dismiss" onClick={() => reply('dismissed')}>
          {t.promptDismiss}
        </button>
      </div>
      <p style={{ margin: '8px 0 0' }}>
        <small>{t.promptNote}</small>
      </p>
    </section>
  );
}
