import { describe, expect, it } from 'vitest';
import type { MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import { HIT, pick, type PickMap } from '../../../src/map/pick.ts';

/** A fake map: features drawn at fixed screen positions (one pixel per degree), found by box. */
function fakeMap(drawn: { id: string; layer: string; geometry: Geometry; at: [number, number] }[]) {
  const asked: { box: [PointLike, PointLike]; layers: string[] }[] = [];
  const map: PickMap = {
    queryRenderedFeatures(box, { layers }) {
      asked.push({ box, layers });
      const [[x0, y0], [x1, y1]] = box as [[number, number], [number, number]];
      return drawn
        .filter((d) => layers.includes(d.layer))
        // Like MapLibre, a dot is found when its drawn circle (radius 7 here) touches the box.
        .filter((d) => d.at[0] >= x0 - 7 && d.at[0] <= x1 + 7 && d.at[1] >= y0 - 7 && d.at[1] <= y1 + 7)
        .map((d) => ({ geometry: d.geometry, properties: { id: d.id }, layer: { id: d.layer } }) as unknown as MapGeoJSONFeature);
    },
    project: ([x, y]) => ({ x, y }),
  };
  return { map, asked };
}

const point = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });
const area: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]] };

describe('pick', () => {
  it('searches a box of HIT pixels around the point, in the layers asked for', () => {
    const { map, asked } = fakeMap([]);
    expect(pick(map, { x: 50, y: 40 }, ['a', 'b'])).toBeNull();
    expect(asked).toEqual([{ box: [[50 - HIT, 40 - HIT], [50 + HIT, 40 + HIT]], layers: ['a', 'b'] }]);
  });

  it('asks nothing of the map when there are no layers to look in', () => {
    const { map, asked } = fakeMap([{ id: 'x', layer: 'a', geometry: area, at: [50, 50] }]);
    expect(pick(map, { x: 50, y: 50 }, [])).toBeNull();
    expect(asked).toEqual([]);
  });

  it('prefers a point or line to the area under it', () => {
    const { map } = fakeMap([
      { id: 'sea', layer: 'fill', geometry: area, at: [50, 50] },
      { id: 'port', layer: 'dot', geometry: point(52, 50), at: [52, 50] },
    ]);
    expect(pick(map, { x: 50, y: 50 }, ['fill', 'dot'])?.properties.id).toBe('port');
    expect(pick(map, { x: 50, y: 50 }, ['fill'])?.properties.id).toBe('sea');
  });

  it('with a dot radius, keeps only the dots the point truly touches (not the box corners)', () => {
    // 12 px right and 12 px down: inside the box MapLibre searches (6 + 7 either way), but
    // 17 px from the dot's centre, beyond HIT + radius (13).
    const { map } = fakeMap([
      { id: 'sea', layer: 'fill', geometry: area, at: [50, 50] },
      { id: 'port', layer: 'dot', geometry: point(62, 62), at: [62, 62] },
    ]);
    expect(pick(map, { x: 50, y: 50 }, ['fill', 'dot'], 7)?.properties.id).toBe('sea');
    expect(pick(map, { x: 50, y: 50 }, ['fill', 'dot'])?.properties.id).toBe('port');
    expect(pick(map, { x: 55, y: 55 }, ['fill', 'dot'], 7)?.properties.id).toBe('port');
  });
});
