import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { packageToStory } from '../../../src/story/packageToStory.ts';
import { defaultDeck } from '../../../src/story/defaultDeck.ts';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';

describe('packageToStory', () => {
  const { story, text, deck } = packageToStory(exercisePackage);

  it('gives the layers in order with their features, basics only, and label points', () => {
    expect(story.layers.map((l) => l.id)).toEqual(['areas', 'routes', 'ports']);
    const [area] = story.layers[0].data.features;
    expect(area.properties).toEqual({ id: 'exercise-area', name: 'Exercise area (example)', date: '2025-03', approximate: true });
    const [label] = story.layers[0].labels.features;
    expect(label.properties).toEqual({ id: 'exercise-area', name: 'Exercise area (example)' });
    expect(booleanPointInPolygon(label.geometry.coordinates, area.geometry as Polygon)).toBe(true);
    expect(story.layers[2].labels.features.map((f) => f.geometry.coordinates)).toEqual([[83.20925, 17.69004], [130.84185, -12.46113]]);
  });

  it('gives the article verbatim, by passage, and each feature its summary and sources', () => {
    expect(text.article.title).toBe('Exercise Southern Tide: an example briefing');
    expect(text.article.modified).toBe('2025-01-15');
    expect(text.article.paragraphs).toHaveLength(8);
    expect(text.article.paragraphs[3][0]).toEqual({
      id: 'p4-s1',
      paragraph: 4,
      text: 'The Australian ships sail from Darwin, the capital of the Northern Territory.',
      links: [{ ids: ['darwin'], text: 'Darwin', start: 31, end: 37 }],
    });
    expect(text.details.get('darwin')?.source[0].url).toBe('https://www.geonames.org/2073124');
  });

  it('cleans every string for display as the built-in story is cleaned', () => {
    const pkg = structuredClone(exercisePackage);
    pkg.layers[2].features[1].properties.name = 'Dar\u202Ewin';
    pkg.layers[2].title = 'Home\u200B ports';
    pkg.layers[2].features[1].properties.source[0].url = 'javascript:alert(1)';
    pkg.article = pkg.article.replace('the capital', 'the\u202E capital');
    const shown = packageToStory(pkg);
    expect(shown.story.layers[2].title).toBe('Home ports');
    expect(shown.story.layers[2].data.features[1].properties.name).toBe('Darwin');
    expect(shown.story.layers[2].labels.features[1].properties.name).toBe('Darwin');
    expect(shown.text.details.get('darwin')?.source[0]).not.toHaveProperty('url');
    expect(shown.text.article.paragraphs[3][0].text).toBe('The Australian ships sail from Darwin, the capital of the Northern Territory.');
  });

  it('keeps the deck when it fits the story', () => {
    expect(deck).toEqual(exercisePackage.deck);
  });

  it('shows a draft: a feature without sources has source [] in its details', () => {
    const pkg = structuredClone(exercisePackage);
    pkg.layers[2].features[1].properties.source = [];
    expect(packageToStory(pkg).text.details.get('darwin')?.source).toEqual([]);
  });

  it('drops a slide that refers to what the story no longer has', () => {
    const pkg = structuredClone(exercisePackage);
    pkg.layers[1].features = [];
    expect(packageToStory(pkg).deck.slides.map((s) => s.title)).toEqual(['The exercise area']);
  });

  it('falls back to the default deck when no slide is left', () => {
    const pkg = structuredClone(exercisePackage);
    pkg.layers.splice(1, 1);
    expect(packageToStory(pkg).deck).toEqual(defaultDeck(pkg));
  });
});

describe('defaultDeck', () => {
  it('is one slide with every layer on, fitted to every feature', () => {
    const deck = defaultDeck(exercisePackage);
    expect(deck.title).toBe('Exercise Southern Tide (example)');
    expect(deck.slides).toHaveLength(1);
    const [slide] = deck.slides;
    expect(slide.layers).toEqual(['areas', 'routes', 'ports']);
    // Bounds 83.2–130.8°E, 12.5°S–17.7°N: centred between them, zoomed to fit ~48° of longitude in ~900 px.
    expect(slide.camera.center[0]).toBeCloseTo((83.20925 + 130.84185) / 2, 4);
    expect(slide.camera.center[1]).toBeGreaterThan(2);
    expect(slide.camera.center[1]).toBeLessThan(3);
    expect(slide.camera.zoom).toBeGreaterThan(3);
    expect(slide.camera.zoom).toBeLessThan(4);
  });

  it('comes in close on one point, and shows the region for a story with no features yet', () => {
    const pkg = structuredClone(exercisePackage);
    pkg.layers = [{ ...pkg.layers[2], features: [pkg.layers[2].features[1]] }];
    expect(defaultDeck(pkg).slides[0].camera).toEqual({ center: [130.84185, -12.46113], zoom: 10, bearing: 0, pitch: 0 });
    pkg.layers[0].features = [];
    expect(defaultDeck({ ...pkg, title: '  ' })).toMatchObject({ title: 'Untitled story', slides: [{ camera: { center: [120, 10], zoom: 2 } }] });
  });
});
