import { describe, expect, it } from 'vitest';
import { Validator, type Schema } from '@cfworker/json-schema';
import schema from '../../../src/story/schema/story-package.schema.json';
import { readPackage } from '../../../src/story/readPackage.ts';
import { MAX_PACKAGE_CHARS } from '../../../src/story/storyPackage.ts';
import { PackageError } from '../../../src/story/packageError.ts';
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';
import type { StoryPackage } from '../../../src/story/storyPackage.ts';

const read = (change: (pkg: StoryPackage & Record<string, unknown>) => void) => {
  const pkg = structuredClone(exercisePackage) as StoryPackage & Record<string, unknown>;
  change(pkg);
  return () => readPackage(JSON.stringify(pkg), 'exercise.json');
};

describe('readPackage', () => {
  it('returns a valid package as it is', () => {
    expect(readPackage(JSON.stringify(exercisePackage))).toEqual(exercisePackage);
  });

  it('reads a draft: a feature with no sources yet, an empty summary and layer description', () => {
    expect(
      read((p) => {
        p.layers[0].features[0].properties.source = [];
        p.layers[0].features[0].properties.summary = '';
        p.layers[0].description = '';
      }),
    ).not.toThrow();
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => readPackage('{"format":', 'exercise.json')).toThrow(PackageError);
    expect(() => readPackage('{"format":', 'exercise.json')).toThrow(/^exercise\.json: is not valid JSON/);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    expect(() => readPackage(' '.repeat(MAX_PACKAGE_CHARS + 1), 'big.json')).toThrow('big.json: is too large to read (20.0 MB; the limit is 20 MB)');
  });

  it('refuses a file that is not a package, and one from a newer app', () => {
    expect(() => readPackage('{"type":"FeatureCollection","features":[]}', 'layer.geojson')).toThrow(/^layer\.geojson: is not a story package/);
    expect(read((p) => (p.version = 2 as 1))).toThrow('exercise.json: was made by a newer version of the app (version 2); this one reads up to version 1');
  });

  describe('names the JSON path and the feature of a schema problem', () => {
    const cases: [string, (p: StoryPackage & Record<string, unknown>) => void, string][] = [
      ['a missing field', (p) => delete (p as Partial<StoryPackage>).deck, 'the package: needs "deck"'],
      ['an unknown field', (p) => (p.extra = 1), 'the package: has a field this version does not know: "extra"'],
      ['a wrong type', (p) => ((p.layers[2].features[1].properties as unknown as Record<string, unknown>).source = 'GeoNames'), 'layers[2].features[1].properties.source (feature "darwin"): must be a list'],
      ['a blank title', (p) => (p.title = '   '), 'title: must not be blank'],
      ['an empty citation title', (p) => (p.layers[2].features[1].properties.source[0].title = ''), 'layers[2].features[1].properties.source[0].title (feature "darwin"): must not be empty'],
      ['a bad id', (p) => (p.layers[1].features[0].id = 'Transit Route'), 'layers[1].features[0].id (feature "Transit Route"): must be lower-case letters and digits in words joined by hyphens'],
      ['a bad colour', (p) => (p.layers[0].color = 'green'), 'layers[0].color: must be a hex colour such as #3b6fb6'],
      ['a bad date', (p) => (p.source.date = '15 January 2025'), 'source.date: must be an ISO 8601 date'],
      ['a geometry of the wrong shape', (p) => (p.layers[0].features[0].geometry = { type: 'Polygon', coordinates: [[[1, 2], [3, 'x']]] } as never), 'layers[0].features[0].geometry.coordinates[0][1] (feature "exercise-area"): must be a position, [lon, lat] numbers'],
      ['an unknown geometry type', (p) => (p.layers[0].features[0].geometry = { type: 'Circle', coordinates: [1, 2] } as never), 'layers[0].features[0].geometry.type (feature "exercise-area"): must be one of "Point", "MultiPoint"'],
      ['an article over 200,000 characters', (p) => (p.article = 'A'.repeat(200_001)), 'article: is longer than 200,000 characters'],
      ['a name over 200 characters', (p) => (p.layers[2].features[0].properties.name = 'V'.repeat(201)), 'layers[2].features[0].properties.name (feature "visakhapatnam"): is longer than 200 characters'],
      ['a deck with no slides', (p) => (p.deck.slides = []), 'deck.slides: needs at least 1 item'],
      ['a bad marking', (p) => (p.marking = { text: 'SECRET', background: 'red', color: '#ffffff' }), 'marking.background: must be a hex colour'],
    ];
    for (const [what, change, message] of cases) {
      it(what, () => {
        const run = read(change);
        expect(run).toThrow(PackageError);
        expect(run).toThrow(`exercise.json: ${message}`);
      });
    }
  });

  it('refuses more than 10,000 features in all, though each layer is within the schema', () => {
    const point = exercisePackage.layers[2].features[1];
    const run = read((p) => {
      for (const layer of p.layers) layer.features = Array.from({ length: 3334 }, (_, i) => ({ ...point, id: `${layer.id}-${i}` }));
    });
    expect(run).toThrow('exercise.json: has 10,002 features; a story may have at most 10,000');
  });
});

describe('the published schema (src/story/schema/story-package.schema.json)', () => {
  const full = new Validator(schema as unknown as Schema, '2020-12');

  it('is a draft 2020-12 schema with an $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:indo-pacific-briefing-map:story-package:v1');
    expect(schema.title).toBe('Story package, version 1');
    expect(schema.description.length).toBeGreaterThan(100);
  });

  it('accepts the example package and the built positions, and refuses a bad position as readPackage does', () => {
    expect(full.validate(exercisePackage).valid).toBe(true);
    const pkg = structuredClone(exercisePackage);
    pkg.layers[0].features[0].geometry = { type: 'Polygon', coordinates: [[[1, 2], [3, 'x' as unknown as number]]] };
    expect(full.validate(pkg).valid).toBe(false);
    pkg.layers[0].features[0].geometry = { type: 'LineString', coordinates: [[1, 2], [3]] };
    expect(full.validate(pkg).valid).toBe(false);
    expect(() => readPackage(JSON.stringify(pkg))).toThrow('layers[0].features[0].geometry.coordinates[1] (feature "exercise-area"): must be a position, [lon, lat] numbers');
  });
});
