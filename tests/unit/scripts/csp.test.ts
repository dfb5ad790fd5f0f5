import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { formatPolicy, hashSource, inlineCode, servedHeaders, servedPolicy, singleFilePolicy, withCspMeta } from '../../../scripts/csp.ts';

const readme = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
const policy = servedHeaders['Content-Security-Policy'];

describe('the served policy', () => {
  it('allows no inline code, no eval and nothing from another origin', () => {
    expect(policy).not.toMatch(/unsafe-|\*|https?:/);
    expect(servedPolicy['default-src']).toEqual(["'none'"]);
    expect(servedPolicy['script-src']).toEqual(["'self'"]);
    expect(servedPolicy['style-src']).toEqual(["'self'"]);
    expect(servedPolicy['connect-src']).toEqual(["'self'"]);
  });

  it('is sent as a header with frame-ancestors, which a <meta> cannot carry', () => {
    expect(policy).toBe(`${formatPolicy(servedPolicy)}; frame-ancestors 'none'`);
    expect(formatPolicy(servedPolicy)).not.toContain('frame-ancestors');
  });

  it('is the one docs/security.md tells nginx and Apache to send, word for word', () => {
    expect(readme).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(readme).toContain(`Header always set Content-Security-Policy "${policy}"`);
    for (const [name, value] of Object.entries(servedHeaders)) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
      expect(readme).toContain(`Header always set ${name} "${value}"`);
    }
  });
});

describe('the single-file policy', () => {
  it('allows exactly the page\'s own inline script and style, by hash', () => {
    const html = '<head><meta charset="UTF-8" /><style>p{color:red}</style></head><body><script type="module">go()</script><script src="x.js"></script></body>';
    const { scripts, styles } = inlineCode(html);
    expect(scripts).toEqual(['go()']);
    expect(styles).toEqual(['p{color:red}']);
    const p = singleFilePolicy(scripts, styles);
    expect(p['script-src']).toEqual([`'sha256-${createHash('sha256').update('go()').digest('base64')}'`]);
    expect(p['style-src']).toEqual([hashSource('p{color:red}')]);
    expect(formatPolicy(p)).not.toMatch(/unsafe-|'self'|https?:/);
  });
});

describe('withCspMeta', () => {
  it('puts the policy right after <meta charset>, before anything it governs', () => {
    const html = withCspMeta('<head>\n<meta charset="UTF-8" />\n<script src="a.js"></script></head>', { 'default-src': ["'none'"] });
    expect(html).toMatch(/<meta charset="UTF-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none'" \/>\n<script/);
  });

  it('refuses a page without <meta charset> rather than guess where the policy goes', () => {
    expect(() => withCspMeta('<head></head>', {})).toThrow(/meta charset/);
  });
});
