import type { Deck, Slide } from '../story/deck';

/** Pure edits of a deck: each returns a new deck and leaves its input alone. */

/** Inserts `slide` at `at` (default: the end). */
export function addSlide(deck: Deck, slide: Slide, at = deck.slides.length): Deck {
  const slides = [...deck.slides];
  slides.splice(Math.max(0, Math.min(at, slides.length)), 0, slide);
  return { ...deck, slides };
}

/** Changes some fields of slide `index`. */
export function updateSlide(deck: Deck, index: number, patch: Partial<Slide>): Deck {
  if (!deck.slides[index]) return deck;
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/**
 * Moves slide `from` to position `to`.
 *
 * @example
 * moveSlide(deck, 0, 2) // the first slide becomes the third
 */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  if (!deck.slides[from] || to < 0 || to >= deck.slides.length || from === to) return deck;
  const slides = [...deck.slides];
  const [slide] = slides.splice(from, 1);
  slides.splice(to, 0, slide);
  return { ...deck, slides };
}

/** Removes slide `index`; the last slide of a deck cannot be removed. */
export function removeSlide(deck: Deck, index: number): Deck {
  if (!deck.slides[index] || deck.slides.length === 1) return deck;
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}
