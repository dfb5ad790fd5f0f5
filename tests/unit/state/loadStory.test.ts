import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory as checkedStory } from '../../../scripts/loadStory.ts';
import { withoutCountryGeometry } from '../../../src/story/countryGeometry.ts';
import { splitStory } from '../../../src/story/splitStory.ts';
import type { Countries } from '../../../src/map/loadBasemap.ts';

// The build generates this module; here the story is "embedded" as the single file carries it.
const embedded: Record<string, unknown> = {};
vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, embedded, detailIds: [] }));
const { loadStory } = await import('../../../src/state/loadStory.ts');

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const checked = checkedStory(ROOT);
/** The story as the build writes data/story.json: no geometry for the Natural Earth countries. */
const served = () => structuredClone(withoutCountryGeometry(splitStory(checked).story));
const japan = () => checked.layers.flatMap((l) => l.data.features).find((f) => f.properties.naturalEarthCountry === 'Japan')!;

/** Every country the story names, with a stand-in outline. */
function countries(): Countries {
  const names = checked.layers.flatMap((l) => l.data.features).flatMap((f) => f.properties.naturalEarthCountry ?? []);
  return {
    type: 'FeatureCollection',
    features: names.map((name) => ({
      type: 'Feature',
      properties: { name, key: name },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
    })),
  };
}

describe('loadStory: the one way both windows start', () => {
  beforeEach(() => {
    for (const key of Object.keys(embedded)) delete embedded[key];
  });

  it('cleans every string for display (the presenter window too, which draws no map)', async () => {
    const story = served();
    story.layers[0].data.features[0].properties.name = '\u202E<img src=x onerror=alert(1)>';
    embedded['data/story.json'] = story;
    const loaded = await loadStory();
    expect(loaded.layers[0].data.features[0].properties.name).toBe('<img src=x onerror=alert(1)>');
    expect(JSON.stringify(loaded)).not.toMatch(/\u202E/);
  });

  it("fills in the Quad countries' outlines from the basemap's countries", async () => {
    embedded['data/story.json'] = served();
    const withMap = await loadStory(Promise.resolve(countries()));
    const id = japan().id;
    const find = (s: typeof withMap) => s.layers.flatMap((l) => l.data.features).find((f) => f.id === id)!;
    expect(find(withMap).geometry).toEqual(countries().features.find((c) => c.properties.name === 'Japan')!.geometry);
    // Without a basemap they keep none, and everything else is there.
    const without = await loadStory();
    expect(find(without).geometry).toBeNull();
    expect(without.layers.length).toBe(checked.layers.length);
  });

  it('refuses a file that is not a story, and a basemap without a country the story names', async () => {
    embedded['data/story.json'] = { layers: 'nope' };
    await expect(loadStory()).rejects.toThrow('data/story.json is not a story');
    embedded['data/story.json'] = served();
    await expect(loadStory(Promise.resolve({ type: 'FeatureCollection', features: [] }))).rejects.toThrow(/no country named/);
  });
});

describe('both windows start through openStory', () => {
  it('App and PresenterApp call it; only it calls loadStory, and nothing else reads data/story.json', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const src = fileURLToPath(new URL('../../../src/', import.meta.url));
    const read = (path: string) => readFileSync(src + path, 'utf8');
    expect(read('App.svelte')).toMatch(/\bopenStory\(/);
    expect(read('PresenterApp.svelte')).toMatch(/\bopenStory\(/);
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((p) => /\.(ts|svelte)$/.test(p));
    expect(files.filter((p) => read(p).includes("'data/story.json'"))).toEqual(['state/loadStory.ts']);
    expect(files.filter((p) => /\bloadStory\(/.test(read(p)) && p !== 'state/loadStory.ts')).toEqual(['state/openStory.ts']);
  });
});
