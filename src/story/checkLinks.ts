import type { Article } from './article';

/**
 * Problems between the article's links and the story features: a link to an id no layer has,
 * and a feature no passage links to. Empty when they agree.
 *
 * @example
 * checkLinks(article, new Set(['okinawa', 'senkaku-islands']))
 * // ['data/article.md: no passage links to feature "senkaku-islands"']
 */
export function checkLinks(article: Article, featureIds: Set<string>, file = 'data/article.md'): string[] {
  const problems: string[] = [];
  const linked = new Set<string>();
  for (const passage of article.paragraphs.flat()) {
    for (const link of passage.links) {
      for (const id of link.ids) {
        linked.add(id);
        if (!featureIds.has(id)) {
          problems.push(`${file}: passage ${passage.id}: link "${link.text}" points to unknown feature "${id}"`);
        }
      }
    }
  }
  for (const id of featureIds) {
    if (!linked.has(id)) problems.push(`${file}: no passage links to feature "${id}"`);
  }
  return problems;
}
