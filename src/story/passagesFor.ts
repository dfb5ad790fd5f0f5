import type { Article, Passage } from './article';

/**
 * Every passage of the article that links to the feature, in reading order.
 *
 * @example
 * passagesFor(article, 'okinawa').map((p) => p.id) // ['p10-s1']
 */
export function passagesFor(article: Article, featureId: string): Passage[] {
  return article.paragraphs.flat().filter((p) => p.links.some((l) => l.ids.includes(featureId)));
}
