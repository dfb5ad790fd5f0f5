import distance from '@turf/distance';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Length of each dash and of each gap along an approximate area's edge, in kilometres. */
export const DASH_KM = 60;
export const GAP_KM = 40;

const round = (n: number) => Math.round(n * 1e6) / 1e6;
/** The point `t` of the way from `a` to `b`, straight in longitude and latitude as the map draws the edge. */
const between = (a: Position, b: Position, t: number): Position => [round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t)];

/** One ring's dashes: DASH_KM drawn, GAP_KM left out, from its first vertex on. */
function dashRing(ring: Position[]): Position[][] {
  const dashes: Position[][] = [];
  let drawing = true;
  let left = DASH_KM;
  let dash: Position[] = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    let from = ring[i - 1];
    const to = ring[i];
    let length = distance(from, to);
    while (length > left) {
      const cut = between(from, to, left / length);
      if (drawing) dashes.push([...dash, cut]);
      else dash = [cut];
      drawing = !drawing;
      length -= left;
      from = cut;
      left = drawing ? DASH_KM : GAP_KM;
    }
    left -= length;
    if (drawing) dash.push(to);
  }
  if (drawing && dash.length > 1) dashes.push(dash);
  return dashes;
}

/**
 * The edge of an area as dashes on the ground: DASH_KM drawn, GAP_KM left out, along every ring.
 * The map draws an approximate area's edge from these with its plain line shader, where
 * `line-dasharray` would cost a shader of its own to compile on the first view (a tenth of a
 * second in software WebGL). Dashes keep their length on the ground, as the nine-dash line's do.
 *
 * @example
 * dashedOutline({ type: 'Polygon', coordinates: [[[110, 10], [115, 10], [115, 15], [110, 10]]] }).coordinates.length // 19
 */
export function dashedOutline(area: Polygon | MultiPolygon): MultiLineString {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  return { type: 'MultiLineString', coordinates: rings.flatMap(dashRing) };
}
