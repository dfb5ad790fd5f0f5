import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** A small seeded generator (mulberry32): the same seed gives the same points on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` GeoJSON points spread at random over `bbox` (W, S, E, N; E may pass 180°), as the text
 * of a FeatureCollection, written piece by piece (a million points is ~90 MB of text).
 *
 * @example
 * [...pointChunks(2, [100, 0, 110, 10])].join('') // '{"type":"FeatureCollection","features":[{"type":"Feature",…'
 */
export function* pointChunks(count: number, bbox: readonly [number, number, number, number], seed = 1): Generator<string> {
  const next = random(seed);
  const [w, s, e, n] = bbox;
  yield '{"type":"FeatureCollection","features":[';
  const batch: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = w + next() * (e - w);
    // RFC 7946: longitudes in [-180, 180], so a box across the antimeridian wraps.
    const lon = (x > 180 ? x - 360 : x).toFixed(5);
    const lat = (s + next() * (n - s)).toFixed(5);
    batch.push(`{"type":"Feature","properties":{"n":${i}},"geometry":{"type":"Point","coordinates":[${lon},${lat}]}}`);
    if (batch.length === 10_000 || i === count - 1) {
      yield (i + 1 > batch.length ? ',' : '') + batch.join(',');
      batch.length = 0;
    }
  }
  yield ']}';
}

/** The file of `count` points over `bbox`, generated once into the temp folder and reused after. */
export async function pointsFile(count: number, bbox: readonly [number, number, number, number]): Promise<string> {
  const dir = join(tmpdir(), 'briefing-bench', bbox.join('_'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `points-${count}.geojson`);
  if (existsSync(file)) return file;
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  for (const chunk of pointChunks(count, bbox)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  renameSync(partial, file);
  return file;
}
