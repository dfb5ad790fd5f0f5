import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { CLUSTER_MAX_ZOOM, drawsAsTiles, PointTiles, POINTS_SOURCE_LAYER } from '../../../src/explore/pointTiles.ts';

const point = (lon: number, lat: number, n: number): Feature => ({ type: 'Feature', properties: { n }, geometry: { type: 'Point', coordinates: [lon, lat] } });
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
/** `count` points in a 2° square around 127°E 26°N (Okinawa). */
const cloud = (count: number) => collection(Array.from({ length: count }, (_, i) => point(126 + (i % 100) / 50, 25 + Math.floor(i / 100) / 50, i)));

function features(bytes: Uint8Array | null) {
  if (!bytes) return [];
  const layer = new VectorTile(new PbfReader(bytes)).layers[POINTS_SOURCE_LAYER];
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

describe('drawsAsTiles', () => {
  it('takes a layer of points at the threshold or more', () => {
    expect(drawsAsTiles(cloud(10), 10)).toBe(true);
    expect(drawsAsTiles(cloud(9), 10)).toBe(false);
  });

  it('leaves a layer with any line or area to the GeoJSON source', () => {
    const data = cloud(10);
    data.features[3] = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(drawsAsTiles(data, 10)).toBe(false);
  });

  it('counts MultiPoints and features without a geometry as points', () => {
    const data = cloud(10);
    data.features[0] = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[0, 0]] } };
    data.features[1] = { type: 'Feature', properties: {}, geometry: null } as unknown as Feature;
    expect(drawsAsTiles(data, 10)).toBe(true);
  });
});

describe('PointTiles', () => {
  const tiles = new PointTiles(cloud(10_000), 'clusters');

  it('serves each view alike, whichever it was first indexed for (a layer kept as "All points" is indexed for it first)', () => {
    const first = new PointTiles(cloud(10_000), 'all');
    expect(features(first.tile('all', 0, 0, 0))).toHaveLength(10_000);
    expect(features(first.tile('clusters', 0, 0, 0)).map((f) => f.properties)).toEqual(features(tiles.tile('clusters', 0, 0, 0)).map((f) => f.properties));
  });

  it('draws the whole cloud zoomed out as a few clusters whose counts add up to every point', () => {
    const found = features(tiles.tile('clusters', 0, 0, 0));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(20);
    expect(found.reduce((n, f) => n + Number(f.properties.point_count ?? 1), 0)).toBe(10_000);
  });

  it('puts the clusters where their points are', () => {
    // 126–128°E and 25–27°N in tile 0/0/0 (4096 units wide): x 3481–3505, y 1728–1755.
    const at = (f: ReturnType<typeof features>[number]) => f.loadGeometry()[0][0];
    for (const view of ['clusters', 'all'] as const) {
      for (const f of features(tiles.tile(view, 0, 0, 0))) {
        expect(at(f).x).toBeGreaterThanOrEqual(3481);
        expect(at(f).x).toBeLessThanOrEqual(3505);
        expect(at(f).y).toBeGreaterThanOrEqual(1728);
        expect(at(f).y).toBeLessThanOrEqual(1755);
      }
    }
  });

  it('draws every point, with its properties, in the all-points view', () => {
    const found = features(tiles.tile('all', 0, 0, 0));
    expect(found.length).toBe(10_000);
    expect(found.some((f) => f.properties.n === 1234)).toBe(true);
  });

  it('splits a cluster at its expansion zoom, and no further than the clusters go', () => {
    const cluster = features(tiles.tile('clusters', 0, 0, 0)).find((f) => f.properties.cluster)!;
    const zoom = tiles.expansionZoom(Number(cluster.properties.cluster_id))!;
    expect(zoom).toBeGreaterThan(0);
    expect(zoom).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM + 1);
  });

  it('gives null for a tile with nothing in it', () => {
    // The tile over the Atlantic at zoom 2.
    expect(tiles.tile('clusters', 2, 1, 1)).toBeNull();
  });
});
