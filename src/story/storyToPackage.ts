import { articleMarkdown } from './articleMarkdown';
import type { Deck } from './deck';
import type { StoryData, StoryText } from './storyData';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type PackageLayer, type PackageMarking, type StoryPackage } from './storyPackage';
import type { StoryFeature, StoryProperties } from './types';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A loaded story (the built-in one, or any other) as a story package: for "Duplicate to edit" and
 * for export. The article's Markdown is rebuilt from the parsed article (articleMarkdown: its
 * passages and links come back verbatim); each feature gets its basics and details together, and
 * its geometry written out, a country's included (it keeps `naturalEarthCountry`). Throws if a
 * feature has no geometry: fill countries in first (withCountryGeometry).
 *
 * @example
 * const pkg = storyToPackage(app.story, app.text, briefing.deck, briefing.marking);
 */
/** Twice a ring's signed area: positive when it runs counter-clockwise. */
const signedArea = (ring: Position[]) => ring.reduce((sum, [x1, y1], i) => (i === 0 ? 0 : sum + (ring[i - 1][0] * y1 - x1 * ring[i - 1][1])), 0);

/**
 * A country's outline as a package carries it, as the build takes Natural Earth: to 3 decimals
 * (about 100 m), outer rings counter-clockwise and holes clockwise (RFC 7946; the basemap's
 * TopoJSON runs the other way), and in range: the basemap moves rings that cross 180° east of it
 * for drawing (unwrapRing); they go back as Natural Earth cut them.
 */
function countryOutline(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygon = (rings: Position[][]) =>
    rings.map((ring, i) => {
      const rounded = ring.map(([lon, lat]) => [Math.round((lon > 180 ? lon - 360 : lon) * 1000) / 1000, Math.round(lat * 1000) / 1000]);
      return (signedArea(rounded) > 0) === (i === 0) ? rounded : rounded.reverse();
    });
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) } : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

export function storyToPackage(story: StoryData, text: StoryText, deck: Deck, marking?: PackageMarking): StoryPackage {
  const { article } = text;
  const layers = story.layers.map(({ data, labels: _labels, file: _file, ...entry }): PackageLayer => ({
    ...entry,
    features: (data.features as StoryFeature[]).map((f): StoryFeature<StoryProperties> => {
      if (!f.geometry) throw new Error(`feature "${f.id}" has no geometry: its country outline comes with the basemap (withCountryGeometry)`);
      const { id: _id, ...basics } = f.properties;
      const details = text.details.get(f.id) ?? { summary: '', source: [] };
      // JSON round trip: no key with an undefined value, and nothing shared with the live story.
      const properties = JSON.parse(JSON.stringify({ ...basics, ...details })) as StoryProperties;
      const { geometry } = f;
      const country = basics.naturalEarthCountry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
      return { type: 'Feature', id: f.id, properties, geometry: country ? countryOutline(geometry) : JSON.parse(JSON.stringify(geometry)) };
    }),
  }));
  return {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    title: article.title,
    source: { title: article.title, publication: article.publication, date: article.modified },
    article: articleMarkdown(article),
    layers,
    deck: JSON.parse(JSON.stringify(deck)) as Deck,
    ...(marking ? { marking: { ...marking } } : {}),
  };
}
