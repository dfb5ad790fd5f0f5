import { describe, expect, it } from 'vitest';
import { covers, NOTO_SANS_SUBSETS } from '../../../src/map/fontRanges.ts';
import { labelFonts } from '../../../scripts/labelFonts.ts';

describe('covers', () => {
  it('reads single code points and ranges of a CSS unicode-range', () => {
    expect(covers('U+0000-00FF,U+0131', 0x41)).toBe(true);
    expect(covers('U+0000-00FF,U+0131', 0x131)).toBe(true);
    expect(covers('U+0000-00FF,U+0131', 0x130)).toBe(false);
    expect(covers('U+1EA0-1EF9', 0x1edd)).toBe(true);
  });

  it('lists the subsets in the order MapLibre tries them, Latin last', () => {
    expect(NOTO_SANS_SUBSETS.map((s) => s.subset)).toEqual(['vietnamese', 'latin-ext', 'latin']);
  });
});

describe('labelFonts', () => {
  it('makes no file when every label is Latin', async () => {
    expect(await labelFonts(['Japan', 'Côte d\'Ivoire', 'Morrison–Suga'])).toEqual([]);
  });

  it('makes one small file per subset the labels need, with exactly their characters, upper case too', async () => {
    const fonts = await labelFonts(['Great East Japan Earthquake (Tōhoku)', 'Trường Sa Islands']);
    expect(fonts.map((f) => [f.name, f.range])).toEqual([
      ['fonts/noto-sans-labels-latin-ext.woff2', 'U+014C,U+014D'],
      ['fonts/noto-sans-labels-vietnamese.woff2', 'U+01AF,U+01B0,U+1EDC,U+1EDD'],
    ]);
    for (const f of fonts) {
      expect(new TextDecoder().decode(f.data.slice(0, 4))).toBe('wOF2');
      expect(f.data.length).toBeLessThan(3000);
    }
  });
});
