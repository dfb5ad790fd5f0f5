import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { drawnData } from '../../../src/explore/drawnData.ts';

const geometry = { type: 'Point' as const, coordinates: [127.7, 26.2] };

describe('drawnData', () => {
  it('keeps the geometry and the style colours, in order, and drops every other property', () => {
    const data = JSON.parse(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'Naha', stroke: '#ff0000', 'marker-color': '#00ff00', constructor: 'x' }, geometry },
          { type: 'Feature', properties: null, geometry },
        ],
      }),
    ) as FeatureCollection;
    const drawn = drawnData(data);
    expect(drawn.features.map((f) => f.properties)).toEqual([{ stroke: '#ff0000', 'marker-color': '#00ff00' }, {}]);
    expect(drawn.features.map((f) => f.geometry)).toEqual([geometry, geometry]);
  });

  it('leaves no own "constructor" or "__proto__" key anywhere MapLibre would serialise it', () => {
    const data = JSON.parse('{"type":"FeatureCollection","features":[{"type":"Feature","constructor":{"a":1},"properties":{"constructor":{"b":2},"__proto__":{"c":3},"fill":{"constructor":1}},"geometry":{"type":"Point","coordinates":[1,2]}}]}');
    const drawn = drawnData(data as FeatureCollection);
    const own = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => [k, ...(v && typeof v === 'object' ? own(v) : [])]);
    expect(own(drawn)).not.toContain('constructor');
    expect(own(drawn)).not.toContain('__proto__');
  });
});
