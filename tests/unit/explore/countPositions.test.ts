import { describe, expect, it, vi } from 'vitest';
import { countPositions, hasMorePositions } from '../../../src/explore/countPositions.ts';
import { parseGeojson } from '../../../src/explore/importGeojson.ts';
import { Random } from '../../fuzz/random.ts';
import { mutate, toText } from '../../fuzz/malformed.ts';

type Json = Parameters<typeof mutate>[0];
const feature = (geometry: unknown, properties: unknown = {}) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
/** A MultiPoint of `n` positions as text, built without the whole array in memory twice. */
const multiPoint = (n: number) => `{"type":"MultiPoint","coordinates":[${Array.from({ length: n }, (_, i) => `[${(i % 360) - 180},${i % 90}]`).join(',')}]}`;

describe('countPositions counts what the checker counts', () => {
  it('counts the positions of every geometry type, however the file wraps them', () => {
    expect(countPositions('{"type":"Point","coordinates":[127.7,26.2]}')).toBe(1);
    expect(countPositions(JSON.stringify(feature({ type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] })))).toBe(3);
    expect(
      countPositions(
        collection(
          feature({ type: 'MultiPoint', coordinates: [[0, 0], [1, 1, 30]] }),
          feature({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] }),
          feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }),
          feature({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] }),
          feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [3, 4] }] }] }),
          feature(null),
        ),
      ),
    ).toBe(2 + 4 + 4 + 8 + 2);
  });

  it('does not count numbers and brackets inside strings, keys or escapes', () => {
    const text = collection(
      feature(
        { type: 'Point', coordinates: [1, 2] },
        { note: '[1,2],[3,4] "coordinates":[[5,6]]', '[7,8]': 'x', quoted: 'a\\"[9,10]"b', slash: '\\\\', after: '[11,12]' },
      ),
    );
    expect(countPositions(text)).toBe(1);
    // A string in a coordinates list, and a key that only looks like "coordinates" once unescaped.
    expect(countPositions('{"type":"MultiPoint","coordinates":["[1,2]",[3,4]]}')).toBe(1);
    expect(countPositions('{"type":"Point","co\\u006frdinates":[3,4]}')).toBe(1);
  });

  it('does not count number lists outside a geometry\'s coordinates: properties, bbox, other members', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      bbox: [0, 0, 1, 1],
      geometry: { type: 'Point', coordinates: [0, 0] },
      features: [
        {
          type: 'Feature',
          bbox: [0, 0, 1, 1],
          coordinates: [[1, 2]],
          properties: { coordinates: [[1, 2], [3, 4]], geometry: { type: 'Point', coordinates: [1, 2] }, values: [1, 2] },
          geometry: { type: 'Point', coordinates: [1, 2, 3], geometries: [{ type: 'Point', coordinates: [1, 2] }] },
        },
      ],
    });
    expect(countPositions(text)).toBe(1);
    // Whichever member the object's "type" picks, even when the type comes last.
    expect(countPositions('{"geometry":{"type":"Point","coordinates":[0,0]},"features":[{"type":"Feature","geometry":{"coordinates":[[1,1],[2,2]],"type":"LineString"}}],"type":"FeatureCollection"}')).toBe(2);
    expect(countPositions('{"features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,1]}}],"geometry":{"type":"Point","coordinates":[0,0]},"type":"Feature"}')).toBe(1);
    expect(countPositions('{"coordinates":[[1,1],[2,2]],"geometries":[{"type":"Point","coordinates":[0,0]}],"type":"GeometryCollection"}')).toBe(1);
  });

  it('reads hostile nesting without a deep stack', () => {
    const deep = 200_000;
    const nested = `${'['.repeat(deep)}[1,2]${']'.repeat(deep)}`;
    expect(countPositions(`{"type":"Feature","properties":{"deep":${nested}},"geometry":{"type":"Point","coordinates":[1,2]}}`)).toBe(1);
    expect(countPositions(`{"type":"Point","coordinates":${'['.repeat(deep)}1,2${']'.repeat(deep)}}`)).toBe(0);
  });

  it('gives up where the text stops being JSON, and stops at one over the limit', () => {
    expect(countPositions('{"type":"MultiPoint","coordinates":[[1,2],[3,4] # [5,6]]}')).toBe(2);
    expect(countPositions('{"type":"MultiPoint","coordinates":[[1,2],"unterminated')).toBe(1);
    expect(countPositions('not json [1,2]')).toBe(0);
    expect(countPositions('[[1,2],[3,4]]')).toBe(0);
    expect(countPositions(multiPoint(10), 3)).toBe(4);
  });

  it('agrees with the checker on every file it accepts: 3,000 generated and damaged files', () => {
    const rng = new Random(14);
    const position = () => [rng.int(-180, 180), rng.int(-90, 90)];
    const ring = () => [[0, 0], [1, 0], [1, 1], ...Array.from({ length: rng.int(0, 3) }, position), [0, 0]];
    const geometry = (depth = 0): Json =>
      rng.pick([
        () => ({ type: 'Point', coordinates: position() }),
        () => ({ type: 'MultiPoint', coordinates: Array.from({ length: rng.int(0, 4) }, position) }),
        () => ({ type: 'LineString', coordinates: Array.from({ length: rng.int(2, 4) }, position) }),
        () => ({ type: 'Polygon', coordinates: [ring(), ring()] }),
        () => ({ type: 'MultiPolygon', coordinates: [[ring()], [ring(), ring()]] }),
        () => (depth < 10 ? { type: 'GeometryCollection', geometries: Array.from({ length: rng.int(0, 3) }, () => geometry(depth + 1)) } : null),
      ])();
    /** Keys in a random order, so that "type" sometimes comes after what it decides. */
    const shuffled = (o: Record<string, Json>): Json => Object.fromEntries(Object.entries(o).sort(() => rng.next() - 0.5));
    let agreed = 0;
    for (let i = 0; i < 3000; i++) {
      let doc: Json = shuffled({
        type: 'FeatureCollection',
        features: Array.from({ length: rng.int(1, 4) }, () => shuffled({ type: 'Feature', properties: { n: [1, 2], s: '[3,4]' }, geometry: geometry() })),
      });
      for (let n = rng.int(0, 3); n > 0; n--) doc = mutate(doc, rng);
      const text = toText(doc);
      const result = parseGeojson(text, 'fuzz.geojson');
      if (!result.ok) continue;
      expect(countPositions(text), text.slice(0, 400)).toBe(result.summary.positions);
      agreed++;
    }
    expect(agreed).toBeGreaterThan(1000);
  }, 60_000);
});

describe('hasMorePositions', () => {
  it('scans only a text with more brackets than the limit, and then counts positions only', () => {
    const two = '{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}';
    expect([1, 2].map((limit) => hasMorePositions(two, limit))).toEqual([true, false]);
    // Three brackets, one in a string and one a property's: still two positions.
    expect(hasMorePositions('{"type":"Feature","properties":{"a":"[","b":[]},"geometry":{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}}', 2)).toBe(false);
  });
});

describe('the position limit is checked before the file is parsed', () => {
  const limits = { maxBytes: 50 * 1024 * 1024, maxPositions: 1_000_000 };

  it('takes 1,000,000 positions and refuses 1,000,001 without parsing the file', () => {
    const atLimit = multiPoint(1_000_000);
    expect(countPositions(atLimit, limits.maxPositions)).toBe(1_000_000);
    const taken = parseGeojson(atLimit, 'edge.geojson', limits);
    expect(taken.ok && taken.summary.positions).toBe(1_000_000);

    const parse = vi.spyOn(JSON, 'parse');
    try {
      const over = parseGeojson(multiPoint(1_000_001), 'over.geojson', limits);
      expect(over).toEqual({ ok: false, problem: 'too-large', message: '"over.geojson" is too large: more than 1,000,000 positions (the limit).' });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  }, 60_000);

  it('refuses as soon as the 1,000,001st position is read, before what follows it', () => {
    // The rest of the file is broken: a parser would say so, the scan never gets there.
    const text = multiPoint(1_000_001).slice(0, -2) + ', and then the file is cut';
    expect(countPositions(text, limits.maxPositions)).toBe(1_000_001);
    expect(parseGeojson(text, 'cut.geojson', limits)).toMatchObject({ problem: 'too-large' });
  }, 60_000);
});
