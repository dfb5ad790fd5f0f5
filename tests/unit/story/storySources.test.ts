import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { storySources } from '../../../src/story/storySources.ts';
import { splitStory } from '../../../src/story/splitStory.ts';
import type { Source } from '../../../src/story/types.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Details of one feature per list of sources. */
const details = (...sources: Source[][]) => new Map(sources.map((source, i) => [`f${i}`, { summary: '', source }]));
const src = (publication: string, title: string): Source => ({ publication, title, date: '2020' });

describe('storySources', () => {
  it('lists a source cited by several features once', () => {
    expect(storySources(details([src('ABC', 'One')], [src('ABC', 'One'), src('ABC', 'Two')]))).toEqual([src('ABC', 'One'), src('ABC', 'Two')]);
  });

  it('sorts by publication, then title, ignoring case', () => {
    const sorted = storySources(details([src('the Diplomat', 'b'), src('Reuters', 'Z'), src('Reuters', 'a'), src('ABC News', 'x')]));
    expect(sorted.map((s) => `${s.publication}: ${s.title}`)).toEqual(['ABC News: x', 'Reuters: a', 'Reuters: Z', 'the Diplomat: b']);
  });

  it("orders the story's own sources as the locale's collator would", () => {
    const sources = storySources(new Map(Object.entries(splitStory(loadStory(ROOT)).text.details)));
    const collated = [...sources].sort((a, b) => a.publication.localeCompare(b.publication, 'en') || a.title.localeCompare(b.title, 'en'));
    expect(sources.length).toBeGreaterThan(5);
    expect(sources).toEqual(collated);
  });
});
