import { CJK_FONT, type CjkScript } from '../map/localLabels';

/**
 * Declares the build's CJK subset fonts (`virtual:local-labels`'s `cjkFonts`: exactly the
 * characters of the names and titles the story shows) to the page, under the families app.css
 * stacks after Noto Sans, for the panel's names in use and source titles: without them a machine
 * with no CJK system font shows empty boxes. Nothing is fetched here: the browser loads a file
 * when text on screen needs a character of its unicode-range.
 *
 * @example
 * addCjkFonts(cjkFonts, document.baseURI) // 'Noto Sans JP Labels' … in document.fonts
 */
export function addCjkFonts(fonts: readonly { script: CjkScript; url: string; range: string }[], base: string): void {
  for (const { script, url, range } of fonts) {
    document.fonts.add(new FontFace(CJK_FONT[script], `url("${new URL(url, base).href}") format("woff2")`, { unicodeRange: range, display: 'swap' }));
  }
}
