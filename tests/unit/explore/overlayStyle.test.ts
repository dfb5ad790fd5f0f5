import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { OVERLAY_SOURCE, overlayStyle, userLayerIds, userLayerStyle } from '../../../src/explore/overlayStyle.ts';

const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } as const;
const style = (layers: StyleSpecification['layers'], sources: string[]) =>
  ({ version: 8, sources: Object.fromEntries(sources.map((s) => [s, empty])), layers }) as unknown as StyleSpecification;

describe('styles of the explore overlay and the user layers', () => {
  it('draws a user layer with four valid layers, in its colour, named after its id', () => {
    const layers = userLayerStyle({ id: 'user-1', color: '#0b7285', visible: true });
    expect(layers.map((l) => l.id)).toEqual(Object.values(userLayerIds('user-1')));
    expect(validateStyleMin(style(layers, ['user-1']))).toEqual([]);
    expect(JSON.stringify(layers)).toContain('#0b7285');
  });

  it('hides a user layer that is not visible', () => {
    for (const l of userLayerStyle({ id: 'user-2', color: '#c2255c', visible: false })) {
      expect((l.layout as { visibility: string }).visibility, l.id).toBe('none');
    }
  });

  it('draws the overlay with valid layers on its own source', () => {
    const layers = overlayStyle();
    expect(validateStyleMin(style(layers, [OVERLAY_SOURCE]))).toEqual([]);
    expect(layers.every((l) => 'source' in l && l.source === OVERLAY_SOURCE)).toBe(true);
  });
});
