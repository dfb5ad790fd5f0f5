import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { storySources } from '../../../src/story/storySources.ts';
import type { Source, StoryLayer } from '../../../src/story/types.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const layer = (...sources: Source[][]): StoryLayer =>
  ({
    id: 'l',
    data: { type: 'FeatureCollection', features: sources.map((source, i) => ({ type: 'Feature', id: `f${i}`, geometry: null, properties: { source } })) },
  }) as unknown as StoryLayer;
const src = (publication: string, title: string): Source => ({ publication, title, date: '2020' });

describe('storySources', () => {
  it('lists a source cited by several features once', () => {
    expect(storySources([layer([src('ABC', 'One')], [src('ABC', 'One'), src('ABC', 'Two')])])).toEqual([src('ABC', 'One'), src('ABC', 'Two')]);
  });

  it('sorts by publication, then title, ignoring case', () => {
    const sorted = storySources([layer([src('the Diplomat', 'b'), src('Reuters', 'Z'), src('Reuters', 'a'), src('ABC News', 'x')])]);
    expect(sorted.map((s) => `${s.publication}: ${s.title}`)).toEqual(['ABC News: x', 'Reuters: a', 'Reuters: Z', 'the Diplomat: b']);
  });

  it("orders the story's own sources as the locale's collator would", () => {
    const sources = storySources(loadStory(ROOT).layers);
    const collated = [...sources].sort((a, b) => a.publication.localeCompare(b.publication, 'en') || a.title.localeCompare(b.title, 'en'));
    expect(sources.length).toBeGreaterThan(5);
    expect(sources).toEqual(collated);
  });
});
