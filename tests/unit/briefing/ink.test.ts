import { describe, expect, it } from 'vitest';
import { MAX_STROKE_POINTS, parseInk } from '../../../src/briefing/ink.ts';

describe('parseInk', () => {
  const good = { pointer: true, at: [0.25, 0.75], pen: true, strokes: [[[0, 0], [1, 1]]] };
  it('accepts a well-formed ink state', () => expect(parseInk(good)).toEqual(good));
  it('accepts no pointer position', () => expect(parseInk({ ...good, at: null })?.at).toBeNull());
  it.each([
    ['a point off the map', { ...good, at: [1.5, 0] }],
    ['a point that is not a pair', { ...good, at: [0.5] }],
    ['a non-number', { ...good, strokes: [[['0', 0]]] }],
    ['NaN', { ...good, at: [Number.NaN, 0] }],
    ['a flag that is not true or false', { ...good, pen: 'yes' }],
    ['an extra field', { ...good, script: 'x' }],
    ['a missing field', { pointer: true, at: null, pen: false }],
    ['a stroke too long', { ...good, strokes: [Array.from({ length: MAX_STROKE_POINTS + 1 }, () => [0, 0])] }],
    ['a list', [good]],
  ])('refuses %s', (_, value) => expect(parseInk(value)).toBeNull());
});
