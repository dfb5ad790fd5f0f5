import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeckError, validateDeck, type DeckRefs } from '../../../src/story/deck.ts';
import { deckRefs } from '../../../src/briefing/deckRefs.ts';
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

  it('refuses more than 200 slides', () => {
    expect(problem(deck(...Array.from({ length: 201 }, slide)))).toMatch(/at most 200/);
  });
});

describe('the default deck in data/deck.json', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const story = loadStory(root);
  const json = JSON.parse(readFileSync(`${root}data/deck.json`, 'utf8'));

  it('is valid against the story', () => {
    expect(() => validateDeck(json, deckRefs(story))).not.toThrow();
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

  it('shows the agreements on the defence slide and the outposts and the ADIZ on the seas slide', () => {
    const slide = (title: RegExp) => story.deck.slides.find((s) => title.test(s.title))!;
    expect(slide(/Defence agreements/).layers).toContain('agreements');
    expect(slide(/Defence agreements/).highlight).toEqual(expect.arrayContaining(['joint-declaration-2007', 'acsa-2010', 'acsa-2017']));
    expect(slide(/South and East China Seas/).highlight).toEqual(
      expect.arrayContaining(['fiery-cross-reef', 'subi-reef', 'mischief-reef', 'woody-island', 'china-ecs-adiz']),
    );
  });

  it('gives every slide passages and speaker notes', () => {
    for (const s of story.deck.slides) {
      expect(s.passages.length, s.title).toBeGreaterThan(0);
      expect(s.notes.length, s.title).toBeGreaterThan(0);
    }
  });
});
