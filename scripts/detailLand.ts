import { readFileSync } from 'node:fs';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { DETAIL_LAND_CELL, landCellName, type CellPart } from '../src/map/detailLand.ts';
import type { Box } from './basemapPlaces.ts';
import { mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** OpenStreetMap's land polygons (simplified, 2017) as `@geo-maps/earth-coastlines-10m` ships them: one MultiPolygon. */
export function readOsmLand(): MultiPolygon {
  const json = JSON.parse(readFileSync(new URL(import.meta.resolve('@geo-maps/earth-coastlines-10m/map.geo.json')), 'utf8')) as {
    geometries: MultiPolygon[];
  };
  return json.geometries[0];
}

/** Four decimals of a degree: 11 m at most, a third of a pixel at zoom 13. */
const round = (p: Position): Position => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];

/** A ring with consecutive repeated points (left by rounding) taken out, or null if too few remain. */
function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring.map(round)) if (!out.length || out[out.length - 1][0] !== p[0] || out[out.length - 1][1] !== p[1]) out.push(p);
  return out.length >= 4 ? out : null;
}

/** West, south, east, north of a ring or line. */
function ringBox(ring: Position[]): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
/** Overlap that counts a shared edge (a border may run along a cell's). */
const touches = (a: Box, b: Box): boolean => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const within = (a: Box, b: Box): boolean => a[0] >= b[0] && a[2] <= b[2] && a[1] >= b[1] && a[3] <= b[3];

/** One cell's file: the square it covers (`cover`, drawn in the water's colour), its land, and the land borders on it. */
export type LandCell = FeatureCollection<Polygon | MultiPolygon | MultiLineString, { part: CellPart }>;

const lineFeature = (part: CellPart, coordinates: Position[][]): Feature<MultiLineString, { part: CellPart }> => ({
  type: 'Feature',
  properties: { part },
  geometry: { type: 'MultiLineString', coordinates },
});

/**
 * OSM land cut into DETAIL_LAND_CELL-degree cells over `region` (W, S, E, N, on the cell grid),
 * by file name (see landCellName). Cells with no land are left out: Natural Earth has none there
 * either. Each holds the cell's square (the app paints it water over Natural Earth, so the coarser
 * coast does not show beside the finer one), the land polygons inside it, and the land `borders`
 * between countries (which the square would hide) cut to the cell. The coast is the land's edge,
 * not a line of its own: a line would carry every coast's points a second time.
 */
export function landCells(land: MultiPolygon, borders: Position[][], region: Box, size = DETAIL_LAND_CELL): Record<string, LandCell> {
  const polygons = land.coordinates
    .map((rings) => ({ rings, box: ringBox(rings[0]) }))
    .filter((p) => overlaps(p.box, region));
  const cells: Record<string, LandCell> = {};
  for (let w = region[0]; w < region[2]; w += size) {
    for (let s = region[1]; s < region[3]; s += size) {
      const cell: Box = [w, s, w + size, s + size];
      const pieces: Position[][][] = [];
      for (const p of polygons) {
        if (!overlaps(p.box, cell)) continue;
        const clipped = within(p.box, cell) ? p.rings : (bboxClip({ type: 'Polygon', coordinates: p.rings }, cell).geometry as Polygon).coordinates;
        const outer = clipped.length ? cleanRing(clipped[0]) : null;
        if (outer) pieces.push([outer, ...clipped.slice(1).map(cleanRing).filter((r): r is Position[] => r !== null)]);
      }
      if (!pieces.length) continue;
      const square: Polygon = { type: 'Polygon', coordinates: [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]] };
      const cut = borders
        .filter((line) => touches(ringBox(line), cell))
        .flatMap((line) => {
          const g = bboxClip({ type: 'LineString', coordinates: line } as LineString, cell).geometry;
          return g.type === 'LineString' ? [g.coordinates] : (g as MultiLineString).coordinates;
        })
        .map((line) => line.map(round))
        .filter((line) => line.length > 1);
      const features: LandCell['features'] = [
        { type: 'Feature', properties: { part: 'cover' }, geometry: square },
        { type: 'Feature', properties: { part: 'land' }, geometry: { type: 'MultiPolygon', coordinates: pieces } },
        ...(cut.length ? [lineFeature('border', cut)] : []),
      ];
      cells[landCellName(w, s)] = { type: 'FeatureCollection', features };
    }
  }
  return cells;
}

/**
 * The close-in land files by name, from OSM's land and the land borders of `countries` (Natural
 * Earth 1:10m, as the app draws them below DETAIL_LAND_ZOOM) over `region`.
 */
export function detailLandFiles(countries: Topology, region: Box): Record<string, string> {
  const borders = mesh(countries, countries.objects.countries as never, (a, b) => a !== b).coordinates;
  const cells = landCells(readOsmLand(), borders, region);
  return Object.fromEntries(Object.entries(cells).map(([name, cell]) => [name, JSON.stringify(cell)]));
}
