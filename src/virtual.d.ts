declare module 'virtual:data-files' {
  /** Relative URLs of the data files the build wrote, by logical name (e.g. "data/story.json"). */
  export const urls: Record<string, string>;
  /**
   * The data itself, by logical name, where the build carries it inside the bundle (the
   * single-file build); empty in the served build, which fetches `urls` instead.
   */
  export const embedded: Record<string, unknown>;
  /** countryKey of each country drawn from 1:10m when zoomed in (empty where the build has no 1:10m). */
  export const detailIds: string[];
  /** Small font files holding just the labels' characters beyond Latin, each with its unicode-range. */
  export const labelFonts: { url: string; range: string }[];
  /** The italic face of the seas' names: small files holding just their characters. */
  export const italicLabelFonts: { url: string; range: string }[];
  /**
   * Folders of many small files hashed as one (OSM's land squares): the folder's served address
   * by logical prefix (e.g. "basemap/land-osm/"); each has an `index.json` of its files' names.
   */
  export const folders: Record<string, string>;
}

declare module 'virtual:maplibre-worker' {
  /** The URL to hand to MapLibre's setWorkerUrl: the shipped worker file, or a Blob URL of its code. */
  export const workerUrl: () => string;
}

declare module 'virtual:import-worker' {
  /** Starts the import worker: from its file in the served build, from a Blob URL of its code in the single file. */
  export const startImportWorker: () => Worker;
}

declare module 'virtual:point-tile-worker' {
  /** Starts a dense point layer's tile worker, as startImportWorker starts the import worker. */
  export const startPointTileWorker: () => Worker;
}

declare module 'virtual:story-tile-worker' {
  /** Starts a large story's tile worker, as startImportWorker starts the import worker. */
  export const startStoryTileWorker: () => Worker;
}

declare module 'virtual:package-worker' {
  /** Starts a worker that reads a story package, as startImportWorker starts the import worker. */
  export const startPackageWorker: () => Worker;
}

declare module 'virtual:local-labels' {
  import type { CjkScript, LocalNames } from './map/localLabels';
  /** Relative URL of the labels' local names (null where the bundle carries them). */
  export const localNamesUrl: string | null;
  /** The local names themselves, in the single file; null in the served build. */
  export const embeddedLocalNames: LocalNames | null;
  /** The CJK fonts: small files holding exactly their script's characters of the labels and of the panel's names and titles. */
  export const cjkFonts: { script: CjkScript; url: string; range: string }[];
}
