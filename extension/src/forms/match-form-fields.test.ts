import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { fakeLayout } from '../test-support/fake-layout.ts';
import { fillForm } from './fill-form.ts';
import { fieldOfInput, matchFormFields } from './match-form-fields.ts';

/** The library's registration form as the demo site writes it, plus decoys. */
const REGISTRATION = `<form>
  <input name="naam" autocomplete="name">
  <input name="email" type="email" autocomplete="email">
  <input name="postcode" autocomplete="postal-code" inputmode="numeric">
  <input name="akaartnummer" inputmode="numeric">
  <input name="email2" type="email">
  <input name="tel" type="tel" autocomplete="tel">
  <input name="csrf" type="hidden" value="x">
</form>`;

function form(html: string): HTMLFormElement {
  const document = documentFrom(html);
  fakeLayout(document);
  return document.forms[0]!;
}
const input = (html: string) => form(`<form>${html}</form>`).querySelector('input')!;

describe('matchFormFields', () => {
  it('matches on autocomplete token or exact name, nothing else', () => {
    const matches = matchFormFields(form(REGISTRATION));
    expect(matches.map((m) => [m.input.name, m.field])).toEqual([
      ['naam', 'name'],
      ['email', 'email'],
      ['postcode', 'postalCode'],
      ['akaartnummer', 'aKaartNumber'],
    ]);
  });

  it('refuses disagreements, wrong types, other autocomplete fields and read-only inputs', () => {
    expect(fieldOfInput(input('<input name="naam" autocomplete="email">'))).toBeUndefined();
    expect(fieldOfInput(input('<input name="email" type="checkbox">'))).toBeUndefined();
    expect(fieldOfInput(input('<input name="naam" autocomplete="given-name">'))).toBeUndefined();
    expect(fieldOfInput(input('<input name="naam" readonly>'))).toBeUndefined();
    expect(
      fieldOfInput(input('<input name="x" autocomplete="section-a shipping postal-code">')),
    ).toBe('postalCode');
    expect(fieldOfInput(input('<input name="Naam" autocomplete="off">'))).toBe('name');
  });

  it('The form filler fills fields it never offered, including hidden ones: it skips inputs a person cannot see', () => {
    const hidden = [
      '<input name="naam" style="display:none">',
      '<input name="naam" style="visibility:hidden">',
      '<input name="naam" style="opacity:0">',
      '<input name="naam" style="width:0">',
      '<input name="naam" style="height:1px">',
      '<input name="naam" hidden>',
      '<div style="display:none"><input name="naam"></div>',
      '<div aria-hidden="true"><input name="naam"></div>',
      '<div inert><input name="naam"></div>',
      '<input name="naam" type="hidden">',
    ];
    for (const html of hidden) {
      expect(matchFormFields(form(`<form>${html}</form>`)), html).toEqual([]);
    }
    const shown = matchFormFields(form('<form><div><input name="naam"></div></form>'));
    expect(shown.map((m) => m.field)).toEqual(['name']);
  });

  it('leaves a field claimed by two inputs alone', () => {
    const matches = matchFormFields(
      form('<form><input name="email"><input autocomplete="email"><input name="naam"></form>'),
    );
    expect(matches.map((m) => m.field)).toEqual(['name']);
  });
});

describe('fillForm', () => {
  it('fills empty matched inputs only, and tells the site', () => {
    const registration = form(REGISTRATION);
    registration.querySelector<HTMLInputElement>('[name=postcode]')!.value = '2140';
    const heard: string[] = [];
    registration.addEventListener('input', (event) =>
      heard.push((event.target as HTMLInputElement).name),
    );
    const filled = fillForm(matchFormFields(registration), {
      name: 'Mira Peeters',
      email: 'mira@example.be',
      postalCode: '2000',
    });
    expect(filled.map((m) => m.field)).toEqual(['name', 'email']);
    expect(heard).toEqual(['naam', 'email']);
    const value = (name: string) =>
      registration.querySelector<HTMLInputElement>(`[name=${name}]`)!.value;
    expect([
      value('naam'),
      value('email'),
      value('postcode'),
      value('akaartnummer'),
      value('email2'),
    ]).toEqual(['Mira Peeters', 'mira@example.be', '2140', '', '']);
  });
});
