import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../../bench/categoryOf';

describe('categoryOf', () => {
  it('sorts the built files into the groups the bench weighs', () => {
    expect(categoryOf('/assets/maplibre-BpdWkqk5.js')).toBe('MapLibre');
    expect(categoryOf('/assets/maplibre-qvkd0SPb.css')).toBe('MapLibre');
    expect(categoryOf('/assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe('MapLibre');
    expect(categoryOf('/basemap/countries-50m.5ab4ec374b.json')).toBe('basemap data');
    expect(categoryOf('/data/story.3aaafbfa3a.json')).toBe('story data');
    expect(categoryOf('/assets/noto-sans-latin-400-normal-BTkUljjl.woff2')).toBe('fonts');
    expect(categoryOf('/assets/index-BeekQT9-.js')).toBe('app code');
    expect(categoryOf('/assets/index-BeekQT9-.css')).toBe('app code');
    expect(categoryOf('/')).toBe('app code');
  });

  it('a sub-path deployment changes nothing', () => {
    expect(categoryOf('/briefing/assets/maplibre-BpdWkqk5.js')).toBe('MapLibre');
    expect(categoryOf('/briefing/basemap/labels.8242e2e8a3.json')).toBe('basemap data');
  });
});
