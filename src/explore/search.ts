import type { Article } from '../story/article';
import type { StoryLayer } from '../story/types';
import type { StoryDetails } from '../story/storyData';
import type { Seas } from '../map/seas';
import { formatDate } from '../story/formatDate';
import { fold, foldIndexed } from '../story/fold';

interface PlaceEntry {
  id: string;
  name: string;
  layerTitle: string;
  /** Folded display name first, then every other name (with its language where it is a name in use). */
  names: { text: string; folded: string; lang?: string }[];
  summary: string;
  /** The date as written and as a person reads it ("2013-11 November 2013"). */
  date: string;
}

interface PassageEntry {
  id: string;
  paragraph: number;
  text: string;
  /** Features its linked phrases point to, first link first. */
  featureIds: string[];
  folded: { text: string; from: number[] };
}

/** What search looks through: every story feature and every sentence of the article, folded once. */
export interface SearchIndex {
  places: PlaceEntry[];
  passages: PassageEntry[];
}

export interface PlaceHit {
  id: string;
  name: string;
  layerTitle: string;
  /** The other name that matched, when the display name does not show the query. */
  matched?: string;
  /** Its language, where it is a name in use (drawn in that script's forms). */
  matchedLang?: string;
  score: number;
}

export interface PassageHit {
  id: string;
  paragraph: number;
  text: string;
  featureIds: string[];
  /** Where the match lies in `text`. */
  start: number;
  end: number;
  score: number;
}

export interface SearchResults {
  places: PlaceHit[];
  passages: PassageHit[];
}

/** What a sea's search result is listed under, and the prefix of its id (`sea:south-china-sea`). */
export const SEAS_TITLE = 'Seas';
export const SEA_PREFIX = 'sea:';

/** Each name once, the display name first, folded, with its language where a name in use gives one. */
function indexedNames(name: string, altNames: readonly string[] = [], names: readonly { name: string; lang: string }[] = []): PlaceEntry['names'] {
  const langOf = new Map(names.map((n) => [n.name, n.lang]));
  return [...new Set([name, ...altNames, ...names.map((n) => n.name)])].map((text) => {
    const lang = text === name ? undefined : langOf.get(text);
    return { text, folded: fold(text), ...(lang ? { lang } : {}) };
  });
}

/**
 * Folds every feature name (all names of a disputed place, in every script), summary, date and
 * article sentence once; with `seas`, every name of every sea too.
 *
 * @example
 * const index = buildSearchIndex(story.layers, details, story.article, seas);
 */
export function buildSearchIndex(layers: readonly StoryLayer[], details: StoryDetails, article: Article, seas?: Seas): SearchIndex {
  const seaPlaces = (seas?.features ?? []).map((f) => {
    const p = f.properties;
    return { id: `${SEA_PREFIX}${f.id}`, name: p.name, layerTitle: SEAS_TITLE, names: indexedNames(p.name, p.altNames, p.names), summary: '', date: '' };
  });
  const places = layers.flatMap((layer) =>
    layer.data.features.map((f) => {
      const p = f.properties;
      const d = details.get(p.id);
      return {
        id: p.id,
        name: p.name,
        layerTitle: layer.title,
        names: indexedNames(p.name, d?.altNames, d?.names),
        summary: fold(d?.summary ?? ''),
        date: p.date ? fold(`${p.date} ${formatDate(p.date)}`) : '',
      };
    }),
  );
  const passages = article.paragraphs.flat().map((passage) => ({
    id: passage.id,
    paragraph: passage.paragraph,
    text: passage.text,
    featureIds: [...new Set(passage.links.flatMap((l) => l.ids))],
    folded: foldIndexed(passage.text),
  }));
  return { places: [...places, ...seaPlaces], passages };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Index of the first place `q` occurs in `text` at the start of a word, or -1. */
function wordStart(text: string, q: string): number {
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
    if (!isWordChar(text[at - 1])) return at;
  }
  return -1;
}

/**
 * How well a folded query matches a folded text: 100 the whole text, 90 its start, 80 the start
 * of a word, 60 inside a word (3 letters or more), 50 every word of the query starts a word; 0 none.
 */
function score(text: string, q: string, words: string[]): number {
  if (text === q) return 100;
  if (text.startsWith(q)) return 90;
  if (wordStart(text, q) >= 0) return 80;
  if (q.length >= 3 && text.includes(q)) return 60;
  if (words.length > 1 && words.every((w) => wordStart(text, w) >= 0)) return 50;
  return 0;
}

function placeHit(place: PlaceEntry, q: string, words: string[]): PlaceHit | null {
  let best = 0;
  let matched: PlaceEntry['names'][number] | undefined;
  place.names.forEach((n, i) => {
    const s = score(n.folded, q, words);
    if (s > best) {
      best = s;
      matched = i === 0 ? undefined : n;
    }
  });
  if (best < 80 && q.length >= 3) {
    if (place.date && wordStart(place.date, q) >= 0) best = Math.max(best, 35);
    if (wordStart(place.summary, q) >= 0) best = Math.max(best, 30);
    else if (words.length > 1 && words.every((w) => wordStart(place.summary, w) >= 0)) best = Math.max(best, 20);
  }
  if (best === 0) return null;
  // The display name of a disputed place already shows its other names: no need to repeat one.
  if (matched && place.names[0].folded.includes(matched.folded)) matched = undefined;
  return {
    id: place.id,
    name: place.name,
    layerTitle: place.layerTitle,
    ...(matched ? { matched: matched.text, ...(matched.lang ? { matchedLang: matched.lang } : {}) } : {}),
    score: best,
  };
}

function passageHit(passage: PassageEntry, q: string, words: string[]): PassageHit | null {
  const text = passage.folded.text;
  let at = wordStart(text, q);
  let length = q.length;
  let s = 40;
  if (at < 0 && q.length >= 3) {
    at = text.indexOf(q);
    s = 30;
  }
  if (at < 0 && words.length > 1 && words.every((w) => wordStart(text, w) >= 0)) {
    at = wordStart(text, words[0]);
    length = words[0].length;
    s = 20;
  }
  if (at < 0) return null;
  const { from } = passage.folded;
  return {
    id: passage.id,
    paragraph: passage.paragraph,
    text: passage.text,
    featureIds: passage.featureIds,
    start: from[at],
    end: from[at + length],
    score: s,
  };
}

/**
 * Finds places (by any of their names, then by summary or date) and article passages, best
 * first; ties keep the story's order. Case, diacritics, curly quotes and dashes do not matter.
 * A one-letter query only matches the starts of names.
 *
 * @example
 * search(index, 'diaoyu').places[0] // { id: 'senkaku-islands', name: 'Senkaku Islands (Diaoyu Islands)', ... }
 */
export function search(index: SearchIndex, query: string, limits = { places: 8, passages: 5 }): SearchResults {
  const q = fold(query);
  if (!q) return { places: [], passages: [] };
  const words = q.split(' ');
  const rank = <T extends { score: number }>(hits: (T | null)[], limit: number) =>
    hits
      .map((hit, order) => ({ hit, order }))
      .filter((x): x is { hit: T; order: number } => x.hit !== null)
      .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
      .slice(0, limit)
      .map((x) => x.hit);
  const places = rank(
    index.places.map((p) => placeHit(p, q, words)).map((h) => (h && (q.length > 1 || h.score >= 80) ? h : null)),
    limits.places,
  );
  const passages = q.length > 1 ? rank(index.passages.map((p) => passageHit(p, q, words)), limits.passages) : [];
  return { places, passages };
}
