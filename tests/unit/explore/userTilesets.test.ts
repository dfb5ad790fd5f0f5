import { describe, expect, it } from 'vitest';
import { memoryStorage, SafeLocalStore } from '../../../src/state/safeLocalStore.ts';
import { checkKeptTilesets, isTilesetFile, UserTilesets } from '../../../src/explore/userTilesets.svelte.ts';
import { UserLayers, USER_COLORS } from '../../../src/explore/userLayers.svelte.ts';
import { memoryStore } from '../../../src/explore/layerStore.ts';
import { Explore } from '../../../src/explore/explore.svelte.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { loadTile } from '../../../src/map/tileArchives.ts';
import { tilesetTiles } from '../../../src/map/ids.ts';
import { notPmtiles, pmtiles } from '../../fixtures/imports/pmtilesFixture.ts';

const messages = () => ({ error: null as string | null, status: null as string | null, fromStorage: false, list: [] as { color: string }[] });
const setup = (storage = memoryStorage()) => {
  const said = messages();
  return { said, storage, tilesets: new UserTilesets(said, new SafeLocalStore({ report: (m) => (said.error = m), storage: () => storage })) };
};
const fixture = (name = 'region.pmtiles', bytes: Uint8Array<ArrayBuffer> = pmtiles()) => new File([bytes], name);
const tile = (key: string, z: number, x: number, y: number) =>
  loadTile({ url: tilesetTiles(key).replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)), type: 'arrayBuffer' }, new AbortController());

describe('UserTilesets', () => {
  it('opens a file as one visible toggle per vector layer, each in its own colour, keeps where it was, and answers its tiles from the file', async () => {
    const { said, storage, tilesets } = setup();
    const opened = await tilesets.openFile(fixture());
    expect(opened).toMatchObject({ name: 'region.pmtiles', url: null, info: { layers: ['ports', 'routes', 'areas'], bounds: [124, 24.2, 127.8, 26.4] } });
    expect(opened!.layers).toEqual([
      { name: 'ports', color: USER_COLORS[0], visible: true },
      { name: 'routes', color: USER_COLORS[1], visible: true },
      { name: 'areas', color: USER_COLORS[2], visible: true },
    ]);
    expect(said).toMatchObject({ error: null, status: 'Opened "region.pmtiles": 3 layers, read from the file as the map needs them.' });
    expect(JSON.parse(storage.getItem('briefing-map:tilesets')!)).toEqual([{ id: opened!.id, name: 'region.pmtiles', url: null, layers: opened!.layers }]);
    expect(((await tile(opened!.id, 6, 54, 27)).data as Uint8Array).length).toBeGreaterThan(100);
    // A tile outside the tileset is empty, not an error (as MapLibre expects of vector tiles).
    expect(((await tile(opened!.id, 6, 0, 0)).data as Uint8Array).length).toBe(0);
  });

  it('gives new layers the colours least used by the user\'s layers and tilesets', async () => {
    const { said, tilesets } = setup();
    said.list = [{ color: USER_COLORS[0] }, { color: USER_COLORS[2] }];
    const first = await tilesets.openFile(fixture());
    expect(first!.layers.map((l) => l.color)).toEqual([USER_COLORS[1], USER_COLORS[3], USER_COLORS[4]]);
    const second = await tilesets.openFile(fixture());
    expect(second!.name).toBe('region.pmtiles (2)');
    expect(second!.layers.map((l) => l.color)).toEqual([USER_COLORS[5], USER_COLORS[0], USER_COLORS[1]]);
  });

  it('refuses a file that is not PMTiles, a raster tileset and an empty file, saying which and why, and changes nothing', async () => {
    const { said, storage, tilesets } = setup();
    await tilesets.openFile(fixture());
    const before = tilesets.list;
    for (const [file, problem] of [
      [fixture('notes.pmtiles', notPmtiles()), 'it does not start with the PMTiles signature'],
      [fixture('imagery.pmtiles', pmtiles({ tileType: 2 })), 'it holds raster tiles (PNG); only vector tilesets can be shown as layers'],
      [fixture('empty.pmtiles', new Uint8Array()), 'it is too short to be one'],
    ] as const) {
      expect(await tilesets.openFile(file)).toBeNull();
      expect(said.error).toBe(`"${file.name}" is not a readable PMTiles file: ${problem}. Nothing was imported.`);
      expect(tilesets.list).toBe(before);
    }
    expect(JSON.parse(storage.getItem('briefing-map:tilesets')!)).toHaveLength(1);
  });

  it('toggles a layer and removes a tileset, keeping each change; a removed tileset answers no tile', async () => {
    const { said, storage, tilesets } = setup();
    const { id } = (await tilesets.openFile(fixture()))!;
    tilesets.setVisible(id, 'routes', false);
    expect(tilesets.list[0].layers.map((l) => l.visible)).toEqual([true, false, true]);
    expect(JSON.parse(storage.getItem('briefing-map:tilesets')!)[0].layers[1].visible).toBe(false);
    await tilesets.remove(id);
    expect(tilesets.list).toEqual([]);
    expect(said.status).toBe('Removed "region.pmtiles".');
    expect(JSON.parse(storage.getItem('briefing-map:tilesets')!)).toEqual([]);
    await expect(tile(id, 6, 54, 27)).rejects.toThrow(/No open tileset answers/);
  });

  it('after a reload lists a file tileset unopened until its file is chosen again; then its toggles are as they were', async () => {
    const first = setup();
    const { id } = (await first.tilesets.openFile(fixture()))!;
    first.tilesets.setVisible(id, 'areas', false);
    const { tilesets } = setup(first.storage);
    await tilesets.restore();
    expect(tilesets.list).toMatchObject([{ id, name: 'region.pmtiles', info: null }]);
    await expect(tile(`${id}x`, 6, 54, 27)).rejects.toThrow(/No open tileset answers/);
    const reopened = await tilesets.reopen(id, fixture('renamed-copy.pmtiles'));
    expect(reopened).toMatchObject({ id, name: 'region.pmtiles', info: { layers: ['ports', 'routes', 'areas'] } });
    expect(reopened!.layers.map((l) => l.visible)).toEqual([true, true, false]);
    expect(tilesets.list).toHaveLength(1);
  });

  it('sets aside kept records it did not write', () => {
    const good = { id: 'user-abc-def', name: 'a.pmtiles', url: null, layers: [{ name: 'x', color: '#0b7285', visible: true }] };
    expect(checkKeptTilesets([good])).toEqual([good]);
    for (const bad of [{}, { ...good, id: 'countries' }, { ...good, url: 3 }, { ...good, layers: [{ name: 'x', color: 'red', visible: true }] }, { ...good, layers: 'x' }])
      expect(checkKeptTilesets([good, bad])).toBeUndefined();
    expect(checkKeptTilesets('x')).toBeUndefined();
  });
});

describe('isTilesetFile', () => {
  it('knows a tileset by its name or its signature', async () => {
    expect(await isTilesetFile(new File(['x'], 'A.PMTILES'))).toBe(true);
    expect(await isTilesetFile(fixture('region.bin'))).toBe(true);
    expect(await isTilesetFile(new File(['{"type":"FeatureCollection"}'], 'ports.json'))).toBe(false);
  });
});

describe('Explore', () => {
  it('opens a .pmtiles file as a tileset, not through the import worker, and fits the map to it', async () => {
    const app = new AppState();
    const layers = new UserLayers(memoryStore(), () => Promise.reject(new Error('the worker was asked')));
    const { tilesets } = setup();
    const explore = new Explore(app, layers, tilesets);
    app.mapStatus = 'drawn';
    await explore.importFile(fixture());
    expect(layers.error).toBeNull();
    expect(tilesets.list).toHaveLength(1);
    expect(app.camera).toMatchObject({ kind: 'fit', bounds: [124, 24.2, 127.8, 26.4] });
    // Busy until the map draws it.
    expect(app.busy).toBe(true);
    explore.drawn(tilesets.list[0].id);
    expect(app.busy).toBe(false);
    await explore.removeTileset(tilesets.list[0].id);
    expect(tilesets.list).toEqual([]);
  });
});
