/**
 * A key for a Natural Earth country that is the same in every scale: its ISO numeric id where it
 * has one, else its name (Natural Earth gives no id to places such as Kosovo, Somaliland or the
 * Spratly Is. unit).
 *
 * @example
 * countryKey('392', 'Japan') // '392'
 * countryKey(undefined, 'Kosovo') // 'Kosovo'
 */
export function countryKey(id: string | number | undefined, name: string): string {
  return id === undefined || id === null || id === '' ? name : String(id);
}
