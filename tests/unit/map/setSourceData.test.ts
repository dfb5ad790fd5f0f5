import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

/** The story's worker: only what it is sent matters here. */
const sent: unknown[] = [];
vi.mock('virtual:story-tile-worker', () => ({ startStoryTileWorker: () => ({ postMessage: (m: unknown) => sent.push(m) }) }));
const { setSourceData } = await import('../../../src/map/setSourceData.ts');

const data: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'darwin' }, geometry: { type: 'Point', coordinates: [130.84, -12.46] } }] };
const style = { version: 8, sources: { story: { type: 'geojson', data, attribution: 'Defence (example)' } }, layers: [] } as unknown as StyleSpecification;

describe('setSourceData', () => {
  it("gives a GeoJSON story source the style's data and credit", () => {
    const live = { type: 'geojson', attribution: '', setData: vi.fn() };
    setSourceData({ getSource: () => live } as never, style, 'story');
    expect(live.setData).toHaveBeenCalledWith(data);
    expect(live.attribution).toBe('Defence (example)');
  });

  it("gives a tiled story's data to its worker and the map a new tile URL", async () => {
    const live = { type: 'vector', attribution: '', setTiles: vi.fn() };
    setSourceData({ getSource: () => live } as never, style, 'story');
    expect(live.attribution).toBe('Defence (example)');
    await vi.waitFor(() => expect(live.setTiles).toHaveBeenCalledWith([expect.stringMatching(/^storytiles:\/\/story\/\d+\//)]));
    expect(sent).toEqual([{ type: 'load', data }]);
  });

  it('does nothing on a map without a story source', () => {
    expect(() => setSourceData({ getSource: () => undefined } as never, style, 'story')).not.toThrow();
  });
});
