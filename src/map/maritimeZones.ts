import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from './theme';
import { DETAIL_LAND_ZOOM } from './detailLand.ts';

export const MARITIME_SOURCE = 'maritime-zones';
export const MARITIME_FILE = 'basemap/maritime-zones.json';
const FILL = 'maritime-zone-fill';
const EDGE = 'maritime-zone-edge';
/** The id suffix of the layers drawn from DETAIL_LAND_ZOOM. */
const CLOSE = '-close';
export const MARITIME_ATTRIBUTION = 'Territorial seas: © OpenStreetMap contributors, ODbL';
/** The layer's name wherever it is offered: what it is, and what it is not. */
export const MARITIME_TITLE = 'territorial sea as mapped in OpenStreetMap (de facto, not a legal finding)';

/** A zone's properties: the country whose OSM polygon it is. */
export interface MaritimeZone {
  /** ISO 3166-1 alpha-3, as OSM tags the country. */
  iso: string;
  /** Its English short name. */
  name: string;
}

/**
 * The zones' tint and edge. Each country's OSM polygon holds its land too, so they are drawn under
 * the land: under Natural Earth's below DETAIL_LAND_ZOOM (`below`), and from it over the close-in
 * cells' water and under OSM's land (`closeIn`; see detailLandLayers). Off (`visible` false) until
 * the user turns the layer on.
 */
export function maritimeLayers(theme: Theme, visible: boolean): { below: LayerSpecification[]; closeIn: LayerSpecification[] } {
  const layout = { visibility: visible ? ('visible' as const) : ('none' as const) };
  const pair = (suffix: string, zooms: { minzoom: number } | { maxzoom: number }): LayerSpecification[] => [
    {
      id: `${FILL}${suffix}`,
      type: 'fill',
      source: MARITIME_SOURCE,
      ...zooms,
      layout,
      paint: { 'fill-antialias': false, 'fill-color': theme.maritime, 'fill-opacity': 0.22 },
    },
    { id: `${EDGE}${suffix}`, type: 'line', source: MARITIME_SOURCE, ...zooms, layout, paint: { 'line-color': theme.maritime, 'line-width': 1 } },
  ];
  return { below: pair('', { maxzoom: DETAIL_LAND_ZOOM }), closeIn: pair(CLOSE, { minzoom: DETAIL_LAND_ZOOM }) };
}

/** The map layers that draw the zones (to show or hide them, and to pick from). */
export const MARITIME_LAYER_IDS = [FILL, EDGE, FILL + CLOSE, EDGE + CLOSE];
/** The zones' fills, which a click picks from. */
export const MARITIME_PICK_LAYERS = [FILL, FILL + CLOSE];
