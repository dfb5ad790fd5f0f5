import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../../src/story/parseArticle.ts';

const FRONT = '---\ntitle: Foreign Relations - Japan\npublication: GlobalSecurity.org\nmodified: 2020-11-18T11:44:10Z\n---\n';

/** An article source with the standard front matter and the given body. */
const source = (body: string) => FRONT + body;

/** The error parseArticle throws for `text`, or a failure if it does not throw. */
function parseError(text: string, file?: string): ArticleError {
  try {
    parseArticle(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    return e as ArticleError;
  }
  throw new Error('parseArticle did not throw');
}

describe('parseArticle: front matter', () => {
  it('reads title, publication and modified', () => {
    const article = parseArticle(source('Body.'));
    expect(article.title).toBe('Foreign Relations - Japan');
    expect(article.publication).toBe('GlobalSecurity.org');
    expect(article.modified).toBe('2020-11-18T11:44:10Z');
  });

  it('keeps colons after the first one in a value', () => {
    const article = parseArticle('---\ntitle: Japan: a briefing\npublication: P\nmodified: 2020-01-01T00:00:00Z\n---\nBody.');
    expect(article.title).toBe('Japan: a briefing');
  });

  it('accepts Windows line endings', () => {
    const article = parseArticle(source('One.\n\nTwo.').replace(/\n/g, '\r\n'));
    expect(article.title).toBe('Foreign Relations - Japan');
    expect(article.paragraphs.map((p) => p[0].text)).toEqual(['One.', 'Two.']);
  });

  it('throws an ArticleError naming the file when the front matter is missing', () => {
    const error = parseError('Just a paragraph.', 'data/story.md');
    expect(error.message).toContain('data/story.md');
    expect(error.message).toContain('front matter');
  });

  it('names data/article.md when no file is given', () => {
    expect(parseError('Just a paragraph.').message).toContain('data/article.md');
  });

  it('throws naming the key when the front matter lacks one', () => {
    const error = parseError('---\ntitle: T\npublication: P\n---\nBody.', 'data/story.md');
    expect(error.message).toContain('data/story.md');
    expect(error.message).toContain('"modified"');
  });

  it('throws when the article has no paragraphs', () => {
    expect(parseError(source('\n\n'), 'data/story.md').message).toContain('data/story.md');
  });
});

describe('parseArticle: paragraphs and sentences', () => {
  it('splits paragraphs at blank lines and numbers them from 1', () => {
    const article = parseArticle(source('First paragraph.\n\nSecond paragraph.\n\n\nThird paragraph.'));
    expect(article.paragraphs.map((p) => p.map((s) => [s.id, s.paragraph, s.text]))).toEqual([
      [['p1-s1', 1, 'First paragraph.']],
      [['p2-s1', 2, 'Second paragraph.']],
      [['p3-s1', 3, 'Third paragraph.']],
    ]);
  });

  it('treats a line holding only spaces as a paragraph break', () => {
    const article = parseArticle(source('First.\n   \nSecond.'));
    expect(article.paragraphs).toHaveLength(2);
  });

  it('joins a paragraph wrapped over several lines with single spaces', () => {
    const article = parseArticle(source('Tokyo and\n  Washington agree.'));
    expect(article.paragraphs[0][0].text).toBe('Tokyo and Washington agree.');
  });

  it('splits sentences ending in . ! and ? and numbers them from 1', () => {
    const article = parseArticle(source('One is here. Two is here! Three is here? Four'));
    expect(article.paragraphs[0].map((s) => [s.id, s.text])).toEqual([
      ['p1-s1', 'One is here.'],
      ['p1-s2', 'Two is here!'],
      ['p1-s3', 'Three is here?'],
      ['p1-s4', 'Four'],
    ]);
  });

  it('ends a sentence after a closing quote that follows the full stop', () => {
    const article = parseArticle(source('Suga spoke of a "free and open Indo-Pacific." Still pending is ratification.'));
    expect(article.paragraphs[0].map((s) => s.text)).toEqual([
      'Suga spoke of a "free and open Indo-Pacific."',
      'Still pending is ratification.',
    ]);
  });

  it('ends a sentence before a sentence that opens with a quote', () => {
    const article = parseArticle(source('He said it. "Landmark" was the word.'));
    expect(article.paragraphs[0].map((s) => s.text)).toEqual(['He said it.', '"Landmark" was the word.']);
  });

  it('does not split before a lower-case word or a number', () => {
    const text = 'A pact since approx. 1960 allows about 50,000 troops, e.g. on islands.';
    const article = parseArticle(source(text));
    expect(article.paragraphs[0].map((s) => s.text)).toEqual([text]);
  });

  it('keeps every character of a paragraph: sentences joined by a space give it back', () => {
    const text = "The 'Quad' countries - has become alarmed. Japan's concerns grew! Did they? Yes (FOIP).";
    const article = parseArticle(source(text));
    expect(article.paragraphs[0].map((s) => s.text).join(' ')).toBe(text);
  });

  it('gives a passage without links an empty link list', () => {
    expect(parseArticle(source('No links here.')).paragraphs[0][0].links).toEqual([]);
  });
});

describe('parseArticle: links', () => {
  it('removes the markup and keeps the phrase verbatim', () => {
    const article = parseArticle(source('Troops are based on [Okinawa](#okinawa) today.'));
    expect(article.paragraphs[0][0].text).toBe('Troops are based on Okinawa today.');
  });

  it('gives offsets that cut exactly the phrase out of the passage', () => {
    const article = parseArticle(source('See [Okinawa](#okinawa).'));
    expect(article.paragraphs[0][0].links).toEqual([{ ids: ['okinawa'], text: 'Okinawa', start: 4, end: 11 }]);
  });

  it('gives offsets relative to the passage, not the paragraph, for a later sentence', () => {
    const article = parseArticle(
      source('First [Japan](#japan) spoke. Then [the US](#united-states) and [India](#india) agreed.'),
    );
    const [first, second] = article.paragraphs[0];
    for (const passage of [first, second]) {
      for (const link of passage.links) expect(passage.text.slice(link.start, link.end)).toBe(link.text);
    }
    expect(second.links.map((l) => [l.text, l.start])).toEqual([
      ['the US', 5],
      ['India', 16],
    ]);
  });

  it('keeps link offsets exact when the paragraph was wrapped over lines', () => {
    const article = parseArticle(source('Wrapped\n  line with [Okinawa](#okinawa).'));
    const passage = article.paragraphs[0][0];
    const [link] = passage.links;
    expect(passage.text.slice(link.start, link.end)).toBe('Okinawa');
  });

  it('links a phrase to several features in the order written', () => {
    const article = parseArticle(source('Across the [South](#nine-dash-line,spratly-islands,scarborough-shoal) China Sea.'));
    expect(article.paragraphs[0][0].links[0].ids).toEqual(['nine-dash-line', 'spratly-islands', 'scarborough-shoal']);
  });

  it('ignores empty ids in a multi-id link', () => {
    const article = parseArticle(source('The [islands](#spratly-islands,,paracel-islands,).'));
    expect(article.paragraphs[0][0].links[0].ids).toEqual(['spratly-islands', 'paracel-islands']);
  });

  it('accepts a link inside quotation marks', () => {
    const article = parseArticle(source('Chinese "[militarization](#nine-dash-line)" across seas.'));
    const passage = article.paragraphs[0][0];
    expect(passage.text).toBe('Chinese "militarization" across seas.');
    expect(passage.text.slice(passage.links[0].start, passage.links[0].end)).toBe('militarization');
  });

  it('throws an ArticleError naming the file for a link without "#"', () => {
    const error = parseError(source('Based on [Okinawa](okinawa).'), 'data/story.md');
    expect(error.message).toContain('data/story.md');
    expect(error.message).toContain('malformed link');
  });

  it('throws for a link whose id has capital letters', () => {
    const error = parseError(source('Based on [Okinawa](#Okinawa).'), 'data/story.md');
    expect(error.message).toContain('data/story.md');
    expect(error.message).toContain('malformed link');
  });

  it('throws for an unclosed bracket, naming the paragraph', () => {
    const error = parseError(source('Fine.\n\nBased on [Okinawa today.'), 'data/story.md');
    expect(error.message).toContain('data/story.md');
    expect(error.message).toContain('paragraph 2');
  });

  it('throws when a link spans two sentences', () => {
    const error = parseError(source('Troops went to [Naha. Then Okinawa](#okinawa) later.'), 'data/story.md');
    expect(error.message).toContain('data/story.md');
    expect(error.message).toContain('"Naha. Then Okinawa"');
    expect(error.message).toContain('spans two sentences');
  });
});
