import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeckError, validateDeck, type DeckRefs } from '../../../src/story/deck.ts';
import { deckRefs } from '../../../src/story/deckRefs.ts';
import { loadStory } from '../../../scripts/loadStory.ts';

const refs: DeckRefs = {
  layerIds: new Set(['quad', 'okinawa']),
  featureIds: new Set(['japan', 'okinawa']),
  passageIds: new Set(['p1-s1', 'p10-s1']),
};
const slide = () => ({
  title: 'Okinawa',
  camera: { center: [127.9, 26.45], zoom: 7.5, bearing: 0, pitch: 0 },
  layers: ['okinawa'],
  highlight: ['okinawa'],
  passages: ['p10-s1'],
  notes: 'Say this.',
});
const deck = (...slides: unknown[]) => ({ title: 'Test deck', slides });
const problem = (json: unknown) => {
  try {
    validateDeck(json, refs);
  } catch (e) {
    expect(e).toBeInstanceOf(DeckError);
    return (e as Error).message;
  }
  throw new Error('the deck was accepted');
};

describe('validateDeck', () => {
  it('keeps good annotations and refuses bad ones, naming the slide, the annotation and the rule', () => {
    const arrow = { kind: 'arrow', coordinates: [[120, 20], [124, 25]], color: '#E4002B', width: 4 };
    const label = { kind: 'text', coordinates: [[124, 25]], color: '#0057b8', width: 2, text: 'Senkakus\u202e', extra: 1 };
    const area = { kind: 'area', coordinates: [[120, 20], [121, 20], [121, 21], [120, 20]], color: '#000000', width: 2 };
    expect(validateDeck(deck({ ...slide(), annotations: [arrow, label, area] }), refs).slides[0].annotations).toEqual([
      { ...arrow, color: '#e4002b' },
      { kind: 'text', coordinates: [[124, 25]], color: '#0057b8', width: 2, text: 'Senkakus' },
      area,
    ]);
    const refused = (annotation: unknown) => problem(deck(slide(), { ...slide(), annotations: [arrow, annotation] }));
    expect(refused({ ...arrow, coordinates: [[120, 20]] })).toBe('slide 2 ("Okinawa"): annotation 2: an arrow needs at least two positions');
    expect(refused({ ...arrow, coordinates: [[120, 95], [1, 1]] })).toMatch(/annotation 2: "coordinates" must be/);
    expect(refused({ ...arrow, coordinates: [[120, 'x'], [1, 1]] })).toMatch(/"coordinates" must be/);
    expect(refused({ ...area, coordinates: [[120, 20], [121, 20], [121, 21], [120, 21]] })).toMatch(/closed ring/);
    expect(refused({ ...arrow, color: 'red' })).toMatch(/hex colour/);
    expect(refused({ ...arrow, color: 'url(javascript:x)' })).toMatch(/hex colour/);
    expect(refused({ ...arrow, width: 40 })).toMatch(/"width"/);
    expect(refused({ ...arrow, kind: 'script' })).toMatch(/"kind" must be one of/);
    expect(refused({ ...label, text: 'x'.repeat(500) })).toMatch(/longer than 120/);
    expect(refused({ ...label, text: ' ' })).toMatch(/must not be empty/);
    expect(problem(deck({ ...slide(), annotations: Array(101).fill(arrow) }))).toMatch(/at most 100 annotations/);
  });

  it('keeps a target length and refuses a bad one', () => {
    expect(validateDeck({ ...deck(slide()), targetMinutes: 20 }, refs).targetMinutes).toBe(20);
    expect(problem({ ...deck(slide()), targetMinutes: 0 })).toMatch(/targetMinutes.*above 0/);
    expect(problem({ ...deck(slide()), targetMinutes: '20' })).toMatch(/targetMinutes/);
    expect(problem({ ...deck(slide()), targetMinutes: 100000 })).toMatch(/at most 600/);
  });

  it('accepts a good deck and returns it', () => {
    expect(validateDeck(deck(slide()), refs)).toEqual(deck(slide()));
  });

  it('drops unknown fields and fills optional ones', () => {
    const { notes, highlight, passages, ...bare } = slide();
    void notes;
    void highlight;
    void passages;
    const result = validateDeck({ ...deck({ ...bare, extra: '<script>' }), other: 1 }, refs);
    expect(result.slides[0]).toEqual({ ...bare, highlight: [], passages: [], notes: '' });
    expect(result).not.toHaveProperty('other');
  });

  it('keeps globe only when true', () => {
    const s = { ...slide(), camera: { ...slide().camera, globe: true } };
    expect(validateDeck(deck(s), refs).slides[0].camera.globe).toBe(true);
  });

  it.each([
    ['not an object', [], /JSON object/],
    ['no title', { slides: [slide()] }, /title/],
    ['no slides', deck(), /non-empty "slides"/],
    ['slides not a list', { title: 't', slides: {} }, /non-empty "slides"/],
    ['a slide that is not an object', deck('x'), /slide 1: must be an object/],
    ['a slide without a title', deck({ ...slide(), title: ' ' }), /slide 1 .*"title" must be non-empty/],
    ['a camera without a center', deck({ ...slide(), camera: { zoom: 3 } }), /camera.center/],
    ['lat/lon swapped out of range', deck({ ...slide(), camera: { ...slide().camera, center: [26, 127] } }), /out of range/],
    ['zoom 99', deck({ ...slide(), camera: { ...slide().camera, zoom: 99 } }), /zoom/],
    ['a pitch of 90', deck({ ...slide(), camera: { ...slide().camera, pitch: 90 } }), /pitch/],
    ['an unknown layer', deck({ ...slide(), layers: ['atlantis'] }), /unknown layer "atlantis"/],
    ['layers not a list', deck({ ...slide(), layers: 'quad' }), /"layers" must be a list/],
    ['an unknown feature', deck({ ...slide(), highlight: ['nowhere'] }), /unknown feature "nowhere"/],
    ['an unknown passage', deck({ ...slide(), passages: ['p99-s1'] }), /unknown passage "p99-s1"/],
    ['notes that are not text', deck({ ...slide(), notes: 5 }), /notes/],
    ['a very long title', deck({ ...slide(), title: 'x'.repeat(3000) }), /longer than/],
  ])('refuses %s, saying why', (_what, json, reason) => {
    expect(problem(json)).toMatch(reason);
  });

  it('names the slide by number and title', () => {
    expect(problem(deck(slide(), { ...slide(), title: 'Second', layers: ['x'] }))).toMatch(/^slide 2 \("Second"\): unknown layer "x"/);
  });

  it('keeps each repeated id once, in first-seen order (the slide views list them by id)', () => {
    const s = { ...slide(), layers: ['okinawa', 'quad', 'okinawa'], highlight: ['okinawa', 'okinawa'], passages: ['p10-s1', 'p1-s1', 'p10-s1'] };
    const result = validateDeck(deck(s), refs).slides[0];
    expect(result.layers).toEqual(['okinawa', 'quad']);
    expect(result.highlight).toEqual(['okinawa']);
    expect(result.passages).toEqual(['p10-s1', 'p1-s1']);
  });

  it('refuses more than 200 slides', () => {
    expect(problem(deck(...Array.from({ length: 201 }, slide)))).toMatch(/at most 200/);
  });
});

describe('the default deck in data/deck.json', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const story = loadStory(root);
  const json = JSON.parse(readFileSync(`${root}data/deck.json`, 'utf8'));

  it('is valid against the story', () => {
    expect(() => validateDeck(json, deckRefs(story.layers, story.article))).not.toThrow();
  });

  it('has 8 to 12 slides', () => {
    expect(story.deck.slides.length).toBeGreaterThanOrEqual(8);
    expect(story.deck.slides.length).toBeLessThanOrEqual(12);
  });

  it("tells the article's story in its order", () => {
    const firstParagraph = story.deck.slides.map((s) => Math.min(...s.passages.map((p) => Number(/^p(\d+)/.exec(p)![1]))));
    expect(firstParagraph).toEqual([...firstParagraph].sort((a, b) => a - b));
    expect(story.deck.slides[0].title).toMatch(/Quad/);
    expect(story.deck.slides.at(-1)!.title).toMatch(/Okinawa/);
  });

  it('shows the agreements on the defence slide and the outposts, the ADIZ and the joint development block on the seas slide', () => {
    const slide = (title: RegExp) => story.deck.slides.find((s) => title.test(s.title))!;
    expect(slide(/Defence agreements/).layers).toContain('agreements');
    expect(slide(/Defence agreements/).highlight).toEqual(expect.arrayContaining(['joint-declaration-2007', 'acsa-2010', 'acsa-2017']));
    expect(slide(/South and East China Seas/).highlight).toEqual(
      expect.arrayContaining(['fiery-cross-reef', 'subi-reef', 'mischief-reef', 'woody-island', 'china-ecs-adiz', 'ecs-joint-development-block-2008']),
    );
  });

  it('gives every slide passages and speaker notes', () => {
    for (const s of story.deck.slides) {
      expect(s.passages.length, s.title).toBeGreaterThan(0);
      expect(s.notes.length, s.title).toBeGreaterThan(0);
    }
  });
});
