import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import type { CjkScript } from '../src/map/localLabels.ts';

/** The @fontsource package of each CJK script's Noto Sans (OFL-1.1). */
export const CJK_PACKAGE: Record<CjkScript, string> = {
  ja: 'noto-sans-jp',
  'zh-Hans': 'noto-sans-sc',
  'zh-Hant': 'noto-sans-tc',
  ko: 'noto-sans-kr',
};

export interface CjkLabelFont {
  script: CjkScript;
  /** Logical file name, e.g. `fonts/noto-sans-jp-labels-12.woff2`. */
  name: string;
  data: Uint8Array;
  /** CSS unicode-range of exactly the characters it holds. */
  range: string;
}

/** The first code point the CJK fonts are for (CJK radicals, punctuation, kana, Han, Hangul …); below it is Noto Sans's. */
const CJK_FIRST = 0x2e80;

/** Whether `text` has a character only a CJK font draws. */
export const hasCjk = (text: string): boolean => [...text].some((c) => c.codePointAt(0)! >= CJK_FIRST);

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

const sliceCache = new Map<CjkScript, Map<number, string>>();

/** The slice file (`0`, `1` … or `latin`) of a script's @fontsource package that holds each character it has. */
function slices(script: CjkScript): Map<number, string> {
  let bySlice = sliceCache.get(script);
  if (bySlice) return bySlice;
  const ranges = JSON.parse(readFileSync(new URL(import.meta.resolve(`@fontsource/${CJK_PACKAGE[script]}/unicode.json`)), 'utf8')) as Record<string, string>;
  bySlice = new Map();
  for (const [key, range] of Object.entries(ranges)) {
    for (const part of range.split(',')) {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
      for (let c = from; c <= to; c++) if (!bySlice.has(c)) bySlice.set(c, key.replace(/^\[(\d+)\]$/, '$1'));
    }
  }
  sliceCache.set(script, bySlice);
  return bySlice;
}

/**
 * Whether `script`'s Noto Sans has every character of `text` but spaces (as its @fontsource
 * package declares them): a name it lacks a glyph of would show an empty box.
 */
export const fontCovers = (script: CjkScript, text: string): boolean => [...text].every((c) => c === ' ' || slices(script).has(c.codePointAt(0)!));

/**
 * Small woff2 files of each CJK script's Noto Sans holding exactly the characters of its labels,
 * one per @fontsource slice file they come from (each slice declares the characters it holds, so
 * no character is looked for in a file without it). Latin characters are left to Noto Sans (the
 * style's stack falls back to it). Fails naming the script and character a font lacks.
 *
 * @example
 * await cjkLabelFonts({ ja: ['那覇市'] }) // [{ script: 'ja', name: 'fonts/noto-sans-jp-labels-…woff2', range: 'U+5E02,…' }, …]
 */
export async function cjkLabelFonts(texts: Partial<Record<CjkScript, readonly string[]>>): Promise<CjkLabelFont[]> {
  const jobs: Promise<CjkLabelFont>[] = [];
  for (const [script, list] of Object.entries(texts) as [CjkScript, string[]][]) {
    const bySlice = new Map<string, number[]>();
    const wanted = new Set([...list.join('')].map((c) => c.codePointAt(0)!).filter((c) => c >= CJK_FIRST));
    for (const codePoint of [...wanted].sort((a, b) => a - b)) {
      const slice = slices(script).get(codePoint);
      if (!slice) throw new Error(`cjkLabelFonts: ${CJK_PACKAGE[script]} has no glyph for "${String.fromCodePoint(codePoint)}" (${hex(codePoint)})`);
      bySlice.set(slice, [...(bySlice.get(slice) ?? []), codePoint]);
    }
    for (const [slice, codePoints] of bySlice) {
      jobs.push(
        (async () => {
          const source = readFileSync(new URL(import.meta.resolve(`@fontsource/${CJK_PACKAGE[script]}/files/${CJK_PACKAGE[script]}-${slice}-400-normal.woff2`)));
          // As labelFonts: MapLibre draws each character alone, so no hinting or layout tables.
          const data = await subsetFont(source, String.fromCodePoint(...codePoints), { targetFormat: 'woff2', noHinting: true, keepFeatures: [], dropTables: ['GPOS', 'GSUB', 'GDEF'] });
          return { script, name: `fonts/${CJK_PACKAGE[script]}-labels-${slice}.woff2`, data: new Uint8Array(data), range: codePoints.map(hex).join(',') };
        })(),
      );
    }
  }
  return Promise.all(jobs);
}
