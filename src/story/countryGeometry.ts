import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { StoryData } from './storyData';
import type { StoryFeature } from './types';

type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

const mapFeatures = <T extends StoryData>(story: T, f: (feature: StoryFeature) => StoryFeature): T => ({
  ...story,
  layers: story.layers.map((layer) => ({ ...layer, data: { ...layer.data, features: layer.data.features.map(f) } })),
});

/**
 * The story as `data/story.json` carries it: a Natural Earth country's geometry is left out (null,
 * as in `geo/`), because the app loads the same 1:50m country with the basemap anyway. The four
 * Quad members were three quarters of the file.
 *
 * @example
 * withoutCountryGeometry(story).layers[0].data.features[0].geometry // null (Japan)
 */
export function withoutCountryGeometry<T extends StoryData>(story: T): T {
  return mapFeatures(story, (f) => (f.properties.naturalEarthCountry ? { ...f, geometry: null as unknown as StoryFeature['geometry'] } : f));
}

/**
 * Gives each Natural Earth country feature its geometry from the basemap's countries, by name.
 * Throws, naming the feature, if the basemap has no such country; with `missing: 'keep'` (a
 * story package, which carries its own outlines) such a feature keeps the geometry it has.
 *
 * @example
 * withCountryGeometry(served, countries50m).layers[0].data.features[0].geometry.type // 'MultiPolygon'
 */
export function withCountryGeometry<T extends StoryData>(story: T, countries: Countries, missing: 'throw' | 'keep' = 'throw'): T {
  const byName = new Map(countries.features.map((c) => [c.properties.name, c.geometry]));
  return mapFeatures(story, (f) => {
    const name = f.properties.naturalEarthCountry;
    if (!name) return f;
    const geometry = byName.get(name);
    if (!geometry && missing === 'keep') return f;
    if (!geometry) throw new Error(`the basemap has no country named "${name}" (feature "${f.id}")`);
    return { ...f, geometry };
  });
}
