import { describe, expect, it } from 'vitest';
import { countryKey } from '../../../src/map/countryKey';

describe('countryKey', () => {
  it('uses the id where there is one', () => expect(countryKey('392', 'Japan')).toBe('392'));
  it('turns a numeric id into a string', () => expect(countryKey(392, 'Japan')).toBe('392'));
  it('falls back to the name without an id', () => expect(countryKey(undefined, 'Kosovo')).toBe('Kosovo'));
  it('falls back to the name for an empty id', () => expect(countryKey('', 'Somaliland')).toBe('Somaliland'));
});
