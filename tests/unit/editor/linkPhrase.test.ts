import { describe, expect, it } from 'vitest';
import { linkPhrase } from '../../../src/editor/linkPhrase.ts';
import { LinkError } from '../../../src/editor/linkError.ts';
import { mapArticle } from '../../../src/editor/mapArticle.ts';
import { ARTICLE, parseBody as parse, refusal as refused, texts } from './articleHelpers.ts';

/** Every link as [passage id, phrase, ids]. */
const links = (article: string) => parse(article).paragraphs.flat().flatMap((s) => s.links.map((l) => [s.id, l.text, l.ids.join(',')]));

/** Where `words` shows in paragraph `paragraph` (1-based), as the Article view draws it. */
function offsets(article: string, paragraph: number, words: string): [number, number] {
  const text = mapArticle(article)[paragraph - 1].text;
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in paragraph ${paragraph}`);
  return [at, at + words.length];
}

const link = (article: string, paragraph: number, words: string, ids: string[]) => linkPhrase(article, paragraph, ...offsets(article, paragraph, words), ids);

const refusal = (fn: () => unknown) => refused(fn, LinkError);

describe('linkPhrase', () => {
  it('wraps exactly the selected words, the shown text unchanged', () => {
    const out = link(ARTICLE, 3, 'Japanese investment', ['japan']);
    expect(out).toContain('[Japanese investment](#japan) continues');
    expect(out.replace('[Japanese investment](#japan)', 'Japanese investment')).toBe(ARTICLE);
    expect(texts(out)).toEqual(texts(ARTICLE));
    expect(links(out)).toContainEqual(['p3-s4', 'Japanese investment', 'japan']);
  });

  it('counts offsets in the paragraph as shown: sentences joined by one space, links without their markup', () => {
    // Paragraph 1 has four links before its second sentence and a double space nowhere: the
    // shown text is its passages joined by single spaces.
    const shown = parse(ARTICLE).paragraphs[0].map((s) => s.text).join(' ');
    expect(mapArticle(ARTICLE)[0].text).toBe(shown);
    const at = shown.indexOf('annually');
    const out = linkPhrase(ARTICLE, 1, at, at + 'annually'.length, ['quad-meeting-new-york-2019']);
    expect(out).toContain('hold such talks [annually](#quad-meeting-new-york-2019).');
  });

  it('keeps the spaces between sentences and the line breaks inside a paragraph as they were', () => {
    const article = 'First line of one.   Second  sentence\n  goes on here.\n\n\nNext paragraph.';
    expect(mapArticle(article)[0].text).toBe('First line of one. Second  sentence goes on here.');
    const out = link(article, 1, 'sentence goes', ['x']);
    expect(out).toBe('First line of one.   Second  [sentence\n  goes](#x) on here.\n\n\nNext paragraph.');
    expect(texts(out)).toEqual(texts(article));
    expect(link(article, 2, 'Next', ['y'])).toBe('First line of one.   Second  sentence\n  goes on here.\n\n\n[Next](#y) paragraph.');
  });

  it('trims spaces around the selection to the words', () => {
    const article = 'Troops went to Darwin. They stayed.';
    expect(linkPhrase(article, 1, 14, 21, ['darwin'])).toBe('Troops went to [Darwin](#darwin). They stayed.');
    expect(linkPhrase(article, 1, 15, 21, ['darwin', 'raaf-darwin', 'darwin'])).toBe('Troops went to [Darwin](#darwin,raaf-darwin). They stayed.');
  });

  it('adds the ids to a link when the selection is exactly its phrase', () => {
    const out = link(ARTICLE, 10, 'Okinawa', ['okinawa', 'kadena-air-base']);
    expect(out).toContain('including [Okinawa](#okinawa,kadena-air-base).');
    expect(texts(out)).toEqual(texts(ARTICLE));
  });

  it('refuses an empty or blank selection', () => {
    expect(refusal(() => linkPhrase(ARTICLE, 2, 10, 10, ['x']))).toBe('Select the words to link: the selection is empty.');
    const text = mapArticle(ARTICLE)[1].text;
    const space = text.indexOf(' ');
    expect(refusal(() => linkPhrase(ARTICLE, 2, space, space + 1, ['x']))).toMatch(/empty/);
  });

  it('refuses a selection that runs past its paragraph, or a paragraph the article lacks', () => {
    const length = mapArticle(ARTICLE)[1].text.length;
    expect(refusal(() => linkPhrase(ARTICLE, 2, length - 5, length + 20, ['x']))).toMatch(/runs past the end of paragraph 2/);
    expect(refusal(() => linkPhrase(ARTICLE, 12, 0, 4, ['x']))).toMatch(/no paragraph 12: it has 10/);
    expect(refusal(() => linkPhrase(ARTICLE, 2, 5, 2, ['x']))).toMatch(/within one paragraph/);
  });

  it('refuses a selection that overlaps a linked phrase without being it', () => {
    expect(refusal(() => link(ARTICLE, 10, 'including Okinawa', ['x']))).toMatch(/overlaps the linked phrase “Okinawa”/);
    expect(refusal(() => link(ARTICLE, 10, 'Okina', ['x']))).toMatch(/overlaps/);
    expect(refusal(() => link(ARTICLE, 5, 'Flight 370, the', ['x']))).toMatch(/“Malaysia Airlines Flight 370”/);
  });

  it('refuses a selection across two sentences', () => {
    expect(refusal(() => link(ARTICLE, 3, 'needs. Australia', ['x']))).toBe('A link cannot span two sentences: “needs. Australia” does.');
  });

  it('refuses square brackets, which would break the markup', () => {
    // An article cannot hold "[" (parseArticle refuses it), but a "]" alone it can.
    const article = 'Items a) to c] are listed. Then more.';
    expect(refusal(() => link(article, 1, 'c] are', ['x']))).toMatch(/square bracket/);
    expect(refusal(() => link(article, 1, 'c]', ['x']))).toMatch(/square bracket/);
    expect(link(article, 1, 'a) to', ['x'])).toBe('Items [a) to](#x) c] are listed. Then more.');
  });

  it('refuses an id that is no feature id, or no id', () => {
    expect(refusal(() => link(ARTICLE, 3, 'Japanese', ['Bad Id']))).toMatch(/“Bad Id” is not a feature id/);
    expect(refusal(() => link(ARTICLE, 3, 'Japanese', ['a)b']))).toMatch(/not a feature id/);
    expect(refusal(() => link(ARTICLE, 3, 'Japanese', []))).toMatch(/Choose a place/);
  });

  it('reads Windows line ends as parseArticle does', () => {
    const article = 'One here.\r\n\r\nTwo there.';
    expect(linkPhrase(article, 2, 4, 9, ['x'])).toBe('One here.\n\nTwo [there](#x).');
  });

  it('links any word of the real article without changing a passage, or refuses it with a LinkError', () => {
    const paragraphs = mapArticle(ARTICLE);
    let linked = 0;
    paragraphs.forEach((p, i) => {
      for (const m of p.text.matchAll(/\S+(\s+\S+)?/g)) {
        try {
          const out = linkPhrase(ARTICLE, i + 1, m.index, m.index + m[0].length, ['probe']);
          expect(texts(out)).toEqual(texts(ARTICLE));
          expect(links(out).filter((l) => l[2].split(',').includes('probe'))).toEqual([[expect.any(String), m[0], expect.stringContaining('probe')]]);
          linked++;
        } catch (e) {
          expect(e).toBeInstanceOf(LinkError);
        }
      }
    });
    expect(linked).toBeGreaterThan(250);
  });
});
