import type { Article } from './article';
import { linkProblems } from './linkProblems.ts';

/**
 * Problems between the article's links and the story features: a link to an id no layer has,
 * and a feature no passage links to, worded for the build. Empty when they agree.
 *
 * @example
 * checkLinks(article, new Set(['okinawa', 'senkaku-islands']))
 * // ['data/article.md: no passage links to feature "senkaku-islands"']
 */
export function checkLinks(article: Article, featureIds: Set<string>, file = 'data/article.md'): string[] {
  return linkProblems(article, featureIds).map((p) =>
    p.kind === 'unknown-feature'
      ? `${file}: passage ${p.passage.id}: link "${p.link.text}" points to unknown feature "${p.id}"`
      : `${file}: no passage links to feature "${p.id}"`,
  );
}
