import type { FirstViewBytes } from './firstViewBytes';
import type { StoryRun } from './importStory';

/** A distribution the bench reports: the samples and their median and 95th percentile. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
}

export interface ScaleRun {
  renderedMs: number;
  /** The longest main-thread task from the file's choice to the drawn layer. */
  longestTaskMs: number;
  pan: Summary;
}

/** The app's side of a scale line: measured, refused by the app (its alert), or null without an import. */
export type AppScaleRun = ScaleRun | { refused: string } | null;

/** What one `npm run bench` measured (written to bench/results.json). */
export interface BenchResults {
  date: string;
  environment: { chromium: string; webgl: string; cpus: number; node: string };
  view: string;
  coldLoad: { app: number[]; bare: number[]; appMedian: number; bareMedian: number; ratioMedian: number };
  click: Summary & { times: number[] };
  /** The bare page's floor: a click on the same places to the next frame. */
  clickBare: Summary & { times: number[] };
  flyTo: Summary;
  /** A jump at zoom 8 into a region not yet loaded → its close-in land drawn (ms). */
  closeInPan: Summary & { times: number[] };
  bytes: { app: FirstViewBytes; bare: FirstViewBytes };
  scale: { count: number; app: AppScaleRun; bare: ScaleRun }[];
  /**
   * A story package of `features` places imported into the app, from the file's choice to the
   * whole story drawn; the bare page draws the same places from a GeoJSON file. Null when not run.
   */
  story: { features: number; app: StoryRun | { refused: string }; bare: Omit<ScaleRun, 'pan'> } | null;
}
