import type { StoryPackage } from '../story/storyPackage';
import { EMBEDDED_STORY } from '../state/openStory';

/**
 * The single file with `pkg` inside, as a JSON data block the page reads at start (openStory):
 * not a script, so the page's Content-Security-Policy (which allows only its own code, by hash)
 * is unchanged. `<` is escaped so no text in the story can end the block; any story carried
 * before is replaced.
 *
 * @example
 * withEmbeddedStory(singleFileHtml, pkg) // '<!doctype html>…<script type="application/json" id="briefing-story">{…}</script></head>…'
 */
export function withEmbeddedStory(page: string, pkg: StoryPackage): string {
  const json = JSON.stringify(pkg).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const block = `<script type="application/json" id="${EMBEDDED_STORY}">${json}</script>`;
  const existing = new RegExp(`<script type="application/json" id="${EMBEDDED_STORY}">[^<]*</script>`);
  if (existing.test(page)) return page.replace(existing, () => block);
  const head = page.indexOf('</head>');
  if (head < 0) throw new Error('the offline page has no </head>');
  return page.slice(0, head) + block + page.slice(head);
}
