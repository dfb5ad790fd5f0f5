import type { PlaceName, Source } from './types';

/** One name as the panel lists it: the display name first (no `usedBy`), then each side's names. */
export interface ShownName {
  name: string;
  lang: string;
  /** Who uses it; empty for the display name, which is the article's own English name. */
  usedBy: readonly string[];
  source: Source | null;
}

/** What a place needs to be named: its display name and the names in use beside it. */
export interface Named {
  name: string;
  names?: readonly PlaceName[];
}

/** Code-point order, so the result never depends on the reader's locale. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The names a place shows, in the order shown: the display name (the English name the article
 * and the map use) first, then every other name ordered by language tag and then by the name
 * itself. That order is a plain rule, so no side's name comes first because of whose it is or
 * how the data file happens to list it.
 *
 * @example
 * placeNames({ name: 'Senkaku Islands (Diaoyu Islands)', names: [zhHans, ja, zhHant] })
 * // display name, then ja 尖閣諸島, zh-Hans 钓鱼岛, zh-Hant 釣魚臺列嶼
 */
export function placeNames(place: Named): ShownName[] {
  const others = [...(place.names ?? [])].sort((a, b) => byCodePoint(a.lang, b.lang) || byCodePoint(a.name, b.name));
  return [{ name: place.name, lang: 'en', usedBy: [], source: null }, ...others];
}

/**
 * The claimants of a place for whom no shown name says it is theirs: empty when every side's
 * name is shown.
 *
 * @example
 * unnamedClaimants({ name: 'Paracel Islands (Xisha Islands)', claimants: ['China', 'Vietnam'], names: [zh] }) // ['Vietnam']
 */
export function unnamedClaimants(place: Named & { claimants?: readonly string[] }): string[] {
  const shown = new Set(placeNames(place).flatMap((n) => n.usedBy));
  return (place.claimants ?? []).filter((c) => !shown.has(c));
}
