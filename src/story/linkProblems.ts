import type { Article, ArticleLink, Passage } from './article';

/** A link to an id no feature has, or a feature no link points at. */
export type LinkProblem =
  | { kind: 'unknown-feature'; passage: Passage; link: ArticleLink; id: string }
  | { kind: 'unlinked-feature'; id: string };

/**
 * Where the article's links and the story's features disagree, in article order and then feature
 * order: every link to an id no feature has, and every feature no passage links to. Empty when they
 * agree. checkLinks words these for the build; checkPackage for the editor's checklist.
 *
 * @example
 * linkProblems(article, new Set(['okinawa', 'senkaku-islands']))
 * // [{ kind: 'unlinked-feature', id: 'senkaku-islands' }]
 */
export function linkProblems(article: Article, featureIds: ReadonlySet<string>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const linked = new Set<string>();
  for (const passage of article.paragraphs.flat()) {
    for (const link of passage.links) {
      for (const id of link.ids) {
        linked.add(id);
        if (!featureIds.has(id)) problems.push({ kind: 'unknown-feature', passage, link, id });
      }
    }
  }
  for (const id of featureIds) if (!linked.has(id)) problems.push({ kind: 'unlinked-feature', id });
  return problems;
}
