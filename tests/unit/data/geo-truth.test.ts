/**
 * Geographic truth of the story layers in geo/*.geojson, checked with Turf against
 * Natural Earth (world-atlas 2.0.2: countries-10m.json and countries-50m.json).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import {
  area,
  bbox,
  booleanClockwise,
  booleanIntersects,
  booleanPointInPolygon,
  booleanValid,
  centroid,
  distance,
  featureCollection,
  intersect,
  kinks,
  lineString,
  point,
  pointToPolygonDistance,
  polygon,
} from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { formatArea } from '../../../src/explore/measure';

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

interface RawSource {
  publication?: unknown;
  title?: unknown;
  url?: unknown;
  date?: unknown;
}

interface RawProperties {
  name?: unknown;
  altNames?: unknown;
  summary?: unknown;
  date?: unknown;
  source?: RawSource[];
  claimants?: unknown;
  claim?: unknown;
  approximate?: unknown;
  naturalEarthCountry?: unknown;
}

type RawFeature = Feature<Geometry | null, RawProperties> & { id?: unknown };
type RawCollection = FeatureCollection<Geometry | null, RawProperties>;

/** Each story file and exactly the feature ids it must hold. */
const EXPECTED_IDS: Record<string, string[]> = {
  'quad-members.geojson': [
    'japan',
    'united-states',
    'india',
    'australia',
    'quad-meeting-new-york-2019',
    'tokyo-press-conference-2020',
  ],
  'south-china-sea.geojson': [
    'spratly-islands',
    'paracel-islands',
    'scarborough-shoal',
    'nine-dash-line',
    'fiery-cross-reef',
    'subi-reef',
    'mischief-reef',
    'woody-island',
  ],
  'east-china-sea.geojson': ['senkaku-islands', 'china-ecs-adiz', 'ecs-joint-development-block-2008'],
  'agreements.geojson': [
    'joint-declaration-2007',
    'acsa-2010',
    'acsa-2017',
    'special-strategic-partnership-2014',
    'ministerial-economic-dialogue-2018',
  ],
  'okinawa.geojson': ['okinawa', 'us-forces-okinawa'],
  'relief-operations.geojson': [
    'typhoon-haiyan-relief',
    'great-east-japan-earthquake',
    'mh370-search',
    'bushfires-c130-2020',
  ],
  'cooperation-sites.geojson': ['pko-east-timor', 'pko-cambodia', 'pko-south-sudan'],
};

const FILES = Object.keys(EXPECTED_IDS);

function loadLayer(file: string): RawCollection {
  const text = readFileSync(new URL(`../../../geo/${file}`, import.meta.url), 'utf8');
  return JSON.parse(text) as RawCollection;
}

const layers: Record<string, RawCollection> = Object.fromEntries(FILES.map((f) => [f, loadLayer(f)]));
const allFeatures: RawFeature[] = FILES.flatMap((f) => layers[f].features as RawFeature[]);

function byId(id: string): RawFeature {
  const found = allFeatures.find((f) => f.id === id);
  if (!found) throw new Error(`no feature with id ${id}`);
  return found;
}

function pointOf(id: string): Position {
  const g = byId(id).geometry;
  if (!g || g.type !== 'Point') throw new Error(`${id} is not a Point`);
  return g.coordinates;
}

function polygonOf(id: string): Feature<Polygon> {
  const g = byId(id).geometry;
  if (!g || g.type !== 'Polygon') throw new Error(`${id} is not a Polygon`);
  return polygon(g.coordinates);
}

// Natural Earth via world-atlas; loaded once for the whole file.
const requireHere = createRequire(import.meta.url);

interface CountryPart {
  name: string;
  poly: Feature<Polygon>;
  box: BBox;
}

function loadCountries(file: string): Feature<Polygon | MultiPolygon | null, { name: string }>[] {
  const topo = JSON.parse(readFileSync(requireHere.resolve(`world-atlas/${file}`), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon | null, { name: string }>;
  return fc.features;
}

const countries10m = loadCountries('countries-10m.json');
const countries50m = loadCountries('countries-50m.json');

/** Every 10m country split into single polygons, each with its bounding box, for fast look-ups. */
const parts10m: CountryPart[] = countries10m.flatMap((c) => {
  const g = c.geometry;
  if (!g) return [];
  const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return rings.map((r) => {
    const poly = polygon(r);
    return { name: c.properties.name, poly, box: bbox(poly) };
  });
});

function boxesOverlap(a: BBox, b: BBox, margin = 0): boolean {
  return a[0] - margin <= b[2] && b[0] - margin <= a[2] && a[1] - margin <= b[3] && b[1] - margin <= a[3];
}

function partsNear(box: BBox, margin = 0): CountryPart[] {
  return parts10m.filter((p) => boxesOverlap(p.box, box, margin));
}

/** Names of the 10m countries whose polygons contain the point. */
function countriesContaining(pos: Position): string[] {
  const box: BBox = [pos[0], pos[1], pos[0], pos[1]];
  const names = partsNear(box)
    .filter((p) => booleanPointInPolygon(pos, p.poly))
    .map((p) => p.name);
  return [...new Set(names)];
}

/** Distance in km from the point to the nearest polygon of the named 10m country. */
function kmToCountry(pos: Position, name: string): number {
  const candidates = parts10m.filter((p) => p.name === name);
  return Math.min(...candidates.map((p) => pointToPolygonDistance(point(pos), p.poly, { units: 'kilometers' })));
}

/** Nearest 10m country (name, km) among polygons within `marginDeg` degrees. */
function nearestCountry(pos: Position, marginDeg = 2): { name: string; km: number } {
  const box: BBox = [pos[0], pos[1], pos[0], pos[1]];
  let best = { name: '', km: Infinity };
  for (const p of partsNear(box, marginDeg)) {
    const km = pointToPolygonDistance(point(pos), p.poly, { units: 'kilometers' });
    if (km < best.km) best = { name: p.name, km };
  }
  return best;
}

/** Land area (km²) of the 10m countries under a polygon. */
function landAreaKm2(poly: Feature<Polygon>): number {
  let total = 0;
  for (const p of partsNear(bbox(poly))) {
    if (!booleanIntersects(poly, p.poly)) continue;
    const overlap = intersect(featureCollection([poly, p.poly]));
    if (overlap) total += area(overlap) / 1e6;
  }
  return total;
}

function allPositions(g: Geometry | null): Position[] {
  if (!g) return [];
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(allPositions);
  }
}

function polygonRings(g: Geometry | null): Position[][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function decimals(n: number): number {
  const s = String(n);
  if (/e/i.test(s)) return Infinity;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Strip diacritics and case, so "Trường Sa" matches "truong sa". */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
function isIsoDateOrInterval(s: string): boolean {
  const [start, end, ...rest] = s.split('/');
  return rest.length === 0 && ISO_DATE.test(start) && (end === undefined || end === '..' || ISO_DATE.test(end));
}

const polygonFeatures = allFeatures.filter((f) => polygonRings(f.geometry).length > 0);
const nullGeometryFeatures = allFeatures.filter((f) => f.geometry === null);

// Reference places.
const NAHA: Position = [127.681, 26.212];
const CANBERRA: Position = [149.13, -35.28];

// ---------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------

describe('story layer files', () => {
  it('list exactly the files named in geo/layers.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../geo/layers.json', import.meta.url), 'utf8')) as {
      file: string;
    }[];
    expect(manifest.map((m) => m.file).sort()).toEqual([...FILES].sort());
  });

  it.each(FILES)('%s is a FeatureCollection holding exactly its expected ids', (file) => {
    const fc = layers[file];
    expect(fc.type).toBe('FeatureCollection');
    const ids = fc.features.map((f) => (f as RawFeature).id);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS[file]].sort());
  });

  it('has no duplicate ids across files', () => {
    const ids = allFeatures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('feature properties', () => {
  it.each(allFeatures.map((f) => [f.id, f] as const))('%s has a name and a one-line plain summary', (_id, f) => {
    const { name, summary } = f.properties;
    expect(typeof name).toBe('string');
    expect((name as string).trim().length).toBeGreaterThan(0);
    expect(typeof summary).toBe('string');
    expect((summary as string).trim().length).toBeGreaterThan(0);
    expect(summary as string).not.toMatch(/[\n\r<>]/);
  });

  it.each(allFeatures.map((f) => [f.id, f] as const))(
    '%s cites at least one source with publication, title and ISO date',
    (_id, f) => {
      const sources = f.properties.source;
      expect(Array.isArray(sources)).toBe(true);
      expect(sources!.length).toBeGreaterThan(0);
      for (const s of sources!) {
        expect(typeof s.publication).toBe('string');
        expect(typeof s.title).toBe('string');
        expect(typeof s.date).toBe('string');
        expect(ISO_DATE.test(s.date as string)).toBe(true);
        if (s.url !== undefined) expect(s.url as string).toMatch(/^https?:\/\/\S+$/);
      }
    },
  );

  it('writes every date as an ISO 8601 date or interval', () => {
    const dated = allFeatures.filter((f) => f.properties.date !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const f of dated) {
      expect(typeof f.properties.date, String(f.id)).toBe('string');
      expect(isIsoDateOrInterval(f.properties.date as string), `${f.id}: ${f.properties.date}`).toBe(true);
    }
  });

  it('dates the events the article names', () => {
    expect(byId('tokyo-press-conference-2020').properties.date).toBe('2020-11-17');
    expect(byId('great-east-japan-earthquake').properties.date).toBe('2011-03-11');
    expect(byId('bushfires-c130-2020').properties.date).toBe('2020-01');
    expect(byId('us-forces-okinawa').properties.date).toBe('1945/..');
    expect(String(byId('quad-meeting-new-york-2019').properties.date)).toMatch(/^2019-09/);
    expect(String(byId('typhoon-haiyan-relief').properties.date)).toMatch(/^2013-11/);
  });
});

// ---------------------------------------------------------------------------
// Coordinates and geometry validity
// ---------------------------------------------------------------------------

describe('coordinates', () => {
  it('leaves geometry null only where a Natural Earth country supplies it', () => {
    expect(nullGeometryFeatures.map((f) => f.id).sort()).toEqual(['australia', 'india', 'japan', 'united-states']);
    for (const f of allFeatures) {
      const hasName = typeof f.properties.naturalEarthCountry === 'string';
      expect(f.geometry === null, String(f.id)).toBe(hasName);
    }
  });

  it('uses at most 6 decimals per coordinate', () => {
    for (const f of allFeatures) {
      for (const pos of allPositions(f.geometry)) {
        expect(pos.length, String(f.id)).toBe(2);
        for (const n of pos) expect(decimals(n), `${f.id}: ${n}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it('keeps longitude within [-180, 180] and latitude within [-90, 90]', () => {
    for (const f of allFeatures) {
      for (const [lon, lat] of allPositions(f.geometry)) {
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(180);
        expect(lat).toBeGreaterThanOrEqual(-90);
        expect(lat).toBeLessThanOrEqual(90);
      }
    }
  });
});

describe('polygons', () => {
  const cases = polygonFeatures.map((f) => [f.id, f] as const);

  it('exist in the layers (Spratly, Paracel, Okinawa, MH370, China\'s ECS ADIZ, the 2008 joint development block)', () => {
    expect(polygonFeatures.map((f) => f.id).sort()).toEqual(
      ['china-ecs-adiz', 'ecs-joint-development-block-2008', 'mh370-search', 'okinawa', 'paracel-islands', 'spratly-islands'].sort(),
    );
  });

  it.each(cases)('%s has closed rings of at least 4 positions', (_id, f) => {
    for (const rings of polygonRings(f.geometry)) {
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
    }
  });

  it.each(cases)('%s has counter-clockwise outer rings', (_id, f) => {
    for (const rings of polygonRings(f.geometry)) {
      expect(booleanClockwise(rings[0])).toBe(false);
    }
  });

  it.each(cases)('%s does not self-intersect', (_id, f) => {
    for (const rings of polygonRings(f.geometry)) {
      expect(kinks(polygon(rings)).features).toHaveLength(0);
    }
  });

  it.each(cases)('%s is a valid geometry', (_id, f) => {
    expect(booleanValid(f.geometry as Geometry)).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Natural Earth countries
// ---------------------------------------------------------------------------

describe('Natural Earth country names', () => {
  const names50m = new Set(countries50m.map((c) => c.properties.name));

  it.each(nullGeometryFeatures.map((f) => [f.id, f.properties.naturalEarthCountry] as const))(
    '%s names "%s", which exists in countries-50m.json',
    (_id, name) => {
      expect(names50m.has(name as string)).toBe(true);
    },
  );

  it('names each Quad member as Natural Earth spells it', () => {
    expect(byId('japan').properties.naturalEarthCountry).toBe('Japan');
    expect(byId('united-states').properties.naturalEarthCountry).toBe('United States of America');
    expect(byId('india').properties.naturalEarthCountry).toBe('India');
    expect(byId('australia').properties.naturalEarthCountry).toBe('Australia');
  });
});

// ---------------------------------------------------------------------------
// Points on land
// ---------------------------------------------------------------------------

/** Land points and the Natural Earth 1:10m country each must fall in (3 km tolerance for coasts). */
const LAND_POINTS: [id: string, place: string, country: string][] = [
  ['tokyo-press-conference-2020', 'Kantei, Tokyo', 'Japan'],
  ['quad-meeting-new-york-2019', 'UN Headquarters, New York', 'United States of America'],
  ['typhoon-haiyan-relief', 'Tacloban', 'Philippines'],
  ['bushfires-c130-2020', 'RAAF Base Richmond', 'Australia'],
  ['pko-east-timor', 'Dili', 'Timor-Leste'],
  ['pko-cambodia', 'Phnom Penh', 'Cambodia'],
  ['pko-south-sudan', 'Juba', 'S. Sudan'],
  ['us-forces-okinawa', 'Kadena Air Base', 'Japan'],
  ['joint-declaration-2007', 'Tokyo', 'Japan'],
  ['acsa-2010', 'Tokyo', 'Japan'],
  ['ministerial-economic-dialogue-2018', 'Tokyo', 'Japan'],
  ['acsa-2017', 'Sydney', 'Australia'],
  ['special-strategic-partnership-2014', 'Parliament House, Canberra', 'Australia'],
];

describe('points on land', () => {
  it('use country names that exist in countries-10m.json', () => {
    const names10m = new Set(countries10m.map((c) => c.properties.name));
    for (const [, , country] of LAND_POINTS) expect(names10m.has(country), country).toBe(true);
  });

  it.each(LAND_POINTS)('%s (%s) lies in %s', (id, _place, country) => {
    const pos = pointOf(id);
    const inside = countriesContaining(pos);
    if (inside.length > 0) {
      expect(inside).toEqual([country]);
    } else {
      expect(kmToCountry(pos, country)).toBeLessThanOrEqual(3);
    }
  });
});

// ---------------------------------------------------------------------------
// Features at sea
// ---------------------------------------------------------------------------

describe('features at sea', () => {
  it('puts Scarborough Shoal at sea, within 3 km of Natural Earth\'s "Scarborough Reef" rocks', () => {
    const pos = pointOf('scarborough-shoal');
    expect(countriesContaining(pos)).toEqual([]);
    expect(kmToCountry(pos, 'Scarborough Reef')).toBeLessThan(3);
  });

  it('puts the 2011 earthquake epicentre at sea off Tōhoku, 50–200 km from Honshu', () => {
    const pos = pointOf('great-east-japan-earthquake');
    expect(countriesContaining(pos)).toEqual([]);
    const nearest = nearestCountry(pos);
    expect(nearest.name).toBe('Japan');
    expect(nearest.km).toBeGreaterThan(50);
    expect(nearest.km).toBeLessThan(200);
  });

  it('keeps the MH370 search area clear of every country', () => {
    const poly = polygonOf('mh370-search');
    const touching = partsNear(bbox(poly)).filter((p) => booleanIntersects(poly, p.poly));
    expect(touching.map((p) => p.name)).toEqual([]);
  });

  it('places the MH370 search area in the southern Indian Ocean, west of Perth', () => {
    const [minX, minY, maxX, maxY] = bbox(polygonOf('mh370-search'));
    expect(minX).toBeGreaterThanOrEqual(85);
    expect(maxX).toBeLessThanOrEqual(100);
    expect(minY).toBeGreaterThanOrEqual(-41);
    expect(maxY).toBeLessThanOrEqual(-31);
  });

  it('draws the nine-dash line as nine dashes', () => {
    const g = byId('nine-dash-line').geometry;
    expect(g?.type).toBe('MultiLineString');
    if (g?.type !== 'MultiLineString') return;
    expect(g.coordinates).toHaveLength(9);
    for (const dash of g.coordinates) expect(dash.length).toBeGreaterThanOrEqual(2);
  });

  const dashes = (() => {
    const g = byId('nine-dash-line').geometry;
    return g?.type === 'MultiLineString' ? g.coordinates : [];
  })();

  it.each(dashes.map((d, i) => [i + 1, d] as const))('nine-dash line dash %i lies at sea', (_n, dash) => {
    const line = lineString(dash);
    const touching = partsNear(bbox(line)).filter((p) => booleanIntersects(line, p.poly));
    expect(touching.map((p) => p.name)).toEqual([]);
  });

  it('keeps the nine-dash line inside the South China Sea and Luzon Strait region', () => {
    const [minX, minY, maxX, maxY] = bbox(lineString(dashes.flat()));
    expect(minX).toBeGreaterThan(105);
    expect(maxX).toBeLessThan(123);
    expect(minY).toBeGreaterThan(2);
    expect(maxY).toBeLessThan(23);
  });
});

// ---------------------------------------------------------------------------
// Senkaku Islands and distances
// ---------------------------------------------------------------------------

describe('Senkaku Islands and distances', () => {
  // Natural Earth 1:10m draws the Senkaku islets as tiny polygons of Japan, a few km east of
  // their true position, so the true Uotsuri-jima point is not inside any 10m polygon.
  it('puts the Uotsuri-jima point outside every 1:10m polygon', () => {
    expect(countriesContaining(pointOf('senkaku-islands'))).toEqual([]);
  });

  it("has Natural Earth's nearest land to the Senkaku point be Japan's islets, within 10 km", () => {
    const nearest = nearestCountry(pointOf('senkaku-islands'));
    expect(nearest.name).toBe('Japan');
    expect(nearest.km).toBeLessThan(10);
  });

  it('puts the Senkaku point about 424 km from Naha', () => {
    const km = distance(NAHA, pointOf('senkaku-islands'), { units: 'kilometers' });
    expect(Math.abs(km - 424)).toBeLessThanOrEqual(10);
  });

  it('puts the Tokyo press-conference point about 7,950 km from Canberra', () => {
    const km = distance(pointOf('tokyo-press-conference-2020'), CANBERRA, { units: 'kilometers' });
    expect(Math.abs(km - 7950)).toBeLessThanOrEqual(60);
  });
});

// ---------------------------------------------------------------------------
// Okinawa
// ---------------------------------------------------------------------------

describe('Okinawa Island', () => {
  const okinawa = polygonOf('okinawa');

  it('has an area between 1,000 and 1,400 km² (true area about 1,207 km²)', () => {
    const km2 = area(okinawa) / 1e6;
    expect(km2).toBeGreaterThan(1000);
    expect(km2).toBeLessThan(1400);
  });

  it('has at most 400 vertices', () => {
    expect(okinawa.geometry.coordinates[0].length).toBeLessThanOrEqual(400);
  });

  it("states the outline's area as the panel shows it", () => {
    const summary = String(byId('okinawa').properties?.summary);
    expect(summary).toContain(`it measures about ${formatArea(area(okinawa) / 1e6)}.`);
  });

  it('contains Naha', () => {
    expect(booleanPointInPolygon(NAHA, okinawa)).toBe(true);
  });

  it('contains the Kadena Air Base point', () => {
    expect(booleanPointInPolygon(pointOf('us-forces-okinawa'), okinawa)).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Disputes and claims
// ---------------------------------------------------------------------------

/** For each disputed place: each claimant and a name it uses, which the display name must contain. */
const DISPUTED: Record<string, Record<string, string>> = {
  'spratly-islands': {
    China: 'Nansha',
    Taiwan: 'Nansha',
    Vietnam: 'Truong Sa',
    Philippines: 'Kalayaan',
    Malaysia: 'Spratly',
    Brunei: 'Spratly',
  },
  'paracel-islands': { China: 'Xisha', Taiwan: 'Xisha', Vietnam: 'Hoang Sa' },
  'scarborough-shoal': { China: 'Huangyan', Taiwan: 'Huangyan', Philippines: 'Masinloc' },
  'senkaku-islands': { Japan: 'Senkaku', China: 'Diaoyu', Taiwan: 'Diaoyu' },
};

describe('disputed places', () => {
  it.each(Object.keys(DISPUTED))('%s lists its claimants', (id) => {
    const claimants = byId(id).properties.claimants as string[];
    expect(Array.isArray(claimants)).toBe(true);
    expect(claimants.length).toBeGreaterThanOrEqual(2);
    expect([...claimants].sort()).toEqual(Object.keys(DISPUTED[id]).sort());
  });

  it.each(Object.keys(DISPUTED))("%s is named with every side's name, others in parentheses", (id) => {
    const name = byId(id).properties.name as string;
    expect(name).toMatch(/^[^()]+ \(.+\)$/);
    for (const [claimant, local] of Object.entries(DISPUTED[id])) {
      expect(fold(name), `${claimant} name "${local}"`).toContain(fold(local));
    }
  });

  it.each(Object.keys(DISPUTED))('%s offers each side\'s name as a separate alternative name', (id) => {
    const alt = (byId(id).properties.altNames as string[]).map(fold);
    for (const local of Object.values(DISPUTED[id])) {
      expect(alt.some((a) => a.includes(fold(local))), local).toBe(true);
    }
  });

  it('marks the nine-dash line as an approximate claim and says so in its name', () => {
    const p = byId('nine-dash-line').properties;
    expect(p.claim).toBe(true);
    expect(p.approximate).toBe(true);
    expect(p.name as string).toMatch(/claim/i);
    expect(p.name as string).toMatch(/approximate/i);
  });

  it('marks the traced extents as approximate', () => {
    for (const id of ['spratly-islands', 'paracel-islands', 'mh370-search']) {
      expect(byId(id).properties.approximate, id).toBe(true);
    }
  });
});

describe('island group extents', () => {
  it.each(['spratly-islands', 'paracel-islands'])('%s is mostly sea (under 1% land)', (id) => {
    const poly = polygonOf(id);
    const land = landAreaKm2(poly);
    expect(land / (area(poly) / 1e6)).toBeLessThan(0.01);
  });

  it.each(['spratly-islands', 'paracel-islands'])('%s overlaps only islets, never a coast (no part over 10 km²)', (id) => {
    const poly = polygonOf(id);
    for (const p of partsNear(bbox(poly))) {
      if (!booleanIntersects(poly, p.poly)) continue;
      expect(area(p.poly) / 1e6, `${p.name} polygon`).toBeLessThan(10);
    }
  });

  it('does not put Scarborough Shoal inside the Spratly Islands', () => {
    expect(booleanPointInPolygon(pointOf('scarborough-shoal'), polygonOf('spratly-islands'))).toBe(false);
  });

  it('covers every islet Natural Earth draws as "Spratly Is."', () => {
    const spratly = polygonOf('spratly-islands');
    const islets = parts10m.filter((p) => p.name === 'Spratly Is.');
    expect(islets.length).toBeGreaterThan(0);
    for (const islet of islets) {
      expect(booleanPointInPolygon(islet.poly.geometry.coordinates[0][0], spratly)).toBe(true);
    }
  });

  it('covers every Natural Earth islet in the Paracel area (110.5–113.5°E, 15–17.5°N)', () => {
    const paracels = polygonOf('paracel-islands');
    const region: BBox = [110.5, 15, 113.5, 17.5];
    const islets = parts10m.filter((p) => boxesOverlap(p.box, region) && p.box[0] > 110.5 && p.box[3] < 17.5);
    expect(islets.length).toBeGreaterThan(0);
    for (const islet of islets) {
      expect(booleanPointInPolygon(islet.poly.geometry.coordinates[0][0], paracels)).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------
// China's outposts and its East China Sea ADIZ
// ---------------------------------------------------------------------------

describe("China's artificial-island outposts", () => {
  const SPRATLY_OUTPOSTS = ['fiery-cross-reef', 'subi-reef', 'mischief-reef'];

  it.each([...SPRATLY_OUTPOSTS, 'woody-island'])('%s is at sea or on an islet, never on a country\'s main land (no 1:10m polygon over 10 km² within 5 km)', (id) => {
    const pos = pointOf(id);
    for (const p of partsNear([pos[0], pos[1], pos[0], pos[1]], 0.1)) {
      if (pointToPolygonDistance(point(pos), p.poly, { units: 'kilometers' }) > 5) continue;
      expect(area(p.poly) / 1e6, `${p.name} polygon`).toBeLessThan(10);
    }
  });

  it.each(SPRATLY_OUTPOSTS)('%s lies inside the Spratly Islands extent', (id) => {
    expect(booleanPointInPolygon(pointOf(id), polygonOf('spratly-islands'))).toBe(true);
  });

  it('puts Woody Island inside the Paracel Islands extent', () => {
    expect(booleanPointInPolygon(pointOf('woody-island'), polygonOf('paracel-islands'))).toBe(true);
  });

  it('puts Mischief Reef about 240 km west of Palawan (the award: within the Philippines\' EEZ)', () => {
    const km = kmToCountry(pointOf('mischief-reef'), 'Philippines');
    expect(km).toBeGreaterThan(200);
    expect(km).toBeLessThan(280);
  });

  it.each([...SPRATLY_OUTPOSTS, 'woody-island'])('%s lists its claimants and dates the outpost as lasting', (id) => {
    const p = byId(id).properties;
    expect((p.claimants as string[]).length).toBeGreaterThanOrEqual(3);
    expect(String(p.date)).toMatch(/^\d{4}\/\.\.$/);
  });
});

describe("China's East China Sea ADIZ", () => {
  const adiz = polygonOf('china-ecs-adiz');
  const dm = (deg: number, min: number) => Number((deg + min / 60).toFixed(6));
  // As published by China's Ministry of National Defense on 23 November 2013.
  const CORNERS: Position[] = [
    [dm(121, 47), dm(33, 11)],
    [125, dm(33, 11)],
    [dm(128, 20), 31],
    [125, dm(25, 38)],
    [123, dm(24, 45)],
    [dm(120, 58), dm(26, 44)],
  ];

  it('has the six published corners as vertices', () => {
    const ring = adiz.geometry.coordinates[0];
    for (const c of CORNERS) expect(ring.some((p) => p[0] === c[0] && p[1] === c[1]), String(c)).toBe(true);
  });

  it('covers the Senkaku Islands point and not Okinawa Island or Yonaguni', () => {
    expect(booleanPointInPolygon(pointOf('senkaku-islands'), adiz)).toBe(true);
    expect(booleanPointInPolygon(NAHA, adiz)).toBe(false);
    expect(booleanPointInPolygon([123.0, 24.45], adiz)).toBe(false);
  });

  it('lies over the sea: it overlaps only islets (no 1:10m polygon over 10 km²), never a coast', () => {
    for (const p of partsNear(bbox(adiz))) {
      if (!booleanIntersects(adiz, p.poly)) continue;
      expect(area(p.poly) / 1e6, `${p.name} polygon`).toBeLessThan(10);
    }
  });

  it('is labelled as an approximate claim', () => {
    const p = byId('china-ecs-adiz').properties;
    expect(p.claim).toBe(true);
    expect(p.approximate).toBe(true);
    expect(p.name as string).toMatch(/claim/i);
  });
});

describe('the 2008 Japan–China joint development block', () => {
  const block = polygonOf('ecs-joint-development-block-2008');

  /** "29º31′ North" or "125º53′30〞East" (as the statement prints them) in decimal degrees, 6 decimals. */
  function fromDms(text: string): number {
    const m = /^(\d+)º(\d+)′(?:(\d+)〞)?\s*(North|East)$/.exec(text);
    if (!m) throw new Error(`not a coordinate: ${text}`);
    return Number((Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600).toFixed(6));
  }

  // The seven points as China's Foreign Ministry spokesperson published them on 18 June 2008
  // (the source cited on the feature), in the published order.
  const PUBLISHED: [lat: string, lon: string][] = [
    ['29º31′ North', '125º53′30〞East'],
    ['29º49′ North', '125º53′30〞East'],
    ['30º04′ North', '126º03′45〞East'],
    ['30º00′ North', '126º10′23〞East'],
    ['30º00′ North', '126º20′00〞East'],
    ['29º55′ North', '126º26′00〞East'],
    ['29º31′ North', '126º26′00〞East'],
  ];

  it('converts the published degrees, minutes and seconds exactly', () => {
    expect(fromDms('125º53′30〞East')).toBe(125.891667);
    expect(fromDms('30º04′ North')).toBe(30.066667);
    expect(fromDms('126º10′23〞East')).toBe(126.173056);
  });

  it('has exactly the seven published points as its vertices, joined in the published order', () => {
    const ring = block.geometry.coordinates[0];
    const points = PUBLISHED.map(([lat, lon]) => [fromDms(lon), fromDms(lat)]);
    // Drawn counter-clockwise (RFC 7946), so the published order reads backwards round the ring.
    expect(ring).toEqual([points[0], ...points.slice(1).reverse(), points[0]]);
  });

  it('covers about 2,700 km²', () => {
    const km2 = area(block) / 1e6;
    expect(km2).toBeGreaterThan(2600);
    expect(km2).toBeLessThan(2800);
  });

  it('lies at sea, over 200 km from any land and over 300 km from China\'s coast', () => {
    for (const p of partsNear(bbox(block), 1)) expect(booleanIntersects(block, p.poly), p.name).toBe(false);
    // Measured from the centre, less the block's own radius, so every point of it is that far.
    const centre = centroid(block).geometry.coordinates;
    const radius = Math.max(...block.geometry.coordinates[0].map((v) => distance(centre, v, { units: 'kilometers' })));
    expect(nearestCountry(centre, 3).km - radius).toBeGreaterThan(200);
    expect(kmToCountry(centre, 'China') - radius).toBeGreaterThan(300);
  });

  it('lies inside China\'s East China Sea ADIZ (both drawn from published points)', () => {
    for (const v of block.geometry.coordinates[0]) expect(booleanPointInPolygon(v, polygonOf('china-ecs-adiz'))).toBe(true);
  });

  it('is an agreed area, not either side\'s claim', () => {
    const p = byId('ecs-joint-development-block-2008').properties;
    expect(p.claim).toBeUndefined();
    expect(p.claimants).toBeUndefined();
    expect(p.approximate).toBeUndefined();
    expect(p.summary as string).toMatch(/without prejudice/);
  });
});
