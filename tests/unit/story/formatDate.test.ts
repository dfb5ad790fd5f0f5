import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/story/formatDate.ts';

describe('formatDate', () => {
  it('writes a year alone', () => {
    expect(formatDate('1960')).toBe('1960');
  });

  it('writes a month as "Month year"', () => {
    expect(formatDate('2013-11')).toBe('November 2013');
  });

  it('writes a day as "day Month year"', () => {
    expect(formatDate('2020-11-17')).toBe('17 November 2020');
  });

  it('writes a day without a leading zero', () => {
    expect(formatDate('2011-03-01')).toBe('1 March 2011');
  });

  it('writes January and December', () => {
    expect([formatDate('2020-01'), formatDate('2019-12')]).toEqual(['January 2020', 'December 2019']);
  });

  it('writes an open-ended interval as "since"', () => {
    expect(formatDate('1945/..')).toBe('since 1945');
    expect(formatDate('2012-04/..')).toBe('since April 2012');
  });

  it('writes an interval with an en dash between its ends', () => {
    expect(formatDate('2019-12/2020-02')).toBe('December 2019 – February 2020');
  });

  it('writes an interval whose ends have different precision', () => {
    expect(formatDate('2014-03-08/2017')).toBe('8 March 2014 – 2017');
  });
});
