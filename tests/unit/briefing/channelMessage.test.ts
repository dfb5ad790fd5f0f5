import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { Briefing } from '../../../src/briefing/briefing.svelte.ts';
import { textOf } from '../textOf.ts';
import { PROTOCOL_VERSION, readMessage } from '../../../src/briefing/channelMessage.ts';

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
const N = story.deck.slides.length;
const v = PROTOCOL_VERSION;

/** Messages another window (or another page of the origin) might send, none of which may be obeyed. */
const bad: [string, unknown][] = [
  ['index 0.5', { v, type: 'slide', index: 0.5 }],
  ['index NaN', { v, type: 'slide', index: NaN }],
  ['index as a string', { v, type: 'slide', index: '2' }],
  ['no index', { v, type: 'slide' }],
  ['index past the deck', { v, type: 'slide', index: N }],
  ['a negative index', { v, type: 'slide', index: -1 }],
  ['null', null],
  ['a string', 'slide'],
  ['an unknown type', { v, type: 'reload' }],
  ['blank: "x"', { v, type: 'blank', on: 'x' }],
  ['no version', { type: 'slide', index: 1 }],
  ['an older version', { v: 0, type: 'blank', on: true }],
];

describe('readMessage', () => {
  it('reads the messages the app sends', () => {
    expect(readMessage({ v, type: 'slide', index: 2 }, N)).toEqual({ type: 'slide', index: 2 });
    expect(readMessage({ v, type: 'slide', index: null }, N)).toEqual({ type: 'slide', index: null });
    expect(readMessage({ v, type: 'blank', on: true }, N)).toEqual({ type: 'blank', on: true });
    expect(readMessage({ v, type: 'hello' }, N)).toEqual({ type: 'hello' });
    expect(readMessage({ v, type: 'bye' }, N)).toEqual({ type: 'bye' });
    expect(readMessage({ v, type: 'deck', deck: story.deck }, N)).toEqual({ type: 'deck', deck: story.deck });
  });

  it.each(bad)('refuses %s with a reason', (_, data) => {
    expect(typeof readMessage(data, N)).toBe('string');
  });
});

describe("a window receiving the other window's messages", () => {
  let app: AppState;
  let briefing: Briefing;
  let disconnect: () => void;
  let other: BroadcastChannel;
  /** What the window sent back: its answers to "hello" prove it has read everything before. */
  let answers: unknown[];

  beforeEach(() => {
    vi.stubGlobal('location', { pathname: '/', search: '', hash: '' });
    vi.stubGlobal('history', { pushState: () => {}, replaceState: () => {} });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    app = new AppState();
    app.text = textOf(story);
    app.start(story, story.deck, '');
    briefing = new Briefing(app, story.deck);
    disconnect = briefing.connect();
    other = new BroadcastChannel('briefing-map:built-in');
    answers = [];
    other.onmessage = (e) => answers.push(e.data);
  });
  afterEach(() => {
    disconnect();
    other.close();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** Sends `data`, then "hello", and waits for the answer to the hello (the slide being shown). */
  async function send(data: unknown) {
    other.postMessage(data);
    answers = [];
    other.postMessage({ v, type: 'hello' });
    await vi.waitFor(() => expect(answers.some((a) => (a as { type: string }).type === 'slide')).toBe(true));
  }

  it('follows good messages', async () => {
    await send({ v, type: 'slide', index: 3 });
    expect(app.slideIndex).toBe(3);
    await send({ v, type: 'blank', on: true });
    expect(briefing.blank).toBe(true);
    expect(answers).toContainEqual({ v, type: 'slide', index: 3 });
  });

  it.each(bad)('ignores %s and says so in the console: the slide and the blank screen stay as they were', async (_, data) => {
    await send({ v, type: 'slide', index: 2 });
    await send(data);
    expect(app.slideIndex).toBe(2);
    expect(briefing.blank).toBe(false);
    expect(app.deck?.slides[app.slideIndex!]).toBe(story.deck.slides[2]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^Ignored a message from another window/));
  });
});
