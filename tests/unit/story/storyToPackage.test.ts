import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { splitStory } from '../../../src/story/splitStory.ts';
import { sanitizeStory } from '../../../src/story/sanitizeStory.ts';
import { sanitizeText } from '../../../src/story/sanitizeText.ts';
import { storyToPackage } from '../../../src/story/storyToPackage.ts';
import { packageToStory } from '../../../src/story/packageToStory.ts';
import { packageArticle } from '../../../src/story/packageArticle.ts';
import { checkPackage } from '../../../src/story/checkPackage.ts';
import { readPackage } from '../../../src/story/readPackage.ts';
import { withCountryGeometry, withoutCountryGeometry } from '../../../src/story/countryGeometry.ts';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';

// The basemap's decoder, as the page runs it (the module's data files are the build's).
vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, embedded: {}, detailIds: [] }));
const { countriesFrom } = await import('../../../src/map/loadBasemap.ts');

const checked = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
const split = splitStory(checked);
const story = sanitizeStory(split.story);
const text = sanitizeText(split.text);
const pkg = storyToPackage(story, text, checked.deck, { text: 'UNCLASSIFIED', background: '#007a33', color: '#ffffff' });
const withoutFile = (layers: typeof story.layers) => layers.map(({ file: _file, ...layer }) => layer);

describe('storyToPackage, on the built-in story', () => {
  it('writes an article whose passages and links parse back verbatim', () => {
    expect(packageArticle(pkg).paragraphs).toEqual(checked.article.paragraphs);
    expect(pkg.source).toEqual({ title: 'Foreign Relations - Japan', publication: 'GlobalSecurity.org', date: '2020-11-18T11:44:10Z' });
  });

  it('is a package the schema and every rule accept', () => {
    expect(checkPackage(pkg)).toEqual([]);
    expect(readPackage(JSON.stringify(pkg))).toEqual(pkg);
  });

  it('gives back the same layers, text and deck through packageToStory (the layer file name aside)', () => {
    const back = packageToStory(readPackage(JSON.stringify(pkg)));
    expect(withoutFile(back.story.layers)).toEqual(withoutFile(story.layers));
    expect(back.text).toEqual(text);
    expect(back.deck).toEqual(checked.deck);
  });

  it('keeps a country feature with naturalEarthCountry and its geometry written out', () => {
    const japan = pkg.layers.flatMap((l) => l.features).find((f) => f.id === 'japan')!;
    expect(japan.properties.naturalEarthCountry).toBe('Japan');
    expect(japan.geometry.type).toBe('MultiPolygon');
    expect(japan.properties).not.toHaveProperty('id');
  });

  it('writes the countries the app drew (from the basemap: full precision, rings moved east of 180°) as the rules take them', () => {
    // As the app has them: the basemap's outlines, decoded in the page (see loadStory).
    const topology = JSON.parse(readFileSync(new URL(import.meta.resolve('world-atlas/countries-50m.json')), 'utf8')) as Topology;
    const drawn = withCountryGeometry(withoutCountryGeometry(story), countriesFrom(topology));
    const us = drawn.layers.flatMap((l) => l.data.features).find((f) => f.id === 'united-states')!;
    expect(JSON.stringify(us.geometry)).toMatch(/\[18\d\.\d+,|\.\d{7,}/);
    const duplicated = storyToPackage(drawn, text, checked.deck);
    expect(checkPackage(duplicated)).toEqual([]);
  });

  it('refuses a story whose country outlines were left out, naming the feature', () => {
    expect(() => storyToPackage(withoutCountryGeometry(story), text, checked.deck)).toThrow(/feature "japan" has no geometry/);
  });
});
