/**
 * Characters that change how the text around them is shown while being invisible themselves:
 * C0/C1 controls (tab and line feed are kept), the Arabic letter mark, zero-width space, the
 * left-to-right and right-to-left marks, bidi embeddings, overrides and isolates, the word
 * joiner and invisible operators, and the byte-order mark. Zero-width (non-)joiners stay: Persian,
 * Indic scripts and emoji need them.
 */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** A surrogate without its other half (not text; shown as U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** More than three combining marks on one letter ("Zalgo" text that spills over the lines around it). */
const MARK_PILE = /(\p{M}{3})\p{M}+/gu;

/**
 * Text from data, made harmless to display: invisible formatting characters removed (so a
 * right-to-left override cannot reverse what follows it), broken surrogates replaced, piles of
 * combining marks trimmed. Anything that is not a string becomes ''.
 *
 * @example
 * cleanText('invoice\u202Etxt.exe') // 'invoicetxt.exe'
 */
export function cleanText(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\uFFFD').replace(MARK_PILE, '$1');
}

/**
 * At most `max` UTF-16 units of `text`, ending in '…' when cut, never splitting a surrogate pair.
 *
 * @example
 * capText('Senkaku Islands', 8) // 'Senkaku…'
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** How long each kind of display text may be (UTF-16 units). */
export const LIMITS = {
  name: 200,
  title: 300,
  summary: 2000,
  passage: 20_000,
} as const;

/**
 * Text from data ready to show: cleaned (see cleanText) and capped to `max`.
 *
 * @example
 * displayText('<img src=x onerror=alert(1)>', 200) // '<img src=x onerror=alert(1)>' — shown as text, never as markup
 */
export const displayText = (text: unknown, max: number): string => capText(cleanText(text), max);
