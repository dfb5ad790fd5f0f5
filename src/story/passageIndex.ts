import type { Article, Passage } from './article';

/**
 * The article's passages by id.
 *
 * @example
 * passageIndex(article).get('p10-s1')?.text // 'For Japan, the bilateral pact …'
 */
export function passageIndex(article: Article): Map<string, Passage> {
  return new Map(article.paragraphs.flat().map((p) => [p.id, p]));
}
