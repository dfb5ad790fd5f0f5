import { isId } from '../story/validateLayer';
import { LinkError } from './linkError';
import { mappedParagraph } from './mappedParagraph';
import { quote } from './quote';

/**
 * Links the words shown at `start`..`end` of paragraph `paragraph` (1-based) to the features
 * `ids`: returns the article with exactly that phrase wrapped as `[phrase](#ids)`, its shown
 * text unchanged. Offsets index the paragraph as the Article view shows it: its sentences joined
 * by one space (mapArticle's `text`, the `<p>`'s text content), end exclusive. Spaces around the
 * words are left out of the link. A selection that is exactly a linked phrase adds the ids to
 * that link.
 *
 * Throws a LinkError, and changes nothing, for a selection that is empty or only spaces, runs
 * past the paragraph, spans two sentences, overlaps a linked phrase without being it, or holds
 * `[` or `]`; for an id that is not a feature id.
 *
 * @example
 * linkPhrase('Troops went to Darwin. They stayed.', 1, 15, 21, ['darwin'])
 * // 'Troops went to [Darwin](#darwin). They stayed.'
 */
export function linkPhrase(article: string, paragraph: number, start: number, end: number, ids: readonly string[]): string {
  if (ids.length === 0) throw new LinkError('Choose a place to link the words to.');
  const badId = ids.find((id) => !isId(id));
  if (badId !== undefined) throw new LinkError(`${quote(String(badId))} is not a feature id: lower-case words joined by hyphens.`);
  const { source, paragraph: p } = mappedParagraph(article, paragraph);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new LinkError('Select the words to link within one paragraph.');
  }
  if (end > p.text.length) throw new LinkError(`The selection runs past the end of paragraph ${paragraph}: select words within one paragraph.`);
  while (start < end && /\s/.test(p.text[start])) start++;
  while (end > start && /\s/.test(p.text[end - 1])) end--;
  if (start === end) throw new LinkError('Select the words to link: the selection is empty.');
  const phrase = p.text.slice(start, end);

  const same = p.links.find((l) => l.start === start && l.end === end);
  if (same) {
    const merged = [...new Set([...same.ids, ...ids])].join(',');
    return source.slice(0, same.idList[0]) + merged + source.slice(same.idList[1]);
  }
  const overlap = p.links.find((l) => l.start < end && start < l.end);
  if (overlap) {
    throw new LinkError(
      `The selection ${quote(phrase)} overlaps the linked phrase ${quote(overlap.text)}: select exactly that phrase to add a place to it, or words outside it.`,
    );
  }
  const sentence = (at: number) => p.passageStarts.findLastIndex((s) => s <= at);
  if (sentence(start) !== sentence(end - 1)) throw new LinkError(`A link cannot span two sentences: ${quote(phrase)} does.`);
  if (/[[\]]/.test(phrase)) throw new LinkError(`The words ${quote(phrase)} hold a square bracket, which the article's link markup cannot carry.`);

  // Both ends are words, never the space between two sentences, so both are in the source.
  const from = p.toSource[start];
  const to = p.toSource[end - 1] + 1;
  return `${source.slice(0, from)}[${source.slice(from, to)}](#${[...new Set(ids)].join(',')})${source.slice(to)}`;
}
