import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { countriesFrom, unwrapRing } from '../../../src/map/loadBasemap.ts';

// The app build generates this module (scripts/dataPlugin.ts); the functions tested here do not use it.
vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, embedded: {}, detailIds: [] }));

const require = createRequire(import.meta.url);
const countries50m = (): Topology =>
  JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;

/** Longest jump in longitude between consecutive positions of a ring. */
const longestStep = (ring: Position[]) => Math.max(0, ...ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i][0])));

describe('unwrapRing', () => {
  it('moves a ring cut at 180° east of 180° in one piece', () => {
    // A Fiji-like island from 179°E to 179.5°W, as Natural Earth writes it.
    const fiji = [[179, -17], [-179.5, -17], [-179.5, -16], [179, -16], [179, -17]];
    expect(unwrapRing(fiji)).toEqual([[179, -17], [180.5, -17], [180.5, -16], [179, -16], [179, -17]]);
  });

  it('leaves no long jump in an unwrapped ring', () => {
    const chukotka = [[178, 65], [-175, 65], [-172, 68], [-180, 70], [180, 70], [178, 65]];
    expect(longestStep(unwrapRing(chukotka))).toBeLessThanOrEqual(180);
  });

  it('leaves a ring that does not cross 180° untouched', () => {
    const okinawa = [[127.6, 26.1], [128.3, 26.1], [128.3, 26.9], [127.6, 26.9], [127.6, 26.1]];
    expect(unwrapRing(okinawa)).toBe(okinawa);
  });

  it('leaves a western-hemisphere ring untouched', () => {
    const cuba = [[-85, 20], [-74, 20], [-74, 23], [-85, 23], [-85, 20]];
    expect(unwrapRing(cuba)).toBe(cuba);
  });

  it('leaves a ring around the South Pole untouched', () => {
    const antarctica = [[-180, -90], [-180, -70], [0, -65], [180, -70], [180, -90], [-180, -90]];
    expect(unwrapRing(antarctica)).toBe(antarctica);
  });
});

describe('countriesFrom on Natural Earth 1:50m', () => {
  it('gives every country a name and a key property, and nothing else', () => {
    const { features } = countriesFrom(countries50m());
    expect(features.length).toBeGreaterThan(200);
    for (const f of features) {
      expect(Object.keys(f.properties).sort()).toEqual(['key', 'name']);
      expect(f.properties.name.length).toBeGreaterThan(0);
      expect(typeof f.properties.key).toBe('string');
    }
  });

  it('uses the Natural Earth id as the key', () => {
    const japan = countriesFrom(countries50m()).features.find((f) => f.properties.name === 'Japan');
    expect(japan?.properties.key).toBe('392');
  });

  it('keys a country without a Natural Earth id by its name', () => {
    const keys = new Map(countriesFrom(countries50m()).features.map((f) => [f.properties.name, f.properties.key]));
    expect(keys.get('Kosovo')).toBe('Kosovo');
    expect([...keys.values()]).not.toContain('undefined');
  });

  it('leaves no segment longer than 180° of longitude outside polar rings', () => {
    const offenders: string[] = [];
    for (const f of countriesFrom(countries50m()).features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polygons.flat()) {
        if (ring.some((p) => p[1] < -80)) continue;
        if (longestStep(ring) > 180) offenders.push(f.properties.name);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps every ring of Fiji narrow, the one cut at 180° included', () => {
    const fiji = countriesFrom(countries50m()).features.find((f) => f.properties.name === 'Fiji')!;
    const polygons = fiji.geometry.type === 'Polygon' ? [fiji.geometry.coordinates] : fiji.geometry.coordinates;
    const widths = polygons.flat().map((ring) => {
      const lons = ring.map((p) => p[0]);
      return Math.max(...lons) - Math.min(...lons);
    });
    expect(Math.max(...widths)).toBeLessThan(5);
  });
});
