import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from './theme';

/**
 * OpenStreetMap's land close in: from this zoom the app draws it over Natural Earth's 1:10m,
 * whose coast can stand a kilometre or more off the real one (Okinawa, the Spratlys).
 */
export const DETAIL_LAND_ZOOM = 8;
/** Degrees of a side of one file's square: at zoom 8 a view spans about four of them. */
export const DETAIL_LAND_CELL = 5;
export const DETAIL_LAND_SOURCE = 'land-osm';
export const DETAIL_LAND_ATTRIBUTION = '© OpenStreetMap contributors, ODbL';
const PREFIX = 'basemap/land-osm/';

/** What a feature of a cell's file is: the cell's square, its land, or a land border. */
export type CellPart = 'cover' | 'land' | 'border';

/** The data file of the cell whose south-west corner is (`west`, `south`), in whole degrees. */
export const landCellName = (west: number, south: number) => `${PREFIX}${west}_${south}.json`;

/**
 * The cells a view needs (file names among `available`, the files the build wrote): none below
 * DETAIL_LAND_ZOOM, else those whose square meets `bounds` (W, S, E, N; east may pass 180°).
 *
 * @example
 * cellsInView(10, [127.5, 26, 128.1, 26.7], Object.keys(urls)) // ['basemap/land-osm/125_25.json']
 */
export function cellsInView(zoom: number, bounds: [number, number, number, number], available: readonly string[]): string[] {
  if (zoom < DETAIL_LAND_ZOOM) return [];
  const [w, s, e, n] = bounds;
  return available.filter((name) => {
    const m = name.startsWith(PREFIX) ? /^(-?\d+)_(-?\d+)\.json$/.exec(name.slice(PREFIX.length)) : null;
    if (!m) return false;
    const [cw, cs] = [Number(m[1]), Number(m[2])];
    if (cs >= n || cs + DETAIL_LAND_CELL <= s) return false;
    // The view may run across 180°: test the cell and its copies a turn either side.
    return [-360, 0, 360].some((turn) => cw + turn < e && cw + turn + DETAIL_LAND_CELL > w);
  });
}

/**
 * The layers that draw the cells loaded so far: each cell's square in the water's colour (over
 * Natural Earth's land and coast, so the coarser coast does not show beside the finer one), then
 * OSM's land in the land's colour (its edge is the coast), and Natural Earth's land borders as
 * its outlines are drawn; `overWater` goes between the water and the land. Only from
 * DETAIL_LAND_ZOOM, so below it the source is unused (and its attribution not shown).
 */
export function detailLandLayers(theme: Theme, overWater: LayerSpecification[] = []): LayerSpecification[] {
  const part = (p: CellPart) => ['==', ['get', 'part'], p] as ['==', ['get', string], string];
  const base = { source: DETAIL_LAND_SOURCE, minzoom: DETAIL_LAND_ZOOM };
  return [
    // No antialiasing: it would draw each square's edge, a grid of lines over the land beside it.
    { id: 'land-osm-cover', type: 'fill', ...base, filter: part('cover'), paint: { 'fill-antialias': false, 'fill-color': theme.water } },
    ...overWater,
    { id: 'land-osm', type: 'fill', ...base, filter: part('land'), paint: { 'fill-color': theme.land } },
    { id: 'land-osm-border', type: 'line', ...base, filter: part('border'), paint: { 'line-color': theme.landOutline, 'line-width': 0.8 } },
  ];
}
