import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/story/parseJson.ts';
import { DataError } from '../../../src/story/validateLayer.ts';
import { show } from '../../../src/story/show.ts';

describe('parseJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJson('a.json', '{"a": [1, 2]}')).toEqual({ a: [1, 2] });
    expect(parseJson('a.json', '\uFEFF[]')).toEqual([]);
  });

  it('refuses text that is not JSON with a DataError naming the file', () => {
    for (const text of ['', '{"a": 1', "{'a': 1}", '[1,]', 'NaN', '<html></html>']) {
      const error = (() => {
        try {
          parseJson('geo/mine.geojson', text);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(DataError);
      expect((error as Error).message).toMatch(/^geo\/mine\.geojson: is not valid JSON \(.+\)$/);
    }
  });

  it('parses arrays nested a hundred thousand deep without failing', () => {
    expect(() => parseJson('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)).not.toThrow();
  });
});

describe('show', () => {
  it('quotes a value as JSON, cut short', () => {
    expect(show('okinawa')).toBe('"okinawa"');
    expect(show([127.9, 26.5])).toBe('[127.9,26.5]');
    expect(show('x'.repeat(500), 20)).toBe(`"${'x'.repeat(18)}…`);
    expect(show(undefined)).toBe('undefined');
  });

  it('describes a value nested too deep to print instead of throwing', () => {
    let deep: unknown = [1];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(show(deep)).toBe('[arrays nested too deep to print]');
  });
});
