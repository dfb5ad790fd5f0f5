import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/security/safeUrl.ts';

describe('safeUrl', () => {
  it.each([
    ['https://www.naturalearthdata.com/', 'https://www.naturalearthdata.com/'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['  HTTPS://Example.org/Path  ', 'https://example.org/Path'],
  ])('keeps the web address %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'https://x.org/\njavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/relative/path',
    'www.example.org',
    'https://',
    'https://exa mple.org/',
    `https://example.org/${'a'.repeat(3000)}`,
    '',
  ])('refuses %j', (input) => {
    expect(safeUrl(input)).toBeUndefined();
  });

  it.each([undefined, null, 42, {}, ['https://x.org/']])('refuses a non-string (%j)', (input) => {
    expect(safeUrl(input)).toBeUndefined();
  });
});
