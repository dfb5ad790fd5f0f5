import type { Article } from './article';
import { ArticleError, parseArticle } from './parseArticle';
import type { StoryPackage } from './storyPackage';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A package's article parsed as the build parses `data/article.md`, with the front matter made from
 * the package's source (title, publication, and its date as `modified`). Never throws an
 * ArticleError: each problem goes to `onError` (with the paragraph's number when it is in one)
 * and the article reads as far as it can, a malformed paragraph as one unlinked passage.
 *
 * @example
 * packageArticle(pkg).paragraphs[0][0].id // 'p1-s1'
 */
export function packageArticle(pkg: Pick<StoryPackage, 'source' | 'article'>, onError: (error: ArticleError, paragraph?: number) => void = () => {}): Article {
  const meta = { title: oneLine(pkg.source.title), publication: oneLine(pkg.source.publication), modified: oneLine(pkg.source.date) };
  for (const [key, value] of Object.entries(meta)) {
    if (!value) onError(new ArticleError(`the article's source needs a ${key === 'modified' ? 'date' : key}`));
  }
  // A missing value is reported above; '-' lets the paragraphs be parsed and checked all the same.
  const front = `---\ntitle: ${meta.title || '-'}\npublication: ${meta.publication || '-'}\nmodified: ${meta.modified || '-'}\n---\n`;
  try {
    return { ...parseArticle(front + pkg.article, 'the article', (paragraph, error) => onError(error, paragraph)), ...meta };
  } catch (e) {
    // Only "no paragraphs" is left to throw: the front matter is whole.
    if (!(e instanceof ArticleError)) throw e;
    onError(e);
    return { ...meta, paragraphs: [] };
  }
}
