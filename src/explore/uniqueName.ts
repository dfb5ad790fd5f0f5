/**
 * `name`, or `name (2)`, `name (3)` … whichever is not taken yet.
 *
 * @example
 * uniqueName('ports.kml', ['ports.kml']) // 'ports.kml (2)'
 */
export function uniqueName(name: string, names: Iterable<string>): string {
  const taken = new Set(names);
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}
