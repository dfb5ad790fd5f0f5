import type { StoryPackage } from '../story/storyPackage';
import { EMBEDDED_STORY, OFFLINE_PAGE } from '../state/offlinePage';
import { pristinePage } from '../state/pristinePage';

/**
 * The single file's HTML, for an offline briefing: this page's own when it is the single file,
 * else the copy the served app has beside it, from the same server.
 */
export async function offlinePage(): Promise<string> {
  const own = pristinePage();
  if (own !== null) return own;
  let response: Response;
  try {
    response = await fetch(new URL(OFFLINE_PAGE, document.baseURI));
  } catch {
    throw new Error('the offline page could not be read from the server');
  }
  if (!response.ok) throw new Error(`the offline page is not on this server (it answered ${response.status}); a full build makes it: npm run build, or npm start`);
  return response.text();
}

/**
 * The single file with `pkg` inside, as a JSON data block the page reads at start (openStory):
 * not a script, so the page's Content-Security-Policy (which allows its own code only, by hash)
 * holds, and the code is left byte for byte as it was. The block goes just before the last
 * `</body>`: the page's code, in its head, may itself contain the text `</head>` or `</body>`.
 * `<` and the JavaScript line separators are escaped, so no text in the story can end the block.
 *
 * @example
 * withEmbeddedStory(singleFileHtml, pkg) // '…<script type="application/json" id="briefing-story">{…}</script></body></html>'
 */
export function withEmbeddedStory(page: string, pkg: StoryPackage): string {
  const json = JSON.stringify(pkg).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const end = page.lastIndexOf('</body>');
  if (end < 0) throw new Error('the offline page has no </body>');
  return `${page.slice(0, end)}<script type="application/json" id="${EMBEDDED_STORY}">${json}</script>${page.slice(end)}`;
}
