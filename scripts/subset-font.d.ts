declare module 'subset-font' {
  /** Subsets a TrueType/OpenType, WOFF or WOFF2 font to the glyphs of `text` (harfbuzz's hb-subset). */
  export default function subsetFont(
    buffer: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'woff' | 'woff2';
      noHinting?: boolean;
      /** OpenType layout features to keep (all by default; `[]` keeps none). */
      keepFeatures?: string[];
      /** Tables (four-letter tags) to leave out. */
      dropTables?: string[];
    },
  ): Promise<Uint8Array>;
}
