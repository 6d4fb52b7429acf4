/** goodbooks language codes (MARC or BCP 47) -> BCP 47 tag and Dutch name. */
const LANGUAGES: Record<string, { tag: string; nl: string }> = {
  eng: { tag: 'en', nl: 'Engels' },
  en: { tag: 'en', nl: 'Engels' },
  'en-us': { tag: 'en-US', nl: 'Engels' },
  'en-gb': { tag: 'en-GB', nl: 'Engels' },
  'en-ca': { tag: 'en-CA', nl: 'Engels' },
  nl: { tag: 'nl', nl: 'Nederlands' },
  dut: { tag: 'nl', nl: 'Nederlands' },
  nld: { tag: 'nl', nl: 'Nederlands' },
  fre: { tag: 'fr', nl: 'Frans' },
  fra: { tag: 'fr', nl: 'Frans' },
  fr: { tag: 'fr', nl: 'Frans' },
  ger: { tag: 'de', nl: 'Duits' },
  deu: { tag: 'de', nl: 'Duits' },
  de: { tag: 'de', nl: 'Duits' },
  spa: { tag: 'es', nl: 'Spaans' },
  es: { tag: 'es', nl: 'Spaans' },
  ita: { tag: 'it', nl: 'Italiaans' },
  por: { tag: 'pt', nl: 'Portugees' },
  swe: { tag: 'sv', nl: 'Zweeds' },
  jpn: { tag: 'ja', nl: 'Japans' },
  ara: { tag: 'ar', nl: 'Arabisch' },
};

export function bookLanguage(code: string | undefined): { tag: string; nl: string } | undefined {
  if (!code) return undefined;
  return LANGUAGES[code.toLowerCase()] ?? { tag: code, nl: code };
}
