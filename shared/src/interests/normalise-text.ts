/** Lower case, without diacritics: "Poëzie" and "poezie" meet, so do "Fotografie" and "fotografie". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
