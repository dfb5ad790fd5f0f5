import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { visibleCollection } from '../../../src/explore/exportGeojson.ts';
import { fileName as safeName } from '../../../src/state/download.ts';
import { formatLatLon } from '../../../src/explore/formatLatLon.ts';
import type { FeatureCollection } from 'geojson';

const fileName = (name: string) => safeName(name, 'geojson', 'feature');

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
const mine: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Mine' }, geometry: { type: 'Point', coordinates: [1, 2] } }],
};

describe('visibleCollection', () => {
  it('holds the visible story layers, less what the years hide, each tagged with its layer, then the visible user layers', () => {
    const fc = visibleCollection(story.layers, ['ecs', 'okinawa'], new Set(['us-forces-okinawa']), [
      { visible: true, data: mine },
      { visible: false, data: mine },
    ]);
    expect(fc.features.map((f) => f.properties!.name)).toEqual([
      'Senkaku Islands (Diaoyu Islands)',
      "China's East China Sea Air Defense Identification Zone (claim)",
      'Japan–China joint development block, 2008',
      'Okinawa Island',
      'Mine',
    ]);
    expect(fc.features[3]).toMatchObject({ id: 'okinawa', properties: { layer: 'Okinawa and US forces' } });
    expect(fc.features[4]).toBe(mine.features[0]);
  });

  it('is an empty collection when nothing is visible', () => {
    expect(visibleCollection(story.layers, [], new Set(), [])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('fileName and formatLatLon', () => {
  it('makes a safe .geojson file name', () => {
    expect(fileName('okinawa')).toBe('okinawa.geojson');
    expect(fileName('my ports (2).geojson-feature-3')).toBe('my-ports-2-geojson-feature-3.geojson');
    expect(fileName('Trường Sa.json')).toBe('Trường-Sa.geojson');
    expect(fileName('../..')).toBe('feature.geojson');
    // One rule for every download: a deck's or an image's title too, cut at 60 characters.
    expect(safeName('Indo-Pacific: the Quad, 2020', 'png')).toBe('Indo-Pacific-the-Quad-2020.png');
    expect(safeName(`${'a'.repeat(59)} b`, 'json')).toBe(`${'a'.repeat(59)}.json`);
    expect(safeName('', 'json')).toBe('briefing.json');
  });

  it('writes positions with hemispheres, wrapping the longitude', () => {
    expect(formatLatLon([127.68, 26.21])).toBe('26.21° N, 127.68° E');
    expect(formatLatLon([-157.86, 21.31])).toBe('21.31° N, 157.86° W');
    expect(formatLatLon([149.13, -35.28])).toBe('35.28° S, 149.13° E');
    expect(formatLatLon([202.14, 21.31])).toBe('21.31° N, 157.86° W');
  });
});
