import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { rewind } from '@turf/turf';
import { parseArticle } from '../src/story/parseArticle.ts';
import { checkLinks } from '../src/story/checkLinks.ts';
import { DataError, validateLayer, validateManifest } from '../src/story/validateLayer.ts';
import { parseJson } from '../src/story/parseJson.ts';
import type { CheckedStory } from '../src/story/storyData.ts';
import type { CheckedProperties, StoryLayer } from '../src/story/types.ts';
import { labelPoints } from '../src/story/labelPoints.ts';
import { DeckError, validateDeck, type Deck } from '../src/story/deck.ts';
import { deckRefs } from '../src/story/deckRefs.ts';


const readJson = (root: string, file: string): unknown => parseJson(file, readFileSync(join(root, file), 'utf8'));

const round3 = (coords: unknown): unknown =>
  typeof (coords as number[])[0] === 'number'
    ? (coords as number[]).map((n) => Math.round(n * 1000) / 1000)
    : (coords as unknown[]).map(round3);

/** Natural Earth 1:50m country polygons by name, RFC 7946 wound, rounded to 3 decimals (~100 m). */
function naturalEarthCountries(): Map<string, Polygon | MultiPolygon> {
  const topology = JSON.parse(
    readFileSync(new URL(import.meta.resolve('world-atlas/countries-50m.json')), 'utf8'),
  ) as Topology;
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const byName = new Map<string, Polygon | MultiPolygon>();
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const wound = rewind(f as Feature<Polygon | MultiPolygon>) as Feature<Polygon | MultiPolygon>;
    byName.set(f.properties.name, { ...wound.geometry, coordinates: round3(wound.geometry.coordinates) as Position[][][] } as
      | Polygon
      | MultiPolygon);
  }
  return byName;
}

/**
 * Reads `geo/layers.json`, every layer file, `data/article.md` and `data/deck.json` under `root`, checks them all,
 * fills Natural Earth geometry in, and returns what the app shows. Throws a DataError naming
 * the file, the feature and the rule on the first problem (or every link problem at once).
 */
export function loadStory(root: string): CheckedStory {
  const manifest = validateManifest('geo/layers.json', readJson(root, 'geo/layers.json'));
  const countries = naturalEarthCountries();
  const allIds = new Set<string>();
  /** Which feature each Natural Earth country stands for: the map draws a country for one only. */
  const countryOf = new Map<string, string>();
  const layers: StoryLayer<CheckedProperties>[] = manifest.map((entry) => {
    const file = `geo/${entry.file}`;
    const data = validateLayer(file, readJson(root, file));
    for (const f of data.features) {
      if (allIds.has(f.id)) throw new DataError(`${file}: feature "${f.id}": id is used by another layer too`);
      allIds.add(f.id);
      f.properties.id = f.id;
      const name = f.properties.naturalEarthCountry;
      if (name) {
        const taken = countryOf.get(name);
        if (taken) throw new DataError(`${file}: feature "${f.id}": "${name}" already stands for feature "${taken}"; a country can stand for one feature only`);
        countryOf.set(name, f.id);
        const geometry = countries.get(name);
        if (!geometry) throw new DataError(`${file}: feature "${f.id}": Natural Earth has no country named "${name}"`);
        f.geometry = geometry;
      }
    }
    return { ...entry, data, labels: labelPoints(data) };
  });
  const article = parseArticle(readFileSync(join(root, 'data/article.md'), 'utf8'));
  const problems = checkLinks(article, allIds);
  if (problems.length) throw new DataError(problems.join('\n'));
  let deck: Deck;
  try {
    deck = validateDeck(readJson(root, 'data/deck.json'), deckRefs(layers, article));
  } catch (e) {
    throw e instanceof DeckError ? new DataError(`data/deck.json: ${e.message}`) : e;
  }
  return { layers, article, deck };
}
