import { describe, expect, it } from 'vitest';
import { memoryStore, type LayerStore, type StoredLayer } from '../../../src/explore/layerStore.ts';
import { answerImport } from '../../../src/explore/answerImport.ts';
import { UserLayers, USER_COLORS, type Parse } from '../../../src/explore/userLayers.svelte.ts';
import { Explore } from '../../../src/explore/explore.svelte.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';

/** The worker's own answer, in this thread. */
const parse: Parse = (request) => answerImport(request);
const point = (lon: number, lat: number) => ({ type: 'Feature', properties: { name: `${lon},${lat}` }, geometry: { type: 'Point', coordinates: [lon, lat] } });
const good = (name: string) => new File([JSON.stringify({ type: 'FeatureCollection', features: [point(127.7, 26.2), point(123.5, 25.7)] })], name);
const names = (records: unknown[]) => (records as StoredLayer[]).map((s) => s.name).sort();
const failing = (): LayerStore => ({
  all: () => Promise.reject(new Error('no storage')),
  put: () => Promise.reject(new Error('no storage')),
  remove: () => Promise.reject(new Error('no storage')),
});

describe('UserLayers', () => {
  it('imports a good file as a visible layer in the first free colour, and keeps it', async () => {
    const store = memoryStore();
    const layers = new UserLayers(store, parse);
    const [layer] = (await layers.importFile(good('ports.geojson')))!;
    expect(layer).toMatchObject({ name: 'ports.geojson', color: USER_COLORS[0], visible: true, summary: { features: 2, positions: 2 } });
    expect(layers.list).toHaveLength(1);
    expect(layers.error).toBeNull();
    expect(layers.status).toBe('Imported "ports.geojson": 2 features.');
    expect(names(await store.all())).toEqual(['ports.geojson']);
  });

  it('refuses a bad file with its reason, and changes nothing', async () => {
    const store = memoryStore();
    const layers = new UserLayers(store, parse);
    await layers.importFile(good('ports.geojson'));
    const before = layers.list;
    expect(await layers.importFile(new File(['not json'], 'notes.geojson'))).toBeNull();
    expect(layers.error).toMatch(/^"notes\.geojson" is not JSON: .* Nothing was imported\.$/);
    expect(layers.list).toBe(before);
    expect(await store.all()).toHaveLength(1);
  });

  it('names a second file of the same name apart, and gives it the next colour', async () => {
    const layers = new UserLayers(memoryStore(), parse);
    await layers.importFile(good('ports.geojson'));
    const second = await layers.importFile(good('ports.geojson'));
    expect(second![0]).toMatchObject({ name: 'ports.geojson (2)', color: USER_COLORS[1] });
  });

  it('restores kept layers in import order with their visibility, and drops one that no longer parses', async () => {
    const store = memoryStore();
    const first = new UserLayers(store, parse);
    const [a] = (await first.importFile(good('a.geojson')))!;
    await first.importFile(good('b.geojson'));
    first.setVisible(a.id, false);
    first.setView(a.id, 'heatmap');
    await store.put({ id: 'user-zz-broken', name: 'broken.geojson', color: '#000000', visible: true, file: new Blob(['{']), added: Date.now() + 1000 });
    await new Promise((r) => setTimeout(r));

    const restored = new UserLayers(store, parse);
    const seen: string[] = [];
    await restored.restore((l) => seen.push(l.name));
    expect(restored.list.map((l) => [l.name, l.visible])).toEqual([
      ['a.geojson', false],
      ['b.geojson', true],
    ]);
    expect(seen).toEqual(['a.geojson', 'b.geojson']);
    expect(restored.list.map((l) => l.view)).toEqual(['heatmap', 'clusters']);
    expect(restored.error).toMatch(/^Your saved layer "broken\.geojson" could not be restored and was removed/);
    expect(names(await store.all())).toEqual(['a.geojson', 'b.geojson']);
  });

  it('removes a layer from the list and the store', async () => {
    const store = memoryStore();
    const layers = new UserLayers(store, parse);
    const [layer] = (await layers.importFile(good('ports.geojson')))!;
    await layers.remove(layer.id);
    expect(layers.list).toEqual([]);
    expect(await store.all()).toEqual([]);
    expect(layers.status).toBe('Removed "ports.geojson".');
  });

  it('still imports where the browser cannot keep it, and says so', async () => {
    const layers = new UserLayers(failing(), parse);
    await layers.restore();
    const layer = await layers.importFile(good('ports.geojson'));
    expect(layer).not.toBeNull();
    expect(layers.status).toBe('Imported "ports.geojson": 2 features. This browser could not keep it: it will be gone after a reload.');
  });
});

describe('Explore', () => {
  it('keeps the map busy from an import until its layer is drawn', async () => {
    const app = new AppState();
    const explore = new Explore(app, new UserLayers(memoryStore(), parse));
    app.mapStatus = 'drawn';
    const importing = explore.importFile(good('ports.geojson'));
    expect(app.busy).toBe(true);
    const [layer] = (await importing)!;
    expect(app.busy).toBe(true);
    expect(app.camera).toMatchObject({ kind: 'fit', bounds: [123.5, 25.7, 127.7, 26.2] });
    explore.drawn(layer.id);
    expect(app.busy).toBe(false);
    expect(app.pending).toBe(0);
  });

  it('lets the map go idle at once when a file is refused', async () => {
    const app = new AppState();
    const explore = new Explore(app, new UserLayers(memoryStore(), parse));
    app.mapStatus = 'drawn';
    await explore.importFile(new File(['{}'], 'x.geojson'));
    expect(app.busy).toBe(false);
    expect(app.camera).toBeNull();
  });

  it('a worker that dies or a file that cannot be read: the map is idle again and the user is told', async () => {
    for (const failing of [
      (() => Promise.reject(new Error('the worker died'))) as Parse,
      (async () => ({ ok: false, problem: 'failed', message: '"x.geojson" could not be read: the import stopped with an error (boom).' })) as Parse,
    ]) {
      const app = new AppState();
      const explore = new Explore(app, new UserLayers(memoryStore(), failing));
      app.mapStatus = 'drawn';
      await explore.importFile(new File(['{}'], 'x.geojson'));
      expect(app.busy).toBe(false);
      expect(explore.layers.progress).toBeNull();
      expect(explore.layers.error).toMatch(/^"x\.geojson" could not be read: .*Nothing was imported\.$/);
    }
  });

  it('a cancelled import changes nothing and says so politely', async () => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const cancellable: Parse = (_request, options) =>
      new Promise((resolve) => {
        options?.signal?.addEventListener('abort', () => resolve({ ok: false, problem: 'cancelled', message: 'The import of "x.geojson" was cancelled.' }));
        started();
      });
    const layers = new UserLayers(memoryStore(), cancellable);
    const importing = layers.importFile(new File(['{}'], 'x.geojson'));
    await running;
    expect(layers.progress).toMatchObject({ name: 'x.geojson' });
    layers.cancel();
    expect(await importing).toBeNull();
    expect(layers.list).toEqual([]);
    expect(layers.error).toBeNull();
    expect(layers.progress).toBeNull();
    expect(layers.status).toBe('The import of "x.geojson" was cancelled. Nothing was imported.');
  });

  it('does not call the map drawn before its first render, even when imports are done', async () => {
    const app = new AppState();
    const explore = new Explore(app, new UserLayers(memoryStore(), parse));
    await explore.importFile(new File(['{}'], 'x.geojson'));
    expect(app.busy).toBe(true);
  });

  it('Esc closes a tool and its drawing first, then a clicked user feature, then nothing', () => {
    const explore = new Explore(new AppState(), new UserLayers(memoryStore(), parse));
    explore.toggleTool('measure');
    explore.addPoint([127, 26]);
    explore.userSelected = { layerId: 'user-1', index: 0 };
    expect(explore.escape()).toBe(true);
    expect(explore.tool).toBeNull();
    expect(explore.path).toEqual([]);
    expect(explore.userSelected).not.toBeNull();
    expect(explore.escape()).toBe(true);
    expect(explore.userSelected).toBeNull();
    expect(explore.escape()).toBe(false);
  });

  it('measures a path, closes it from three points, and undoes step by step', () => {
    const explore = new Explore(new AppState(), new UserLayers(memoryStore(), parse));
    explore.toggleTool('measure');
    explore.addPoint([0, 0]);
    explore.addPoint([1, 0]);
    explore.closePath();
    expect(explore.closed).toBe(false);
    explore.addPoint([1, 1]);
    explore.closePath();
    expect(explore.closed).toBe(true);
    explore.undoPoint();
    expect(explore.closed).toBe(false);
    expect(explore.path).toHaveLength(3);
    explore.undoPoint();
    expect(explore.path).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('switches between tools, clearing the drawing of the other; a ring takes km or nmi', () => {
    const explore = new Explore(new AppState(), new UserLayers(memoryStore(), parse));
    explore.toggleTool('measure');
    explore.addPoint([0, 0]);
    explore.ringAround([127.9, 26.5], 'Okinawa Island');
    expect(explore.tool).toBe('ring');
    expect(explore.path).toEqual([]);
    expect(explore.radiusKm).toBeCloseTo(926, 6);
    explore.unit = 'km';
    expect(explore.radiusKm).toBe(500);
    explore.toggleTool('ring');
    expect(explore.tool).toBeNull();
    expect(explore.ringCentre).toBeNull();
  });
});
