import type { Feature, Geometry, LineString, Polygon, Position } from 'geojson';
import length from '@turf/length';
import area from '@turf/area';
import circle from '@turf/circle';
import distance from '@turf/distance';
import centroid from '@turf/centroid';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { walkGeometry } from '../map/walkGeometry';

/** Turf's mean Earth radius, in km. */
const EARTH_KM = 6371.0088;
export const KM_PER_NMI = 1.852;

const feature = <G extends Geometry>(geometry: G): Feature<G> => ({ type: 'Feature', properties: {}, geometry });

/**
 * Geodesic (great-circle) length of a path, in km.
 *
 * @example
 * pathLength([[127.681, 26.212], [123.476, 25.743]]) // ≈ 424 (Naha to Uotsuri-jima)
 */
export function pathLength(points: readonly Position[]): number {
  if (points.length < 2) return 0;
  return length(feature<LineString>({ type: 'LineString', coordinates: [...points] }), { units: 'kilometers' });
}

/**
 * Area enclosed by a closed path (first point not repeated), in km²; 0 for fewer than 3 points.
 *
 * @example
 * closedArea([[0, 0], [1, 0], [1, 1], [0, 1]]) // ≈ 12,364 km²
 */
export function closedArea(points: readonly Position[]): number {
  if (points.length < 3) return 0;
  return area(feature<Polygon>({ type: 'Polygon', coordinates: [[...points, points[0]]] })) / 1e6;
}

/** Area of a polygon feature in km²; null for other geometries. */
export function geometryArea(geometry: Geometry): number | null {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
  return area(feature(geometry)) / 1e6;
}

/** Wraps each longitude to lie within 180° of the one before it, so a line never jumps across the map. */
export function unwrap(points: readonly Position[], start = points[0]?.[0] ?? 0): Position[] {
  let previous = start;
  return points.map(([lon, lat]) => {
    let l = lon;
    while (l - previous > 180) l -= 360;
    while (l - previous < -180) l += 360;
    previous = l;
    return [l, lat];
  });
}

type Vec = [number, number, number];
const toVec = ([lon, lat]: Position): Vec => {
  const λ = (lon * Math.PI) / 180;
  const φ = (lat * Math.PI) / 180;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
};
const toPosition = ([x, y, z]: Vec): Position => [(Math.atan2(y, x) * 180) / Math.PI, (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI];
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec): Vec => {
  const n = Math.hypot(...a);
  return [a[0] / n, a[1] / n, a[2] / n];
};

/**
 * The path drawn along great circles (what its length measures), with a point at least every
 * `stepDegrees` of arc, longitudes unwrapped so that MapLibre draws it without a jump at ±180°.
 *
 * @example
 * greatCirclePath([[139.69, 35.69], [149.13, -35.28]]) // Tokyo to Canberra, ~72 points
 */
export function greatCirclePath(points: readonly Position[], stepDegrees = 1): Position[] {
  const out: Position[] = points.length ? [points[0]] : [];
  for (let i = 1; i < points.length; i++) {
    const a = toVec(points[i - 1]);
    const b = toVec(points[i]);
    const angle = Math.atan2(Math.hypot(...cross(a, b)), dot(a, b));
    const n = Math.max(1, Math.ceil((angle * 180) / Math.PI / stepDegrees));
    for (let k = 1; k <= n; k++) {
      const t = k / n;
      // Spherical linear interpolation between a and b.
      const wa = angle === 0 ? 1 - t : Math.sin((1 - t) * angle) / Math.sin(angle);
      const wb = angle === 0 ? t : Math.sin(t * angle) / Math.sin(angle);
      out.push(k === n ? points[i] : toPosition([wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]]));
    }
  }
  return unwrap(out);
}

/**
 * A circle of `radiusKm` on the Earth's surface around `center`, as a polygon ring whose
 * longitudes stay continuous across ±180°.
 *
 * @example
 * rangeRing([127.9, 26.5], 500 * KM_PER_NMI) // 500 nmi around Okinawa
 */
export function rangeRing(center: Position, radiusKm: number, steps = 128): Polygon {
  const ring = circle(center as [number, number], radiusKm, { steps, units: 'kilometers' }).geometry.coordinates[0];
  return { type: 'Polygon', coordinates: [unwrap(ring, center[0])] };
}

/**
 * The area-weighted centre of a polygon's outer ring (the shoelace formula, in degrees, about
 * the ring's first point for precision): what Turf's centerOfMass gives for a polygon.
 */
function ringCentre(ring: Position[]): Position {
  const [x0, y0] = ring[0];
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = [ring[i][0] - x0, ring[i][1] - y0];
    const [x2, y2] = [ring[i + 1][0] - x0, ring[i + 1][1] - y0];
    const a = x1 * y2 - x2 * y1;
    twiceArea += a;
    cx += (x1 + x2) * a;
    cy += (y1 + y2) * a;
  }
  if (twiceArea === 0) return centroid(feature<LineString>({ type: 'LineString', coordinates: ring })).geometry.coordinates;
  return [x0 + cx / (3 * twiceArea), y0 + cy / (3 * twiceArea)];
}

/**
 * Where to measure a feature from: a point is itself; an area its largest part's centre of
 * mass (Japan: Honshu, the United States: the lower 48); a line its vertices' centroid.
 */
export function featureCentre(geometry: Geometry): Position {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'Polygon':
      return ringCentre(geometry.coordinates[0]);
    case 'MultiPolygon': {
      const parts = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
      const largest = parts.reduce((best, p) => (area(feature(p)) > area(feature(best)) ? p : best));
      return ringCentre(largest.coordinates[0]);
    }
    default:
      return centroid(feature(geometry)).geometry.coordinates;
  }
}

/** Great-circle distance between two positions, in km. */
export const distanceKm = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

/** Positions and edges of a geometry as unit vectors, packed for a fast nearest-distance search. */
interface Shape {
  /** x, y, z of every vertex. */
  vertices: Float64Array;
  /** x, y, z of the vertices that end no edge (points). */
  points: Float64Array;
  /** Per edge: its ends a and b, unit normal n, and the vectors n×a and b×n that bound it (15 numbers). */
  edges: Float64Array;
  /** Per run of CHUNK edges: a cap around them (centre x, y, z; cos and sin of its radius). */
  caps: Float64Array;
  polygons: Feature<Polygon>[];
}

/** Edges per bounding cap. */
const CHUNK = 16;

function shapeOf(geometry: Geometry): Shape {
  const lines: Position[][] = [];
  const points: Position[] = [];
  const polygons: Feature<Polygon>[] = [];
  walkGeometry(geometry, {
    point: (p) => points.push(p),
    line: (line) => lines.push(line),
    polygon: (polygon) => polygons.push(feature(polygon)),
  });
  const all = [...points, ...lines.flat()];
  const vertices = new Float64Array(all.length * 3);
  all.forEach((p, i) => vertices.set(toVec(p), i * 3));
  const edgeList: number[] = [];
  const single = [...points];
  for (const line of lines) {
    const before = edgeList.length;
    for (let i = 1; i < line.length; i++) {
      const a = toVec(line[i - 1]);
      const b = toVec(line[i]);
      const c = cross(a, b);
      if (Math.hypot(...c) < 1e-12) continue;
      const n = norm(c);
      edgeList.push(...a, ...b, ...n, ...cross(n, a), ...cross(b, n));
    }
    // A line whose positions all coincide has no edge: it counts as a point.
    if (edgeList.length === before && line.length) single.push(line[0]);
  }
  const edges = new Float64Array(edgeList);
  const pointVectors = new Float64Array(single.length * 3);
  single.forEach((p, i) => pointVectors.set(toVec(p), i * 3));
  const count = edges.length / 15;
  const caps = new Float64Array(Math.ceil(count / CHUNK) * 5);
  for (let c = 0; c * CHUNK < count; c++) {
    const ends: Vec[] = [];
    for (let e = c * CHUNK; e < Math.min(count, (c + 1) * CHUNK); e++) {
      ends.push([edges[e * 15], edges[e * 15 + 1], edges[e * 15 + 2]], [edges[e * 15 + 3], edges[e * 15 + 4], edges[e * 15 + 5]]);
    }
    const sum = ends.reduce<Vec>((acc, v) => [acc[0] + v[0], acc[1] + v[1], acc[2] + v[2]], [0, 0, 0]);
    const centre = Math.hypot(...sum) < 1e-9 ? ends[0] : norm(sum);
    const radius = Math.max(...ends.map((v) => Math.acos(Math.min(1, dot(centre, v)))));
    // Arcs between points of a cap stay inside it while the cap is under a hemisphere; wider caps are never skipped.
    caps.set([...centre, radius < Math.PI / 2 ? Math.cos(radius) : -2, Math.sin(radius)], c * 5);
  }
  return { vertices, points: pointVectors, edges, caps, polygons };
}

/**
 * Cosine of the smallest angle from the point (x, y, z) to any vertex or edge of `shape`,
 * starting from `best` (larger is nearer). Runs of edges whose bounding cap lies farther than
 * the best so far are skipped.
 */
function nearestCos(x: number, y: number, z: number, shape: Shape, best: number): number {
  const { points: v, edges: e, caps } = shape;
  for (let i = 0; i < v.length; i += 3) best = Math.max(best, x * v[i] + y * v[i + 1] + z * v[i + 2]);
  const count = e.length / 15;
  for (let c = 0; c * CHUNK < count; c++) {
    const k = c * 5;
    const cosR = caps[k + 3];
    if (cosR > -2 && best > -1) {
      // Skip when angle(p, centre) >= angle(best) + radius, i.e. p·centre <= cos(best + radius).
      const sinBest = Math.sqrt(Math.max(0, 1 - best * best));
      const bound = best * cosR - sinBest * caps[k + 4];
      if (x * caps[k] + y * caps[k + 1] + z * caps[k + 2] <= bound) continue;
    }
    for (let j = c * CHUNK; j < Math.min(count, (c + 1) * CHUNK); j++) {
      const o = j * 15;
      best = Math.max(best, x * e[o] + y * e[o + 1] + z * e[o + 2], x * e[o + 3] + y * e[o + 4] + z * e[o + 5]);
      // p lies beside the edge (between the planes through its ends): the nearest point is on it.
      if (x * e[o + 9] + y * e[o + 10] + z * e[o + 11] >= 0 && x * e[o + 12] + y * e[o + 13] + z * e[o + 14] >= 0) {
        const s = x * e[o + 6] + y * e[o + 7] + z * e[o + 8];
        best = Math.max(best, Math.sqrt(Math.max(0, 1 - s * s)));
      }
    }
  }
  return best;
}

const contains = (polygons: Feature<Polygon>[], p: Position) => polygons.some((poly) => booleanPointInPolygon(p, poly));

/**
 * The shortest great-circle distance between two features' geometries, in km: 0 when they
 * touch, overlap or one holds the other. Exact for points; for lines and areas it measures to
 * the nearest point on any edge.
 *
 * @example
 * nearestDistance(okinawa.geometry, senkakus.geometry) // ≈ 419 km, from Okinawa's west coast
 */
export function nearestDistance(a: Geometry, b: Geometry): number {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  const firstA = firstPosition(a);
  const firstB = firstPosition(b);
  if ((firstB && contains(sa.polygons, firstB)) || (firstA && contains(sb.polygons, firstA))) return 0;
  let best = -1;
  for (const [from, to] of [
    [sa, sb],
    [sb, sa],
  ]) {
    const v = from.vertices;
    for (let i = 0; i < v.length; i += 3) best = nearestCos(v[i], v[i + 1], v[i + 2], to, best);
  }
  return Math.acos(Math.min(1, best)) * EARTH_KM;
}

function firstPosition(g: Geometry): Position | undefined {
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates[0];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates[0]?.[0];
    case 'MultiPolygon':
      return g.coordinates[0]?.[0]?.[0];
    case 'GeometryCollection':
      return g.geometries.map(firstPosition).find(Boolean);
  }
}

/**
 * Numbers as a briefing states them: two decimals below 10, one below 100, whole numbers
 * below 1,000 and the nearest ten above, with thousands separators.
 *
 * @example
 * formatNumber(7949.6) // '7,950'
 * formatNumber(4.237)  // '4.24'
 */
export function formatNumber(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const rounded = value >= 1000 ? Math.round(value / 10) * 10 : value;
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(rounded);
}

/**
 * A distance in km and nautical miles.
 *
 * @example
 * formatDistance(424.1) // '424 km (229 nmi)'
 */
export const formatDistance = (km: number) => `${formatNumber(km)} km (${formatNumber(km / KM_PER_NMI)} nmi)`;

/** An area in km². */
export const formatArea = (km2: number) => `${formatNumber(km2)} km²`;
