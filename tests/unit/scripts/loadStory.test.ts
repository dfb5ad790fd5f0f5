import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { DataError } from '../../../src/story/validateLayer.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('loadStory on the repository', () => {
  it('loads every layer and the article', () => {
    const story = loadStory(ROOT);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'geo/layers.json'), 'utf8')) as { id: string }[];
    expect(story.layers.map((l) => l.id)).toEqual(manifest.map((m) => m.id));
    expect(story.article.paragraphs.length).toBeGreaterThan(0);
  });

  it('gives every layer at least one feature', () => {
    for (const layer of loadStory(ROOT).layers) expect(layer.data.features.length, layer.id).toBeGreaterThan(0);
  });

  it('fills in Natural Earth geometry for the Quad countries', () => {
    const quad = loadStory(ROOT).layers.find((l) => l.id === 'quad')!;
    const countries = quad.data.features.filter((f) => f.properties.naturalEarthCountry);
    expect(countries.map((f) => f.id).sort()).toEqual(['australia', 'india', 'japan', 'united-states']);
    for (const f of countries) expect(['Polygon', 'MultiPolygon'], String(f.id)).toContain(f.geometry?.type);
  });

  it('leaves no feature without a geometry', () => {
    for (const layer of loadStory(ROOT).layers) {
      for (const f of layer.data.features) expect(f.geometry, f.id).not.toBeNull();
    }
  });

  it('copies each feature id into properties.id', () => {
    for (const layer of loadStory(ROOT).layers) {
      for (const f of layer.data.features) expect(f.properties.id).toBe(f.id);
    }
  });

  it('has feature ids unique across layers', () => {
    const ids = loadStory(ROOT).layers.flatMap((l) => l.data.features.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('loadStory on broken data', () => {
  let dir: string | undefined;

  /** A fresh copy of the repository's geo/ and data/ in a temporary directory. */
  function copyOfData(): string {
    dir = mkdtempSync(join(tmpdir(), 'briefing-story-'));
    for (const sub of ['geo', 'data']) cpSync(join(ROOT, sub), join(dir, sub), { recursive: true });
    return dir;
  }

  /** Rewrites one file of the copy; fails if `edit` changed nothing. */
  function edit(root: string, file: string, change: (text: string) => string): void {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after, `edit of ${file} changed nothing`).not.toBe(before);
    writeFileSync(path, after);
  }

  /** Edits one feature of a layer file, as JSON. */
  function editFeature(root: string, file: string, id: string, change: (f: Record<string, any>) => void): void {
    edit(root, file, (text) => {
      const json = JSON.parse(text) as { features: Record<string, any>[] };
      const f = json.features.find((x) => x.id === id);
      if (!f) throw new Error(`${file} has no feature ${id}`);
      change(f);
      return JSON.stringify(json, null, 2);
    });
  }

  /** The DataError loadStory throws for `root`. */
  function loadError(root: string): DataError {
    try {
      loadStory(root);
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      return e as DataError;
    }
    throw new Error('loadStory did not throw');
  }

  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('loads an unchanged copy (the copy itself is sound)', () => {
    expect(() => loadStory(copyOfData())).not.toThrow();
  });

  it('names the article, passage and id for a link to an unknown feature', () => {
    const root = copyOfData();
    edit(root, 'data/article.md', (t) => t.replace('[Cambodia](#pko-cambodia)', '[Cambodia](#no-such-place)'));
    const message = loadError(root).message;
    expect(message).toContain('data/article.md');
    expect(message).toContain('"Cambodia"');
    expect(message).toContain('"no-such-place"');
  });

  it('names the feature no passage links to any more', () => {
    const root = copyOfData();
    edit(root, 'data/article.md', (t) => t.replace('[Okinawa](#okinawa)', 'Okinawa'));
    const message = loadError(root).message;
    expect(message).toContain('data/article.md');
    expect(message).toContain('"okinawa"');
  });

  it('names the article for malformed article markup', () => {
    const root = copyOfData();
    edit(root, 'data/article.md', (t) => t.replace('[Okinawa](#okinawa)', '[Okinawa](okinawa)'));
    expect(() => loadStory(root)).toThrow(/data\/article\.md/);
  });

  it('names the file that is not valid JSON', () => {
    const root = copyOfData();
    edit(root, 'geo/okinawa.geojson', (t) => t.replace(/\}\s*$/, ''));
    const message = loadError(root).message;
    expect(message).toContain('geo/okinawa.geojson');
    expect(message).toContain('not valid JSON');
  });

  it('names the file and feature whose Natural Earth country does not exist', () => {
    const root = copyOfData();
    editFeature(root, 'geo/quad-members.geojson', 'japan', (f) => (f.properties.naturalEarthCountry = 'Atlantis'));
    const message = loadError(root).message;
    expect(message).toContain('geo/quad-members.geojson');
    expect(message).toContain('"japan"');
    expect(message).toContain('"Atlantis"');
  });

  it('names the file and features when a Natural Earth country stands for two features', () => {
    const root = copyOfData();
    editFeature(root, 'geo/quad-members.geojson', 'india', (f) => (f.properties.naturalEarthCountry = 'Japan'));
    const message = loadError(root).message;
    expect(message).toContain('geo/quad-members.geojson');
    expect(message).toContain('"india"');
    expect(message).toContain('"japan"');
  });

  it('names the file and feature that breaks a layer rule', () => {
    const root = copyOfData();
    editFeature(root, 'geo/east-china-sea.geojson', 'senkaku-islands', (f) => delete f.properties.summary);
    const message = loadError(root).message;
    expect(message).toContain('geo/east-china-sea.geojson');
    expect(message).toContain('"senkaku-islands"');
    expect(message).toContain('"summary"');
  });

  it('names the file and id used by two layers', () => {
    const root = copyOfData();
    edit(root, 'geo/east-china-sea.geojson', (text) => {
      const json = JSON.parse(text) as { features: Record<string, any>[] };
      json.features.push({ ...json.features[0], id: 'okinawa' });
      return JSON.stringify(json);
    });
    const message = loadError(root).message;
    expect(message).toContain('geo/okinawa.geojson');
    expect(message).toContain('"okinawa"');
    expect(message).toContain('another layer');
  });

  it('names geo/layers.json when the manifest is broken', () => {
    const root = copyOfData();
    edit(root, 'geo/layers.json', (t) => t.replace('"#3b6fb6"', '"blue"'));
    const message = loadError(root).message;
    expect(message).toContain('geo/layers.json');
    expect(message).toContain('"color"');
  });
});
