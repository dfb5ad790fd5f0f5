import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { sanitizeStory } from '../../../src/story/sanitizeStory.ts';
import { sanitizeText } from '../../../src/story/sanitizeText.ts';
import { splitStory } from '../../../src/story/splitStory.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The repository's story and text with hostile strings put into one feature, its first source and one name in use. */
function hostile() {
  const { story, text } = splitStory(loadStory(ROOT));
  const details = text.details;
  const feature = story.layers[0].data.features[0];
  feature.properties.name = `\u202E${HOSTILE}`;
  story.layers[0].title = `Quad\u2066 members\u2069`;
  const d = details[feature.id];
  d.summary = 'x'.repeat(50_000);
  d.claimants = ['Ja\u200Bpan', 'China'];
  d.source[0] = { publication: 'P\uFEFF', title: 'T', url: 'javascript:alert(1)', date: '2020' };
  d.names = [{ name: `${HOSTILE}\u200B`, lang: 'ja', usedBy: ['Ja\uFEFFpan'], source: { publication: 'P', title: 'T', url: 'data:text/html,x', date: '2020' } }];
  text.article.title = `\u202E${HOSTILE}`;
  return { story, text, details, id: feature.id };
}

describe('sanitizeStory and sanitizeText: the layers and the text as the app shows them', () => {
  it('leaves the real story and text exactly as they are: the article stays verbatim', () => {
    const { story, text } = splitStory(loadStory(ROOT));
    expect(sanitizeStory(story)).toEqual(story);
    expect(sanitizeText(text)).toEqual({ article: text.article, details: new Map(Object.entries(text.details)) });
  });

  it('cleans and caps hostile strings from data, keeping markup as literal text', () => {
    const { story, text, id } = hostile();
    const safe = sanitizeStory(story);
    expect(safe.layers[0].data.features[0].properties.name).toBe(HOSTILE);
    expect(safe.layers[0].title).toBe('Quad members');
    const cleaned = sanitizeText(text);
    expect(cleaned.article.title).toBe(HOSTILE);
    const d = cleaned.details.get(id)!;
    expect(d.summary.length).toBe(2000);
    expect(d.claimants).toEqual(['Japan', 'China']);
    expect(d.names).toEqual([{ name: HOSTILE, lang: 'ja', usedBy: ['Japan'], source: { publication: 'P', title: 'T', date: '2020' } }]);
  });

  it('drops a source URL that is not a web address and keeps the citation', () => {
    const { text, id } = hostile();
    expect(sanitizeText(text).details.get(id)!.source[0]).toEqual({ publication: 'P', title: 'T', date: '2020' });
  });

  it('does not change the story it was given', () => {
    const { story, text, details, id } = hostile();
    sanitizeStory(story);
    sanitizeText(text);
    expect(story.layers[0].data.features[0].properties.name).toBe(`\u202E${HOSTILE}`);
    expect(details[id].claimants).toEqual(['Ja\u200Bpan', 'China']);
  });
});
