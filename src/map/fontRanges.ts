/**
 * The Noto Sans files the map draws labels with, in the order MapLibre is given them (it takes the
 * first whose range covers a character), with their Unicode ranges as @fontsource/noto-sans
 * declares them. MapLibre fetches a file only for text that needs it.
 */
export const NOTO_SANS_SUBSETS = [
  {
    subset: 'vietnamese',
    range:
      'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  },
  {
    subset: 'latin-ext',
    range:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  {
    subset: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;

export type NotoSansSubset = (typeof NOTO_SANS_SUBSETS)[number]['subset'];

/**
 * Whether a CSS unicode-range list (`U+0000-00FF,U+0131`) covers `codePoint`.
 *
 * @example
 * covers('U+0000-00FF,U+0131', 0x131) // true
 */
export function covers(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}
