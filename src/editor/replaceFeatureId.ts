import { isId } from '../story/validateLayer';
import { LinkError } from './linkError';
import { mapArticle } from './mapArticle';

/**
 * The article with every link to feature `from` pointed at `to` instead (a merge), or, with
 * `to` null, without `from` (a deletion): a link left with no feature becomes plain text. The
 * shown text never changes. Windows line ends come back as `\n`.
 *
 * @example
 * replaceFeatureId('[Naha](#naha,okinawa) and [Kadena](#naha).', 'naha', null) // '[Naha](#okinawa) and Kadena.'
 */
export function replaceFeatureId(article: string, from: string, to: string | null): string {
  if (to !== null && !isId(to)) throw new LinkError(`“${to}” is not a feature id: lower-case words joined by hyphens.`);
  let source = article.replace(/\r\n/g, '\n');
  const links = mapArticle(source).flatMap((p) => p.links);
  // From the last to the first, so each edit leaves the places of those before it as they were.
  for (const link of links.reverse()) {
    if (!link.ids.includes(from)) continue;
    const ids = [...new Set(link.ids.map((id) => (id === from ? to : id)).filter((id) => id !== null))];
    source =
      ids.length > 0
        ? source.slice(0, link.idList[0]) + ids.join(',') + source.slice(link.idList[1])
        : source.slice(0, link.markup[0]) + source.slice(link.phrase[0], link.phrase[1]) + source.slice(link.markup[1]);
  }
  return source;
}
