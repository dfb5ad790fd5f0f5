import { describe, expect, it } from 'vitest';
import { unlinkPhrase } from '../../../src/editor/unlinkPhrase.ts';
import { LinkError } from '../../../src/editor/linkError.ts';

const ARTICLE = 'Troops went to [Darwin](#darwin). They flew on to\n[Kadena Air\nBase](#kadena,okinawa) later.\n\nThen [Okinawa](#okinawa) again.';

describe('unlinkPhrase', () => {
  it('takes off the link at a shown offset, keeping its phrase verbatim', () => {
    expect(unlinkPhrase(ARTICLE, 1, { at: 15 })).toBe(ARTICLE.replace('[Darwin](#darwin)', 'Darwin'));
    expect(unlinkPhrase(ARTICLE, 1, { at: 20 })).toBe(ARTICLE.replace('[Darwin](#darwin)', 'Darwin'));
    expect(unlinkPhrase(ARTICLE, 2, { at: 5 })).toBe(ARTICLE.replace('[Okinawa](#okinawa)', 'Okinawa'));
  });

  it('takes off a link by its number in the paragraph, line breaks in its phrase kept', () => {
    expect(unlinkPhrase(ARTICLE, 1, { index: 1 })).toBe(ARTICLE.replace('[Kadena Air\nBase](#kadena,okinawa)', 'Kadena Air\nBase'));
  });

  it('refuses, with a LinkError, an offset outside every link or a link the paragraph lacks', () => {
    expect(() => unlinkPhrase(ARTICLE, 1, { at: 21 })).toThrow(new LinkError('Paragraph 1 has no linked phrase at character 21.'));
    expect(() => unlinkPhrase(ARTICLE, 1, { index: 2 })).toThrow(new LinkError('Paragraph 1 has no link number 3.'));
    expect(() => unlinkPhrase(ARTICLE, 3, { index: 0 })).toThrow(LinkError);
  });
});
