import { describe, expect, it } from 'vitest';
import { newFeatureId } from '../../../src/editor/newFeatureId.ts';
import { isId, MAX_ID } from '../../../src/story/validateLayer.ts';

const none = new Set<string>();

describe('newFeatureId', () => {
  it('makes a lower-case hyphenated ASCII slug, accents taken off', () => {
    expect(newFeatureId('Darwin', none)).toBe('darwin');
    expect(newFeatureId('Kadena Air Base', none)).toBe('kadena-air-base');
    expect(newFeatureId('Đà Nẵng', none)).toBe('da-nang');
    expect(newFeatureId('Trường Sa (Spratly Islands)', none)).toBe('truong-sa-spratly-islands');
    expect(newFeatureId('  RAAF Base Tindal / Katherine  ', none)).toBe('raaf-base-tindal-katherine');
    expect(newFeatureId("Morrison's visit – 2020", none)).toBe('morrisons-visit-2020');
    expect(newFeatureId('Tōhoku', none)).toBe('tohoku');
  });

  it('falls back to "place" for a name with no Latin letters or digits', () => {
    expect(newFeatureId('尖閣諸島', none)).toBe('place');
    expect(newFeatureId('', none)).toBe('place');
    expect(newFeatureId('尖閣諸島', new Set(['place']))).toBe('place-2');
  });

  it('keeps Latin words and digits in a mixed name', () => {
    expect(newFeatureId('東京 Tokyo 2020', none)).toBe('tokyo-2020');
  });

  it('adds -2, -3 … until the id is free', () => {
    expect(newFeatureId('Darwin', new Set(['darwin']))).toBe('darwin-2');
    expect(newFeatureId('Darwin', new Set(['darwin', 'darwin-2', 'darwin-3']))).toBe('darwin-4');
  });

  it('stays within the longest id the validator takes, suffix included, and is always a valid id', () => {
    const long = 'The very long name of a place '.repeat(10);
    const id = newFeatureId(long, none);
    expect(id.length).toBeLessThanOrEqual(MAX_ID);
    expect(isId(id)).toBe(true);
    const next = newFeatureId(long, new Set([id]));
    expect(next.length).toBeLessThanOrEqual(MAX_ID);
    expect(next.endsWith('-2')).toBe(true);
    expect(isId(next)).toBe(true);
    // Cut where a hyphen would end it: the hyphen goes too.
    expect(newFeatureId(`${'a'.repeat(MAX_ID - 1)} b`, none)).toBe('a'.repeat(MAX_ID - 1));
    for (const name of ['-', '---a---', 'a  b', 'Ø resund', 'x'.repeat(300)]) expect(isId(newFeatureId(name, none)), name).toBe(true);
  });
});
