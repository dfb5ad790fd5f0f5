import { embedded } from 'virtual:data-files';

let kept: string | null = null;

/**
 * In the single file (it carries its data inside), keeps the page as it came, before the app
 * changes the document: an offline briefing made from the single file is this page with a story
 * inside (see editor/offlineBriefing). Called once, first.
 */
export function keepPristinePage(): void {
  if (Object.keys(embedded).length > 0) kept = `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/** The page as it came, if this is the single file; null in the served app. */
export const pristinePage = (): string | null => kept;
