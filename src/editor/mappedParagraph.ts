import { ArticleError } from '../story/parseArticle';
import { LinkError } from './linkError';
import { mapArticle, type MappedParagraph } from './mapArticle';

/**
 * Paragraph `paragraph` (1-based) of a package's article, mapped (see mapArticle), with the
 * source it was mapped from (Windows line ends made `\n`, as parseArticle reads them). Throws a
 * LinkError for a paragraph the article does not have or an article that does not parse.
 *
 * @example
 * mappedParagraph('One.\n\nTwo [x](#x).', 2).paragraph.links[0].text // 'x'
 */
export function mappedParagraph(article: string, paragraph: number): { source: string; paragraph: MappedParagraph } {
  const source = article.replace(/\r\n/g, '\n');
  let paragraphs: MappedParagraph[];
  try {
    paragraphs = mapArticle(source);
  } catch (e) {
    if (e instanceof ArticleError) throw new LinkError(`The article cannot be read: ${e.message}`);
    throw e;
  }
  if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > paragraphs.length) {
    throw new LinkError(`The article has no paragraph ${paragraph}: it has ${paragraphs.length}.`);
  }
  return { source, paragraph: paragraphs[paragraph - 1] };
}
