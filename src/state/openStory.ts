import type { StoryData, StoryText } from '../story/storyData';
import type { StoryPackage } from '../story/storyPackage';
import type { Countries } from '../map/loadBasemap';
import { fetchDataFile } from '../map/loadBasemap';
import { loadStory } from './loadStory';
import { storyInHash } from './hash';
import { safeMode } from './safeMode';
import { EMBEDDED_STORY } from './offlinePage';
import type { StoryStore } from './storyStore';


/** The story a page shows, however it came: built in, kept in this browser, or carried in an offline file. */
export interface OpenedStory {
  /** What the map's first view needs. */
  story: StoryData;
  /** The article and the features' details (the built-in story's come after the first view). */
  text: () => Promise<StoryText>;
  /** The story's deck, unchecked (the briefing checks it against the story). */
  deck: () => Promise<unknown>;
  /** The kept story's id (null: the built-in story or an offline file's). */
  storyId: string | null;
  /** The whole story, for a story that came as a package (kept or carried). */
  package: StoryPackage | null;
  /** An offline file's story is shown, never edited (the built-in one is duplicated to be edited). */
  readOnly: boolean;
  /** Why the page shows another story than its link names (a missing or unreadable kept story). */
  problem: string | null;
  /** A kept story's undo history, as stored (the editor checks it). */
  history?: unknown;
}

/** The package an offline briefing file carries, as text; null in the app itself. */
function embeddedPackage(): string | null {
  if (typeof document === 'undefined') return null;
  const element = document.getElementById(EMBEDDED_STORY);
  return element instanceof HTMLScriptElement && element.type === 'application/json' ? element.text : null;
}

/**
 * The one start of both windows: which story the page shows, and the story itself. An offline
 * file's embedded story comes first; then a kept story a link names (`#story=`, not in safe
 * mode); else the built-in one. A kept story that is missing or unreadable never stops the page:
 * the built-in story opens, with the reason in `problem`.
 */
export async function openStory(
  hash: string,
  countries: Promise<Countries | null>,
  stories?: () => StoryStore,
): Promise<OpenedStory> {
  const carried = embeddedPackage();
  const id = storyInHash(hash);
  let problem: string | null = null;
  if (id && carried === null && safeMode()) problem = 'Safe mode shows the built-in story: your stories are kept, untouched.';
  else if (carried !== null || id) {
    // A package's code comes only with a package: the built-in story's first view goes without.
    const packaged = await import('./packagedStory');
    if (carried !== null) return packaged.carriedStory(carried, countries);
    const kept = await packaged.keptStory(id!, countries, stories);
    if (typeof kept !== 'string') return kept;
    problem = `The story in this link could not be opened: ${kept}. The built-in story is shown instead.`;
  }
  const story = await loadStory(countries);
  const text = () => import('./loadText').then((m) => m.loadText());
  return { story, text, deck: () => fetchDataFile<unknown>('data/deck.json'), storyId: null, package: null, readOnly: false, problem };
}
