/**
 * The article view draws this many passages at once, then as many more in each later task. The
 * built-in story's article fits in the first draw; one of 10,000 linked sentences took 1.6 s to
 * draw in one task (a frozen page while a large story opens), and now takes ~34 of under 100 ms.
 */
export const PASSAGES_PER_DRAW = 300;

/**
 * How many of `paragraphs` to draw when the first `shown` are drawn and `passages` more may be:
 * whole paragraphs, as many as fit, and at least one more while any is left (a paragraph is
 * never cut).
 *
 * @example
 * moreParagraphs([[a, b], [c], [d, e]], 0, 3) // 2
 * moreParagraphs([[a, b], [c], [d, e]], 2, 1) // 3: at least one more
 */
export function moreParagraphs(paragraphs: readonly (readonly unknown[])[], shown: number, passages = PASSAGES_PER_DRAW): number {
  let added = 0;
  for (let i = shown; i < paragraphs.length; i++) {
    added += paragraphs[i].length;
    if (added > passages) return Math.max(i, shown + 1);
  }
  return paragraphs.length;
}
