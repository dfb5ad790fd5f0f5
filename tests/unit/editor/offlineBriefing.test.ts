import { describe, expect, it, vi } from 'vitest';

// The served app's build (no data inside): the page is read from the server.
vi.mock('virtual:data-files', () => ({ urls: {}, folders: {}, embedded: {}, detailIds: [] }));
const { withEmbeddedStory } = await import('../../../src/editor/offlineBriefing.ts');
import { exercisePackage } from '../../fixtures/story/exercisePackage.ts';
import type { StoryPackage } from '../../../src/story/storyPackage.ts';

// The single file's shape: its code inline in the head, and code that itself holds the texts `</head>` and `</body>`.
const CODE = 'const a = "</head>"; const b = "</body>"; if (x < y) run();';
const PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'sha256-x'"><script type="module">${CODE}</script></head><body><div id="app"></div></body></html>`;

describe('withEmbeddedStory: the offline briefing file', () => {
  it('carries the package as a JSON data block at the end of the body, the code left byte for byte', () => {
    const html = withEmbeddedStory(PAGE, exercisePackage);
    expect(html).toContain(`<script type="module">${CODE}</script></head>`);
    const block = /<script type="application\/json" id="briefing-story">(.*)<\/script><\/body><\/html>$/s.exec(html);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1])).toEqual(exercisePackage);
  });

  it('lets no text of the story end the block or the page', () => {
    const hostile: StoryPackage = { ...exercisePackage, title: '</script><script>alert(1)</script>\u2028<!--' };
    const html = withEmbeddedStory(PAGE, hostile);
    const tail = html.slice(html.indexOf('id="briefing-story">'));
    expect(tail.match(/<\/script>/g)).toHaveLength(1);
    expect(tail).not.toContain('<!--');
    expect(JSON.parse(/id="briefing-story">(.*)<\/script>/s.exec(html)![1]).title).toBe(hostile.title);
  });

  it('refuses a page with no body', () => {
    expect(() => withEmbeddedStory('<html><head></head></html>', exercisePackage)).toThrow(/no <\/body>/);
  });
});
