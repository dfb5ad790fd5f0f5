import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('virtual:data-files', () => ({
  urls: { 'data/story.json': 'data/story.0123456789.json' },
  folders: { 'basemap/land-osm/': 'basemap/land-osm.abcdef0123/' },
  embedded: {},
  detailIds: [],
}));
const { fetchDataFile, hasDataFile } = await import('../../../src/map/loadBasemap.ts');

describe('fetchDataFile and hasDataFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetch a file by its own address, or by its folder address and its name', async () => {
    const asked: string[] = [];
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:4173/app/' });
    vi.stubGlobal('fetch', async (url: URL) => {
      asked.push(url.href);
      return new Response('{"ok":true}');
    });
    await fetchDataFile('data/story.json');
    await fetchDataFile('basemap/land-osm/125_25.json');
    expect(asked).toEqual(['http://127.0.0.1:4173/app/data/story.0123456789.json', 'http://127.0.0.1:4173/app/basemap/land-osm.abcdef0123/125_25.json']);
  });

  it('refuse a name the build did not write, and a folder itself', async () => {
    await expect(fetchDataFile('data/deck.json')).rejects.toThrow('the build has no data file "data/deck.json"');
    await expect(fetchDataFile('basemap/land-osm/')).rejects.toThrow('the build has no data file');
  });

  it('know the files and folders the build wrote', () => {
    expect(hasDataFile('data/story.json')).toBe(true);
    expect(hasDataFile('basemap/land-osm/index.json')).toBe(true);
    expect(hasDataFile('basemap/other/index.json')).toBe(false);
    expect(hasDataFile('data/deck.json')).toBe(false);
  });
});
