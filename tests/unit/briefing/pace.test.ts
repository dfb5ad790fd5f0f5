import { describe, expect, it } from 'vitest';
import { clock, pace, paceText } from '../../../src/briefing/pace.ts';

describe('pace', () => {
  const t = { count: 10, targetMinutes: 10 }; // one minute a slide
  it('is on time when each slide takes its share', () => expect(pace({ ...t, elapsed: 130, onSlide: 10, index: 2 })).toBe(10 - 10));
  it('counts arriving early as ahead', () => expect(pace({ ...t, elapsed: 100, onSlide: 0, index: 2 })).toBe(-20));
  it('counts staying past the share as behind', () => expect(pace({ ...t, elapsed: 150, onSlide: 90, index: 1 })).toBe(30));
  it('keeps an early arrival while the slide is within its share', () => expect(pace({ ...t, elapsed: 110, onSlide: 50, index: 2 })).toBe(-60));
});

describe('clock and paceText', () => {
  it('formats minutes and hours', () => {
    expect(clock(65)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
  });
  it('says ahead, behind or on time', () => {
    expect(paceText(-40)).toBe('0:40 ahead');
    expect(paceText(125)).toBe('2:05 behind');
    expect(paceText(3)).toBe('on time');
  });
});
