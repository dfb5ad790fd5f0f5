import { describe, expect, it } from 'vitest';
import { DataError, validateLayer, validateManifest } from '../../../src/story/validateLayer.ts';
import { parseJson } from '../../../src/story/parseJson.ts';
import { fuzzImport } from '../../fuzz/fuzzImport.ts';
import { corruptText, junk, mutate, toText } from '../../fuzz/malformed.ts';
import type { Random } from '../../fuzz/random.ts';

const FILE = 'geo/imported.geojson';
const isDataError = (e: unknown): e is DataError => e instanceof DataError;

const ccwSquare = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 1, lat],
  [lon + 1, lat + 1],
  [lon, lat + 1],
  [lon, lat],
];

/** A valid story layer with 1 to 6 features of every geometry kind: the seed every mutation starts from. */
function validLayer(rng: Random) {
  const geometries = [
    () => ({ type: 'Point', coordinates: [rng.int(-179, 179), rng.int(-89, 89)] }),
    () => ({ type: 'MultiPoint', coordinates: [[120, 20], [121.5, 21.25]] }),
    () => ({ type: 'LineString', coordinates: [[110, 10], [115.123456, 15]] }),
    () => ({ type: 'MultiLineString', coordinates: [[[110, 10], [115, 15]], [[116, 16], [117, 17]]] }),
    () => ({ type: 'Polygon', coordinates: [ccwSquare(120, 20)] }),
    () => ({ type: 'MultiPolygon', coordinates: [[ccwSquare(120, 20)], [ccwSquare(130, 30)]] }),
    () => null,
  ];
  const features = Array.from({ length: rng.int(1, 6) }, (_, i) => {
    const geometry = rng.pick(geometries)();
    return {
      type: 'Feature',
      id: `place-${i}`,
      properties: {
        name: `Place ${i} (Other name)`,
        summary: 'One line.',
        source: [{ publication: 'Natural Earth', title: 'Admin 0', url: 'https://www.naturalearthdata.com/', date: '2018' }],
        ...(rng.chance(0.3) ? { date: '2019-12/2020-02' } : {}),
        ...(rng.chance(0.3) ? { claimants: ['Japan', 'China'] } : {}),
        ...(geometry === null ? { naturalEarthCountry: 'Japan' } : {}),
      },
      geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}

function validManifest(rng: Random) {
  return Array.from({ length: rng.int(1, 4) }, (_, i) => ({
    id: `layer-${i}`,
    title: `Layer ${i}`,
    file: `layer-${i}.geojson`,
    color: '#3b6fb6',
    visible: rng.chance(0.5),
    description: 'One sentence.',
  }));
}

/** A valid document with 1 to 4 random changes; now and then something else altogether. */
const malformed = (valid: (rng: Random) => unknown) => (rng: Random) => {
  if (rng.chance(0.05)) return junk(rng);
  let doc = valid(rng) as Parameters<typeof mutate>[0];
  for (let n = rng.int(1, 4); n > 0; n--) doc = mutate(doc, rng);
  return doc;
};

/** What an accepted layer must be, for the app to use it. */
function usableLayer(result: unknown) {
  const layer = result as ReturnType<typeof validateLayer>;
  const ids = new Set<string>();
  for (const f of layer.features) {
    expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.has(f.id)).toBe(false);
    ids.add(f.id);
    expect(typeof f.properties.name).toBe('string');
    expect(f.properties.source.length).toBeGreaterThan(0);
    expect(f.geometry === null ? typeof f.properties.naturalEarthCountry : typeof f.geometry.type).toBe('string');
  }
}

describe('fuzzing the data validators', () => {
  it('600 malformed GeoJSON layers: each accepted or refused with a DataError message', () => {
    const report = fuzzImport({
      count: 600,
      seed: 20201118,
      generate: malformed(validLayer),
      importer: (doc) => validateLayer(FILE, doc),
      isRefusal: isDataError,
      checkAccepted: usableLayer,
    });
    expect(report.accepted + report.refused).toBe(600);
    // The mutations really break things: most are refused, and some still pass.
    expect(report.refused).toBeGreaterThan(300);
    expect(report.accepted).toBeGreaterThan(0);
  });

  it('500 corrupted GeoJSON files (text): each parsed and accepted, or refused with a DataError message', () => {
    const report = fuzzImport({
      count: 500,
      seed: 7946,
      generate: (rng) => corruptText(toText(malformed(validLayer)(rng) as Parameters<typeof toText>[0]), rng),
      importer: (text) => validateLayer(FILE, parseJson(FILE, text)),
      isRefusal: isDataError,
      checkAccepted: usableLayer,
    });
    expect(report.refused).toBeGreaterThan(400);
  });

  it('500 malformed layer manifests: each accepted or refused with a DataError message', () => {
    const report = fuzzImport({
      count: 500,
      seed: 2007,
      generate: malformed(validManifest),
      importer: (doc) => validateManifest('geo/layers.json', doc),
      isRefusal: isDataError,
      checkAccepted: (result) => {
        for (const layer of result as ReturnType<typeof validateManifest>) expect(layer.color).toMatch(/^#[0-9a-f]{6}$/i);
      },
    });
    expect(report.refused).toBeGreaterThan(250);
  });

  it('still validates a good file afterwards, and nothing leaked into Object.prototype', () => {
    expect(() => validateLayer(FILE, { type: 'FeatureCollection', features: [] })).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fuzzImport itself', () => {
  it('fails a run when the importer throws something other than its refusal', () => {
    expect(() =>
      fuzzImport({ count: 3, seed: 1, generate: (_, i) => i, importer: (i) => (i === 2 ? (null as unknown as { x: 1 }).x : i), isRefusal: isDataError }),
    ).toThrow(/input #2 of seed 1: threw TypeError/);
  });

  it('fails a run on a refusal without a message, or with an endless one', () => {
    const refuse = (message: string) => () =>
      fuzzImport({ count: 1, seed: 1, generate: () => 0, importer: () => { throw new DataError(message); }, isRefusal: isDataError });
    expect(refuse('  ')).toThrow(/empty message/);
    expect(refuse('x'.repeat(5000))).toThrow(/5000-character message/);
  });
});
