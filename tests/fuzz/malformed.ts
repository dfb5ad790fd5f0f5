import { Random } from './random';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings that have broken parsers and displays before. */
const NASTY_STRINGS = [
  '',
  '   ',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Eelif.exe',
  'Oki\u200Bnawa',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '0',
  '-1',
  'NaN',
  'null',
  'Point',
  'FeatureCollection',
  '\u0000\u0007\uFFFF',
  '\uD800',
  '尖閣諸島',
  'Z\u0301\u0302\u0303\u0304\u0305',
  'a'.repeat(100_000),
];

/** Depth-nested arrays: [[[...]]]. */
const nested = (depth: number): Json => {
  let v: Json = [127.9, 26.5];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

/** A value of any JSON type, often one that a validator does not expect. */
export function junk(rng: Random): Json {
  switch (rng.int(0, 13)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -0, -1, 1e300, -1e300, 5e-324, 2 ** 53 + 1, 181, -91, 127.1234567, 0.1 + 0.2]);
    case 3:
      return rng.pick(NASTY_STRINGS);
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return nested(rng.pick([3, 50, 20_000]));
    case 7:
      return Array.from({ length: rng.pick([1, 3, 10_000]) }, () => rng.int(-200, 200));
    case 8:
      return { type: rng.pick(['Feature', 'Point', 'Polygon', 'GeometryCollection', 'Topology']), coordinates: junk(rng) };
    case 9:
      return [[rng.int(-200, 200), rng.int(-100, 100)]];
    case 10:
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as Json;
    case 11:
      return [rng.pick(NASTY_STRINGS), rng.pick(NASTY_STRINGS)];
    case 12:
      return { publication: rng.pick(NASTY_STRINGS), title: rng.pick(NASTY_STRINGS), date: rng.pick(NASTY_STRINGS), url: rng.pick(NASTY_STRINGS) };
    default:
      return rng.int(-1e6, 1e6);
  }
}

/**
 * Paths to values inside `root` (arrays and objects), root first, at most `limit` of them and
 * none deeper than `maxDepth` (a document can nest far deeper than a recursive walk could go).
 */
function paths(root: Json, limit = 4000, maxDepth = 40): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { v: Json; path: (string | number)[] }[] = [{ v: root, path: [] }];
  while (stack.length && out.length < limit) {
    const { v, path } = stack.pop()!;
    out.push(path);
    if (path.length >= maxDepth) continue;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: [...path, k] });
  }
  return out;
}

/** JSON text of a document; one nested too deep for JSON.stringify is written out by hand. */
export function toText(doc: Json): string {
  try {
    return JSON.stringify(doc);
  } catch {
    return `{"type":"FeatureCollection","features":[{"type":"Feature","id":"deep","geometry":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
  }
}

const get = (root: Json, path: (string | number)[]): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], root);

/** One random structural change to a parsed JSON document (in place; returns the new root). */
export function mutate(root: Json, rng: Random): Json {
  const all = paths(root);
  const path = rng.pick(all);
  if (path.length === 0) return rng.chance(0.5) ? junk(rng) : [root];
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json> & Json[];
  const key = path[path.length - 1];
  const value = parent[key];
  switch (rng.int(0, 8)) {
    case 0: // delete it
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 1: // wrap it in an array
      parent[key] = [value];
      break;
    case 2: // unwrap an array
      parent[key] = Array.isArray(value) && value.length ? value[0] : value;
      break;
    case 3: // repeat an array item (a repeated id, a doubled position); the same object twice is fine in JSON
      if (Array.isArray(parent)) parent.splice(key as number, 0, value);
      break;
    case 4: // reverse an array (a ring's winding, lat/lon order)
      if (Array.isArray(value)) value.reverse();
      break;
    case 5: // truncate an array
      if (Array.isArray(value)) value.length = rng.int(0, value.length);
      break;
    case 6: // a number nudged out of range or given too many decimals
      parent[key] = typeof value === 'number' ? rng.pick([value * 1000, -value, value + 1e-7, value + 360]) : junk(rng);
      break;
    default: // anything at all
      parent[key] = junk(rng);
  }
  return root;
}

/** Corrupts JSON text the way a damaged or hand-edited file is: truncated, bytes dropped or added. */
export function corruptText(text: string, rng: Random): string {
  const at = rng.int(0, text.length);
  switch (rng.int(0, 6)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + text.slice(at + rng.int(1, 20));
    case 2:
      return text.slice(0, at) + rng.pick(['"', ',', '}', ']', '{', '[', '\\', '\u0000', 'NaN', 'undefined', '\n']) + text.slice(at);
    case 3:
      return '\uFEFF' + text;
    case 4:
      return text.replace(/"/g, "'");
    case 5:
      return text.replace(/\]/, ',]');
    default:
      return rng.pick(['', ' ', 'null', '[]', '{}', '"text"', '<html></html>', '\u0000', text + text]);
  }
}
