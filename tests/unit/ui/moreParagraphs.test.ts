import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/story/parseArticle';
import { moreParagraphs, PASSAGES_PER_DRAW } from '../../../src/ui/moreParagraphs';

const paragraphs = (...sizes: number[]) => sizes.map((n) => Array.from({ length: n }, (_, i) => i));

describe('moreParagraphs', () => {
  it('adds whole paragraphs, as many as the passages allowed hold', () => {
    expect(moreParagraphs(paragraphs(2, 1, 2), 0, 3)).toBe(2);
    expect(moreParagraphs(paragraphs(2, 1, 2), 0, 5)).toBe(3);
    expect(moreParagraphs(paragraphs(2, 1, 2), 2, 2)).toBe(3);
    expect(moreParagraphs(paragraphs(2, 1, 2), 0, 100)).toBe(3);
  });

  it('adds one paragraph however long, so that every draw moves on', () => {
    expect(moreParagraphs(paragraphs(1, 5000, 1), 0, 300)).toBe(1);
    expect(moreParagraphs(paragraphs(1, 5000, 1), 1, 300)).toBe(2);
  });

  it('has nothing to add at the end, or to an empty article', () => {
    expect(moreParagraphs(paragraphs(2, 1), 2)).toBe(2);
    expect(moreParagraphs([], 0)).toBe(0);
  });

  it('draws the built-in story\'s article at once (its first view is not changed)', () => {
    const { paragraphs } = parseArticle(readFileSync(new URL('../../../data/article.md', import.meta.url), 'utf8'));
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(moreParagraphs(paragraphs, 0)).toBe(paragraphs.length);
  });

  it('reaches the end of a 10,000-sentence article in draws of at most PASSAGES_PER_DRAW passages each', () => {
    const article = paragraphs(...Array.from({ length: 100 }, () => 100));
    let shown = 0;
    let draws = 0;
    while (shown < article.length) {
      const next = moreParagraphs(article, shown);
      expect(article.slice(shown, next).flat().length).toBeLessThanOrEqual(PASSAGES_PER_DRAW);
      shown = next;
      draws++;
    }
    expect(draws).toBe(Math.ceil(10_000 / PASSAGES_PER_DRAW));
  });
});
