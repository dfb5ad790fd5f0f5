import { describe, expect, it } from 'vitest';
import { servedNames } from '../../../scripts/dataPlugin.ts';

const files = () => ({
  'data/story.json': '{"layers":[]}',
  'basemap/land-osm/120_20.json': '{"a":1}',
  'basemap/land-osm/125_25.json': '{"b":2}',
});

describe('servedNames', () => {
  it('hashes a folder of many files as one: one address for the folder, each file under it by its own name', () => {
    const all: Record<string, string> = files();
    const { urls, folders, served } = servedNames(all);
    expect(Object.keys(urls)).toEqual(['data/story.json']);
    expect(urls['data/story.json']).toMatch(/^data\/story\.[0-9a-f]{10}\.json$/);
    expect(folders['basemap/land-osm/']).toMatch(/^basemap\/land-osm\.[0-9a-f]{10}\/$/);
    expect(served['basemap/land-osm/125_25.json']).toBe(`${folders['basemap/land-osm/']}125_25.json`);
  });

  it("adds the folder's index: its files' logical names, served in the folder", () => {
    const all: Record<string, string> = files();
    const { folders, served } = servedNames(all);
    expect(JSON.parse(all['basemap/land-osm/index.json'])).toEqual(['basemap/land-osm/120_20.json', 'basemap/land-osm/125_25.json']);
    expect(served['basemap/land-osm/index.json']).toBe(`${folders['basemap/land-osm/']}index.json`);
  });

  it('gives the folder a new address when any one of its files changes, so no cached square outlives a build', () => {
    const before = servedNames(files()).folders['basemap/land-osm/'];
    const after = servedNames({ ...files(), 'basemap/land-osm/125_25.json': '{"b":3}' }).folders['basemap/land-osm/'];
    expect(after).not.toBe(before);
    expect(servedNames(files()).folders['basemap/land-osm/']).toBe(before);
  });

  it('lists no folder when the build wrote none of its files (the single file leaves them out)', () => {
    expect(servedNames({ 'data/story.json': '{}' }).folders).toEqual({});
  });
});
