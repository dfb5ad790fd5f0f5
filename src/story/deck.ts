import { cleanText } from '../security/displayText.ts';
import { show } from './show.ts';
import type { Annotation } from './annotation';
import { checkAnnotations } from './checkAnnotations.ts';

/** Where the camera stands for a slide. */
export interface SlideCamera {
  /** [lon, lat] */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  /** Show the globe instead of the flat map (the Quad spans it). */
  globe?: boolean;
}

export interface Slide {
  title: string;
  camera: SlideCamera;
  /** Ids of the story layers visible on this slide. */
  layers: string[];
  /** Ids of the features drawn highlighted; the first is selected. */
  highlight: string[];
  /** Ids of the article passages shown on the slide (e.g. "p10-s1"). */
  passages: string[];
  /** Speaker notes, plain text. */
  notes: string;
  /** Arrows, lines, circles, areas and text drawn on the slide's map. */
  annotations?: Annotation[];
}

export interface Deck {
  title: string;
  slides: Slide[];
  /** How long the talk should take, in minutes: the presenter view says how far ahead or behind it is. */
  targetMinutes?: number;
}

/** The longest target length a deck may set, in minutes. */
export const MAX_TARGET_MINUTES = 600;

/** What a deck may refer to. */
export interface DeckRefs {
  layerIds: ReadonlySet<string>;
  featureIds: ReadonlySet<string>;
  passageIds: ReadonlySet<string>;
}

/** A deck broke a rule; the message says where (the slide, by number and title) and what. */
export class DeckError extends Error {}

/** The most slides a deck may have: the editors stop here too, so every deck the app writes, it can read. */
export const MAX_SLIDES = 200;
/** The longest a deck's or a slide's title or notes may be (UTF-16 units); the editors stop here too. */
export const MAX_TEXT = 2000;

/**
 * Text an editor hands in, as the validator will take it: cleaned as checkText cleans it, and cut
 * to MAX_TEXT (never inside a surrogate pair).
 *
 * @example
 * fitText('Okinawa\u202E') // 'Okinawa'
 */
export function fitText(text: string): string {
  const clean = cleanText(text);
  if (clean.length <= MAX_TEXT) return clean;
  const end = /[\uD800-\uDBFF]/.test(clean[MAX_TEXT - 1]) ? MAX_TEXT - 1 : MAX_TEXT;
  return clean.slice(0, end);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkIds(value: unknown, known: ReadonlySet<string>, what: string, fail: (m: string) => never): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(`"${what}" must be a list of ids`);
  const unknown = (value as string[]).filter((id) => !known.has(id));
  if (unknown.length) {
    const named = unknown.slice(0, 3).map((id) => show(id, 60)).join(', ');
    fail(`unknown ${what.replace(/s$/, '')} ${named}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''}`);
  }
  // Each id once, in first-seen order: the slide views key their lists by id.
  return [...new Set(value as string[])];
}

function checkText(value: unknown, what: string, fail: (m: string) => never, required = true): string {
  if (typeof value !== 'string') fail(`"${what}" must be ${required ? 'non-empty ' : ''}text`);
  if ((value as string).length > MAX_TEXT) fail(`"${what}" is longer than ${MAX_TEXT} characters`);
  // Shown as text anyway; invisible formatting (bidi overrides, zero-width characters) is dropped.
  const text = cleanText(value as string);
  if (required && text.trim() === '') fail(`"${what}" must be non-empty text`);
  return text;
}

function checkCamera(value: unknown, fail: (m: string) => never): SlideCamera {
  if (!isObject(value)) fail('"camera" must be an object with center, zoom, bearing and pitch');
  const c = value as Record<string, unknown>;
  const center = c.center;
  if (!Array.isArray(center) || center.length !== 2 || !center.every(isFiniteNumber)) fail('"camera.center" must be [lon, lat]');
  const [lon, lat] = center as number[];
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85) fail(`"camera.center" [${lon}, ${lat}] is out of range (lon, lat order)`);
  if (!isFiniteNumber(c.zoom) || c.zoom < 0 || c.zoom > 22) fail('"camera.zoom" must be a number from 0 to 22');
  const bearing = c.bearing ?? 0;
  const pitch = c.pitch ?? 0;
  if (!isFiniteNumber(bearing) || bearing < -360 || bearing > 360) fail('"camera.bearing" must be a number of degrees');
  if (!isFiniteNumber(pitch) || pitch < 0 || pitch > 85) fail('"camera.pitch" must be a number from 0 to 85');
  if (c.globe !== undefined && typeof c.globe !== 'boolean') fail('"camera.globe" must be true or false');
  return {
    center: [lon, lat],
    zoom: c.zoom as number,
    bearing: bearing as number,
    pitch: pitch as number,
    ...(c.globe ? { globe: true } : {}),
  };
}

/**
 * Checks one slide, the `index`th of its deck (0-based), and returns a clean copy holding only known
 * fields. Throws DeckError naming the slide (by number and title) and the rule. validateDeck runs it
 * on every slide; checkPackage runs it alone, to list every bad slide rather than the first.
 *
 * @example
 * validateSlide(deck.slides[2], 2, refs) // Slide, or DeckError('slide 3 ("Okinawa"): unknown layer "okinawaa"')
 */
export function validateSlide(slide: unknown, index: number, refs: DeckRefs): Slide {
  const name = isObject(slide) && typeof slide.title === 'string' ? ` (${show(slide.title, 60)})` : '';
  const fail = (m: string): never => {
    throw new DeckError(`slide ${index + 1}${name}: ${m}`);
  };
  if (!isObject(slide)) fail('must be an object');
  const s = slide as Record<string, unknown>;
  return {
    title: checkText(s.title, 'title', fail),
    camera: checkCamera(s.camera, fail),
    layers: checkIds(s.layers, refs.layerIds, 'layers', fail),
    highlight: checkIds(s.highlight ?? [], refs.featureIds, 'features', fail),
    passages: checkIds(s.passages ?? [], refs.passageIds, 'passages', fail),
    notes: checkText(s.notes ?? '', 'notes', fail, false),
    ...(s.annotations === undefined ? {} : { annotations: checkAnnotations(s.annotations, fail) }),
  };
}

/**
 * Checks a parsed deck (the default one in data/deck.json, one from localStorage, or an imported
 * file) and returns a clean copy holding only known fields. Throws DeckError naming the slide and
 * the rule at the first problem.
 *
 * @example
 * validateDeck(JSON.parse(text), refs) // Deck, or DeckError('slide 3 ("Okinawa"): unknown layer "okinawaa"')
 */
export function validateDeck(json: unknown, refs: DeckRefs): Deck {
  if (!isObject(json)) throw new DeckError('a deck must be a JSON object with "title" and "slides"');
  const title = checkText(json.title, 'title', (m): never => {
    throw new DeckError(`the deck's ${m}`);
  });
  if (!Array.isArray(json.slides) || json.slides.length === 0) throw new DeckError('a deck needs a non-empty "slides" list');
  if (json.slides.length > MAX_SLIDES) throw new DeckError(`a deck may have at most ${MAX_SLIDES} slides`);
  const slides = json.slides.map((slide: unknown, i: number) => validateSlide(slide, i, refs));
  const target = json.targetMinutes;
  if (target !== undefined && (!isFiniteNumber(target) || target <= 0 || target > MAX_TARGET_MINUTES)) {
    throw new DeckError(`the deck's "targetMinutes" must be a number of minutes above 0, at most ${MAX_TARGET_MINUTES}`);
  }
  return { title, slides, ...(target === undefined ? {} : { targetMinutes: target }) };
}
