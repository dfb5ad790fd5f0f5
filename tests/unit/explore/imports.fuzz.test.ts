import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { DeckError, validateDeck } from '../../../src/story/deck.ts';
import { deckRefs } from '../../../src/story/deckRefs.ts';
import { answerImport, type WorkerResult } from '../../../src/explore/answerImport.ts';
import { fuzzImport, fuzzImportAsync } from '../../fuzz/fuzzImport.ts';
import { corruptText, junk, mutate, toText } from '../../fuzz/malformed.ts';
import type { Random } from '../../fuzz/random.ts';

type Json = Parameters<typeof mutate>[0];
const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
const refs = deckRefs(story.layers, story.article);

/** A refusal the user reads: the GeoJSON import returns it, the deck import throws it. */
class Refusal extends Error {}
const isRefusal = (e: unknown): e is Error => e instanceof Refusal || e instanceof DeckError;

/** A fresh deep copy of `doc` with 1 to 4 random changes; now and then something else altogether. */
const malformed = (doc: unknown, rng: Random): Json => {
  if (rng.chance(0.05)) return junk(rng);
  let copy = structuredClone(doc) as Json;
  for (let n = rng.int(1, 4); n > 0; n--) copy = mutate(copy, rng);
  return copy;
};

/** What a user might import as their own data: points, lines and polygons with free-form properties. */
function userFile(rng: Random) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: rng.int(1, 5) }, (_, i) => ({
      type: 'Feature',
      properties: { name: `Point ${i}`, depth: rng.int(0, 100), note: '<b>text</b>' },
      geometry: rng.pick([
        { type: 'Point', coordinates: [127.5 + i, 26] },
        { type: 'LineString', coordinates: [[120, 10], [121, 11]] },
        { type: 'Polygon', coordinates: [[[120, 10], [121, 10], [121, 11], [120, 10]]] },
      ]),
    })),
  };
}

/** The deck import as the app runs it: JSON first, then the deck rules. */
function importDeck(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Refusal('not valid JSON');
  }
  return validateDeck(json, refs);
}

/** The import as the app runs it, in its worker (answerImport): a refusal comes back as a result with a message. */
async function importGeojson(text: string) {
  const result = await answerImport({ file: new Blob([text]), name: 'fuzz.geojson' });
  if (!result.ok) throw new Refusal(result.message);
  return result;
}

describe('fuzzing the import paths', () => {
  it('500 malformed decks: each accepted or refused with a DeckError message', () => {
    const report = fuzzImport({
      count: 500,
      seed: 17112020,
      generate: (rng) => toText(malformed(story.deck, rng)),
      importer: importDeck,
      isRefusal,
      checkAccepted: (deck) => {
        const d = deck as ReturnType<typeof validateDeck>;
        expect(d.slides.length).toBeGreaterThan(0);
        for (const s of d.slides) expect(s.layers.every((id) => refs.layerIds.has(id))).toBe(true);
      },
    });
    expect(report.refused).toBeGreaterThan(250);
    expect(report.accepted).toBeGreaterThan(0);
  });

  it('500 corrupted deck files (text): each accepted or refused with a message', () => {
    const report = fuzzImport({
      count: 500,
      seed: 1960,
      generate: (rng) => corruptText(toText(malformed(story.deck, rng)), rng),
      importer: importDeck,
      isRefusal,
    });
    expect(report.refused).toBeGreaterThan(400);
  });

  it('600 malformed GeoJSON files of the user\'s own: each accepted or refused with a message', async () => {
    const report = await fuzzImportAsync({
      count: 600,
      seed: 2013,
      generate: (rng) => {
        const text = toText(malformed(userFile(rng), rng));
        return rng.chance(0.3) ? corruptText(text, rng) : text;
      },
      importer: importGeojson,
      isRefusal,
      checkAccepted: (result) => {
        const r = result as Extract<WorkerResult, { ok: true }>;
        const layer = r.layers[0];
        const data = JSON.parse('json' in layer ? layer.json : '');
        expect(data.type).toBe('FeatureCollection');
        expect(data.features.length).toBeGreaterThan(0);
      },
    });
    expect(report.refused).toBeGreaterThan(200);
    expect(report.accepted).toBeGreaterThan(0);
  });
});
