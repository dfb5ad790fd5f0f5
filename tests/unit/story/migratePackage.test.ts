import { describe, expect, it } from 'vitest';
import { migratePackage, MIGRATIONS } from '../../../src/story/migratePackage.ts';
import { PackageError } from '../../../src/story/packageError.ts';
import { PACKAGE_VERSION } from '../../../src/story/storyPackage.ts';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';

describe('migratePackage', () => {
  it('returns a package of the current version unchanged', () => {
    expect(PACKAGE_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    expect(migratePackage(structuredClone(exercisePackage))).toEqual(exercisePackage);
  });

  it('refuses what is not a package: another format, no format, not an object', () => {
    for (const json of [{ ...exercisePackage, format: 'geojson' }, { version: 1 }, [exercisePackage], null, 'story']) {
      expect(() => migratePackage(json)).toThrow(PackageError);
      expect(() => migratePackage(json)).toThrow(/^is not a story package \(a story package is a JSON object whose "format" is "indo-pacific-briefing-map\/story"\)$/);
    }
  });

  it('refuses a package without a whole version number', () => {
    for (const version of [undefined, '1', 0, 1.5]) {
      expect(() => migratePackage({ ...exercisePackage, version })).toThrow('is a story package without a valid "version"');
    }
  });

  it('refuses a package from a newer app, saying which versions it reads', () => {
    expect(() => migratePackage({ ...exercisePackage, version: 4 })).toThrow(
      'was made by a newer version of the app (version 4); this one reads up to version 1',
    );
  });

  it('runs each step in turn from the package version up to the latest', () => {
    const steps = {
      1: (p: Record<string, unknown>) => ({ ...p, renamed: p.old, old: undefined }),
      2: (p: Record<string, unknown>) => ({ ...p, trail: [...(p.trail as number[]), 2] }),
    };
    const v1 = { format: 'indo-pacific-briefing-map/story', version: 1, old: 'x', trail: [] };
    expect(migratePackage(v1, steps, 3)).toEqual({ format: 'indo-pacific-briefing-map/story', version: 3, renamed: 'x', old: undefined, trail: [2] });
    expect(migratePackage({ ...v1, version: 2 }, steps, 3)).toMatchObject({ version: 3, old: 'x', trail: [2] });
  });

  it('refuses an old version the chain has no step for', () => {
    expect(() => migratePackage({ format: 'indo-pacific-briefing-map/story', version: 1 }, {}, 2)).toThrow(
      'is a version 1 story package, which this app cannot read (no migration to version 2)',
    );
  });
});
