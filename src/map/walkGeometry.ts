import type { Geometry, Polygon, Position } from 'geojson';

/** What `walkGeometry` calls for each simple part it meets. */
export interface GeometryVisitor {
  /** Each point (of a Point or MultiPoint). */
  point?(position: Position): void;
  /** Each line: a LineString, a part of a MultiLineString, or a polygon's ring. */
  line?(positions: Position[]): void;
  /** Each polygon (of a Polygon or MultiPolygon), after its rings were given to `line`. */
  polygon?(polygon: Polygon): void;
}

/**
 * Visits every point, line and polygon of a geometry, into multi-geometries and collections: the
 * one walk over GeoJSON's seven geometry types.
 *
 * @example
 * let n = 0;
 * walkGeometry(geometry, { point: () => n++, line: (l) => (n += l.length) }); // n: its positions
 */
export function walkGeometry(g: Geometry, visit: GeometryVisitor): void {
  switch (g.type) {
    case 'Point':
      visit.point?.(g.coordinates);
      break;
    case 'MultiPoint':
      for (const p of g.coordinates) visit.point?.(p);
      break;
    case 'LineString':
      visit.line?.(g.coordinates);
      break;
    case 'MultiLineString':
      for (const l of g.coordinates) visit.line?.(l);
      break;
    case 'Polygon':
      for (const ring of g.coordinates) visit.line?.(ring);
      visit.polygon?.(g);
      break;
    case 'MultiPolygon':
      for (const coordinates of g.coordinates) walkGeometry({ type: 'Polygon', coordinates }, visit);
      break;
    case 'GeometryCollection':
      for (const child of g.geometries) walkGeometry(child, visit);
  }
}
