/** What each container the scanner steps into holds (anything else is skipped unread). */
const Role = { Root: 0, Features: 1, Feature: 2, Geometry: 3, Geometries: 4, Coordinates: 5 } as const;
type Role = (typeof Role)[keyof typeof Role];

interface Frame {
  role: Role;
  object: boolean;
  /** Geometry: how deeply GeometryCollections nest around it; Coordinates: how many lists deep. */
  level: number;
  /** Object: the key whose value is being read, and whether the next string is a key. */
  key: string;
  expectKey: boolean;
  /** Root and Geometry: the "type" once read, and until then what each key's value counted. */
  type?: string;
  pending?: Map<string, number>;
}

/**
 * The checker (importGeojson) refuses GeometryCollections nested more than 8 deep, so geometries
 * lie at most 9 collections deep; and a MultiPolygon's positions, the deepest, lie 4 lists deep
 * (the coordinates, a polygon, a ring, the position). Deeper containers cannot hold a position it
 * accepts, and stepping into them unread keeps the scanner's stack small whatever the file.
 */
const MAX_COLLECTION_LEVEL = 9;
const MAX_COORDINATE_LEVEL = 4;

const [QUOTE, BACKSLASH, COMMA, COLON] = ['"', '\\', ',', ':'].map((c) => c.charCodeAt(0));
const [OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = ['[', ']', '{', '}'].map((c) => c.charCodeAt(0));
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isNumberStart = (c: number) => c === 0x2d || (c >= 0x30 && c <= 0x39);
const isNumberPart = (c: number) => isNumberStart(c) || c === 0x2b || c === 0x2e || c === 0x45 || c === 0x65;
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;

/** Where the string starting at `start` (its opening quote) ends, past its closing quote; -1 if it never does. */
function stringEnd(text: string, start: number): number {
  for (let from = start + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** A short string's value (a key or a type); a long one cannot be any the scanner looks for. */
function stringValue(text: string, start: number, end: number): string {
  if (end - start > 40) return '';
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return '';
  }
}

/** Which member of a Root or Geometry object the checker reads its positions from, by its "type". */
function chosen(frame: Frame): string {
  if (frame.role === Role.Geometry) return frame.type === 'GeometryCollection' ? 'geometries' : 'coordinates';
  return frame.type === 'FeatureCollection' ? 'features' : frame.type === 'Feature' ? 'geometry' : frame.type === 'GeometryCollection' ? 'geometries' : 'coordinates';
}

/** The role of a container opening inside `parent` (null: skip it unread). */
function roleIn(parent: Frame | undefined, object: boolean): [Role, number] | null {
  if (!parent) return object ? [Role.Root, 0] : null;
  const { role, key, level } = parent;
  if (parent.object) {
    const geometryLike = role === Role.Root || role === Role.Geometry;
    if (key === 'geometry' && object && (role === Role.Root || role === Role.Feature)) return [Role.Geometry, 0];
    if (key === 'features' && !object && role === Role.Root) return [Role.Features, 0];
    if (key === 'coordinates' && !object && geometryLike) return [Role.Coordinates, 1];
    if (key === 'geometries' && !object && geometryLike && level < MAX_COLLECTION_LEVEL) return [Role.Geometries, level + 1];
    return null;
  }
  if (role === Role.Features && object) return [Role.Feature, 0];
  if (role === Role.Geometries && object) return [Role.Geometry, level];
  if (role === Role.Coordinates && !object && level < MAX_COORDINATE_LEVEL) return [Role.Coordinates, level + 1];
  return null;
}

/**
 * Counts the positions in a GeoJSON text without parsing it, and stops as soon as there are more
 * than `limit`: a file over the limit is refused before JSON.parse builds its whole object tree.
 * A position is a list that starts with a number, in a geometry's "coordinates", where the
 * checker looks for positions: the top-level geometry, a Feature's "geometry", a
 * GeometryCollection's "geometries", each chosen by its object's "type" wherever that key stands.
 * Numbers in strings, properties, `bbox` and other members do not count.
 *
 * For every file the checker accepts, the count is the checker's, except that a key repeated in
 * one object is counted each time (JSON.parse keeps the last). For any other text it may count
 * differently; the checker still counts after parsing. Text that is not JSON ends the count where
 * it breaks, and JSON.parse then says why.
 *
 * @example
 * countPositions('{"type":"MultiPoint","coordinates":[[1,2],[3,4]],"properties":{"note":"[5,6]"}}') // 2
 * countPositions(text, 1_000_000) // 1_000_001 as soon as the 1,000,001st position is read
 */
export function countPositions(text: string, limit = Infinity): number {
  const stack: Frame[] = [];
  let total = 0;
  /** How deep inside a container that is skipped unread the scanner is. */
  let skipping = 0;

  /** Counts `n` positions found inside stack[from], unless a "type" read or still to come leaves them out. */
  const add = (n: number, from: number) => {
    for (let i = from; i >= 0; i--) {
      const frame = stack[i];
      if (!frame.object || (frame.role !== Role.Root && frame.role !== Role.Geometry)) continue;
      if (frame.type === undefined) {
        frame.pending ??= new Map();
        frame.pending.set(frame.key, (frame.pending.get(frame.key) ?? 0) + n);
        return;
      }
      if (chosen(frame) !== frame.key) return;
    }
    total += n;
  };

  for (let i = 0; i < text.length && total <= limit; ) {
    const c = text.charCodeAt(i);
    if (skipping > 0) {
      if (c === QUOTE) {
        i = stringEnd(text, i);
        if (i < 0) break;
        continue;
      }
      if (c === OPEN_LIST || c === OPEN_OBJECT) skipping++;
      else if ((c === CLOSE_LIST || c === CLOSE_OBJECT) && --skipping === 0 && !stack.length) break;
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (isSpace(c) || c === COLON) {
      i++;
    } else if (c === COMMA) {
      if (top?.object) top.expectKey = true;
      i++;
    } else if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0 || !top) break;
      if (top.object && top.expectKey) {
        top.key = stringValue(text, i, end);
        top.expectKey = false;
      } else if (top.object && top.key === 'type' && top.type === undefined && (top.role === Role.Root || top.role === Role.Geometry)) {
        top.type = stringValue(text, i, end);
        const counted = top.pending?.get(chosen(top));
        top.pending = undefined;
        if (counted) add(counted, stack.length - 2);
      }
      i = end;
    } else if (c === OPEN_LIST || c === OPEN_OBJECT) {
      const object = c === OPEN_OBJECT;
      const role = roleIn(top, object);
      i++;
      if (!role) {
        skipping = 1;
        continue;
      }
      if (role[0] === Role.Coordinates) {
        let next = i;
        while (isSpace(text.charCodeAt(next))) next++;
        if (isNumberStart(text.charCodeAt(next))) {
          // A position: count it, and read the rest of its list (altitude, anything) unread.
          add(1, stack.length - 1);
          skipping = 1;
          continue;
        }
      }
      stack.push({ role: role[0], level: role[1], object, key: '', expectKey: object });
    } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
      stack.pop();
      if (!stack.length) break;
      i++;
    } else if (isNumberStart(c)) {
      i++;
      while (i < text.length && isNumberPart(text.charCodeAt(i))) i++;
    } else if (isLetter(c)) {
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    } else break;
  }
  return total;
}

/**
 * Whether a GeoJSON text holds more than `limit` positions (see countPositions). Each position is
 * a list, so a text with no more than `limit` opening brackets is passed at once, without the
 * scan: a file near the limit pays for it, a usual one does not.
 *
 * @example
 * hasMorePositions('{"type":"Point","coordinates":[1,2]}', 0) // true
 */
export function hasMorePositions(text: string, limit: number): boolean {
  let brackets = 0;
  for (let at = text.indexOf('['); at >= 0 && brackets <= limit; at = text.indexOf('[', at + 1)) brackets++;
  return brackets > limit && countPositions(text, limit) > limit;
}
