import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadStory } from '../../../scripts/loadStory.ts';
import { splitStory } from '../../../src/story/splitStory.ts';
import { withoutCountryGeometry } from '../../../src/story/countryGeometry.ts';

const checked = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));

describe('splitStory', () => {
  const { story, text } = splitStory(checked);
  const features = story.layers.flatMap((l) => l.data.features);

  it("leaves the first view each feature's basics only: no summary, source or names, and no article", () => {
    expect(Object.keys(story)).toEqual(['layers']);
    for (const f of features) {
      expect(Object.keys(f.properties)).toEqual(expect.not.arrayContaining(['summary', 'source', 'altNames', 'names', 'claimants']));
      expect(f.properties.name, f.id).toBeTruthy();
    }
  });

  it('keeps everything: basics and details together are the checked feature, and the article is the same', () => {
    const all = checked.layers.flatMap((l) => l.data.features);
    expect(features.map((f) => f.id)).toEqual(all.map((f) => f.id));
    for (const f of all) {
      const basics = features.find((b) => b.id === f.id)!;
      expect({ ...basics.properties, ...text.details[f.id] }).toEqual(f.properties);
      expect(basics.geometry).toBe(f.geometry);
    }
    expect(text.article).toBe(checked.article);
  });

  it('gives every feature its summary and at least one source', () => {
    for (const f of features) {
      expect(text.details[f.id].summary, f.id).toBeTruthy();
      expect(text.details[f.id].source.length, f.id).toBeGreaterThan(0);
    }
  });

  it('writes no key for a detail a feature does not have', () => {
    const undisputed = Object.values(text.details).find((d) => !d.claimants)!;
    expect('claimants' in undisputed).toBe(false);
  });

  it("takes most of the story's bytes out of the first view", () => {
    // As data/story.json is written: without the countries' outlines, which the basemap carries.
    const first = gzipSync(JSON.stringify(withoutCountryGeometry(story))).length;
    const whole = gzipSync(JSON.stringify(withoutCountryGeometry({ layers: checked.layers, article: checked.article }))).length;
    expect(first).toBeLessThan(whole * 0.5);
  });
});
