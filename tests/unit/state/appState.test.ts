import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { GARBAGE_HASHES } from '../../fuzz/garbageHashes.ts';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));

/** A page whose history records each step, as the browser's does. */
function fakeHistory() {
  const steps: { mode: 'push' | 'replace'; url: string }[] = [];
  const location = { pathname: '/', search: '', hash: '' };
  const write = (mode: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    steps.push({ mode, url });
    location.hash = url.slice(url.indexOf('#'));
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', { pushState: write('push'), replaceState: write('replace') });
  return steps;
}

describe('AppState state changes', () => {
  let steps: ReturnType<typeof fakeHistory>;
  let app: AppState;
  beforeEach(() => {
    steps = fakeHistory();
    app = new AppState();
    app.start(story, story.deck, '');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('select: one history step per new selection, none for the same one; an unknown id changes nothing', () => {
    app.select('okinawa');
    expect(app.selected?.feature.id).toBe('okinawa');
    expect(steps.map((s) => s.mode)).toEqual(['push']);
    expect(steps[0].url).toContain('sel=okinawa');
    app.select('okinawa');
    expect(steps).toHaveLength(1);
    app.select('no-such-place');
    expect(app.selectedId).toBe('okinawa');
    app.select(null);
    expect(app.selected).toBeNull();
    expect(steps.map((s) => s.mode)).toEqual(['push', 'push']);
  });

  it('select with fly asks the camera to fit the feature', () => {
    app.select('okinawa', { fly: true });
    expect(app.camera).toMatchObject({ kind: 'fit' });
    const [w, s, e, n] = (app.camera as { bounds: number[] }).bounds;
    expect(w).toBeLessThanOrEqual(e);
    expect(s).toBeLessThanOrEqual(n);
    expect(w).toBeGreaterThan(120);
    expect(e).toBeLessThan(135);
  });

  it('restore: shows what the hash says without adding history, and jumps the camera there', () => {
    app.restore('#map=6.00/26.50/127.90&sel=okinawa');
    expect(app.selectedId).toBe('okinawa');
    expect(app.camera).toMatchObject({ kind: 'jump', view: { zoom: 6, lat: 26.5, lon: 127.9 } });
    expect(steps.filter((s) => s.mode === 'push')).toEqual([]);
    // A hash naming a feature that is hidden (its layer off) drops the selection.
    const layer = app.features.get('okinawa')!.layer.id;
    app.restore(`#map=6.00/26.50/127.90&layers=${story.layers.map((l) => l.id).filter((id) => id !== layer).join(',')}&sel=okinawa`);
    expect(app.visible).not.toContain(layer);
    expect(app.selectedId).toBeNull();
  });

  it('the territorial seas: a link with maritime=on turns them on; the switch is kept in the link without a history step', () => {
    app.restore('#map=8.00/10.40/114.40&maritime=on');
    expect(app.maritime).toBe(true);
    app.setMaritime(false);
    expect(app.hash()).not.toContain('maritime');
    app.setMaritime(true);
    expect(app.hash()).toContain('maritime=on');
    expect(steps.filter((s) => s.mode === 'push')).toEqual([]);
  });

  it('showSlide: clamps to the deck, shows the slide\'s layers, highlights and camera, one step per slide', () => {
    const slides = story.deck.slides;
    app.showSlide(99);
    expect(app.slideIndex).toBe(slides.length - 1);
    expect(app.presenting).toBe(true);
    expect(app.theme).toBe('projector');
    const last = slides.at(-1)!;
    expect(app.visible).toEqual(story.layers.map((l) => l.id).filter((id) => last.layers.includes(id)));
    expect(app.highlighted).toEqual(last.highlight);
    expect(app.camera).toMatchObject({ kind: 'slide', camera: last.camera, passages: last.passages.length > 0 });
    expect(steps.at(-1)!.url).toContain(`slide=${slides.length}`);
    const count = steps.length;
    app.showSlide(slides.length - 1);
    expect(steps).toHaveLength(count);
    app.showSlide(-5);
    expect(app.slideIndex).toBe(0);
    app.endPresentation();
    expect(app.slideIndex).toBeNull();
    expect(app.highlighted).toEqual([]);
    expect(app.theme).toBe('light');
  });

  it('busy: true until the map is drawn, and while work is pending on a drawn map; never on no map', () => {
    expect(app.busy).toBe(true);
    app.beginWork();
    app.mapStatus = 'drawn';
    expect(app.busy).toBe(true);
    app.doneWork();
    expect(app.busy).toBe(false);
    app.doneWork();
    expect(app.pending).toBe(0);
    app.mapStatus = 'none';
    app.beginWork();
    expect(app.busy).toBe(false);
  });

  it('report: the one way an error reaches the screen', () => {
    expect(app.error).toBeNull();
    app.report('The basemap could not be loaded.');
    expect(app.error).toBe('The basemap could not be loaded.');
  });
});

describe('AppState.start with a garbage hash', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(Object.entries(GARBAGE_HASHES))('%s: the defaults, no selection, no slide, no error', (_, hash) => {
    fakeHistory();
    const app = new AppState();
    expect(app.start(story, story.deck, hash)).toBeUndefined();
    expect(app.visible).toEqual(app.defaultLayers);
    expect([app.selectedId, app.slideIndex, app.years, app.error]).toEqual([null, null, null, null]);
    expect([app.labelLanguage, app.labelLanguageLinked]).toEqual(['en', false]);
  });
});
