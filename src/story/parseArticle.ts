import type { Article, ArticleLink, Passage } from './article';

/** Thrown for a malformed article file; the message names the file and the problem. */
export class ArticleError extends Error {}

/** A linked phrase: `[phrase](#id)` or `[phrase](#id1,id2)` (the phrase in group 1, the ids in group 2). */
export const LINK = /\[([^\]]+)\]\(#([a-z0-9,-]+)\)/g;
/** What separates two paragraphs: a blank line (spaces on it allowed). */
export const PARAGRAPH_BREAK = /\n\s*\n/;
/** A sentence ends at . ! or ? (optionally followed by a closing quote) before a space and a capital or quote. */
const SENTENCE_END = /[.!?]["'”’]?(?=\s+["'“‘]?[A-Z])/g;

/**
 * Parses the article source: a front matter block (`title`, `publication`, `modified`), then
 * paragraphs separated by blank lines. The only markup is `[phrase](#feature-id)` or
 * `[phrase](#id1,id2)`, which links a phrase to features; the text is otherwise kept verbatim.
 *
 * Throws ArticleError at the first problem; given `onParagraphError`, it reports each malformed
 * paragraph there instead and keeps going, showing that paragraph as one passage with its link
 * markup reduced to the phrases (so a draft still reads, and every problem is listed).
 *
 * @example
 * parseArticle('---\ntitle: T\npublication: P\nmodified: 2020-01-01\n---\nSee [Okinawa](#okinawa).')
 * // paragraphs[0][0] = { id: 'p1-s1', text: 'See Okinawa.', links: [{ ids: ['okinawa'], text: 'Okinawa', start: 4, end: 11 }] }
 */
export function parseArticle(source: string, file = 'data/article.md', onParagraphError?: (paragraph: number, error: ArticleError) => void): Article {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new ArticleError(`${file}: missing front matter (--- title/publication/modified ---)`);
  const meta = Object.fromEntries(
    match[1].split('\n').map((line) => {
      const i = line.indexOf(':');
      return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
    }),
  );
  for (const key of ['title', 'publication', 'modified']) {
    if (!meta[key]) throw new ArticleError(`${file}: front matter lacks "${key}"`);
  }
  const blocks = match[2].split(PARAGRAPH_BREAK).map((b) => b.trim()).filter(Boolean);
  if (blocks.length === 0) throw new ArticleError(`${file}: the article has no paragraphs`);
  return {
    title: meta.title,
    publication: meta.publication,
    modified: meta.modified,
    paragraphs: blocks.map((block, i) => {
      if (!onParagraphError) return parseParagraph(block, i + 1, file);
      try {
        return parseParagraph(block, i + 1, file);
      } catch (e) {
        if (!(e instanceof ArticleError)) throw e;
        onParagraphError(i + 1, e);
        const text = block.replace(/\s*\n\s*/g, ' ').replace(LINK, '$1');
        return [{ id: `p${i + 1}-s1`, paragraph: i + 1, text, links: [] }];
      }
    }),
  };
}

function parseParagraph(block: string, paragraph: number, file: string): Passage[] {
  if (block.includes('\n')) block = block.replace(/\s*\n\s*/g, ' ');
  let text = '';
  const links: ArticleLink[] = [];
  let last = 0;
  for (const m of block.matchAll(LINK)) {
    text += block.slice(last, m.index);
    const ids = m[2].split(',').filter(Boolean);
    links.push({ ids, text: m[1], start: text.length, end: text.length + m[1].length });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += block.slice(last);
  const stray = /\[|\]\(#/.exec(text);
  if (stray) {
    throw new ArticleError(
      `${file}: paragraph ${paragraph}: malformed link near "${text.slice(Math.max(0, stray.index - 20), stray.index + 20)}"`,
    );
  }

  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  ends.push(text.length);
  const passages: Passage[] = [];
  let start = 0;
  for (const end of ends) {
    const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
    const from = start + lead;
    const sentence = text.slice(from, end);
    const inside = links.filter((l) => l.start >= from && l.start < end);
    for (const l of inside) {
      if (l.end > end) throw new ArticleError(`${file}: paragraph ${paragraph}: link "${l.text}" spans two sentences`);
    }
    passages.push({
      id: `p${paragraph}-s${passages.length + 1}`,
      paragraph,
      text: sentence,
      links: inside.map((l) => ({ ...l, start: l.start - from, end: l.end - from })),
    });
    start = end;
  }
  return passages;
}
