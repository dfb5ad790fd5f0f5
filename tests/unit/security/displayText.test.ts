import { describe, expect, it } from 'vitest';
import { capText, cleanText, displayText } from '../../../src/security/displayText.ts';

describe('cleanText', () => {
  it('leaves ordinary text, accents and other scripts alone', () => {
    for (const text of ['Senkaku Islands (Diaoyu Islands)', 'Biển Đông – Trường Sa', 'Ryūkyū', '尖閣諸島', 'قطر', 'a\tb\nc']) {
      expect(cleanText(text)).toBe(text);
    }
  });

  it('keeps zero-width joiners, which scripts and emoji need', () => {
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanText('👩\u200D💻')).toBe('👩\u200D💻');
  });

  it('removes bidi overrides, embeddings, isolates and marks', () => {
    expect(cleanText('invoice\u202Etxt.exe')).toBe('invoicetxt.exe');
    expect(cleanText('\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069h\u200Ei\u200Fj\u061Ck')).toBe('abcdefghijk');
  });

  it('removes zero-width spaces, word joiners, the BOM and control characters', () => {
    expect(cleanText('\uFEFFOki\u200Bna\u2060wa\u0000\u0007\u001B[31m\r')).toBe('Okinawa[31m');
  });

  it('replaces a broken surrogate and keeps a whole pair', () => {
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanText('a\uDC00b')).toBe('a\uFFFDb');
    expect(cleanText('𝒳')).toBe('𝒳');
  });

  it('trims piles of combining marks to three', () => {
    expect(cleanText('Z\u0301\u0302\u0303\u0304\u0305\u0306o')).toBe('Z\u0301\u0302\u0303o');
    expect(cleanText('e\u0302\u0301')).toBe('e\u0302\u0301');
  });

  it('keeps markup as the literal text it is (rendering it as text is Svelte\'s job)', () => {
    expect(cleanText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('turns anything that is not a string into an empty string', () => {
    for (const value of [undefined, null, 7, {}, ['a']]) expect(cleanText(value)).toBe('');
  });
});

describe('capText', () => {
  it('leaves text within the limit alone', () => {
    expect(capText('Okinawa', 7)).toBe('Okinawa');
  });

  it('cuts longer text to the limit, ending in an ellipsis', () => {
    const capped = capText('Senkaku Islands', 8);
    expect(capped).toBe('Senkaku…');
    expect(capped.length).toBe(8);
  });

  it('never splits a surrogate pair', () => {
    expect(capText('ab𝒳cd', 4)).toBe('ab…');
  });
});

describe('displayText', () => {
  it('cleans, then caps a very long hostile string', () => {
    const shown = displayText(`\u202E${'A'.repeat(100_000)}`, 200);
    expect(shown).toHaveLength(200);
    expect(shown.startsWith('AAA')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
  });
});
