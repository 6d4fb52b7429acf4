import { CATEGORIES, CATEGORY_IDS } from '../control/categories.ts';
import type { Settings } from '../control/settings.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { FIELDSET_STYLE, ROW_STYLE } from './page-style.ts';

/** One checkbox per data category (the global switches). */
export function CategorySwitches(props: { settings: Settings; onChange(next: Settings): void }) {
  const { settings } = props;
  const language = settings.language;
  return (
    <fieldset style={FIELDSET_STYLE}>
      <legend>{MESSAGES[language].categoriesLegend}</legend>
      {CATEGORY_IDS.map((id) => (
        <label key={id} style={ROW_STYLE}>
          <input
            type="checkbox"
            name="category"
            value={id}
            checked={settings.categories[id] !== false}
            onChange={(event) =>
              props.onChange({
                ...settings,
                categories: { ...settings.categories, [id]: event.target.checked },
              })
            }
          />{' '}
          {CATEGORIES[id].label[language]}
        </label>
      ))}
    </fieldset>
  );
}
