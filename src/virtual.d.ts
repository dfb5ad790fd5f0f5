declare module 'virtual:data-files' {
  /** Relative URLs of the data files the build wrote, by logical name (e.g. "data/story.json"). */
  export const urls: Record<string, string>;
  /** countryKey of each country drawn from 1:10m when zoomed in. */
  export const detailIds: string[];
  /** Small font files holding just the labels' characters beyond Latin, each with its unicode-range. */
  export const labelFonts: { url: string; range: string }[];
}
