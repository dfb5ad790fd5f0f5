import type { Article, Passage } from './article';

function passageMarkdown(passage: Passage): string {
  let out = '';
  let at = 0;
  for (const link of [...passage.links].sort((a, b) => a.start - b.start)) {
    out += `${passage.text.slice(at, link.start)}[${passage.text.slice(link.start, link.end)}](#${link.ids.join(',')})`;
    at = link.end;
  }
  return out + passage.text.slice(at);
}

/**
 * A parsed article written back as a package's article Markdown: each paragraph's passages joined
 * by a space, each link as `[phrase](#ids)`, paragraphs separated by a blank line. parseArticle of
 * the result (with a front matter) gives back the same passages and links.
 *
 * @example
 * articleMarkdown(article) // 'The Quad countries [Japan](#japan), … annually.\n\nAustralia and Japan …'
 */
export function articleMarkdown(article: Article): string {
  return article.paragraphs.map((paragraph) => paragraph.map(passageMarkdown).join(' ')).join('\n\n');
}
