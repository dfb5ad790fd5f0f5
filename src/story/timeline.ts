import type { FilterSpecification } from 'maplibre-gl';
import type { Article } from './article';
import type { StoryLayer } from './types';

/** First and last year, inclusive. */
export type YearRange = readonly [number, number];

/**
 * The years an ISO 8601 date or interval covers; null when it holds no year. An open interval
 * ("1945/..") runs on without end (Infinity), so it overlaps every range after its start.
 *
 * @example
 * dateYears('2013-11')          // [2013, 2013]
 * dateYears('2019-12/2020-02')  // [2019, 2020]
 * dateYears('1945/..')          // [1945, Infinity]
 */
export function dateYears(iso: string): YearRange | null {
  const [start, end, ...rest] = iso.split('/').map((part) => part.trim());
  if (rest.length) return null;
  if (end === '..') {
    const from = /^(\d{4})(?:-|$)/.exec(start)?.[1];
    return from ? [Number(from), Infinity] : null;
  }
  const years = [start, end].filter((p) => p !== undefined).map((part) => /^(\d{4})(?:-|$)/.exec(part)?.[1]);
  if (years.some((y) => y === undefined)) return null;
  const numbers = years.map(Number);
  return [Math.min(...numbers), Math.max(...numbers)];
}

/** A year of 1900–2099 standing alone (not inside a longer number such as 50,000), maybe a decade or a range. */
const YEAR = /(?<![\d.,])((?:19|20)\d\d)(s)?(?:\s?[–-]\s?(\d{4}|\d{2}))?(?![\d])/g;

/**
 * The years a passage of text mentions: "2013" is one year, "the early 1970s" a decade,
 * "2019–20" and "2014-2017" ranges. In the order written; empty when it mentions none.
 *
 * @example
 * textYears('Australia and Japan held the inaugural Ministerial Economic Dialogue in July 2018.') // [[2018, 2018]]
 * textYears('in the early 1970s') // [[1970, 1979]]
 */
export function textYears(text: string): YearRange[] {
  const out: YearRange[] = [];
  for (const m of text.matchAll(YEAR)) {
    const first = Number(m[1]);
    if (m[2]) {
      out.push([first, first + 9]);
    } else if (m[3]) {
      let last = Number(m[3]);
      if (m[3].length === 2) last += Math.floor(first / 100) * 100 + (last < first % 100 ? 100 : 0);
      out.push(last >= first ? [first, last] : [first, first]);
    } else {
      out.push([first, first]);
    }
  }
  return out;
}

/**
 * Whether something dated `spans` shows in `range`: undated things always do, dated ones when
 * any span overlaps the range. A null range is "all years".
 *
 * @example
 * inRange([[2013, 2013]], [2014, 2020]) // false
 * inRange([], [2014, 2020])             // true (undated)
 */
export function inRange(spans: readonly YearRange[], range: YearRange | null): boolean {
  if (!range || spans.length === 0) return true;
  return spans.some(([from, to]) => to >= range[0] && from <= range[1]);
}

/** What the timeline knows about the story: the years of each dated feature and passage. */
export interface StoryYears {
  features: Map<string, YearRange>;
  passages: Map<string, YearRange[]>;
  /** Earliest and latest year anything is dated; null when nothing is. */
  extent: YearRange | null;
  /** Every year something begins or ends, ascending: the steps of "Play". */
  steps: number[];
}

/**
 * Dates every feature (its `date` property) and every passage of `article` (the years its text
 * mentions; none before the article has come).
 *
 * @example
 * storyYears(story.layers, story.article).features.get('typhoon-haiyan-relief') // [2013, 2013]
 */
export function storyYears(layers: readonly StoryLayer[], article: Article | null): StoryYears {
  const features = new Map<string, YearRange>();
  for (const layer of layers) {
    for (const f of layer.data.features) {
      const years = f.properties.date ? dateYears(f.properties.date) : null;
      if (years) features.set(f.id, years);
    }
  }
  const passages = new Map<string, YearRange[]>();
  for (const passage of article?.paragraphs.flat() ?? []) {
    const years = textYears(passage.text);
    if (years.length) passages.set(passage.id, years);
  }
  const all = [...features.values(), ...[...passages.values()].flat()];
  // An open interval's endless end is no step of the timeline.
  const ends = [...new Set(all.flat())].filter(Number.isFinite).sort((a, b) => a - b);
  return {
    features,
    passages,
    extent: ends.length ? [ends[0], ends[ends.length - 1]] : null,
    steps: ends,
  };
}

/**
 * Ids of the features the range hides (dated, and wholly outside it).
 *
 * @example
 * hiddenIds(years.features, [2014, 2020]) // ['us-forces-okinawa', 'typhoon-haiyan-relief', ...]
 */
export function hiddenIds(features: ReadonlyMap<string, YearRange>, range: YearRange | null): string[] {
  if (!range) return [];
  return [...features].filter(([, span]) => !inRange([span], range)).map(([id]) => id);
}

/**
 * A layer's filter with the hidden features taken out (by their `id` property); the filter
 * itself when nothing is hidden.
 *
 * @example
 * withHidden(['==', ['geometry-type'], 'Point'], ['typhoon-haiyan-relief'])
 * // ['all', ['==', ['geometry-type'], 'Point'], ['!', ['in', ['get', 'id'], ['literal', ['typhoon-haiyan-relief']]]]]
 */
export function withHidden(filter: FilterSpecification | undefined, hidden: readonly string[]): FilterSpecification | null {
  if (hidden.length === 0) return filter ?? null;
  const keep: FilterSpecification = ['!', ['in', ['get', 'id'], ['literal', [...hidden]]]];
  return filter ? (['all', filter, keep] as FilterSpecification) : keep;
}
