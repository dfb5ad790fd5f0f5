/**
 * Scrolls the article to passage `id` and moves the focus to it, so that a keyboard or screen
 * reader user lands where a sighted reader looks (smoothly, unless the reader asked for less motion).
 *
 * @example
 * showInArticle('p3-s2')
 */
export function showInArticle(id: string, frames = 300): void {
  const element = document.getElementById(`passage-${id}`);
  // A long article is drawn over a few seconds (see moreParagraphs): a later passage may be on its way.
  if (!element) {
    if (frames > 0) requestAnimationFrame(() => showInArticle(id, frames - 1));
    return;
  }
  element.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}
