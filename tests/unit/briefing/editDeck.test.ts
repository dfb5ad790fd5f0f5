import { describe, expect, it } from 'vitest';
import { addSlide, moveSlide, removeSlide, updateSlide } from '../../../src/briefing/editDeck.ts';
import type { Deck, Slide } from '../../../src/story/deck.ts';

const slide = (title: string): Slide => ({
  title,
  camera: { center: [0, 0], zoom: 2, bearing: 0, pitch: 0 },
  layers: [],
  highlight: [],
  passages: [],
  notes: '',
});
const deck = (...titles: string[]): Deck => ({ title: 'd', slides: titles.map(slide) });
const titles = (d: Deck) => d.slides.map((s) => s.title);

describe('editing a deck', () => {
  it('adds a slide at the end by default', () => expect(titles(addSlide(deck('a', 'b'), slide('c')))).toEqual(['a', 'b', 'c']));
  it('adds a slide at a position', () => expect(titles(addSlide(deck('a', 'b'), slide('c'), 1))).toEqual(['a', 'c', 'b']));
  it('updates one slide', () => expect(titles(updateSlide(deck('a', 'b'), 1, { title: 'B' }))).toEqual(['a', 'B']));
  it('ignores an update of a slide that is not there', () => expect(titles(updateSlide(deck('a'), 3, { title: 'x' }))).toEqual(['a']));
  it('moves a slide down', () => expect(titles(moveSlide(deck('a', 'b', 'c'), 0, 2))).toEqual(['b', 'c', 'a']));
  it('moves a slide up', () => expect(titles(moveSlide(deck('a', 'b', 'c'), 2, 0))).toEqual(['c', 'a', 'b']));
  it('does not move past the ends', () => expect(titles(moveSlide(deck('a', 'b'), 1, 2))).toEqual(['a', 'b']));
  it('removes a slide', () => expect(titles(removeSlide(deck('a', 'b'), 0))).toEqual(['b']));
  it('keeps the last slide', () => expect(titles(removeSlide(deck('a'), 0))).toEqual(['a']));
  it('leaves its input alone', () => {
    const d = deck('a', 'b');
    moveSlide(d, 0, 1);
    removeSlide(d, 0);
    addSlide(d, slide('c'));
    expect(titles(d)).toEqual(['a', 'b']);
  });
});
