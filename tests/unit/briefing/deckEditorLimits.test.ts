import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { Briefing } from '../../../src/briefing/briefing.svelte.ts';
import { textOf } from '../textOf.ts';
import { MAX_SLIDES, MAX_TEXT, validateDeck } from '../../../src/story/deck.ts';
import { deckRefs } from '../../../src/story/deckRefs.ts';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));

/** Every deck the editors make, the app can read again: the editors keep the validator's limits. */
describe('the deck editors', () => {
  let app: AppState;
  let briefing: Briefing;
  const reimports = () => validateDeck(JSON.parse(briefing.exportJson()), deckRefs(story.layers, story.article));

  beforeEach(() => {
    vi.stubGlobal('location', { pathname: '/', search: '', hash: '' });
    vi.stubGlobal('history', { pushState: () => {}, replaceState: () => {} });
    app = new AppState();
    app.text = textOf(story);
    app.start(story, story.deck, '#map=6/26.5/127.9&sel=okinawa');
    briefing = new Briefing(app, story.deck);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('cut a title or notes over the limit to the limit', () => {
    briefing.retitle(0, 'T'.repeat(MAX_TEXT + 500));
    briefing.setNotes(0, 'n'.repeat(MAX_TEXT * 3));
    expect(app.deck!.slides[0].title).toHaveLength(MAX_TEXT);
    expect(app.deck!.slides[0].notes).toHaveLength(MAX_TEXT);
    expect(reimports()).toEqual(app.deck);
  });

  it('never cut a pair of surrogates in two', () => {
    briefing.setNotes(0, 'n'.repeat(MAX_TEXT - 1) + '😀');
    expect(app.deck!.slides[0].notes).toBe('n'.repeat(MAX_TEXT - 1));
  });

  it('refuse a title that is only invisible characters, and clean the others', () => {
    const before = app.deck!.slides[0].title;
    briefing.retitle(0, '\u202E\u200B ');
    expect(app.deck!.slides[0].title).toBe(before);
    briefing.retitle(1, 'Okinawa\u202Ereversed');
    expect(app.deck!.slides[1].title).toBe('Okinawareversed');
    expect(reimports()).toEqual(app.deck);
  });

  it(`add no slide past ${MAX_SLIDES}, saying why`, () => {
    for (let i = 0; i < MAX_SLIDES + 5; i++) briefing.addFromView();
    expect(app.deck!.slides).toHaveLength(MAX_SLIDES);
    expect(briefing.notice).toMatch(`at most ${MAX_SLIDES} slides`);
    expect(reimports().slides).toHaveLength(MAX_SLIDES);
  });

  it('make only decks that import again, whatever the edits', () => {
    // A fixed sequence of random edits: titles and notes of any length and content, adds, moves, deletes.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const text = () => Array.from({ length: Math.floor(random() ** 3 * MAX_TEXT * 2) }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('');
    for (let step = 0; step < 400; step++) {
      const n = app.deck!.slides.length;
      const i = Math.floor(random() * n);
      const r = random();
      if (r < 0.3) briefing.retitle(i, text());
      else if (r < 0.6) briefing.setNotes(i, text());
      else if (r < 0.85) briefing.addFromView();
      else if (r < 0.93) briefing.move(i, Math.floor(random() * n));
      else briefing.remove(i);
    }
    expect(reimports()).toEqual(app.deck);
    expect(briefing.importText(briefing.exportJson(), 'exported.json')).toBe(true);
  });
});
