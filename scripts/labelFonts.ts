import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { covers, NOTO_SANS_SUBSETS } from '../src/map/fontRanges.ts';

export interface LabelFont {
  /** Logical file name, e.g. `fonts/noto-sans-labels-latin-ext.woff2`. */
  name: string;
  data: Uint8Array;
  /** CSS unicode-range of exactly the characters it holds, e.g. `U+014D`. */
  range: string;
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Small Noto Sans files holding only the characters of `texts` (as written and upper-cased, as
 * country labels are drawn) that the Latin file lacks: one per Noto Sans subset file they come
 * from. One "ō" (Tōhoku) otherwise costs the whole 55 KB Latin Extended file on the first view.
 * Latin itself is the whole Latin file, which the page's own text loads anyway. Characters no
 * subset covers are left to the map's other fonts.
 *
 * `italic` makes the files of the italic face (the seas' names) instead, Latin included.
 *
 * @example
 * await labelFonts(['Tōhoku']) // [{ name: 'fonts/noto-sans-labels-latin-ext.woff2', data: …, range: 'U+014C,U+014D' }]
 */
export async function labelFonts(texts: readonly string[], options: { italic?: boolean } = {}): Promise<LabelFont[]> {
  const italic = options.italic ?? false;
  const latin = NOTO_SANS_SUBSETS.find((s) => s.subset === 'latin')!;
  // The page has no italic text of its own: an italic face is made of small files only, Latin's too.
  const others = italic ? NOTO_SANS_SUBSETS : NOTO_SANS_SUBSETS.filter((s) => s !== latin);
  const wanted = new Set<number>();
  for (const text of texts) for (const c of text + text.toUpperCase()) wanted.add(c.codePointAt(0)!);
  const bySubset = new Map<string, number[]>();
  for (const codePoint of [...wanted].sort((a, b) => a - b)) {
    if (!italic && covers(latin.range, codePoint)) continue;
    const from = others.find((s) => covers(s.range, codePoint));
    if (from) bySubset.set(from.subset, [...(bySubset.get(from.subset) ?? []), codePoint]);
  }
  return Promise.all(
    [...bySubset].map(async ([subset, codePoints]) => {
      const style = italic ? 'italic' : 'normal';
      const source = readFileSync(new URL(import.meta.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-${style}.woff2`)));
      // MapLibre draws each character alone, as a bitmap: no hinting, no layout tables (kerning,
      // ligatures, mark positioning) are ever used, and leaving them out halves these small files.
      const data = await subsetFont(source, String.fromCodePoint(...codePoints), {
        targetFormat: 'woff2',
        noHinting: true,
        keepFeatures: [],
        dropTables: ['GPOS', 'GSUB', 'GDEF'],
      });
      return { name: `fonts/noto-sans${italic ? '-italic' : ''}-labels-${subset}.woff2`, data: new Uint8Array(data), range: codePoints.map(hex).join(',') };
    }),
  );
}
