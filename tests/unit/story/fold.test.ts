import { describe, expect, it } from 'vitest';
import { fold, foldIndexed } from '../../../src/story/fold.ts';

describe('fold', () => {
  it('takes off case and diacritics', () => {
    expect(fold('Trường Sa')).toBe('truong sa');
    expect(fold('Hoàng Sa')).toBe('hoang sa');
    expect(fold('TŌHOKU')).toBe('tohoku');
    expect(fold('Đà Nẵng')).toBe('da nang');
  });

  it('makes curly quotes and dashes plain and collapses spaces', () => {
    expect(fold('Morrison’s  visit – 2019–20')).toBe("morrison's visit - 2019-20");
  });

  it('maps each folded character back to the original', () => {
    const { text, from } = foldIndexed('Trường Sa Islands');
    const at = text.indexOf('sa');
    expect('Trường Sa Islands'.slice(from[at], from[at + 2])).toBe('Sa');
    const decomposed = 'Hoa\u0300ng';
    const folded = foldIndexed(decomposed);
    expect(folded.text).toBe('hoang');
    expect(decomposed.slice(folded.from[3], folded.from[5])).toBe('ng');
  });
});
