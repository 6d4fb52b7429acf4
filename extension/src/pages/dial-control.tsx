/**
 * The dial from "vertrouwd" (familiar) to "verras me" (surprise me): three presets and a fine
 * slider, both keyboard-operable. The content script ranks with the stored value: open pages
 * rank again when the settings change, new pages start with it.
 */
import { DIAL_PRESETS, type DialPreset } from '@verwonder/shared/wonder/rerank/dial.ts';

import type { Settings } from '../control/settings.ts';
import { MESSAGES, type Messages } from '../i18n/messages.ts';
import { FIELDSET_STYLE, ROW_STYLE } from './page-style.ts';

const PRESETS: DialPreset[] = ['vertrouwd', 'default', 'verras-me'];

function presetLabel(preset: DialPreset, m: Messages): string {
  return preset === 'vertrouwd'
    ? m.dialVertrouwd
    : preset === 'verras-me'
      ? m.dialVerrasMe
      : m.dialDefault;
}

/** The preset nearest to `dial` (the slider's value in words). */
export function nearestPreset(dial: number): DialPreset {
  let best: DialPreset = 'default';
  for (const preset of PRESETS) {
    if (Math.abs(DIAL_PRESETS[preset] - dial) < Math.abs(DIAL_PRESETS[best] - dial)) best = preset;
  }
  return best;
}

export function DialControl(props: { settings: Settings; onChange(next: Settings): void }) {
  const { settings } = props;
  const m = MESSAGES[settings.language];
  const set = (dial: number) => props.onChange({ ...settings, dial });
  const valueText = m.dialValue
    .replace('{preset}', presetLabel(nearestPreset(settings.dial), m))
    .replace('{percent}', String(Math.round(settings.dial * 100)));
  return (
    <fieldset style={FIELDSET_STYLE}>
      <legend>{m.dialLegend}</legend>
      {PRESETS.map((preset) => (
        <label key={preset} style={ROW_STYLE}>
          <input
            type="radio"
            name="dial-preset"
            value={preset}
            checked={settings.dial === DIAL_PRESETS[preset]}
            onChange={() => set(DIAL_PRESETS[preset])}
          />{' '}
          {presetLabel(preset, m)}
        </label>
      ))}
      <label style={ROW_STYLE} htmlFor="dial">
        {m.dialFine}
      </label>
      <input
        id="dial"
        type="range"
        name="dial"
        min={0}
        max={1}
        step={0.05}
        value={settings.dial}
        aria-valuetext={valueText}
        onChange={(event) => set(Number(event.target.value))}
        style={{ width: '100%' }}
      />
      <small style={{ display: 'block' }}>
        <output htmlFor="dial">{valueText}</output>. {m.dialNote}
      </small>
    </fieldset>
  );
}
