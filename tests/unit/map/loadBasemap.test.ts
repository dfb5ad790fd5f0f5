import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { countriesFrom } from '../../../src/map/loadBasemap.ts';

// The app build generates this module (scripts/dataPlugin.ts); the functions tested here do not use it.
vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, embedded: {}, detailIds: [] }));

const require = createRequire(import.meta.url);
const countries50m = (): Topology =>
  JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;

/** Longest jump in longitude between consecutive positions of a ring. */
const longestStep = (ring: Position[]) => Math.max(0, ...ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i][0])));

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
