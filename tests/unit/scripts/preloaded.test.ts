import { describe, expect, it } from 'vitest';
import { preloaded } from '../../../scripts/dataPlugin.ts';

const urls = {
  'basemap/labels.json': 'basemap/labels.1a.json',
  'fonts/noto-sans-labels-latin.woff2': 'fonts/noto-sans-labels-latin.2b.woff2',
  'fonts/noto-sans-labels-latin-ext.woff2': 'fonts/noto-sans-labels-latin-ext.3c.woff2',
};

describe('preloaded', () => {
  it('gives the served URL of each file named, in order', () => {
    expect(preloaded(urls, ['fonts/noto-sans-labels-latin.woff2', 'basemap/labels.json'])).toEqual([
      'fonts/noto-sans-labels-latin.2b.woff2',
      'basemap/labels.1a.json',
    ]);
  });

  it('takes a name ending in / as every file under it', () => {
    expect(preloaded(urls, ['fonts/'])).toEqual(['fonts/noto-sans-labels-latin.2b.woff2', 'fonts/noto-sans-labels-latin-ext.3c.woff2']);
  });

  it('fails the build, naming the name, when it matches no file', () => {
    expect(() => preloaded(urls, ['basemap/labels.json', 'data/story.json'])).toThrow('"data/story.json"');
    expect(() => preloaded(urls, ['icons/'])).toThrow('"icons/"');
  });
});
