import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../../src/story/checkPackage.ts';
import type { StoryPackage } from '../../../src/story/storyPackage.ts';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';

const check = (change: (pkg: StoryPackage) => void) => {
  const pkg = structuredClone(exercisePackage);
  change(pkg);
  return checkPackage(pkg);
};
const darwin = (p: StoryPackage) => p.layers[2].features[1];

describe('checkPackage', () => {
  it('finds nothing in a valid package', () => {
    expect(checkPackage(exercisePackage)).toEqual([]);
  });

  it('no-source: a feature with no citation yet', () => {
    expect(check((p) => (darwin(p).properties.source = []))).toEqual([
      { rule: 'no-source', featureId: 'darwin', layerId: 'ports', message: "'Darwin' has no source" },
    ]);
  });

  it('unknown-feature: a link to a deleted feature, naming the paragraph and the phrase', () => {
    const problems = check((p) => (p.article = p.article.replace('[Darwin](#darwin), the capital', '[Darwin](#tindal), the capital')));
    expect(problems).toEqual([
      { rule: 'unknown-feature', featureId: 'tindal', paragraph: 4, message: "paragraph 4's link to 'Darwin' points at a deleted feature (tindal)" },
    ]);
  });

  it('unlinked-feature: a feature no passage mentions', () => {
    const problems = check((p) => p.layers[2].features.push({ ...structuredClone(darwin(p)), id: 'tindal', properties: { ...darwin(p).properties, name: 'RAAF Base Tindal' } }));
    expect(problems).toEqual([
      { rule: 'unlinked-feature', featureId: 'tindal', layerId: 'ports', message: "no passage mentions 'RAAF Base Tindal': link a phrase to it, or delete it" },
    ]);
  });

  it('geometry: a polygon wound the wrong way, an open ring, a position out of range', () => {
    const problems = check((p) => {
      p.layers[0].features[0].geometry = { type: 'Polygon', coordinates: [[[127.8, -11.8], [127.8, -10.8], [129.2, -10.8], [129.2, -11.8], [127.8, -11.8]]] };
      p.layers[1].features[0].geometry = { type: 'LineString', coordinates: [[83.4, 17.5], [200, 8]] };
    });
    expect(problems).toEqual([
      { rule: 'geometry', featureId: 'exercise-area', layerId: 'areas', message: `layer 'Exercise area': feature "exercise-area": the outer ring must be counter-clockwise (RFC 7946)` },
      { rule: 'geometry', featureId: 'transit-route', layerId: 'routes', message: `layer 'Transit': feature "transit-route": position [200, 8] is out of range (lon, lat order)` },
    ]);
  });

  it('feature: a property that breaks the build rules, and an id used in two layers', () => {
    const problems = check((p) => {
      darwin(p).properties.date = 'March 2025';
      p.layers[0].features.push(structuredClone(darwin(p)));
    });
    expect(problems).toEqual([
      { rule: 'feature', featureId: 'darwin', layerId: 'areas', message: expect.stringContaining('feature "darwin": "date" must be ISO 8601') },
      { rule: 'feature', featureId: 'darwin', layerId: 'ports', message: `layer 'Home ports': feature "darwin": the id is used by another feature too (layer 'Exercise area')` },
      { rule: 'feature', featureId: 'darwin', layerId: 'ports', message: expect.stringContaining('feature "darwin": "date" must be ISO 8601') },
    ]);
  });

  it('feature: a disputed place without every side named, and a country standing for two features', () => {
    const problems = check((p) => {
      darwin(p).properties.claimants = ['Australia', 'Atlantis'];
      p.layers[2].features[0].properties.naturalEarthCountry = 'India';
      darwin(p).properties.naturalEarthCountry = 'India';
    });
    expect(problems.map((x) => [x.rule, x.featureId, x.message])).toEqual([
      ['feature', 'darwin', "'Darwin' stands for the country 'India', as 'Visakhapatnam' does; a country can stand for one feature only"],
      ['feature', 'darwin', `layer 'Home ports': feature "darwin": a disputed place must be named with every side's name, e.g. "A (B)"`],
    ]);
  });

  it('layer: two layers with one id, and a layer without a description', () => {
    const problems = check((p) => {
      p.layers[1].id = 'areas';
      p.layers[2].description = ' ';
      p.deck.slides.forEach((s) => (s.layers = s.layers.filter((l) => l !== 'routes')));
    });
    expect(problems).toEqual([
      { rule: 'layer', layerId: 'areas', message: `layer 'Transit': its id "areas" is used by another layer too` },
      { rule: 'layer', layerId: 'ports', message: `layer 'Home ports': needs "description"` },
    ]);
  });

  it('article: a link across two sentences and a malformed link, each paragraph on its own', () => {
    const problems = check((p) => {
      p.article = p.article
        .replace('[exercise area in the Timor Sea](#exercise-area). The serials', '[exercise area in the Timor Sea. The serials](#exercise-area)')
        .replace('[Darwin](#darwin) for a harbour', '[Darwin(#darwin) for a harbour');
    });
    expect(problems).toEqual([
      { rule: 'article', paragraph: 5, message: 'the article: paragraph 5: link "exercise area in the Timor Sea. The serials" spans two sentences' },
      { rule: 'article', paragraph: 6, message: expect.stringMatching(/^the article: paragraph 6: malformed link near/) },
      // Paragraph 5 is shown unlinked, so the area it linked is mentioned nowhere now.
      { rule: 'unlinked-feature', featureId: 'exercise-area', layerId: 'areas', message: "no passage mentions 'Exercise area (example)': link a phrase to it, or delete it" },
      // The slide that showed paragraph 5's second sentence now shows nothing.
      { rule: 'deck', message: 'slide 2 ("The exercise area"): unknown passage "p5-s2"' },
    ]);
  });

  it('article: a link to no feature, and a source without a date', () => {
    const problems = check((p) => {
      p.article = p.article.replace('[route](#transit-route)', '[route](#,)') + ' Again the [route](#transit-route).';
      p.source.date = '';
    });
    expect(problems.map((x) => [x.rule, x.paragraph, x.message])).toEqual([
      ['article', undefined, 'source.date: must be an ISO 8601 date: 2024, 2024-07, 2024-07-15 or a timestamp'],
      ['article', undefined, "the article's source needs a date"],
      ['article', 7, "paragraph 7's link on 'route' points at no feature"],
    ]);
  });

  it('deck: every bad slide, not only the first', () => {
    const problems = check((p) => {
      p.deck.slides[0].layers.push('bases');
      p.deck.slides[1].highlight.push('tindal');
    });
    expect(problems).toEqual([
      { rule: 'deck', message: 'slide 1 ("The transit"): unknown layer "bases"' },
      { rule: 'deck', message: 'slide 2 ("The exercise area"): unknown feature "tindal"' },
    ]);
  });

  it('deck: a problem with the deck itself', () => {
    expect(check((p) => (p.deck.targetMinutes = 0.0))).toEqual([{ rule: 'deck', message: 'deck.targetMinutes: must be more than 0' }]);
  });

  it('reports every problem at once, each feature checked on its own', () => {
    const problems = check((p) => {
      for (const layer of p.layers) for (const f of layer.features) f.properties.source = [];
      p.article = p.article.replace(/\[Darwin\]\(#darwin\)/g, 'Darwin');
    });
    expect(problems.map((x) => `${x.rule} ${x.featureId ?? ''}`)).toEqual([
      'no-source exercise-area',
      'no-source transit-route',
      'no-source visakhapatnam',
      'no-source darwin',
    ]);
  });

  it('takes schema problems too (an editor may hold what a file may not), once each', () => {
    const problems = check((p) => {
      darwin(p).properties.name = 'D'.repeat(201);
      darwin(p).id = 'Darwin';
    });
    expect(problems.map((x) => [x.rule, x.featureId, x.message.slice(0, 56)])).toEqual([
      ['feature', 'Darwin', 'layers[2].features[1].id (feature "Darwin"): must be low'],
      ['feature', 'Darwin', 'layers[2].features[1].properties.name (feature "Darwin")'],
      // The article's links now point at an id no feature has, and the slide highlights one.
      ['unknown-feature', 'darwin', "paragraph 4's link to 'Darwin' points at a deleted featu"],
      ['unknown-feature', 'darwin', "paragraph 6's link to 'Darwin' points at a deleted featu"],
      ['unknown-feature', 'darwin', "paragraph 7's link to 'the two home ports' points at a d"],
      ['unlinked-feature', 'Darwin', "no passage mentions 'DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD"],
      ['deck', undefined, 'slide 2 ("The exercise area"): unknown feature "darwin"'],
    ]);
  });
});
