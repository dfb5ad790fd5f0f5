import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { throttleUntilIdle, type Throttled } from '../../../src/map/throttleUntilIdle';

/** A map that counts its draws; `loaded` says whether its style and every tile are in. */
class FakeMap {
  draws = 0;
  loaded = false;
  private handlers = new Map<string, () => void>();
  // A method on the prototype, as MapLibre's is: the throttle shadows it on the instance.
  triggerRepaint() {
    this.draws++;
  }
  isStyleLoaded = () => this.loaded;
  areTilesLoaded = () => this.loaded;
  once(event: string, handler: () => void) {
    this.handlers.set(event, handler);
    return this;
  }
  fire(event: string) {
    this.handlers.get(event)?.();
  }
}

describe('throttleUntilIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const throttle = () => {
    const map = new FakeMap();
    throttleUntilIdle(map as unknown as Throttled, 400, () => Date.now());
    return map;
  };

  it('draws a loading map at most once per gap, the last request at the end of the gap', () => {
    const map = throttle();
    map.triggerRepaint();
    expect(map.draws).toBe(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(30);
      map.triggerRepaint();
    }
    expect(map.draws).toBe(1);
    vi.advanceTimersByTime(100);
    expect(map.draws).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(map.draws).toBe(2);
  });

  it('draws at once when the last tile is in', () => {
    const map = throttle();
    map.triggerRepaint();
    vi.advanceTimersByTime(50);
    map.triggerRepaint();
    expect(map.draws).toBe(1);
    map.loaded = true;
    map.triggerRepaint();
    expect(map.draws).toBe(2);
    // The request already waiting is the same frame: it is not drawn again.
    vi.advanceTimersByTime(1000);
    expect(map.draws).toBe(2);
  });

  for (const event of ['idle', 'movestart']) {
    it(`draws every request again from the first ${event}, the one waiting at once`, () => {
      const map = throttle();
      map.triggerRepaint();
      map.triggerRepaint();
      expect(map.draws).toBe(1);
      map.fire(event);
      expect(map.draws).toBe(2);
      expect(Object.hasOwn(map, 'triggerRepaint')).toBe(false);
      map.triggerRepaint();
      map.triggerRepaint();
      expect(map.draws).toBe(4);
    });
  }
});

const maplibre = (path: string) => readFileSync(fileURLToPath(new URL(`../../../node_modules/maplibre-gl/src/${path}`, import.meta.url)), 'utf8');

// throttleUntilIdle shadows the map's triggerRepaint. These pin that MapLibre's redraw requests
// still go through it: when an upgrade changes that, revisit src/map/throttleUntilIdle.ts.
describe('the MapLibre code throttleUntilIdle relies on', () => {
  const map = maplibre('ui/map.ts');
  const body = (name: string) => {
    const start = map.indexOf(`\n    ${name}(`);
    return map.slice(start, map.indexOf('\n    }\n', start));
  };

  it('asks for a frame through this.triggerRepaint when data arrives and while something is dirty', () => {
    expect(body('_update')).toMatch(/this\.triggerRepaint\(\);/);
    expect(body('_render')).toMatch(/if \(somethingDirty \|\| this\._repaint\) \{\s*this\.triggerRepaint\(\);/);
    // A camera animation's frames go through _update.
    expect(body('_requestRenderFrame')).toMatch(/this\._update\(\);/);
  });

  it('draws in the frame triggerRepaint asks for', () => {
    expect(body('triggerRepaint')).toMatch(/this\._render\(paintStartTimeStamp\)/);
  });
});
