import { describe, expect, it } from 'vitest';
import { checkStoredLayer, memoryStore, USER_LAYER_ID, type StoredLayer } from '../../../src/explore/layerStore.ts';
import { answerImport } from '../../../src/explore/answerImport.ts';
import { UserLayers, type Parse } from '../../../src/explore/userLayers.svelte.ts';
import * as ids from '../../../src/map/ids.ts';
import { OVERLAY_SOURCE } from '../../../src/explore/overlayStyle.ts';

/** The worker's own answer, in this thread. */
const parse: Parse = (request) => answerImport(request);
const file = () => new Blob([JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [127.7, 26.2] } }] })]);
let n = 0;
const good = (over: Partial<Record<keyof StoredLayer, unknown>> = {}) => ({
  id: `user-mb3k2x9a-${(n++).toString(36)}`,
  name: 'ports.geojson',
  color: '#0b7285',
  visible: true,
  file: file(),
  added: 1_700_000_000_000,
  ...over,
});

/** Records as storage might hand them back after an older build, a damaged disk or another page wrote them. */
const damaged: [string, unknown, RegExp][] = [
  ['an id of one of the app\'s sources', good({ id: 'countries' }), /id "countries"/],
  ['the id "story"', good({ id: 'story' }), /id "story"/],
  ['a numeric id', good({ id: 7 }), /id "7"/],
  ['a colour that carries more CSS', good({ color: '#0b7285; position:fixed; inset:0' }), /colour/],
  ['a name that is not text', good({ name: { toString: 1 } }), /name/],
  ['a name of a million characters', good({ name: 'x'.repeat(1_000_000) }), /name/],
  ['visibility "yes"', good({ visible: 'yes' }), /visibility/],
  ['no file', good({ file: undefined }), /file is missing/],
  ['a file that is text, not a Blob', good({ file: '{"type":"FeatureCollection"}' }), /file is missing/],
  ['no date', good({ added: 'yesterday' }), /date/],
  ['null', null, /not a record/],
];

describe('checkStoredLayer', () => {
  it('takes a record the app wrote, keeping only its fields', () => {
    const record = good();
    expect(checkStoredLayer({ ...record, extra: '<script>' })).toEqual(record);
    expect(checkStoredLayer({ ...record, id: 'user-mb3k2x9a-' })).toEqual({ ...record, id: 'user-mb3k2x9a-' });
    // A dense layer's view is kept; one this build does not know is dropped, not the layer.
    expect(checkStoredLayer({ ...record, view: 'heatmap' })).toEqual({ ...record, view: 'heatmap' });
    expect(checkStoredLayer({ ...record, view: 'hexagons' })).toEqual(record);
  });

  it.each(damaged)('refuses %s', (_, record, why) => {
    expect(checkStoredLayer(record)).toMatch(why);
  });

  it("never takes the id of one of the app's own map sources or layers", () => {
    const appIds = [...(Object.values(ids) as unknown[]).filter((v): v is string => typeof v === 'string'), OVERLAY_SOURCE, ...Object.values(ids.storyLayerIds('quad'))];
    for (const id of appIds) expect(USER_LAYER_ID.test(id), id).toBe(false);
  });
});

describe('restoring kept layers', () => {
  it('drops every damaged record from storage, says so once, and restores the good ones', async () => {
    const store = memoryStore();
    const kept = good({ added: 0 });
    await store.put(kept as StoredLayer);
    const records = damaged.map(([, record]) => record).filter((r) => r !== null) as StoredLayer[];
    for (const record of records) await store.put(record);
    const layers = new UserLayers(store, parse);
    await layers.restore();
    expect(layers.list.map((l) => l.id)).toEqual([kept.id]);
    expect(layers.error).toMatch(`${records.length} saved layers could not be restored and were removed: their stored records are damaged (its id "countries"`);
    expect((await store.all()).map((r) => (r as StoredLayer).id)).toEqual([kept.id]);
  });
});
