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
vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, embedded: cells, detailIds: [] }));
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
    const loader = new DetailLandLoader(map as never, async () => Object.keys(cells), () => {});
    view.zoom = 7.9;
    loader.update();
    await settle();
    expect(given).toEqual([]);
    view.zoom = 10;
    await Promise.all([loader.update(), loader.update()]);
    expect(given.map(names)).toEqual([[landCellName(125, 0)]]);
  });

  it('asks for the list of cells once, two zoom levels before it needs them', async () => {
    const { view, given, map } = fakeMap();
    let asked = 0;
    const loader = new DetailLandLoader(map as never, async () => (asked++, Object.keys(cells)), () => {});
    view.zoom = 5.9;
    await loader.update();
    expect(asked).toBe(0);
    view.zoom = 6;
    await loader.update();
    await settle();
    expect([asked, given.length]).toEqual([1, 0]);
    view.zoom = 9;
    await Promise.all([loader.update(), loader.update()]);
    await loader.update();
    expect(asked).toBe(1);
    expect(given).toHaveLength(1);
  });

  it('asked for the list ahead (the first view drawn), asks no more, and a jump close in uses it', async () => {
    const { view, given, map } = fakeMap();
    let asked = 0;
    const loader = new DetailLandLoader(map as never, async () => (asked++, Object.keys(cells)), () => {});
    view.zoom = 2;
    expect(await loader.prefetch()).toEqual(Object.keys(cells));
    await loader.prefetch();
    view.zoom = 8;
    await loader.update();
    expect(asked).toBe(1);
    expect(given.map(names)).toEqual([[landCellName(125, 0)]]);
  });

  it('gives the source every cell in view at once, and settles when it has', async () => {
    const { view, given, map } = fakeMap();
    const loader = new DetailLandLoader(map as never, async () => Object.keys(cells), () => {});
    // 123.5–131°E meets the cells of 120, 125 and 130°E.
    map.getBounds = () => ({ getWest: () => 123.5, getEast: () => 131, getSouth: () => 1.5, getNorth: () => 2.5 });
    view.zoom = 8;
    await loader.update();
    expect(given.map(names)).toEqual([[landCellName(120, 0), landCellName(125, 0), landCellName(130, 0)]]);
  });

  it('says when the list cannot be had, and asks again on the next move', async () => {
    const { given, map } = fakeMap();
    const said: string[] = [];
    let answers = 0;
    const list = async () => {
      if (answers++ === 0) throw new Error('offline');
      return Object.keys(cells);
    };
    const loader = new DetailLandLoader(map as never, list, (m) => said.push(m));
    await loader.update();
    expect(said).toEqual(['Detailed coastlines could not be loaded (offline); the map shows coarser ones.']);
    await loader.update();
    expect(given.map(names)).toEqual([[landCellName(125, 0)]]);
  });

  it('keeps 16 cells at most, letting go of the oldest, never the one in view', async () => {
    const { view, given, map } = fakeMap();
    const loader = new DetailLandLoader(map as never, async () => Object.keys(cells), () => {});
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
