import type { Deck } from './deck';
import type { LayerManifestEntry, StoryFeature, StoryProperties } from './types';

/** What a story package's `format` says: a file that is not one is refused before anything else is read. */
export const PACKAGE_FORMAT = 'indo-pacific-briefing-map/story';
/** The package version this build writes. Older versions are migrated on import (migratePackage). */
export const PACKAGE_VERSION = 1;

/** The longest article a story takes, in characters (the schema's `article.maxLength` too). */
export const MAX_ARTICLE_CHARS = 200_000;
/** The largest package the app reads, in characters of JSON. */
export const MAX_PACKAGE_CHARS = 20_000_000;

/** Where the article comes from, as the Article view and the sources list cite it. */
export interface ArticleSource {
  /** The article's own title. */
  title: string;
  /** Publisher or publication. */
  publication: string;
  author?: string;
  /** Publication date, ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD or a timestamp). */
  date: string;
  /** Where to read it (shown as text; the app never fetches it). */
  url?: string;
}

/** A layer with its features, in drawing order (first = bottom). */
export interface PackageLayer extends Omit<LayerManifestEntry, 'file'> {
  /** Every feature with all its properties and its geometry (countries included). */
  features: StoryFeature<StoryProperties>[];
}

/** The classification marking on every slide, image and handout page (the briefing's Marking). */
export interface PackageMarking {
  /** 1–80 characters, e.g. "UNCLASSIFIED". */
  text: string;
  /** Banner colour (CSS hex). */
  background: string;
  /** Text colour (CSS hex). */
  color: string;
}

/**
 * A whole story in one JSON file: what "Export the story package" writes, "Import a package" reads,
 * the stories list keeps in IndexedDB and an offline briefing file carries. Published as a JSON
 * Schema in `src/story/schema/story-package.schema.json` (docs/story-package.md).
 */
export interface StoryPackage {
  format: typeof PACKAGE_FORMAT;
  version: typeof PACKAGE_VERSION;
  /** The story's title in the stories list and the panel's heading. */
  title: string;
  /** The article's source. */
  source: ArticleSource;
  /**
   * The article, verbatim: paragraphs separated by blank lines; the only markup is
   * `[phrase](#feature-id)` (or `#id1,id2`), as in `data/article.md` (without its front matter).
   */
  article: string;
  layers: PackageLayer[];
  deck: Deck;
  /** The marking the story is briefed under; absent: the app's current marking stays. */
  marking?: PackageMarking;
}
