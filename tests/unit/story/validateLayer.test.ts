import { describe, expect, it } from 'vitest';
import { DataError, validateLayer, validateManifest } from '../../../src/story/validateLayer.ts';

const FILE = 'geo/test-layer.geojson';

type Json = Record<string, unknown>;

/** A fresh valid story feature (a point), with `properties` merged into its properties. */
function feature(id: unknown = 'okinawa', properties: Json = {}, geometry: unknown = point(127.9, 26.5)): Json {
  return {
    type: 'Feature',
    id,
    properties: {
      name: 'Okinawa',
      summary: 'The largest of the Ryukyu Islands.',
      source: [{ publication: 'Natural Earth', title: 'Admin 0 - Countries', date: '2018' }],
      ...properties,
    },
    geometry,
  };
}

/** A copy of `object` without `key`. */
const without = (object: Json, key: string): Json => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const polygon = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]): Json => ({ type: 'FeatureCollection', features });

/** Counter-clockwise unit square at (120, 20): a valid outer ring. */
const ccwSquare = () => [
  [120, 20],
  [121, 20],
  [121, 21],
  [120, 21],
  [120, 20],
];
/** A clockwise square inside ccwSquare: a valid hole. */
const cwHole = () => [
  [120.2, 20.2],
  [120.2, 20.8],
  [120.8, 20.8],
  [120.8, 20.2],
  [120.2, 20.2],
];

/** The DataError validateLayer throws for `json`; fails the test if it does not throw one. */
function layerError(json: unknown): DataError {
  try {
    validateLayer(FILE, json);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('validateLayer did not throw');
}

/** Expects the message to name the file, the feature and the rule. */
function expectNames(error: Error, featureLabel: string, rule: string | RegExp): void {
  expect(error.message).toContain(FILE);
  expect(error.message).toContain(featureLabel);
  if (typeof rule === 'string') expect(error.message).toContain(rule);
  else expect(error.message).toMatch(rule);
}

describe('validateLayer: valid files', () => {
  it('accepts a minimal FeatureCollection and returns it', () => {
    const json = collection(feature());
    expect(validateLayer(FILE, json)).toBe(json);
  });

  it('accepts an empty FeatureCollection', () => {
    expect(validateLayer(FILE, collection()).features).toEqual([]);
  });

  it('accepts a polygon with a counter-clockwise outer ring and a clockwise hole', () => {
    expect(() => validateLayer(FILE, collection(feature('zone', {}, polygon(ccwSquare(), cwHole()))))).not.toThrow();
  });

  it('accepts a null geometry that names a Natural Earth country', () => {
    const json = collection(feature('japan', { naturalEarthCountry: 'Japan' }, null));
    expect(() => validateLayer(FILE, json)).not.toThrow();
  });

  it('accepts a date interval', () => {
    expect(() => validateLayer(FILE, collection(feature('okinawa', { date: '2019-12/2020-02' })))).not.toThrow();
  });

  const named = (name: string, lang: string, by: string) => ({ name, lang, usedBy: [by], source: { publication: 'P', title: 'T', date: '2026' } });

  it('accepts a disputed place named with every side and at least two claimants', () => {
    const names = [named('尖閣諸島', 'ja', 'Japan'), named('钓鱼岛', 'zh-Hans', 'China')];
    const json = collection(
      feature('senkaku-islands', { name: 'Senkaku Islands (Diaoyu Islands)', claimants: ['Japan', 'China'], names }),
    );
    expect(() => validateLayer(FILE, json)).not.toThrow();
  });

  it('rejects a disputed place missing the name one claimant uses, naming that claimant', () => {
    const json = collection(
      feature('senkaku-islands', { name: 'Senkaku Islands (Diaoyu Islands)', claimants: ['Japan', 'China', 'Taiwan'], names: [named('尖閣諸島', 'ja', 'Japan'), named('钓鱼岛', 'zh-Hans', 'China')] }),
    );
    expect(() => validateLayer(FILE, json)).toThrow(/feature "senkaku-islands".*used by Taiwan/);
  });

  it('accepts an open-ended date ("since") and rejects an interval that ends before it starts', () => {
    expect(() => validateLayer(FILE, collection(feature('okinawa', { date: '1945/..' })))).not.toThrow();
    expect(() => validateLayer(FILE, collection(feature('okinawa', { date: '../1945' })))).toThrow(/"date" must be ISO 8601/);
    expect(() => validateLayer(FILE, collection(feature('okinawa', { date: '2020/2019' })))).toThrow(/ends before it starts/);
    expect(() => validateLayer(FILE, collection(feature('okinawa', { date: '2019-05/2019' })))).not.toThrow();
  });

  it('accepts a claim labelled as a claim', () => {
    const line = { type: 'LineString', coordinates: [[110, 10], [115, 15]] };
    expect(() => validateLayer(FILE, collection(feature('nine-dash-line', { name: "China's claim", claim: true }, line)))).not.toThrow();
  });

  it('accepts positions with exactly 6 decimals', () => {
    expect(() => validateLayer(FILE, collection(feature('okinawa', {}, point(127.123456, 26.123456))))).not.toThrow();
  });

  it('accepts every supported geometry type', () => {
    const geometries = [
      { type: 'MultiPoint', coordinates: [[120, 20], [121, 21]] },
      { type: 'LineString', coordinates: [[120, 20], [121, 21]] },
      { type: 'MultiLineString', coordinates: [[[120, 20], [121, 21]]] },
      { type: 'MultiPolygon', coordinates: [[ccwSquare()]] },
    ];
    const json = collection(...geometries.map((g, i) => feature(`shape-${i}`, {}, g)));
    expect(() => validateLayer(FILE, json)).not.toThrow();
  });
});

describe('validateLayer: each broken rule names file, feature and rule', () => {
  it('rejects a file that is not a FeatureCollection', () => {
    const error = layerError({ type: 'Feature', properties: {}, geometry: null });
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('FeatureCollection');
  });

  it('rejects a FeatureCollection without a features array', () => {
    expect(layerError({ type: 'FeatureCollection' }).message).toContain(FILE);
  });

  it('rejects an entry that is not a Feature', () => {
    expectNames(layerError(collection({ ...feature(), type: 'Point' })), 'feature "okinawa"', 'GeoJSON Feature');
  });

  it('rejects a feature without an id, numbering it', () => {
    expectNames(layerError(collection(feature(), without(feature('japan'), 'id'))), 'feature #1', '"id"');
  });

  it('rejects a numeric id', () => {
    expectNames(layerError(collection(feature(7))), 'feature #0', '"id"');
  });

  it('rejects an id that is not lower-case words joined by hyphens', () => {
    expectNames(layerError(collection(feature('Okinawa Island'))), 'feature "Okinawa Island"', 'lower-case');
  });

  it('rejects a duplicate id', () => {
    expectNames(layerError(collection(feature('okinawa'), feature('okinawa'))), 'feature "okinawa"', 'duplicate id');
  });

  it('rejects a feature without properties', () => {
    expectNames(layerError(collection({ ...feature(), properties: null })), 'feature "okinawa"', '"properties"');
  });

  it('rejects a missing name', () => {
    expectNames(layerError(collection(feature('okinawa', { name: undefined }))), 'feature "okinawa"', '"name"');
  });

  it('rejects a blank name', () => {
    expectNames(layerError(collection(feature('okinawa', { name: '   ' }))), 'feature "okinawa"', '"name"');
  });

  it('rejects a missing summary', () => {
    expectNames(layerError(collection(feature('okinawa', { summary: undefined }))), 'feature "okinawa"', '"summary"');
  });

  it('rejects a date that is not ISO 8601', () => {
    expectNames(layerError(collection(feature('okinawa', { date: '17 Nov 2020' }))), 'feature "okinawa"', '"date"');
  });

  it('rejects an interval with three ends', () => {
    expectNames(layerError(collection(feature('okinawa', { date: '2019/2020/2021' }))), 'feature "okinawa"', '"date"');
  });

  it('rejects a missing source', () => {
    expectNames(layerError(collection(feature('okinawa', { source: undefined }))), 'feature "okinawa"', '"source"');
  });

  it('rejects an empty source list', () => {
    expectNames(layerError(collection(feature('okinawa', { source: [] }))), 'feature "okinawa"', '"source"');
  });

  it('rejects a source lacking a field, naming the source', () => {
    const source = [{ publication: 'Natural Earth', title: 'Admin 0', date: '2018' }, { publication: 'Wikipedia', title: 'Okinawa' }];
    expectNames(layerError(collection(feature('okinawa', { source }))), 'feature "okinawa"', 'source 1 needs');
  });

  it('takes a source title\'s language as a BCP 47 tag and rejects anything else, naming the source', () => {
    const source = (lang: unknown) => [{ publication: 'MOFA', title: '外交青書', date: '2023', lang }];
    expect(() => validateLayer(FILE, collection(feature('okinawa', { source: source('ja') })))).not.toThrow();
    expectNames(layerError(collection(feature('okinawa', { source: source('Japanese') }))), 'feature "okinawa"', 'source 0 has a "lang" that is not a BCP 47 tag');
  });

  it('rejects a "names" entry without who uses it, a language tag or a source, naming the entry', () => {
    const ok = { name: '尖閣諸島', lang: 'ja', usedBy: ['Japan'], source: { publication: 'MOFA', title: 'Senkaku', date: '2016' } };
    expect(() => validateLayer(FILE, collection(feature('okinawa', { names: [ok] })))).not.toThrow();
    const cases: [unknown, string][] = [
      [[{ ...ok, usedBy: [] }], 'names[0] needs "usedBy"'],
      [[ok, { ...ok, lang: 'Japanese' }], 'names[1] needs a BCP 47 "lang"'],
      [[without(ok, 'source')], 'names[0].source needs'],
      [[{ ...ok, name: 'x'.repeat(201) }], 'names[0] needs a "name"'],
      [[], '"names" must be a non-empty array'],
    ];
    for (const [names, rule] of cases) expectNames(layerError(collection(feature('okinawa', { names }))), 'feature "okinawa"', rule);
  });

  it('rejects claimants listing fewer than two', () => {
    const json = collection(feature('senkaku-islands', { name: 'Senkaku Islands (Diaoyu Islands)', claimants: ['Japan'] }));
    expectNames(layerError(json), 'feature "senkaku-islands"', '"claimants"');
  });

  it("rejects a disputed place not named with every side's name", () => {
    const json = collection(feature('senkaku-islands', { name: 'Senkaku Islands', claimants: ['Japan', 'China'] }));
    expectNames(layerError(json), 'feature "senkaku-islands"', 'disputed place');
  });

  it('rejects a claim whose name does not say it is a claim', () => {
    const line = { type: 'LineString', coordinates: [[110, 10], [115, 15]] };
    const json = collection(feature('nine-dash-line', { name: 'Nine-dash line', claim: true }, line));
    expectNames(layerError(json), 'feature "nine-dash-line"', 'labelled as a claim');
  });

  it('rejects a null geometry without naturalEarthCountry', () => {
    expectNames(layerError(collection(feature('japan', {}, null))), 'feature "japan"', '"naturalEarthCountry"');
  });

  it('rejects a missing geometry', () => {
    expectNames(layerError(collection(without(feature(), 'geometry'))), 'feature "okinawa"', 'geometry must be an object');
  });

  it('rejects a longitude out of range', () => {
    expectNames(layerError(collection(feature('okinawa', {}, point(200, 26.5)))), 'feature "okinawa"', 'out of range');
  });

  it('rejects swapped latitude and longitude that put the latitude out of range', () => {
    const error = layerError(collection(feature('okinawa', {}, point(26.5, 127.9))));
    expectNames(error, 'feature "okinawa"', 'out of range (lon, lat order)');
  });

  it('rejects a position that is not two numbers', () => {
    expectNames(layerError(collection(feature('okinawa', {}, { type: 'Point', coordinates: [127.9] }))), 'feature "okinawa"', '[lon, lat]');
  });

  it('rejects a coordinate with more than 6 decimals', () => {
    expectNames(layerError(collection(feature('okinawa', {}, point(127.1234567, 26.5)))), 'feature "okinawa"', 'more than 6 decimals');
  });

  it('rejects an unclosed ring', () => {
    const open = ccwSquare().slice(0, 4).concat([[120, 20.5]]);
    expectNames(layerError(collection(feature('zone', {}, polygon(open)))), 'feature "zone"', 'ring 0 is not closed');
  });

  it('rejects a ring with fewer than 4 positions', () => {
    const triangle = [[120, 20], [121, 20], [120, 20]];
    expectNames(layerError(collection(feature('zone', {}, polygon(triangle)))), 'feature "zone"', 'at least 4 positions');
  });

  it('rejects a clockwise outer ring', () => {
    const clockwise = ccwSquare().reverse();
    expectNames(layerError(collection(feature('zone', {}, polygon(clockwise)))), 'feature "zone"', 'counter-clockwise');
  });

  it('rejects a counter-clockwise hole', () => {
    const hole = cwHole().reverse();
    expectNames(layerError(collection(feature('zone', {}, polygon(ccwSquare(), hole)))), 'feature "zone"', 'hole 1 must be clockwise');
  });

  it('rejects a broken ring inside a MultiPolygon', () => {
    const multi = { type: 'MultiPolygon', coordinates: [[ccwSquare()], [ccwSquare().reverse()]] };
    expectNames(layerError(collection(feature('zone', {}, multi))), 'feature "zone"', 'counter-clockwise');
  });

  it('rejects a LineString with a single position', () => {
    const line = { type: 'LineString', coordinates: [[120, 20]] };
    expectNames(layerError(collection(feature('route', {}, line))), 'feature "route"', 'at least 2 positions');
  });

  it('rejects an unsupported geometry type', () => {
    const circle = { type: 'Circle', coordinates: [127.9, 26.5], radius: 10 };
    expectNames(layerError(collection(feature('okinawa', {}, circle))), 'feature "okinawa"', 'unsupported geometry type "Circle"');
  });

  it('rejects a GeometryCollection', () => {
    const gc = { type: 'GeometryCollection', geometries: [point(127.9, 26.5)] };
    expectNames(layerError(collection(feature('okinawa', {}, gc))), 'feature "okinawa"', 'unsupported geometry type');
  });
});

describe('validateManifest', () => {
  const MANIFEST = 'geo/layers.json';

  /** A fresh valid manifest entry with `changes` applied. */
  const entry = (changes: Json = {}): Json => ({
    id: 'quad',
    title: 'Quad members',
    file: 'quad-members.geojson',
    color: '#3b6fb6',
    visible: true,
    description: 'Japan, the United States, India and Australia.',
    ...changes,
  });

  function manifestError(json: unknown): DataError {
    try {
      validateManifest(MANIFEST, json);
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      return e as DataError;
    }
    throw new Error('validateManifest did not throw');
  }

  it('accepts a good manifest and returns its entries in order', () => {
    const json = [entry(), entry({ id: 'scs', file: 'south-china-sea.geojson', visible: false })];
    expect(validateManifest(MANIFEST, json).map((e) => e.id)).toEqual(['quad', 'scs']);
  });

  it('rejects an empty manifest', () => {
    expect(manifestError([]).message).toContain(MANIFEST);
  });

  it('rejects a colour that is not a hex colour, naming the layer', () => {
    const error = manifestError([entry(), entry({ id: 'scs', color: 'red' })]);
    expect(error.message).toContain(MANIFEST);
    expect(error.message).toContain('layer #1');
    expect(error.message).toContain('"color"');
  });

  it('rejects a three-digit hex colour', () => {
    expect(manifestError([entry({ color: '#36b' })]).message).toContain('"color"');
  });

  it('rejects a missing title, naming the layer', () => {
    const error = manifestError([entry({ title: undefined })]);
    expect(error.message).toContain(MANIFEST);
    expect(error.message).toContain('layer #0');
    expect(error.message).toContain('"title"');
  });

  it('rejects a duplicate id, naming the id', () => {
    const error = manifestError([entry(), entry()]);
    expect(error.message).toContain(MANIFEST);
    expect(error.message).toContain('layer #1');
    expect(error.message).toContain('duplicate id "quad"');
  });

  it("takes a layer's credit as text, and rejects one that is not", () => {
    expect(validateManifest(MANIFEST, [entry({ attribution: '© OpenStreetMap contributors, ODbL' })])[0].attribution).toBe('© OpenStreetMap contributors, ODbL');
    expect(manifestError([entry({ attribution: 42 })]).message).toBe(`${MANIFEST}: layer #0: "attribution" must be text`);
  });

  it('rejects a visible flag that is not a boolean', () => {
    const error = manifestError([entry({ visible: 'yes' })]);
    expect(error.message).toContain(MANIFEST);
    expect(error.message).toContain('layer #0');
    expect(error.message).toContain('"visible"');
  });
});
