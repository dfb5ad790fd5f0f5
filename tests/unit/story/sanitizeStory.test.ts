import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { cleanPassage, sanitizeStory } from '../../../src/story/sanitizeStory.ts';
import type { Passage } from '../../../src/story/article.ts';
import type { StoryData } from '../../../src/story/storyData.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The repository's story with hostile strings put into one feature and its first source. */
function hostileStory(): StoryData {
  const story = loadStory(ROOT);
  const feature = story.layers[0].data.features[0];
  feature.properties.name = `\u202E${HOSTILE}`;
  feature.properties.summary = 'x'.repeat(50_000);
  feature.properties.claimants = ['Ja\u200Bpan', 'China'];
  feature.properties.source[0] = { publication: 'P\uFEFF', title: 'T', url: 'javascript:alert(1)', date: '2020' };
  story.layers[0].title = `Quad\u2066 members\u2069`;
  return story;
}

describe('sanitizeStory', () => {
  it('leaves the real story exactly as it is: the article stays verbatim', () => {
    const story = loadStory(ROOT);
    expect(sanitizeStory(story)).toEqual(story);
  });

  it('cleans and caps hostile strings from data, keeping markup as literal text', () => {
    const safe = sanitizeStory(hostileStory());
    const p = safe.layers[0].data.features[0].properties;
    expect(p.name).toBe(HOSTILE);
    expect(p.summary.length).toBe(2000);
    expect(p.claimants).toEqual(['Japan', 'China']);
    expect(safe.layers[0].title).toBe('Quad members');
  });

  it('drops a source URL that is not a web address and keeps the citation', () => {
    const source = sanitizeStory(hostileStory()).layers[0].data.features[0].properties.source[0];
    expect(source).toEqual({ publication: 'P', title: 'T', date: '2020' });
  });

  it('does not change the story it was given', () => {
    const story = hostileStory();
    sanitizeStory(story);
    expect(story.layers[0].data.features[0].properties.name).toBe(`\u202E${HOSTILE}`);
  });
});

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
