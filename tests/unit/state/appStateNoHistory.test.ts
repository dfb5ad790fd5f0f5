import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));

describe('AppState where the URL cannot be changed (a page opened from disk in some browsers)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps selections, layers and views in the page when history refuses them', () => {
    const refuse = () => {
      throw new DOMException('A history state object cannot be created in a document with origin "null".', 'SecurityError');
    };
    vi.stubGlobal('location', { pathname: '/briefing.html', search: '', hash: '' });
    vi.stubGlobal('history', { pushState: refuse, replaceState: refuse });
    const app = new AppState();
    app.start(story, story.deck, '');
    expect(() => app.select('okinawa')).not.toThrow();
    expect(app.selectedId).toBe('okinawa');
    expect(() => app.setLayerVisible('relief', false)).not.toThrow();
    expect(app.visible).not.toContain('relief');
    expect(() => app.moved({ zoom: 5, lat: 26, lon: 128 })).not.toThrow();
    expect(app.hash()).toContain('sel=okinawa');
  });
});
