import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { validateSeas } from '../../../scripts/validateSeas.ts';

const file = 'geo/seas.geojson';
const seas = () => JSON.parse(readFileSync(file, 'utf8'));

describe('the authored seas', () => {
  it('pass the checks, and name every sea the issue lists', () => {
    const names = validateSeas(file, seas()).features.map((f) => f.properties.name);
    for (const n of ['South China Sea', 'East China Sea', 'Philippine Sea', 'Yellow Sea', 'Japan Sea', 'Sulu Sea', 'Celebes Sea', 'Java Sea', 'Banda Sea', 'Timor Sea', 'Arafura Sea', 'Coral Sea', 'Tasman Sea', 'Andaman Sea', 'Bay of Bengal', 'Gulf of Thailand', 'Gulf of Tonkin', 'Taiwan Strait', 'Luzon Strait', 'Malacca Strait', 'Indian Ocean', 'Pacific Ocean']) {
      expect(names).toContain(n);
    }
  });

  it('carry every side\'s name of the South China Sea, each with who uses it and a source', () => {
    const scs = validateSeas(file, seas()).features.find((f) => f.id === 'south-china-sea')!;
    const by = Object.fromEntries(scs.properties.names.map((n) => [`${n.name} (${n.lang})`, n.usedBy.join(', ')]));
    expect(by['West Philippine Sea (en)']).toContain('Philippines');
    expect(by['Biển Đông (vi)']).toBe('Viet Nam');
    expect(by['南海 (zh-Hans)']).toBe('China');
    expect(by['南シナ海 (ja)']).toBe('Japan');
  });

  it('are named at sea: no label point falls on Natural Earth 1:10m land', () => {
    const topology = JSON.parse(readFileSync(new URL(import.meta.resolve('world-atlas/land-10m.json')), 'utf8')) as Topology;
    const land = feature(topology, topology.objects.land) as unknown as FeatureCollection<Polygon | MultiPolygon>;
    const points = validateSeas(file, seas()).features.flatMap((sea) => [
      { name: sea.properties.name, at: sea.geometry.coordinates },
      ...(sea.properties.closeIn ? [{ name: `${sea.properties.name}, close in`, at: sea.properties.closeIn.coordinates }] : []),
    ]);
    expect(points.map((p) => p.name)).toContain('East China Sea, close in');
    for (const { name, at } of points) expect(land.features.some((l) => booleanPointInPolygon(at, l)), name).toBe(false);
    // Natural Earth 1:10m land takes seconds to read on a loaded machine.
  }, 30_000);
});

describe('validateSeas', () => {
  const broken = (change: (f: Record<string, any>) => void) => {
    const json = seas();
    change(json.features[2]);
    return () => validateSeas(file, json);
  };

  it('names the file, the feature and the rule', () => {
    expect(broken((f) => delete f.properties.names[1].source)).toThrow('geo/seas.geojson: feature "south-china-sea": names[1].source needs "publication", "title" and "date"');
    expect(broken((f) => (f.properties.rank = 7))).toThrow('feature "south-china-sea": "rank" must be 1 (ocean) to 4 (strait), got 7');
    expect(broken((f) => (f.properties.names[0].name = 'South Sea'))).toThrow('the first of "names" must be the English "name"');
    expect(broken((f) => (f.geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] }))).toThrow('needs a Point geometry');
    expect(broken((f) => (f.id = 'pacific-ocean'))).toThrow('feature "pacific-ocean": duplicate id');
    expect(broken((f) => (f.properties.closeIn = { zoom: 5.5, coordinates: [114, 14] }))).toThrow('"closeIn" must be { "zoom": a whole zoom from 1 to 22');
    expect(broken((f) => (f.properties.closeIn = { zoom: 6, coordinates: [114] }))).toThrow('feature "south-china-sea": "closeIn" must be');
    expect(() => validateSeas(file, [])).toThrow('geo/seas.geojson: must be a GeoJSON FeatureCollection');
  });
});
