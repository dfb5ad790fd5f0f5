import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, checkSize, parseGeojson, type ImportResult } from '../../../src/explore/importGeojson.ts';

const refused = (result: ImportResult) => {
  if (result.ok) throw new Error('expected a refusal');
  return result;
};
const accepted = (result: ImportResult) => {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result;
};
const point = (lon: number, lat: number, properties: object | null = {}) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseGeojson accepts good files', () => {
  it('takes a FeatureCollection as it is, and sums it up', () => {
    const r = accepted(parseGeojson(collection(point(127.68, 26.21, { name: 'Naha' }), point(123.47, 25.74)), 'ports.geojson'));
    expect(r.data.features).toHaveLength(2);
    expect(r.data.features[0].properties).toEqual({ name: 'Naha' });
    expect(r.summary).toEqual({ features: 2, positions: 2, bounds: [123.47, 25.74, 127.68, 26.21] });
  });

  it('wraps a single Feature and a bare geometry in a FeatureCollection', () => {
    expect(accepted(parseGeojson(JSON.stringify(point(1, 2)), 'one.geojson')).data.features).toHaveLength(1);
    const bare = accepted(parseGeojson('{"type":"LineString","coordinates":[[0,0],[1,1]]}', 'line.json'));
    expect(bare.data).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }],
    });
  });

  it('accepts every geometry type, null properties, a feature without geometry and a third coordinate', () => {
    const text = collection(
      { type: 'Feature', properties: null, geometry: { type: 'MultiPoint', coordinates: [[0, 0], [1, 1, 30]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [2, 2] }] } },
      { type: 'Feature', properties: { note: 'no place' }, geometry: null },
    );
    const r = accepted(parseGeojson(text, 'mixed.geojson'));
    expect(r.summary.features).toBe(6);
    expect(r.summary.positions).toBe(2 + 2 + 4 + 4 + 1);
  });

  it('keeps properties that look like HTML exactly as text', () => {
    const r = accepted(parseGeojson(collection(point(0, 0, { name: '<img src=x onerror=alert(1)>' })), 'x.geojson'));
    expect(r.data.features[0].properties!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('takes the short way round for bounds across the antimeridian', () => {
    const r = accepted(parseGeojson(collection(point(179, -17), point(-179, -16)), 'fiji.geojson'));
    expect(r.summary.bounds).toEqual([179, -17, 181, -16]);
  });

  it('reads a 300,000-position line without overflowing the stack', () => {
    const coordinates = Array.from({ length: 300_000 }, (_, i) => [-180 + (i % 3600) / 10, -60 + i / 3000]);
    const r = accepted(parseGeojson(JSON.stringify({ type: 'LineString', coordinates }), 'long.geojson'));
    expect(r.summary.positions).toBe(300_000);
  });
});

describe('parseGeojson refuses bad files, naming the file and the problem', () => {
  it('refuses text that is not JSON', () => {
    const r = refused(parseGeojson('name,lon,lat\nNaha,127.68,26.21', 'ports.csv'));
    expect(r.problem).toBe('not-json');
    expect(r.message).toMatch(/^"ports\.csv" is not JSON: /);
  });

  it('refuses JSON that is not GeoJSON', () => {
    for (const [text, detail] of [
      ['[1, 2, 3]', 'a list'],
      ['"hello"', 'string "hello"'],
      ['{"name": "x"}', 'no "type"'],
      ['{"type": "Topology", "objects": {}}', '"Topology"'],
      ['{"type": "FeatureCollection"}', 'without a "features" list'],
      [collection({ type: 'Point', coordinates: [0, 0] }), 'feature 1 is not a Feature'],
      [collection(point(0, 0), { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [0, 0] } }), 'feature 2 has a geometry of unknown type "Circle"'],
      [collection({ type: 'Feature', properties: [], geometry: null }), 'properties that are a list'],
      [collection({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['a', 'b'] } }), 'a position must be'],
      [collection({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[0, 0], [1, 1]] } }), 'polygon ring needs at least 4'],
      [collection({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0]] } }), 'line needs at least 2'],
    ] as const) {
      const r = refused(parseGeojson(text, 'data.json'));
      expect(r.problem, text).toBe('not-geojson');
      expect(r.message, text).toMatch(/^"data\.json" is JSON but not GeoJSON: /);
      expect(r.message, text).toContain(detail);
    }
  });

  it('refuses coordinates out of range, such as projected metres', () => {
    const r = refused(parseGeojson(collection(point(0, 0), point(14_245_120, 3_020_000)), 'web-mercator.geojson'));
    expect(r.problem).toBe('out-of-range');
    expect(r.message).toContain('"web-mercator.geojson" has coordinates out of range: feature 2 has the position [14245120, 3020000]');
    expect(r.message).toContain('projected');
    expect(refused(parseGeojson(collection(point(10, 91)), 'pole.geojson')).problem).toBe('out-of-range');
    expect(refused(parseGeojson(collection(point(-180.5, 0)), 'west.geojson')).problem).toBe('out-of-range');
  });

  it('refuses a file with nothing to show', () => {
    expect(refused(parseGeojson(collection(), 'empty.geojson')).problem).toBe('empty');
    expect(refused(parseGeojson(collection({ type: 'Feature', properties: {}, geometry: null }), 'none.geojson')).message).toBe(
      '"none.geojson" holds no features with a geometry to show.',
    );
  });

  it('refuses too many positions, and too many bytes before reading them', () => {
    const limits = { maxBytes: IMPORT_LIMITS.maxBytes, maxPositions: 3 };
    const r = refused(parseGeojson(collection(point(0, 0), point(1, 1), point(2, 2), point(3, 3)), 'many.geojson', limits));
    expect(r.problem).toBe('too-large');
    expect(r.message).toBe('"many.geojson" is too large: more than 3 positions (the limit).');
    const big = refused(checkSize(280 * 1024 * 1024, 'big.geojson')!);
    expect(big.message).toBe('"big.geojson" is too large: 280 MB (the limit is 200 MB).');
    expect(checkSize(1024, 'small.geojson')).toBeNull();
    expect(checkSize(200 * 1024 * 1024, 'edge.geojson')).toBeNull();
    expect(refused(checkSize(200 * 1024 * 1024 + 1, 'edge.geojson')!).message).toBe('"edge.geojson" is too large: just over 200 MB (the limit is 200 MB).');
    expect(refused(parseGeojson(collection(point(0, 0)), 'tiny-limit.geojson', { maxBytes: 10, maxPositions: 10 })).problem).toBe('too-large');
  });

  it('documents its limits: 200 MB and 2,000,000 positions', () => {
    expect(IMPORT_LIMITS).toEqual({ maxBytes: 200 * 1024 * 1024, maxPositions: 2_000_000 });
  });
});
