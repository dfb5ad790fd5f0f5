import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { applyStoryLayers } from '../../../src/map/applyStoryLayers.ts';

/** A map's layers in drawing order, and what was set on them, as MapLibre would keep them. */
function fakeMap(ids: string[]) {
  let layers = ids.map((id) => ({ id, paint: {} as Record<string, unknown>, filter: undefined as unknown }));
  let data: unknown = null;
  const at = (id: string) => layers.findIndex((l) => l.id === id);
  const map = {
    getSource: (id: string) => (id === 'story' ? { setData: (d: unknown) => (data = d), attribution: '' } : undefined),
    getStyle: () => ({ layers: layers.map((l) => ({ id: l.id })) }),
    getLayer: (id: string) => layers.find((l) => l.id === id),
    addLayer: (layer: { id: string }, before?: string) => {
      const entry = { id: layer.id, paint: {}, filter: undefined };
      if (before === undefined) layers.push(entry);
      else layers.splice(at(before), 0, entry);
    },
    removeLayer: (id: string) => (layers = layers.filter((l) => l.id !== id)),
    moveLayer: (id: string, before?: string) => {
      const [moved] = layers.splice(at(id), 1);
      if (before === undefined) layers.push(moved);
      else layers.splice(at(before), 0, moved);
    },
    setPaintProperty: (id: string, name: string, value: unknown) => (layers[at(id)].paint[name] = value),
    setFilter: (id: string, filter: unknown) => (layers[at(id)].filter = filter),
  };
  return { map: map as unknown as MapLibreMap, order: () => layers.map((l) => l.id), layer: (id: string) => layers[at(id)], data: () => data };
}

const style = (layers: { id: string; paint?: object; filter?: unknown }[]): StyleSpecification =>
  ({
    version: 8,
    sources: { story: { type: 'geojson', data: { type: 'FeatureCollection', features: [{ id: 'new' }] } } },
    layers: layers.map((l) => ({ type: 'line', source: 'story', ...l })),
  }) as unknown as StyleSpecification;

describe('applyStoryLayers: an edited story on a drawn map', () => {
  it('adds, removes, repaints and reorders the story layers only; the rest of the map stays where it is', () => {
    // The map as drawn: basemap, story layers a then b, the user's layer and the highlight, the names.
    const { map, order, layer, data } = fakeMap(['land', 'story-a-line', 'story-b-point', 'user-x-1', 'highlight-fill', 'story-labels', 'country-label']);
    // The edit: b drawn below a, a new layer c on top, a recoloured.
    applyStoryLayers(
      map,
      style([
        { id: 'land' },
        { id: 'story-b-point' },
        { id: 'story-a-line', paint: { 'line-color': '#ff0000' }, filter: ['==', 'layer', 'a'] },
        { id: 'story-c-fill' },
        { id: 'story-labels' },
        { id: 'country-label' },
      ]),
    );
    expect(order()).toEqual(['land', 'story-b-point', 'story-a-line', 'story-c-fill', 'user-x-1', 'highlight-fill', 'story-labels', 'country-label']);
    expect(layer('story-a-line').paint['line-color']).toBe('#ff0000');
    expect(layer('story-a-line').filter).toEqual(['==', 'layer', 'a']);
    expect(data()).toEqual({ type: 'FeatureCollection', features: [{ id: 'new' }] });
    // A layer deleted from the story leaves the map.
    applyStoryLayers(map, style([{ id: 'land' }, { id: 'story-c-fill' }, { id: 'story-labels' }, { id: 'country-label' }]));
    expect(order()).toEqual(['land', 'story-c-fill', 'user-x-1', 'highlight-fill', 'story-labels', 'country-label']);
  });
});
