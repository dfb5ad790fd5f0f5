import type { Passage } from '../story/article';
import { LINK, PARAGRAPH_BREAK, parseArticle } from '../story/parseArticle';

/** A linked phrase of a paragraph, where it shows and where its markup lies in the article's source. */
export interface MappedLink {
  ids: string[];
  /** The phrase as shown. */
  text: string;
  /** Where the phrase shows in its paragraph's displayed text (see MappedParagraph.text). */
  start: number;
  end: number;
  /** The whole `[phrase](#ids)` in the source. */
  markup: [number, number];
  /** The phrase inside the brackets, in the source. */
  phrase: [number, number];
  /** The ids after `(#`, in the source. */
  idList: [number, number];
}

export interface MappedParagraph {
  /** 1-based, as parseArticle numbers paragraphs. */
  paragraph: number;
  /**
   * The paragraph as the Article view shows it: its passages' texts joined by one space (the
   * `<p>`'s text content), so a selection's offsets within the paragraph index into it.
   */
  text: string;
  passages: Passage[];
  /** Where each passage's text starts in `text`. */
  passageStarts: number[];
  /** For each character of `text`: its offset in the source, or -1 for the space between two passages. */
  toSource: number[];
  links: MappedLink[];
}

/** What parseArticle needs before a package's article (which has no front matter of its own). */
const FRONT = '---\ntitle: -\npublication: -\nmodified: -\n---\n';

/** [start, end) of each paragraph's text in `source`, trimmed, as parseArticle splits them. */
function blockRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const breaks = new RegExp(PARAGRAPH_BREAK.source, 'g');
  let from = 0;
  const push = (start: number, end: number) => {
    const text = source.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const tail = text.length - text.trimEnd().length;
    if (text.trim()) ranges.push([start + lead, end - tail]);
  };
  for (const m of source.matchAll(breaks)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, source.length);
  return ranges;
}

/**
 * The article's paragraphs as the reader sees them, each character traced back to the source,
 * with each link's markup located: what the editor needs to turn a selection into markup.
 * `source` is a package's `article` with `\n` line ends. Throws parseArticle's ArticleError for
 * a malformed article.
 *
 * @example
 * mapArticle('See [Okinawa](#okinawa). Then Japan.')[0].text // 'See Okinawa. Then Japan.'
 */
export function mapArticle(source: string): MappedParagraph[] {
  const { paragraphs } = parseArticle(FRONT + source, 'the article');
  const ranges = blockRanges(source);
  if (ranges.length !== paragraphs.length) throw new Error('the article\'s paragraphs could not be traced to its source');
  return paragraphs.map((passages, i) => {
    const [b0, b1] = ranges[i];
    // As parseArticle reads a block: each run of spaces holding a line break becomes one space
    // (traced to the run's first character)…
    const line = source.slice(b0, b1).replace(/\s*\n\s*/g, ' ');
    const lineSource: number[] = [];
    let at = b0;
    for (const m of source.slice(b0, b1).matchAll(/\s*\n\s*/g)) {
      for (; at < b0 + m.index; at++) lineSource.push(at);
      lineSource.push(at);
      at = b0 + m.index + m[0].length;
    }
    for (; at < b1; at++) lineSource.push(at);
    // …then the links' markup is taken out, leaving their phrases. The markup's brackets,
    // parentheses and ids are never spaces, so their places in the source are exact.
    const plainSource: number[] = [];
    let plain = '';
    const markup: Pick<MappedLink, 'markup' | 'phrase' | 'idList'>[] = [];
    let last = 0;
    for (const m of line.matchAll(LINK)) {
      for (let k = last; k < m.index; k++) plainSource.push(lineSource[k]);
      for (let k = m.index + 1; k <= m.index + m[1].length; k++) plainSource.push(lineSource[k]);
      plain += line.slice(last, m.index) + m[1];
      const close = m.index + 1 + m[1].length;
      markup.push({
        markup: [lineSource[m.index], lineSource[m.index + m[0].length - 1] + 1],
        phrase: [lineSource[m.index] + 1, lineSource[close]],
        idList: [lineSource[close + 3], lineSource[close + 2 + m[2].length] + 1],
      });
      last = m.index + m[0].length;
    }
    for (let k = last; k < line.length; k++) plainSource.push(lineSource[k]);
    plain += line.slice(last);

    // The passages are the plain text's sentences in order, with the spaces between them dropped.
    const toSource: number[] = [];
    const passageStarts: number[] = [];
    let from = 0;
    passages.forEach((passage, j) => {
      while (from < plain.length && /\s/.test(plain[from])) from++;
      if (!plain.startsWith(passage.text, from)) throw new Error(`paragraph ${i + 1}'s sentences could not be traced to the article's source`);
      if (j > 0) toSource.push(-1);
      passageStarts.push(toSource.length);
      for (let k = 0; k < passage.text.length; k++) toSource.push(plainSource[from + k]);
      from += passage.text.length;
    });
    const text = passages.map((p) => p.text).join(' ');
    const parsed = passages.flatMap((p, j) => p.links.map((l) => ({ ...l, start: l.start + passageStarts[j], end: l.end + passageStarts[j] })));
    if (parsed.length !== markup.length) throw new Error(`paragraph ${i + 1}'s links could not be traced to the article's source`);
    return { paragraph: i + 1, text, passages, passageStarts, toSource, links: parsed.map((l, k) => ({ ...l, ...markup[k] })) };
  });
}
