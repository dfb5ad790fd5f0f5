import { createHash } from 'node:crypto';

/** A Content-Security-Policy as directive → sources. */
export type Policy = Record<string, string[]>;

/** Writes a policy as a header value: `a x y; b z`. */
export const formatPolicy = (policy: Policy): string =>
  Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');

/**
 * The policy of the served build: everything from the page's own origin, nothing inline, no
 * eval. MapLibre needs its worker file (`worker-src 'self'`), its font and data files
 * (`font-src`/`connect-src 'self'`); its stylesheet draws the control icons from `data:` URLs.
 * Nothing more was needed: the browser tests run the app under exactly this and see no violation.
 * This is what index.html carries as a `<meta>`; a server should send it as a header, with
 * `frame-ancestors` added (a `<meta>` cannot carry that one): see servedHeaders.
 */
export const servedPolicy: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ['data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The headers a server of the built `dist/` should send with every response (docs/security.md, "Headers to set"). */
export const servedHeaders: Record<string, string> = {
  'Content-Security-Policy': formatPolicy({ ...servedPolicy, 'frame-ancestors': ["'none'"] }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `'sha256-…'` source that allows one inline `<script>` or `<style>` with exactly this text. */
export const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy of the single-file build, which has no origin to trust (`file://`): its own inline
 * script and style, allowed by hash and nothing else; fonts and icons from `data:` URLs; no
 * connection anywhere but to data inside the page. The worker's code is a Blob URL; on a
 * `file://` page (origin "null") MapLibre reads it and starts the worker from a `data:` URL.
 */
export function singleFilePolicy(scripts: string[], styles: string[]): Policy {
  return {
    'default-src': ["'none'"],
    'script-src': scripts.map(hashSource),
    'style-src': styles.map(hashSource),
    'img-src': ['data:'],
    'font-src': ['data:'],
    'connect-src': ['data:', 'blob:'],
    'worker-src': ['blob:', 'data:'],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/** The text of each inline `<script>` (no `src`) and `<style>` in an HTML page, as a browser hashes it. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const bodies = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
  return {
    scripts: bodies(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi),
    styles: bodies(/<style\b[^>]*>([\s\S]*?)<\/style>/gi),
  };
}

/** Puts a CSP `<meta>` right after `<meta charset>`, before anything it governs. */
export function withCspMeta(html: string, policy: Policy): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${formatPolicy(policy)}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the CSP after');
  return html.replace(charset, (m) => `${m}\n    ${meta}`);
}
