import type { Feature } from 'geojson';

/** One layer of features read from a user's file, before the common checks. */
export interface RawLayer {
  /** What to add to the file's name for this layer ("" for a file's only layer). */
  part: string;
  features: Feature[];
}

/** A refusal of a file's content, in plain words (the caller adds the file's name). */
export class FormatError extends Error {}

/** The options a user may give an import: for a CSV, which columns hold the position. */
export interface ReadOptions {
  columns?: { lat: string; lon: string } | { wkt: string };
}

/** A file over a limit, found while it is read (the caller adds the file's name). */
export class TooLarge extends FormatError {}
