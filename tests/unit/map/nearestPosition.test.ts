import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { nearestPosition, snapToDrawn, SNAP_PX } from '../../../src/map/nearestPosition.ts';

// A flat map: one degree is ten pixels.
const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: -lat * 10 });
const darwin: Geometry = { type: 'Point', coordinates: [130.84, -12.46] };
const area: Geometry = { type: 'Polygon', coordinates: [[[127, -12], [128, -12], [128, -13], [127, -13], [127, -12]]] };
const route: Geometry = { type: 'MultiLineString', coordinates: [[[100, 5], [101, 4]], [[129.9, -12.1], [131, -11]]] };

describe('nearestPosition: what a point being drawn snaps to', () => {
  it('the nearest place or vertex, of points, lines and areas (their parts too)', () => {
    expect(nearestPosition([darwin, area, route], project, 1308, 125)).toEqual([130.84, -12.46]);
    expect(nearestPosition([darwin, area, route], project, 1281, 129)).toEqual([128, -13]);
    expect(nearestPosition([darwin, area, route], project, 1300, 120)).toEqual([129.9, -12.1]);
  });

  it('nothing beyond the radius, nor from no geometries', () => {
    expect(nearestPosition([darwin], project, 1308.4 + SNAP_PX + 1, 124.6)).toBeUndefined();
    expect(nearestPosition([darwin], project, 1308.4 + SNAP_PX - 1, 124.6)).toEqual([130.84, -12.46]);
    expect(nearestPosition([], project, 0, 0)).toBeUndefined();
  });
});

describe('snapToDrawn: the drawn features a point snaps to', () => {
  it('asks the map for the features within SNAP_PX, and snaps to their own positions, not the tiles\' rounded ones', () => {
    const asked: unknown[] = [];
    const map = {
      queryRenderedFeatures: (box: unknown, options: unknown) => {
        asked.push([box, options]);
        return [{ properties: { id: 'darwin' }, geometry: { type: 'Point', coordinates: [130.8, -12.5] } }, { properties: { id: 'tile-only' }, geometry: { type: 'Point', coordinates: [128, -13] } }];
      },
      project,
    };
    const snap = snapToDrawn(map as never, () => ['story-ports-point'], (id) => (id === 'darwin' ? darwin : undefined));
    expect(snap(1308, 125)).toEqual([130.84, -12.46]);
    expect(asked[0]).toEqual([[[1308 - SNAP_PX, 125 - SNAP_PX], [1308 + SNAP_PX, 125 + SNAP_PX]], { layers: ['story-ports-point'] }]);
    expect(snap(1281, 129)).toEqual([128, -13]);
  });
});
