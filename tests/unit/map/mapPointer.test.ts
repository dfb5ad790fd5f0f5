import { describe, expect, it } from 'vitest';
import { MapPointer, type PointerAt, type PointerConsumer } from '../../../src/map/mapPointer.ts';

const at: PointerAt = { point: { x: 1, y: 2 }, lngLat: { lng: 130, lat: 30 } };

/** A consumer that records what it was offered and answers as told. */
function consumer(name: string, log: string[], answers: { click?: boolean; shift?: boolean; cursor?: string | null } = {}): PointerConsumer {
  return {
    click: () => (log.push(`${name} click`), answers.click ?? false),
    shiftClick: () => (log.push(`${name} shift`), answers.shift ?? false),
    release: () => void log.push(`${name} release`),
    hover: () => (log.push(`${name} hover`), answers.cursor ?? null),
  };
}

function setup(answers: Record<'tool' | 'story' | 'user', Parameters<typeof consumer>[2]>) {
  const log: string[] = [];
  const cursors: string[] = [];
  const pointer = new MapPointer((c) => cursors.push(c));
  // Registered out of order: the order is the pointer's, not the registration's.
  pointer.register('user', consumer('user', log, answers.user));
  pointer.register('story', consumer('story', log, answers.story));
  pointer.register('tool', consumer('tool', log, answers.tool));
  return { pointer, log, cursors };
}

describe('MapPointer', () => {
  it('offers a click to an open tool first, and no one else hears of it', () => {
    const { pointer, log } = setup({ tool: { click: true }, story: { click: true }, user: {} });
    pointer.click(at);
    expect(log).toEqual(['tool click']);
  });

  it('then to the story, and the user layers let go of their choice', () => {
    const { pointer, log } = setup({ tool: {}, story: { click: true }, user: { click: true } });
    pointer.click(at);
    expect(log).toEqual(['tool click', 'story click', 'tool release', 'user release']);
  });

  it('then to the user layers, and the story lets go of its choice', () => {
    const { pointer, log } = setup({ tool: {}, story: {}, user: { click: true } });
    pointer.click(at);
    expect(log).toEqual(['tool click', 'story click', 'user click', 'tool release', 'story release']);
  });

  it("offers the basemap's overlays a click last, after the user layers registered later", () => {
    const log: string[] = [];
    const pointer = new MapPointer(() => {});
    pointer.register('basemap', consumer('basemap', log, { click: true }));
    pointer.register('user', consumer('user', log, { click: true }));
    pointer.click(at);
    expect(log).toEqual(['user click', 'basemap release']);
    log.length = 0;
    const second = new MapPointer(() => {});
    second.register('basemap', consumer('basemap', log, { click: true }));
    second.register('user', consumer('user', log));
    second.click(at);
    expect(log).toEqual(['user click', 'basemap click', 'user release']);
  });

  it('a click no one takes clears every choice', () => {
    const { pointer, log } = setup({ tool: {}, story: {}, user: {} });
    pointer.click(at);
    expect(log.filter((l) => l.endsWith('release'))).toEqual(['tool release', 'story release', 'user release']);
  });

  it("a Shift+click's plain click goes to the tool alone and clears nothing", () => {
    const { pointer, log } = setup({ tool: {}, story: { click: true }, user: {} });
    pointer.click(at, true);
    expect(log).toEqual(['tool click']);
  });

  it('the Shift+click gesture goes in order until one takes it', () => {
    const { pointer, log } = setup({ tool: {}, story: { shift: true }, user: { shift: true } });
    pointer.shiftClick(at);
    expect(log).toEqual(['tool shift', 'story shift']);
  });

  it('every consumer hears a move; the first cursor in order wins; leaving resets it', () => {
    const { pointer, log, cursors } = setup({ tool: { cursor: null }, story: { cursor: 'pointer' }, user: { cursor: 'copy' } });
    pointer.hover(at);
    expect(log).toEqual(['tool hover', 'story hover', 'user hover']);
    expect(cursors).toEqual(['pointer']);
    const quiet = setup({ tool: {}, story: {}, user: {} });
    quiet.pointer.hover(null);
    expect(quiet.cursors).toEqual(['']);
  });

  it('refresh asks again at the last point; a removed consumer is asked no more', () => {
    const log: string[] = [];
    const cursors: string[] = [];
    const pointer = new MapPointer((c) => cursors.push(c));
    let open = true;
    const off = pointer.register('tool', { hover: () => (open ? 'crosshair' : null), click: () => (log.push('tool'), true) });
    pointer.hover(at);
    open = false;
    pointer.refresh();
    expect(cursors).toEqual(['crosshair', '']);
    off();
    pointer.click(at);
    expect(log).toEqual([]);
  });
});
