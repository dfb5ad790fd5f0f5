import { embedded } from 'virtual:data-files';
import { OFFLINE_PAGE } from './offlinePage';

let kept: string | null = null;

/** Whether this page is the single file (it carries its data inside). */
const isSingleFile = () => Object.keys(embedded).length > 0;

/**
 * In the single file, keeps the page as it came, before the app changes the document: an
 * offline briefing made from the single file is this page with a story inside. Called once, first.
 */
export function keepPristinePage(): void {
  if (isSingleFile()) kept = `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/**
 * The single file's HTML, for an offline briefing: this page's own (the single file), or the copy
 * the served app has beside it, from the same server.
 */
export async function pristinePage(): Promise<string> {
  if (kept !== null) return kept;
  let response: Response;
  try {
    response = await fetch(new URL(OFFLINE_PAGE, document.baseURI));
  } catch {
    throw new Error('the offline page could not be read from the server');
  }
  if (!response.ok) throw new Error(`the offline page is not on this server (it answered ${response.status}); it comes with the built app (npm start)`);
  return response.text();
}
