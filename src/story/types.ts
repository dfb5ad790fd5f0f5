import type { FeatureCollection, Geometry, Point } from 'geojson';

/** A citation for a fact shown on the map. */
export interface Source {
  /** Publisher or publication, e.g. "Natural Earth" or "Wikipedia". */
  publication: string;
  /** Title of the cited page or document. */
  title: string;
  /** BCP 47 language of the title where it is not English ("ja", "zh-Hant"): the panel draws it in that script's forms. */
  lang?: string;
  /** Where to read it (shown as text; the app never fetches it). */
  url?: string;
  /** Publication or access date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
}

/**
 * A name in use for a place, in its own script, with who uses it and where that usage is documented.
 * The map's English label stays the neutral one; these are shown beside it ("Local"/"Both" labels,
 * the panel, search).
 */
export interface PlaceName {
  /** As written by those who use it, e.g. "尖閣諸島", "Biển Đông", "West Philippine Sea". */
  name: string;
  /** BCP 47 language tag with script where it matters: "ja", "zh-Hans", "zh-Hant", "vi", "ko", "fil", "en". */
  lang: string;
  /** Who uses it: governments or communities, e.g. ["Japan"], ["China"], ["Taiwan"]. */
  usedBy: string[];
  /** Where that usage is documented. */
  source: Source;
}

/**
 * Properties of one story feature, as written in `geo/*.geojson`.
 * The feature's stable id is the GeoJSON feature `id` (a string); the build copies it into
 * `properties.id`, which the map reads back from a clicked feature.
 */
export interface StoryProperties {
  /** Display name. A disputed place carries every side's name: "Senkaku Islands (Diaoyu Islands)". */
  name: string;
  /** Other names a user may search for (each side's name on its own). */
  altNames?: string[];
  /** Names in use in their own scripts, each with who uses it and a source. */
  names?: PlaceName[];
  /** One line, plain text. */
  summary: string;
  /** ISO 8601 date or interval, e.g. "2013-11", "2011-03-11", "2019-12/2020-02"; "1945/.." is open-ended (still so). */
  date?: string;
  /** At least one citation. */
  source: Source[];
  /** States that claim the place (disputed places only). */
  claimants?: string[];
  /** True for a line or area that is one party's claim, not an agreed boundary. */
  claim?: boolean;
  /** True where the geometry is an approximation (traced from a map, an extent). */
  approximate?: boolean;
  /**
   * Take the geometry from Natural Earth 1:50m `countries` by this country name instead of
   * writing it out (the feature's `geometry` is then null in the file).
   */
  naturalEarthCountry?: string;
}

/**
 * What the app needs of a feature before anything is selected: the map draws, dates and names it
 * with these, and the layer list lists it. `data/story.json` carries only these (see splitDetails).
 */
export type FeatureBasics = Omit<StoryProperties, keyof FeatureDetails> & { id: string };

/**
 * What only a selection, the search and the source list read: served in `data/details.json`
 * after the first view, by feature id.
 */
export type FeatureDetails = Pick<StoryProperties, 'summary' | 'source' | 'altNames' | 'names' | 'claimants'>;

/** A feature as its file has it, every property checked (what the build reads). */
export type CheckedProperties = StoryProperties & { id: string };

export interface StoryFeature<P = FeatureBasics> {
  type: 'Feature';
  id: string;
  properties: P;
  geometry: Geometry;
}

export type StoryCollection<P = FeatureBasics> = FeatureCollection<Geometry, P> & {
  features: StoryFeature<P>[];
};

/** One entry of `geo/layers.json`; array order is drawing order (first = bottom). */
export interface LayerManifestEntry {
  /** Stable id, used in URLs and element ids. */
  id: string;
  /** Shown as the toggle's label. */
  title: string;
  /** GeoJSON file under geo/. */
  file: string;
  /** Fill / stroke / circle colour (CSS hex). */
  color: string;
  /** Visible when the app opens. */
  visible: boolean;
  /** One sentence shown under the toggle. */
  description: string;
  /** The credit the licence of the layer's geometry requires, shown in the map's attribution. */
  attribution?: string;
}

/** A layer as the app receives it: manifest entry plus its validated features. */
export interface StoryLayer<P = FeatureBasics> extends LayerManifestEntry {
  data: StoryCollection<P>;
  /** One point per feature where its name is drawn (countries have none: the basemap names them). */
  labels: FeatureCollection<Point, { id: string; name: string }>;
}
