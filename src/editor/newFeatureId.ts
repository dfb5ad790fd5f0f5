import { fold } from '../story/fold';
import { MAX_ID } from '../story/validateLayer';

/**
 * A new feature's id from its name: lower-case ASCII words joined by hyphens (accents taken off
 * as search folds them), at most MAX_ID characters, and not in `taken`: `-2`, `-3` … is added
 * until it is free. A name with no Latin letters or digits (尖閣諸島) gives `fallback`.
 *
 * @example
 * newFeatureId('Đà Nẵng', new Set()) // 'da-nang'
 * newFeatureId('Darwin', new Set(['darwin'])) // 'darwin-2'
 */
export function newFeatureId(name: string, taken: ReadonlySet<string>, fallback = 'place'): string {
  const words = fold(name).replace(/'/g, '').match(/[a-z0-9]+/g) ?? [];
  const base = words.join('-') || fallback;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    // Cut at a word's end where one is near, never leaving a hyphen at the end.
    const cut = base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '');
    const id = cut + suffix;
    if (!taken.has(id)) return id;
  }
}
