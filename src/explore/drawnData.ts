import type { FeatureCollection } from 'geojson';

/** The properties the user layers' style reads (see userLayerStyle): a feature's own simple colours. */
export const STYLE_KEYS = ['fill', 'stroke', 'marker-color', 'icon-color'] as const;

/**
 * What MapLibre needs to draw a user's layer: each feature's geometry and the style colours it
 * carries, nothing else. The panel reads a clicked feature's properties from the layer itself (by
 * index), so the map never needs the rest; and MapLibre's worker messaging refuses any object
 * with an own `constructor` key ("can't serialize object of unregistered class"), which a user's
 * file may well have (a "constructor" column): such a file must still draw.
 *
 * @example
 * drawnData({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { constructor: 'x', stroke: '#f00' }, geometry }] })
 * // { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { stroke: '#f00' }, geometry }] }
 */
export function drawnData(data: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.features.map((f) => {
      const properties: Record<string, string> = {};
      for (const key of STYLE_KEYS) {
        const value = f.properties?.[key];
        if (typeof value === 'string') properties[key] = value;
      }
      return { type: 'Feature', properties, geometry: f.geometry };
    }),
  };
}
