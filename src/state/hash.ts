import { LABEL_LANGUAGES, type LabelLanguage } from '../map/localLabels';

/** The camera as the URL holds it, in OpenStreetMap's order. */
export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

/** What a shared link reproduces. Absent keys mean "the app's default". */
export interface HashState {
  view?: View;
  /** Ids of the visible story layers, in manifest order. */
  layers?: string[];
  /** Id of the selected feature. */
  selected?: string;
  /** The slide being presented, 1-based as people count (present mode). */
  slide?: number;
  /** First and last year shown (dated features and passages outside are hidden). */
  years?: [number, number];
  /** The language the map's names are drawn in (absent: the reader's saved choice, else English). */
  labels?: LabelLanguage;
  /** The territorial seas' overlay is on (absent: off). */
  maritime?: boolean;
  /** The story kept in this browser that the page shows (absent: the built-in story). */
  story?: string;
}

export interface Known {
  layerIds: readonly string[];
  featureIds: ReadonlySet<string>;
  /** Slides in the deck; a larger slide number is dropped. */
  slideCount?: number;
}

const MAX_ZOOM = 22;
/** Anything longer is not a link we wrote: ignore it rather than parse it. */
const MAX_HASH = 2000;

/** Decimals that keep a view exact to about a pixel at `zoom` (OpenStreetMap's rule, at least 2). */
const precision = (zoom: number) => Math.max(2, Math.ceil(Math.log2(Math.max(zoom, 1))));

/**
 * Reads `#story=ID&map=ZOOM/LAT/LON&layers=a,b&sel=id&years=FROM-TO&slide=N&labels=local&maritime=on`. Unknown keys, unknown ids
 * and out-of-range or malformed values are dropped, so a bad link falls back to the defaults
 * instead of failing.
 *
 * @example
 * parseHash('#map=6/26.50/127.90&sel=okinawa', known) // { view: { zoom: 6, lat: 26.5, lon: 127.9 }, selected: 'okinawa' }
 */
export function parseHash(hash: string, known: Known): HashState {
  const state: HashState = {};
  if (hash.length > MAX_HASH) return state;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const map = params.get('map')?.split('/');
  if (map?.length === 3 && map.every((part) => /^-?\d+(\.\d+)?$/.test(part))) {
    const [zoom, lat, lon] = map.map(Number);
    if (zoom >= 0 && zoom <= MAX_ZOOM && lat >= -85.06 && lat <= 85.06 && lon >= -180 && lon <= 180) {
      state.view = { zoom, lat, lon };
    }
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const wanted = new Set(layers.split(','));
    const found = known.layerIds.filter((id) => wanted.has(id));
    // "layers=" hides every layer; a list of nothing but unknown ids is a bad link: defaults.
    if (found.length > 0 || layers === '') state.layers = found;
  }
  const selected = params.get('sel');
  if (selected && known.featureIds.has(selected)) state.selected = selected;
  const slide = params.get('slide');
  if (slide && /^\d{1,4}$/.test(slide) && Number(slide) >= 1 && Number(slide) <= (known.slideCount ?? 0)) {
    state.slide = Number(slide);
  }
  const years = /^(\d{4})-(\d{4})$/.exec(params.get('years') ?? '');
  if (years && Number(years[1]) <= Number(years[2])) state.years = [Number(years[1]), Number(years[2])];
  const labels = parseLabelLanguage(params.get('labels'));
  if (labels) state.labels = labels;
  if (params.get('maritime') === 'on') state.maritime = true;
  const story = storyInHash(hash);
  if (story) state.story = story;
  return state;
}

/** The ids the stories list gives a story kept in this browser (see state/storyStore). */
export const STORY_ID = /^s-[0-9a-z]{4,24}$/;

/**
 * The story a link names (`#story=s-…`), read before anything else is loaded: it decides which
 * story the page starts with. Null for the built-in story or a malformed id.
 *
 * @example
 * storyInHash('#story=s-lq3k9x2a&sel=darwin') // 's-lq3k9x2a'
 */
export function storyInHash(hash: string): string | null {
  if (hash.length > MAX_HASH) return null;
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('story');
  return id && STORY_ID.test(id) ? id : null;
}

/** A label language as a link or the saved settings hold it (`en`, `local`, `both`); undefined for anything else. */
export const parseLabelLanguage = (value: unknown): LabelLanguage | undefined => LABEL_LANGUAGES.find((l) => l === value);

/** Whether a link names a slide at all (before the deck is known to check it). */
export const namesSlide = (hash: string) => hash.length <= MAX_HASH && new URLSearchParams(hash.replace(/^#/, '')).has('slide');

/** Wraps a longitude into [-180, 180). */
export const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * Writes the hash for a state; `layers` is left out when it equals the default.
 *
 * @example
 * formatHash({ view: { zoom: 6, lat: 26.5, lon: 127.9 }, selected: 'okinawa' }) // '#map=6.00/26.500/127.900&sel=okinawa'
 */
export function formatHash(state: HashState, defaultLayers?: readonly string[]): string {
  const parts: string[] = [];
  // First: the story decides what every other key refers to.
  if (state.story) parts.push(`story=${state.story}`);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    const d = precision(zoom);
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(d)}/${wrapLon(lon).toFixed(d)}`);
  }
  if (state.layers && !(defaultLayers && sameList(state.layers, defaultLayers))) {
    parts.push(`layers=${state.layers.join(',')}`);
  }
  if (state.selected) parts.push(`sel=${encodeURIComponent(state.selected)}`);
  if (state.years) parts.push(`years=${state.years[0]}-${state.years[1]}`);
  if (state.slide) parts.push(`slide=${state.slide}`);
  if (state.labels && state.labels !== 'en') parts.push(`labels=${state.labels}`);
  if (state.maritime) parts.push('maritime=on');
  return parts.length ? `#${parts.join('&')}` : '';
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
