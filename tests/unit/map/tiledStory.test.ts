import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { loadStory } from '../../../scripts/loadStory.ts';
import { StoryTiles } from '../../../src/map/storyTiles.ts';
import type { StoryTileAnswer, StoryTileRequest } from '../../../src/map/tiledStory.ts';

/** The story's worker in the test's own thread: the same messages, answered in order by a real StoryTiles. */
class WorkerStandIn {
  static started = 0;
  static last: WorkerStandIn;
  tiles: StoryTiles | null = null;
  onmessage: ((e: MessageEvent<StoryTileAnswer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    WorkerStandIn.started++;
    WorkerStandIn.last = this;
  }
  postMessage(request: StoryTileRequest) {
    // Structured clone, as postMessage does: the worker never shares the page's objects.
    const copy = structuredClone(request);
    if (copy.type === 'load') this.tiles = new StoryTiles(copy.data);
    else {
      const bytes = this.tiles?.tile(copy.z, copy.x, copy.y) ?? null;
      const buffer = bytes ? (bytes.slice().buffer as ArrayBuffer) : null;
      queueMicrotask(() => this.onmessage?.({ data: { id: copy.id, buffer } } as MessageEvent<StoryTileAnswer>));
    }
  }
}
vi.mock('virtual:story-tile-worker', () => ({ startStoryTileWorker: () => new WorkerStandIn() }));
const { retileStory, loadStoryTile, storyPositions, storyTilesUrl, tileStory, TILED_STORY_POSITIONS } = await import('../../../src/map/tiledStory.ts');

/** A ring of `n` positions around (`lon`, 0), in story layer `layer`. */
const polygon = (lon: number, n: number, layer = 'sites'): Feature<Polygon> => {
  const ring = Array.from({ length: n - 1 }, (_, i) => [lon + 0.1 * Math.cos((i / (n - 1)) * 2 * Math.PI), 0.1 * Math.sin((i / (n - 1)) * 2 * Math.PI)]);
  return { type: 'Feature', properties: { id: `p${lon}`, layer }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
};
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const styleOf = (data: FeatureCollection) =>
  ({
    version: 8,
    sources: { story: { type: 'geojson', data, attribution: 'Survey (example)' }, labels: { type: 'geojson', data: collection([]) } },
    layers: [
      { id: 'background', type: 'background' },
      { id: 'story-sites-fill', type: 'fill', source: 'story' },
      { id: 'city-labels', type: 'symbol', source: 'labels' },
      { id: 'story-labels', type: 'symbol', source: 'story' },
    ],
  }) as StyleSpecification;
/** The features' ids in the tile at z/x/y, as the map would read them from `template`'s URL. */
async function idsIn(template: string, z: number, x: number, y: number): Promise<unknown[]> {
  const url = template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
  const { data } = await loadStoryTile({ url } as never);
  const bytes = new Uint8Array(data as ArrayBuffer);
  if (bytes.length === 0) return [];
  const layer = new VectorTile(new PbfReader(bytes)).layers.story;
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties.id);
}

describe('storyPositions', () => {
  it('counts every position of every geometry', () => {
    const point: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[0, 0], [1, 1]] } };
    expect(storyPositions(collection([polygon(0, 61), point, polygon(1, 5)]))).toBe(68);
  });

  it('keeps the built-in story under the threshold: its first view is a GeoJSON source, as before', () => {
    const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
    const features = story.layers.flatMap((l) => [...l.data.features, ...l.labels.features]);
    expect(storyPositions(collection(features))).toBeLessThan(TILED_STORY_POSITIONS / 2);
  });
});

describe('tileStory', () => {
  it('leaves a story within the threshold to the GeoJSON source, and starts no worker', () => {
    const data = collection([polygon(0, 100)]);
    const style = styleOf(data);
    expect(tileStory(style, () => expect.unreachable())).toBe(false);
    expect(style.sources.story).toEqual({ type: 'geojson', data, attribution: 'Survey (example)' });
    expect(WorkerStandIn.started).toBe(0);
  });

  it("draws a large story from its worker's tiles: a vector source, read by the story's layers only", async () => {
    const style = styleOf(collection([polygon(0, TILED_STORY_POSITIONS / 2), polygon(60, TILED_STORY_POSITIONS / 2 + 1)]));
    expect(tileStory(style, () => expect.unreachable())).toBe(true);
    const source = style.sources.story as { type: string; tiles: string[]; attribution: string };
    expect(source).toEqual({ type: 'vector', tiles: [expect.stringMatching(/^storytiles:\/\/story\/\d+\/\{z\}\/\{x\}\/\{y\}$/)], maxzoom: 14, attribution: 'Survey (example)' });
    expect(style.layers.map((l) => ('source-layer' in l ? l['source-layer'] : undefined))).toEqual([undefined, 'story', undefined, 'story']);
    // Each place in the tiles it crosses (both straddle the equator; zoom 3's columns are 45° wide).
    expect(await idsIn(source.tiles[0], 1, 1, 1)).toEqual(['p0', 'p60']);
    expect(await idsIn(source.tiles[0], 3, 4, 3)).toEqual(['p0']);
    expect(await idsIn(source.tiles[0], 3, 3, 4)).toEqual(['p0']);
    expect(await idsIn(source.tiles[0], 3, 5, 3)).toEqual(['p60']);
    expect(await idsIn(source.tiles[0], 3, 1, 3)).toEqual([]);
  });

  it('gives an edited story to the worker under a new URL, so the map asks for every tile again', async () => {
    const style = styleOf(collection([polygon(0, TILED_STORY_POSITIONS + 1)]));
    tileStory(style, () => {});
    const first = (style.sources.story as { tiles: string[] }).tiles[0];
    const set: string[][] = [];
    const map = { getSource: () => ({ type: 'vector', setTiles: (tiles: string[]) => set.push(tiles) }) };
    retileStory(map as never, collection([polygon(0, 10, 'sites'), { ...polygon(60, 10), properties: { id: 'moved', layer: 'bases' } }]));
    expect(set).toHaveLength(1);
    expect(set[0][0]).not.toBe(first);
    expect(await idsIn(set[0][0], 3, 5, 3)).toEqual(['moved']);
  });

  it("tells the page when the story's worker fails", () => {
    const problems: string[] = [];
    tileStory(styleOf(collection([polygon(0, TILED_STORY_POSITIONS + 1)])), (m) => problems.push(m));
    WorkerStandIn.last.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent);
    expect(problems).toEqual(['Part of the story could not be drawn: out of memory.']);
  });
});

describe('storyTilesUrl', () => {
  it('names the version in the template MapLibre fills in', () => {
    expect(storyTilesUrl(3)).toBe('storytiles://story/3/{z}/{x}/{y}');
  });
});
