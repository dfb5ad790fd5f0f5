import { describe, expect, it } from 'vitest';
import { summarizeProblems } from '../../../src/story/summarizeProblems.ts';
import { checkPackage } from '../../../src/story/checkPackage.ts';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';

describe('summarizeProblems', () => {
  it('says nothing of a story with no problems', () => {
    expect(summarizeProblems([])).toEqual([]);
  });

  it('gives one line per rule with how many, sources first, a feature counted once', () => {
    const pkg = structuredClone(exercisePackage);
    for (const layer of pkg.layers) for (const f of layer.features) f.properties.source = [];
    pkg.layers[0].features[0].properties.source = exercisePackage.layers[0].features[0].properties.source;
    pkg.article = pkg.article.replace('[Darwin](#darwin), the capital', '[Darwin](#tindal), the capital');
    pkg.deck.slides[0].layers.push('bases');
    expect(summarizeProblems(checkPackage(pkg))).toEqual(['3 features have no source', '1 link points at a deleted feature', '1 problem in the slides']);
  });

  it('words one and many', () => {
    const problem = (rule: 'geometry' | 'article', featureId?: string) => ({ rule, message: 'm', ...(featureId ? { featureId } : {}) });
    expect(summarizeProblems([problem('geometry', 'a'), problem('geometry', 'a'), problem('article'), problem('article')])).toEqual([
      '1 feature has a geometry problem',
      '2 problems in the article',
    ]);
  });
});
