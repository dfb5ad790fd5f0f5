import { describe, expect, it, vi } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { landCellName } from '../../../src/map/detailLand.ts';

/** A cell file for every 5° square of 100–185°E, 0–5°N, its one feature naming it. */
const cells = vi.hoisted(() => {
  const files: Record<string, unknown> = {};
  for (let w = 100; w < 185; w += 5) {
    const name = `basemap/land-osm/${w}_0.json`;
    files[name] = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { part: 'land', name }, geometry: null }] };
  }
  return files;
});
// The single file's way of carrying data files: fetchDataFile answers from it without a fetch.
vi.mock('virtual:data-files', () => ({ urls: {}, embedded: cells, detailIds: [] }));
const { DetailLandLoader } = await import('../../../src/map/detailLandLoader.ts');

/** A map at `zoom` looking at one degree around `lon`, 2°N, recording what its land source is given. */
function fakeMap() {
  const view = { zoom: 10, lon: 127 };
  const given: FeatureCollection[] = [];
  const map = {
    getZoom: () => view.zoom,
    getBounds: () => ({ getWest: () => view.lon - 0.5, getEast: () => view.lon + 0.5, getSouth: () => 1.5, getNorth: () => 2.5 }),
    getSource: () => ({ setData: (fc: FeatureCollection) => given.push(fc) }),
  };
  return { view, given, map };
}
const names = (fc: FeatureCollection | undefined) => (fc?.features ?? []).map((f: Feature) => f.properties!.name as string).sort();
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('DetailLandLoader', () => {
  it('loads nothing below zoom 8, then the cell in view once', async () => {
    const { view, given, map } = fakeMap();
    const loader = new DetailLandLoader(map as never, Object.keys(cells), () => {});
    view.zoom = 7.9;
    loader.update();
    await settle();
    expect(given).toEqual([]);
    view.zoom = 10;
    loader.update();
    loader.update();
    await settle();
    expect(given.map(names)).toEqual([[landCellName(125, 0)]]);
  });

  it('keeps 16 cells at most, letting go of the oldest, never the one in view', async () => {
    const { view, given, map } = fakeMap();
    const loader = new DetailLandLoader(map as never, Object.keys(cells), () => {});
    for (let lon = 102; lon < 185; lon += 5) {
      view.lon = lon;
      loader.update();
      await settle();
    }
    const last = given.at(-1);
    expect(names(last)).toHaveLength(16);
    expect(names(last)).not.toContain(landCellName(100, 0));
    expect(names(last)).toContain(landCellName(180, 0));
  });
});
