import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import type { StoryCollection } from './types';

const round = (p: Position): Position => p.map((n) => Math.round(n * 1e5) / 1e5);

/** Where a name goes on a polygon: its centre of mass when that is inside, else a point on it. */
function polygonLabel(rings: Position[][]): Position {
  const polygon: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
  const centre = centerOfMass(polygon);
  return booleanPointInPolygon(centre, polygon) ? centre.geometry.coordinates : pointOnFeature(polygon).geometry.coordinates;
}

/**
 * One label point per story feature, so a name is drawn once however the map tiles the shape:
 * points stay where they are, an area is labelled inside its largest polygon, a line at the
 * middle of its middle part. Countries are left out (the basemap names them).
 *
 * @example
 * labelPoints(okinawaLayer).features[0] // { type: 'Feature', id: 'okinawa', properties: { id: 'okinawa', name: 'Okinawa Island' }, geometry: { type: 'Point', … } }
 */
export function labelPoints(layer: StoryCollection): FeatureCollection<Point, { id: string; name: string }> {
  const features = layer.features
    .filter((f) => !f.properties.naturalEarthCountry)
    .map((f): Feature<Point, { id: string; name: string }> => {
      const g = f.geometry;
      let at: Position;
      if (g.type === 'Point') at = g.coordinates;
      else if (g.type === 'Polygon') at = polygonLabel(g.coordinates);
      else if (g.type === 'MultiPolygon') {
        const largest = g.coordinates.reduce((a, b) =>
          area({ type: 'Polygon', coordinates: a }) >= area({ type: 'Polygon', coordinates: b }) ? a : b,
        );
        at = polygonLabel(largest);
      } else {
        const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : null;
        const positions = lines ? lines[Math.floor(lines.length / 2)] : g.type === 'MultiPoint' ? g.coordinates : [];
        if (positions.length === 0) throw new Error(`feature "${f.id}": cannot place a label on a ${g.type}`);
        at = positions[Math.floor(positions.length / 2)];
      }
      const id = String(f.id);
      return {
        type: 'Feature',
        id,
        properties: { id, name: f.properties.name },
        geometry: { type: 'Point', coordinates: round(at) },
      };
    });
  return { type: 'FeatureCollection', features };
}
