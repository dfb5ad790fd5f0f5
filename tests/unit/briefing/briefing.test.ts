import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { Briefing } from '../../../src/briefing/briefing.svelte.ts';
import { textOf } from '../textOf.ts';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));

/** BroadcastChannel between windows of one page: each message reaches every other channel of the name. */
class FakeChannel {
  static open: FakeChannel[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.push(this);
  }
  postMessage(data: unknown) {
    for (const other of FakeChannel.open) if (other !== this && other.name === this.name) other.onmessage?.({ data: structuredClone(data) });
  }
  close() {
    FakeChannel.open = FakeChannel.open.filter((c) => c !== this);
  }
}

/** A window: its own AppState and Briefing, connected. */
function window_() {
  const app = new AppState();
  app.story = story;
  app.text = textOf(story);
  const briefing = new Briefing(app, story.deck);
  app.start(story, briefing.savedDeck(), '');
  const disconnect = briefing.connect();
  return { app, briefing, disconnect };
}

/** A key press as the window's handler gets it. */
const press = (key: string, mods: Partial<KeyboardEvent> = {}) => {
  const e = { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false, ...mods } as KeyboardEvent & { defaultPrevented: boolean };
  (e as { preventDefault: () => void }).preventDefault = () => (e.defaultPrevented = true);
  return e;
};

describe('Briefing', () => {
  beforeEach(() => {
    FakeChannel.open = [];
    vi.stubGlobal('BroadcastChannel', FakeChannel);
    vi.stubGlobal('localStorage', undefined);
    vi.stubGlobal('document', { documentElement: {}, fullscreenElement: null });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('key: the present-mode keys move through the deck, and do nothing when not presenting', () => {
    const { app, briefing } = window_();
    expect(briefing.key(press('ArrowRight'))).toBe(false);
    briefing.go(0);
    const next = press('ArrowRight');
    expect(briefing.key(next)).toBe(true);
    expect(next.defaultPrevented).toBe(true);
    expect(app.slideIndex).toBe(1);
    briefing.key(press('PageUp'));
    expect(app.slideIndex).toBe(0);
    briefing.key(press('End'));
    expect(app.slideIndex).toBe(story.deck.slides.length - 1);
    briefing.key(press('3'));
    expect(briefing.digits).toBe('3');
    briefing.key(press('Enter'));
    expect(app.slideIndex).toBe(2);
    briefing.key(press('b'));
    expect(briefing.blank).toBe(true);
    // A shortcut of the browser's is not ours.
    expect(briefing.key(press('ArrowRight', { ctrlKey: true }))).toBe(false);
    expect(app.slideIndex).toBe(2);
    // The next slide shows the map again.
    briefing.key(press('PageDown'));
    expect([app.slideIndex, briefing.blank]).toEqual([3, false]);
    briefing.key(press('Escape'));
    expect(app.slideIndex).toBeNull();
  });

  it('#receive: the other window follows slides, the blank screen, the end and an edited deck', () => {
    const audience = window_();
    const presenter = window_();
    presenter.briefing.go(2);
    expect(audience.app.slideIndex).toBe(2);
    presenter.briefing.toggleBlank();
    expect(audience.briefing.blank).toBe(true);
    presenter.briefing.retitle(0, 'A new first title');
    expect(audience.app.deck!.slides[0].title).toBe('A new first title');
    presenter.briefing.exit();
    expect(audience.app.slideIndex).toBeNull();
    audience.disconnect();
    presenter.disconnect();
  });

  it('#receive: a window that opens late is told the deck and the slide on screen', () => {
    const audience = window_();
    audience.briefing.retitle(1, 'Edited before the presenter opened');
    audience.briefing.go(1);
    const presenter = window_();
    expect(presenter.app.deck!.slides[1].title).toBe('Edited before the presenter opened');
    expect(presenter.app.slideIndex).toBe(1);
  });

  it('openPresenter: brings its open window forward, and opens a new one once that window has said bye', () => {
    const pagehide: (() => void)[] = [];
    vi.stubGlobal('addEventListener', (type: string, f: () => void) => type === 'pagehide' && pagehide.push(f));
    vi.stubGlobal('removeEventListener', () => {});
    vi.stubGlobal('location', { href: 'http://127.0.0.1/', search: '', hash: '', pathname: '/' });
    const opened: { closed: boolean; focused: number }[] = [];
    const open = () => {
      const w = { closed: false, focused: 0, focus: () => w.focused++ };
      opened.push(w);
      return w;
    };
    vi.stubGlobal('window', { open });
    const audience = window_();
    audience.briefing.openPresenter();
    audience.briefing.openPresenter();
    expect(opened).toHaveLength(1);
    expect(opened[0].focused).toBe(2);
    // The presenter window goes: its page says bye before it reads as closed.
    const presenter = window_();
    pagehide[1]();
    expect(opened[0].closed).toBe(false);
    audience.briefing.openPresenter();
    expect(opened).toHaveLength(2);
    presenter.disconnect();
    audience.disconnect();
  });

  it('marking: the built-in story keeps it in localStorage; a package\'s story shows its own, keeps changes out of it and tells the editor', () => {
    const kept = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v), removeItem: (k: string) => void kept.delete(k) });
    const SECRET = { text: 'SECRET', background: '#c8102e', color: '#ffffff' };
    const CUI = { text: 'CUI', background: '#502b85', color: '#ffffff' };
    const builtIn = window_();
    expect(builtIn.briefing.marking.text).toBe('UNCLASSIFIED');
    builtIn.briefing.setMarking(CUI);
    expect([...kept.values()]).toEqual([JSON.stringify(CUI)]);

    const app = new AppState();
    app.story = story;
    app.text = textOf(story);
    const told: unknown[] = [];
    const packaged = new Briefing(app, story.deck, { keepsDeck: false, marking: SECRET });
    packaged.onMarkingChange = (m) => told.push(m);
    packaged.savedDeck();
    expect(packaged.marking).toEqual(SECRET);
    packaged.setMarking({ ...SECRET, text: 'SECRET//REL TO AUS, JPN' });
    expect(told).toEqual([{ ...SECRET, text: 'SECRET//REL TO AUS, JPN' }]);
    expect([...kept.values()]).toEqual([JSON.stringify(CUI)]);
    // Undone to a package without a marking, or with one that is not a marking: the kept one shows.
    packaged.showMarking(undefined);
    expect(packaged.marking).toEqual(CUI);
    packaged.showMarking({ text: '', background: 'red', color: '#fff' });
    expect(packaged.marking).toEqual(CUI);
    builtIn.disconnect();
  });
});
