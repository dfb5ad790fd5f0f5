import { LinkError } from './linkError';
import { mappedParagraph } from './mappedParagraph';

/**
 * Takes one link off paragraph `paragraph` (1-based), leaving its phrase as plain text: the link
 * `{ index }` (0-based, in reading order within the paragraph) or the one holding the shown
 * offset `{ at }` (as linkPhrase counts offsets). Throws a LinkError when there is no such link.
 *
 * @example
 * unlinkPhrase('See [Okinawa](#okinawa).', 1, { at: 5 }) // 'See Okinawa.'
 */
export function unlinkPhrase(article: string, paragraph: number, which: { index: number } | { at: number }): string {
  const { source, paragraph: p } = mappedParagraph(article, paragraph);
  const link = 'index' in which ? p.links[which.index] : p.links.find((l) => l.start <= which.at && which.at < l.end);
  if (!link) {
    const where = 'index' in which ? `has no link number ${which.index + 1}` : `has no linked phrase at character ${which.at}`;
    throw new LinkError(`Paragraph ${paragraph} ${where}.`);
  }
  return source.slice(0, link.markup[0]) + source.slice(link.phrase[0], link.phrase[1]) + source.slice(link.markup[1]);
}
