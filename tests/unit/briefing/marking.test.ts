import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKING, MARKINGS, parseMarking } from '../../../src/briefing/marking.ts';
import { niceDistance } from '../../../src/briefing/niceDistance.ts';

describe('markings', () => {
  it('default to UNCLASSIFIED on green', () => expect(DEFAULT_MARKING).toEqual({ text: 'UNCLASSIFIED', background: '#007a33', color: '#ffffff' }));
  it('offer the conventional colours', () => expect(MARKINGS.find((m) => m.text === 'SECRET')?.background).toBe('#c8102e'));
  it('accept a custom marking', () =>
    expect(parseMarking({ text: 'SECRET//REL TO AUS, JPN', background: '#c8102e', color: '#ffffff' })?.text).toBe('SECRET//REL TO AUS, JPN'));
  it('strip bidi overrides and zero-width characters', () =>
    expect(parseMarking({ text: 'SEC\u202eRET\u200b', background: '#c8102e', color: '#ffffff' })?.text).toBe('SECRET'));
  it.each([
    ['empty text', { text: ' ', background: '#000000', color: '#ffffff' }],
    ['a bad colour', { text: 'X', background: 'red', color: '#ffffff' }],
    ['very long text', { text: 'X'.repeat(81), background: '#000000', color: '#ffffff' }],
    ['not an object', 'SECRET'],
  ])('refuse %s', (_what, value) => expect(parseMarking(value)).toBeNull());
});

describe('niceDistance', () => {
  it.each([
    [3700, 2000, '2 km'],
    [740, 500, '500 m'],
    [1000, 1000, '1 km'],
    [9_999_000, 5_000_000, '5,000 km'],
    [1.5, 1, '1 m'],
  ])('%d m gives %d', (max, metres, label) => expect(niceDistance(max)).toEqual({ metres, label }));
  it('gives nothing for nonsense', () => expect(niceDistance(NaN).metres).toBe(0));
});
