import type { Source } from './types';
import type { StoryDetails } from './storyData';

/** Case-folded, then by code point: a reader's A–Z for plain Latin names. */
const byText = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Every source the story's features cite, once (by publication and title), A–Z by publication,
 * then title. Not `localeCompare`: its collator is slow to start in the first view, and
 * for the story's plain Latin names the order is the same (a test checks it).
 *
 * @example
 * storySources(details) // [{ publication: 'ABC News', title: '…', date: '2020-01-02' }, …]
 */
export function storySources(details: StoryDetails): Source[] {
  const seen = new Map<string, Source>();
  for (const d of details.values()) for (const s of d.source) seen.set(`${s.publication}|${s.title}`, s);
  return [...seen.values()].sort((a, b) => byText(a.publication, b.publication) || byText(a.title, b.title));
}
