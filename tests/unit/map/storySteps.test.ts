import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { loadStory } from '../../../scripts/loadStory.ts';
import { addStorySteps, hideStoryLayers, POSITIONS_PER_STEP, stepStory, storyPositions, storySteps } from '../../../src/map/storySteps.ts';

/** A square ring of `n` positions around (`x`, 0). */
const polygon = (x: number, n: number): Feature<Polygon> => {
  const ring = Array.from({ length: n - 1 }, (_, i) => [x + Math.cos((i / (n - 1)) * 2 * Math.PI), Math.sin((i / (n - 1)) * 2 * Math.PI)]);
  return { type: 'Feature', id: 'same-id', properties: { id: `p${x}` }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
};
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const positions = (features: Feature[]) => storyPositions(collection(features));

describe('storyPositions', () => {
  it('counts every position of every geometry', () => {
    const point: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[0, 0], [1, 1]] } };
    expect(positions([polygon(0, 61), point, polygon(1, 5)])).toBe(68);
  });
});

describe('storySteps', () => {
  it('cuts a large story into steps of at most the limit, every feature once, in order, numbered', () => {
    const features = Array.from({ length: 1000 }, (_, i) => polygon(i, 61));
    const steps = storySteps(collection(features), 6100);
    expect(steps).toHaveLength(10);
    for (const step of steps) expect(positions(step)).toBeLessThanOrEqual(6100);
    const all = steps.flat();
    expect(all.map((f) => f.properties!.id)).toEqual(features.map((f) => f.properties!.id));
    // MapLibre's updateData needs unique ids; the story's own (here all alike) stay in `properties.id`.
    expect(all.map((f) => f.id)).toEqual(features.map((_, i) => i));
    expect(all[5].geometry).toBe(features[5].geometry);
  });

  it('gives a feature larger than the limit a step of its own', () => {
    const steps = storySteps(collection([polygon(0, 10), polygon(1, 500), polygon(2, 10)]), 100);
    expect(steps.map((s) => s.map((f) => f.properties!.id))).toEqual([['p0'], ['p1'], ['p2']]);
  });

  it('keeps the built-in story in one step: its first view does not change', () => {
    const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
    const features = story.layers.flatMap((l) => [...l.data.features, ...l.labels.features]);
    expect(positions(features)).toBeLessThan(POSITIONS_PER_STEP / 2);
    expect(storySteps(collection(features))).toHaveLength(1);
  });
});

describe('addStorySteps', () => {
  it('sends each step once the one before is taken, and stops when the data is no longer current', async () => {
    const sent: number[][] = [];
    let taken = 0;
    let current = true;
    const source = {
      updateData: async ({ add }: { add: Feature[] }) => {
        // Each send starts only after the last one resolved: MapLibre would merge waiting ones.
        expect(taken).toBe(sent.length);
        sent.push(add.map((f) => f.id as number));
        await Promise.resolve();
        taken++;
        if (sent.length === 2) current = false;
      },
    };
    const steps = storySteps(collection(Array.from({ length: 8 }, (_, i) => polygon(i, 5))), 10);
    await addStorySteps(source, steps.slice(1), () => current);
    expect(sent).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });
});

describe('stepStory', () => {
  const styleOf = (data: FeatureCollection) =>
    ({ version: 8, sources: { story: { type: 'geojson', data } }, layers: [{ id: 'story-a-fill', type: 'fill', source: 'story', minzoom: 2 }] }) as StyleSpecification;

  it('leaves a story within one step as it is', () => {
    const data = collection([polygon(0, 100)]);
    const style = styleOf(data);
    const work = { beginWork: () => expect.unreachable(), doneWork: () => {}, report: () => {} };
    expect(stepStory(style, work)).toBeNull();
    expect((style.sources.story as { data: FeatureCollection }).data).toBe(data);
    expect(style.layers[0].minzoom).toBe(2);
  });

  it('leaves the first step in the style, hides the story, then adds the rest, shows it and ends the work once drawn', async () => {
    const style = styleOf(collection(Array.from({ length: 3 }, (_, i) => polygon(i, 40_000))));
    const log: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const work = { beginWork: () => log.push('busy'), doneWork: () => (log.push('drawn'), done()), report: (m: string) => log.push(m) };
    const addRest = stepStory(style, work)!;
    expect((style.sources.story as { data: FeatureCollection }).data.features.map((f) => f.properties!.id)).toEqual(['p0']);
    expect(style.layers[0].minzoom).toBe(24);
    expect(log).toEqual(['busy']);
    const map = {
      getSource: () => ({ updateData: async ({ add }: { add: Feature[] }) => void log.push(...add.map((f) => `add ${f.properties!.id}`)) }),
      getLayer: () => ({}),
      setLayerZoomRange: (...range: unknown[]) => log.push(`zoom ${range.join(' ')}`),
      once: (_: 'idle', listener: () => void) => setTimeout(listener),
      triggerRepaint: () => {},
    };
    addRest(map as never, () => true);
    await finished;
    expect(log).toEqual(['busy', 'add p1', 'add p2', 'zoom story-a-fill 2 24', 'drawn']);
  });
});

describe('hideStoryLayers', () => {
  it("takes only the story's layers below every zoom and returns their ranges", () => {
    const style = {
      version: 8,
      sources: {},
      layers: [
        { id: 'background', type: 'background' },
        { id: 'land', type: 'fill', source: 'countries' },
        { id: 'story-a-fill', type: 'fill', source: 'story' },
        { id: 'story-label', type: 'symbol', source: 'story', minzoom: 4, maxzoom: 12 },
      ],
    } as StyleSpecification;
    expect(hideStoryLayers(style)).toEqual([
      ['story-a-fill', 0, 24],
      ['story-label', 4, 12],
    ]);
    expect(style.layers.map((l) => l.minzoom)).toEqual([undefined, undefined, 24, 24]);
  });
});
