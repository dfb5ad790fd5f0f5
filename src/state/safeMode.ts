/**
 * Safe mode: the page was opened with `?safe` (from the button on a storage problem, or typed),
 * so it starts with no stored state: no saved deck, marking or layers are read, and nothing is
 * written over them. The way out of any stored record that stops the app.
 *
 * @example
 * safeMode('?safe') // true
 */
export function safeMode(search = typeof location === 'undefined' ? '' : location.search): boolean {
  return new URLSearchParams(search).has('safe');
}
