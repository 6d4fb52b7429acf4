import { markup, type SafeHtml } from './html.ts';

export type FieldErrors = Partial<Record<string, string>>;
export type FieldValues = Partial<Record<string, string>>;

interface BaseField {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  values: FieldValues;
  errors: FieldErrors;
}

export interface InputField extends BaseField {
  type?: 'text' | 'email' | 'number' | 'date' | 'tel';
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'text' | 'tel';
  min?: string;
  max?: string;
  maxlength?: number;
  defaultValue?: string;
}

export interface SelectField extends BaseField {
  options: Array<{ value: string; label: string }>;
}

export const fieldId = (name: string): string => `veld-${name}`;

function describedBy(f: BaseField): string | undefined {
  const ids = [
    f.hint ? `${fieldId(f.name)}-hint` : '',
    f.errors[f.name] ? `${fieldId(f.name)}-fout` : '',
  ];
  return ids.filter(Boolean).join(' ') || undefined;
}

function labelAndMessages(f: BaseField): SafeHtml {
  const id = fieldId(f.name);
  return markup`<label for="${id}">${f.label}${f.required ? '' : markup` <span class="field__optional">(optioneel)</span>`}</label>
  ${f.hint ? markup`<p class="field__hint" id="${id}-hint">${f.hint}</p>` : ''}
  ${f.errors[f.name] ? markup`<p class="field__error" id="${id}-fout"><span class="visually-hidden">Fout: </span>${f.errors[f.name]}</p>` : ''}`;
}

function attr(name: string, value: string | number | undefined): SafeHtml {
  return value === undefined ? markup`` : markup` ${name}="${value}"`;
}

export function inputField(f: InputField): SafeHtml {
  const error = Boolean(f.errors[f.name]);
  return markup`<div class="field${error ? ' field--error' : ''}">
  ${labelAndMessages(f)}
  <input id="${fieldId(f.name)}" name="${f.name}" type="${f.type ?? 'text'}" value="${f.values[f.name] ?? f.defaultValue ?? ''}"${attr('autocomplete', f.autocomplete)}${attr('inputmode', f.inputmode)}${attr('min', f.min)}${attr('max', f.max)}${attr('maxlength', f.maxlength)}${f.required ? markup` required` : ''}${error ? markup` aria-invalid="true"` : ''}${attr('aria-describedby', describedBy(f))}>
</div>`;
}

export function selectField(f: SelectField): SafeHtml {
  const error = Boolean(f.errors[f.name]);
  const current = f.values[f.name];
  return markup`<div class="field${error ? ' field--error' : ''}">
  ${labelAndMessages(f)}
  <select id="${fieldId(f.name)}" name="${f.name}"${f.required ? markup` required` : ''}${error ? markup` aria-invalid="true"` : ''}${attr('aria-describedby', describedBy(f))}>
    ${f.options.map((o) => markup`<option value="${o.value}"${o.value === current ? markup` selected` : ''}>${o.label}</option>`)}
  </select>
</div>`;
}

export function checkboxField(f: BaseField): SafeHtml {
  const error = Boolean(f.errors[f.name]);
  const id = fieldId(f.name);
  return markup`<div class="field field--checkbox${error ? ' field--error' : ''}">
  ${error ? markup`<p class="field__error" id="${id}-fout"><span class="visually-hidden">Fout: </span>${f.errors[f.name]}</p>` : ''}
  <input id="${id}" name="${f.name}" type="checkbox" value="ja"${f.values[f.name] === 'ja' ? markup` checked` : ''}${f.required ? markup` required` : ''}${error ? markup` aria-invalid="true"` : ''}${attr('aria-describedby', error ? `${id}-fout` : undefined)}>
  <label for="${id}">${f.label}</label>
</div>`;
}

/** Lists all errors at the top of a form, each linking to its field. */
export function errorSummary(errors: FieldErrors): SafeHtml {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (!entries.length) return markup``;
  return markup`<div class="error-summary" role="alert" aria-labelledby="fouten-titel">
  <h2 id="fouten-titel">Controleer het formulier</h2>
  <ul>${entries.map(([name, message]) => markup`<li><a href="#${fieldId(name)}">${message}</a></li>`)}</ul>
</div>`;
}

/** A group of radio buttons in a fieldset; the legend names the choice. */
export function radioGroup(f: SelectField): SafeHtml {
  const error = Boolean(f.errors[f.name]);
  const id = fieldId(f.name);
  const current = f.values[f.name] ?? f.options[0]?.value;
  return markup`<fieldset class="field field--radios${error ? ' field--error' : ''}" id="${id}"${error ? markup` aria-describedby="${id}-fout"` : ''}>
  <legend>${f.label}</legend>
  ${error ? markup`<p class="field__error" id="${id}-fout"><span class="visually-hidden">Fout: </span>${f.errors[f.name]}</p>` : ''}
  ${f.options.map(
    (o, i) =>
      markup`<div class="radio"><input type="radio" id="${id}-${i}" name="${f.name}" value="${o.value}"${o.value === current ? markup` checked` : ''}${f.required ? markup` required` : ''}><label for="${id}-${i}">${o.label}</label></div>`,
  )}
</fieldset>`;
}
