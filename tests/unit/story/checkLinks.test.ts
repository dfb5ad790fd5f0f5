import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/story/checkLinks.ts';
import type { Article, ArticleLink, Passage } from '../../../src/story/article.ts';

const link = (text: string, ...ids: string[]): ArticleLink => ({ ids, text, start: 0, end: text.length });
const passage = (id: string, ...links: ArticleLink[]): Passage => ({
  id,
  paragraph: Number(id.slice(1, id.indexOf('-'))),
  text: links.map((l) => l.text).join(' '),
  links,
});
const article = (...paragraphs: Passage[][]): Article => ({
  title: 'T',
  publication: 'P',
  modified: '2020-11-18T11:44:10Z',
  paragraphs,
});

describe('checkLinks', () => {
  it('returns no problems when links and features agree', () => {
    const a = article([passage('p1-s1', link('Okinawa', 'okinawa'))], [passage('p2-s1', link('Japan', 'japan'))]);
    expect(checkLinks(a, new Set(['okinawa', 'japan']))).toEqual([]);
  });

  it('accepts a feature linked only through a multi-id link', () => {
    const a = article([passage('p1-s1', link('South', 'spratly-islands', 'paracel-islands'))]);
    expect(checkLinks(a, new Set(['spratly-islands', 'paracel-islands']))).toEqual([]);
  });

  it('reports a link to an unknown id, naming the passage, the phrase and the id', () => {
    const a = article([passage('p1-s1', link('Okinawa', 'okinawa')), passage('p1-s2', link('Atlantis', 'atlantis'))]);
    const problems = checkLinks(a, new Set(['okinawa']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('data/article.md');
    expect(problems[0]).toContain('p1-s2');
    expect(problems[0]).toContain('"Atlantis"');
    expect(problems[0]).toContain('"atlantis"');
  });

  it('reports each unknown id of a multi-id link', () => {
    const a = article([passage('p1-s1', link('the seas', 'okinawa', 'atlantis', 'lemuria'))]);
    const problems = checkLinks(a, new Set(['okinawa']));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"atlantis"');
    expect(problems[1]).toContain('"lemuria"');
  });

  it('reports a feature that no passage links to, naming it', () => {
    const a = article([passage('p1-s1', link('Okinawa', 'okinawa'))]);
    const problems = checkLinks(a, new Set(['okinawa', 'senkaku-islands']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('data/article.md');
    expect(problems[0]).toContain('"senkaku-islands"');
  });

  it('names the file it is given', () => {
    const a = article([passage('p1-s1', link('Atlantis', 'atlantis'))]);
    expect(checkLinks(a, new Set(), 'data/story.md')[0]).toContain('data/story.md');
  });

  it('reports every problem at once', () => {
    const a = article([passage('p1-s1', link('Atlantis', 'atlantis'))]);
    expect(checkLinks(a, new Set(['okinawa', 'japan']))).toHaveLength(3);
  });
});
