import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import vietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import { NOTO_SANS_SUBSETS, type NotoSansSubset } from './fontRanges';

const files: Record<NotoSansSubset, string> = { vietnamese, 'latin-ext': latinExt, latin };

/** A font file with the unicode-range it serves, e.g. a subset made at build time for the labels. */
export interface FontFile {
  url: string;
  range: string;
}

/**
 * The `font-faces` entries for the map's one font, as absolute URLs on this page's own origin:
 * `first` (small files holding just the characters the labels need beyond Latin), then the
 * whole Noto Sans subsets for any other text.
 */
export function fontFaces(first: readonly FontFile[] = [], base = document.baseURI) {
  const face = ({ url, range }: FontFile) => ({ url: new URL(url, base).href, 'unicode-range': range.split(',') });
  return [...first, ...NOTO_SANS_SUBSETS.map(({ subset, range }) => ({ url: files[subset], range }))].map(face);
}

/** The `font-faces` entries of the italic face: only the small files the build made for the seas' names. */
export const italicFontFaces = (files: readonly FontFile[], base = document.baseURI) =>
  files.map(({ url, range }) => ({ url: new URL(url, base).href, 'unicode-range': range.split(',') }));
