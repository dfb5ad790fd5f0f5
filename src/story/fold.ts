/** Letters that carry no combining mark in Unicode, so NFD cannot take their accent off. */
const LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };

function foldChar(ch: string): string {
  return ch
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đðłøæœßıþ]/g, (c) => LETTERS[c])
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s/g, ' ');
}

/**
 * `fold` one character at a time, keeping where each folded character came from, so a match
 * in the folded text can be shown in the original: `from[i]` is the original offset of folded
 * character `i` (and `from[text.length]` is the original's length).
 *
 * @example
 * foldIndexed('Hoàng Sa') // { text: 'hoang sa', from: [0, 1, 2, 3, 4, 5, 6, 7, 8] }
 */
export function foldIndexed(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) from.push(at);
    out += folded;
    at += ch.length;
  }
  from.push(text.length);
  return { text: out, from };
}

/**
 * Text as search compares it: lower case, without diacritics, curly quotes and dashes made
 * plain, runs of spaces made one and trimmed.
 *
 * @example
 * fold('Trường Sa') // 'truong sa'
 * fold(' Tōhoku ')  // 'tohoku'
 */
export function fold(text: string): string {
  return foldIndexed(text).text.replace(/ +/g, ' ').trim();
}
