import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadStory } from '../../../scripts/loadStory.ts';
import { withCountryGeometry, withoutCountryGeometry } from '../../../src/story/countryGeometry.ts';
import { countriesFrom } from '../../../src/map/loadBasemap.ts';

vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, detailIds: [] }));

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
const countries = countriesFrom(
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology,
);
const features = (s: typeof story) => s.layers.flatMap((l) => l.data.features);

describe('story country geometry', () => {
  it('leaves the Natural Earth countries out of the served story, and nothing else', () => {
    const served = withoutCountryGeometry(story);
    const nulled = features(served).filter((f) => f.geometry === null).map((f) => f.id);
    expect(nulled.sort()).toEqual(['australia', 'india', 'japan', 'united-states']);
    expect(features(served).filter((f) => f.geometry !== null)).toEqual(features(story).filter((f) => !f.properties.naturalEarthCountry));
    expect(JSON.stringify(served).length).toBeLessThan(JSON.stringify(story).length / 3);
  });

  it('does not change the story it is given', () => {
    withoutCountryGeometry(story);
    expect(features(story).every((f) => f.geometry !== null)).toBe(true);
  });

  it('fills them back from the basemap the app loads, the same 1:50m country', () => {
    const filled = features(withCountryGeometry(withoutCountryGeometry(story), countries));
    const japan = filled.find((f) => f.id === 'japan')!;
    expect(japan.geometry).toBe(countries.features.find((c) => c.properties.name === 'Japan')!.geometry);
    expect(filled.every((f) => f.geometry !== null)).toBe(true);
  });

  it('names the feature when the basemap lacks its country', () => {
    const none = { type: 'FeatureCollection' as const, features: [] };
    expect(() => withCountryGeometry(withoutCountryGeometry(story), none)).toThrow(/no country named "Japan" \(feature "japan"\)/);
  });
});
