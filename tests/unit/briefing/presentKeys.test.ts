import { describe, expect, it } from 'vitest';
import { presentKey } from '../../../src/briefing/presentKeys.ts';

describe('presentKey', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%s goes to the next slide', (key) =>
    expect(presentKey(key, '')).toEqual({ type: 'next' }),
  );
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%s goes to the previous slide', (key) =>
    expect(presentKey(key, '')).toEqual({ type: 'previous' }),
  );
  it('Home and End go to the ends', () => {
    expect(presentKey('Home', '')).toEqual({ type: 'first' });
    expect(presentKey('End', '')).toEqual({ type: 'last' });
  });
  it.each(['b', 'B', '.'])('%s blanks the screen', (key) => expect(presentKey(key, '')).toEqual({ type: 'blank' }));
  it('Escape leaves', () => expect(presentKey('Escape', '')).toEqual({ type: 'exit' }));
  it('digits collect, then Enter jumps', () => {
    expect(presentKey('1', '')).toEqual({ type: 'digits', digits: '1' });
    expect(presentKey('2', '1')).toEqual({ type: 'digits', digits: '12' });
    expect(presentKey('Enter', '12')).toEqual({ type: 'goto', slide: 12 });
  });
  it('keeps at most three digits', () => expect(presentKey('5', '1234')).toEqual({ type: 'digits', digits: '345' }));
  it('ignores other keys', () => expect(presentKey('x', '')).toEqual({ type: 'none' }));
});
