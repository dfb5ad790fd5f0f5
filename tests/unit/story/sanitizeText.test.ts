import { describe, expect, it } from 'vitest';
import { cleanPassage } from '../../../src/story/sanitizeText.ts';
import type { Passage } from '../../../src/story/article.ts';

describe('cleanPassage', () => {
  const passage = (text: string, links: [number, number][]): Passage => ({
    id: 'p1-s1',
    paragraph: 1,
    text,
    links: links.map(([start, end]) => ({ ids: ['okinawa'], text: text.slice(start, end), start, end })),
  });

  it('keeps each link on its phrase after removing characters before and inside it', () => {
    const text = 'A\u202E\u200B troops in Oki\u200Bnawa, \u2066Japan.';
    const okinawa = text.indexOf('Oki');
    const japan = text.indexOf('Japan');
    const cleaned = cleanPassage(passage(text, [[okinawa, okinawa + 8], [japan, japan + 5]]));
    expect(cleaned.text).toBe('A troops in Okinawa, Japan.');
    expect(cleaned.links.map((l) => cleaned.text.slice(l.start, l.end))).toEqual(['Okinawa', 'Japan']);
    expect(cleaned.links.map((l) => l.text)).toEqual(['Okinawa', 'Japan']);
  });

  it('drops a link that overlaps the one before it', () => {
    expect(cleanPassage(passage('Okinawa Japan', [[0, 7], [3, 13]])).links).toHaveLength(1);
  });
});
