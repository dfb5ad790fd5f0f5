import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { FONT } from './ids.ts';

/** The language the map's names are drawn in: English, the place's own, or both. */
export type LabelLanguage = 'en' | 'local' | 'both';
export const LABEL_LANGUAGES: readonly LabelLanguage[] = ['en', 'local', 'both'];

/** The credit the map shows while it draws local names (GeoNames' and world-countries' licences ask for it). */
export const LOCAL_NAMES_ATTRIBUTION = 'Local names: GeoNames, CC BY 4.0 · world-countries, ODbL';

/** What a local name is written in: each CJK script has its own font (JP, SC, TC, KR); the rest is Noto Sans. */
export type LabelScript = 'ja' | 'zh-Hans' | 'zh-Hant' | 'ko' | 'vi' | 'latin';
export const CJK_SCRIPTS = ['ja', 'zh-Hans', 'zh-Hant', 'ko'] as const;
export type CjkScript = (typeof CJK_SCRIPTS)[number];
export const isCjkScript = (script: unknown): script is CjkScript => (CJK_SCRIPTS as readonly unknown[]).includes(script);

/** MapLibre font names of the CJK faces (font-faces entries made at build time for exactly the labels' characters). */
export const CJK_FONT: Record<CjkScript, string> = {
  ja: 'Noto Sans JP Labels',
  'zh-Hans': 'Noto Sans SC Labels',
  'zh-Hant': 'Noto Sans TC Labels',
  ko: 'Noto Sans KR Labels',
};

export interface LocalPart {
  text: string;
  script: LabelScript;
}

/**
 * The most local names one label carries: a disputed feature shows each claimant's name, and
 * the style has a section per name (an expression cannot loop). The build fails on more.
 */
export const MAX_LOCAL_PARTS = 6;

/**
 * The local names the build made (`basemap/local-names.json`): for basemap label points by their
 * index in `basemap/labels.json` (with the English name, checked before use); for story features
 * by English name.
 */
export interface LocalNames {
  basemap: { i: number; name: string; parts: [string, LabelScript][] }[];
  story: Record<string, [string, LabelScript][]>;
}

/** Feature properties of the `n`th local name and its script. */
const textKey = (n: number) => `l${n}`;
const scriptKey = (n: number) => `s${n}`;

const withParts = (f: Feature, parts: [string, LabelScript][] | undefined): Feature =>
  parts?.length
    ? { ...f, properties: { ...f.properties, ...Object.fromEntries(parts.slice(0, MAX_LOCAL_PARTS).flatMap(([text, script], n) => [[textKey(n), text], [scriptKey(n), script]])) } }
    : f;

/**
 * The basemap's label points with their local names as `l0`/`s0` … properties (input unchanged).
 * An entry whose English name does not match its point (a stale file) is skipped.
 *
 * @example
 * withBasemapLocalNames(labels, { basemap: [{ i: 0, name: 'Japan', parts: [['日本', 'ja']] }], story: {} })
 */
export function withBasemapLocalNames<F extends FeatureCollection>(labels: F, local: LocalNames): F {
  const byIndex = new Map(local.basemap.map((e) => [e.i, e]));
  return {
    ...labels,
    features: labels.features.map((f, i) => {
      const entry = byIndex.get(i);
      return entry && entry.name === f.properties?.name ? withParts(f, entry.parts) : f;
    }),
  };
}

/** A story layer's label points with their features' local names (by English name). */
export const withStoryLocalNames = <F extends FeatureCollection>(labels: F, local: LocalNames): F => ({
  ...labels,
  features: labels.features.map((f) => withParts(f, Object.hasOwn(local.story, f.properties?.name) ? local.story[f.properties!.name] : undefined)),
});

/** The font stack of the `n`th local name: its script's face, else the layer's `font`; Noto Sans for what those lack. */
const partFont = (n: number, font: string): ExpressionSpecification => [
  'match',
  ['get', scriptKey(n)],
  ...CJK_SCRIPTS.flatMap((s) => [s, ['literal', [CJK_FONT[s], FONT]]]),
  ['literal', [...new Set([font, FONT])]],
] as unknown as ExpressionSpecification;

/** `format` sections: the local names from the `from`th, ` / ` between them, each in its script's font, at `scale`. */
function localSections(from: number, font: string, scale: number): unknown[] {
  const sections: unknown[] = [];
  const size = scale === 1 ? {} : { 'font-scale': scale };
  for (let n = from; n < MAX_LOCAL_PARTS; n++) {
    if (n > 0) sections.push(['case', ['has', textKey(n)], ' / ', ''], size);
    sections.push(['coalesce', ['get', textKey(n)], ''], { ...size, 'text-font': partFont(n, font) });
  }
  return sections;
}

export interface NameOptions {
  /** The layer's `text-font`: local names in Latin script are drawn in it too. */
  font?: string;
  /** Options of the English name's section. */
  english?: Record<string, unknown>;
  /** In `both`, the local names go on a line of their own, at this scale (seas: their English name is spaced wide). */
  ownLine?: number;
}

/**
 * The `format` sections that draw a label's name in `language`: `en` the English `name`; `local`
 * its local names (all claimants' for a disputed feature), else the English name; `both` the
 * English name then the local ones.
 *
 * @example
 * ['format', ...nameSections('both')] // "Naha 那覇市"
 */
export function nameSections(language: LabelLanguage, { font = FONT, english = {}, ownLine }: NameOptions = {}): unknown[] {
  const name = ['get', 'name'];
  if (language === 'en') return [name, english];
  if (language === 'local') return [['coalesce', ['get', textKey(0)], name], { ...english, 'text-font': partFont(0, font) }, ...localSections(1, font, 1)];
  return [name, english, ['case', ['has', textKey(0)], ownLine ? '\n' : ' ', ''], {}, ...localSections(0, font, ownLine ?? 1)];
}

/**
 * A layer's `text-field` for a plain name: as it was (`['get', 'name']`) in English, so the
 * first view's style is what it always was; a `format` of nameSections otherwise.
 */
export const nameField = (language: LabelLanguage, options: NameOptions = {}): ExpressionSpecification =>
  (language === 'en' ? ['get', 'name'] : ['format', ...nameSections(language, options)]) as ExpressionSpecification;
