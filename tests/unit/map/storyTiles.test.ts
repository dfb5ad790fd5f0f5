import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { StoryTiles } from '../../../src/map/storyTiles.ts';
import { STORY_SOURCE_LAYER } from '../../../src/map/ids.ts';

/** Kadena Air Base's rough outline, as a story layer "bases" would carry it in buildStyle's source. */
const kadena: Feature = {
  type: 'Feature',
  properties: { id: 'kadena', layer: 'bases', dash: true },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [127.74, 26.34],
        [127.8, 26.34],
        [127.8, 26.37],
        [127.74, 26.37],
        [127.74, 26.34],
      ],
    ],
  },
};
const name: Feature = { type: 'Feature', properties: { id: 'kadena', layer: 'bases', label: true, name: 'Kadena' }, geometry: { type: 'Point', coordinates: [127.77, 26.355] } };

/** The tile at `z` that holds a longitude and latitude (Web Mercator's scheme, as MapLibre asks). */
function tileAt(z: number, lon: number, lat: number): [number, number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [z, Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)];
}

function decoded(bytes: Uint8Array | null) {
  if (!bytes) return [];
  const layer = new VectorTile(new PbfReader(bytes)).layers[STORY_SOURCE_LAYER];
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

describe('StoryTiles', () => {
  const tiles = new StoryTiles({ type: 'FeatureCollection', features: [kadena, name] });

  it("cuts the tile over Okinawa with the story's area and name, their properties kept", () => {
    for (const z of [5, 10, 14]) {
      const features = decoded(tiles.tile(...tileAt(z, 127.77, 26.355)));
      expect(features.map((f) => f.properties)).toEqual([kadena.properties, name.properties]);
      // Polygon and point, as MapLibre's geometry-type filters read them.
      expect(features.map((f) => f.type)).toEqual([3, 1]);
    }
  });

  it('puts the features where they are: the name point inside its tile at the right place', () => {
    const [z, x, y] = tileAt(10, 127.77, 26.355);
    const point = decoded(tiles.tile(z, x, y))[1].toGeoJSON(x, y, z);
    expect(point.geometry).toEqual({ type: 'Point', coordinates: [expect.closeTo(127.77, 3), expect.closeTo(26.355, 3)] });
  });

  it('has nothing where the story has nothing (Darwin)', () => {
    expect(tiles.tile(...tileAt(10, 130.84, -12.46))).toBeNull();
  });
});
