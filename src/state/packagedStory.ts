import type { Countries } from '../map/loadBasemap';
import { withCountryGeometry } from '../story/countryGeometry';
import type { OpenedStory } from './openStory';
import type { StoryStore } from './storyStore';
import type { StoryPackage } from '../story/storyPackage';

/**
 * A story from its package, read as an imported file is, in a worker (a large one does not freeze
 * the page while it starts). A package carries every outline; a country's is drawn from the
 * basemap's own, as the built-in story's (it is wrapped for drawing across 180°), where the
 * basemap has it.
 */
async function fromPackage(text: string, name: string, countries: Promise<Countries | null>) {
  const [{ readPackageOffThread }, { packageToStory }] = await Promise.all([import('../story/readPackageOffThread'), import('../story/packageToStory')]);
  const pkg = JSON.parse((await readPackageOffThread(text, name)).json) as StoryPackage;
  const shown = packageToStory(pkg);
  const outlines = await countries;
  return { pkg, ...shown, story: outlines ? withCountryGeometry(shown.story, outlines, 'keep') : shown.story };
}

/** The story an offline briefing file carries: shown, never edited. */
export async function carriedStory(text: string, countries: Promise<Countries | null>): Promise<OpenedStory> {
  const { pkg, story, text: shown, deck } = await fromPackage(text, 'the story in this file', countries);
  return { story, text: async () => shown, deck: async () => deck, storyId: null, package: pkg, readOnly: true, problem: null };
}

/** The kept story `id`, to edit; or, when it cannot be opened, why not. */
export async function keptStory(id: string, countries: Promise<Countries | null>, stories?: () => StoryStore): Promise<OpenedStory | string> {
  try {
    const { checkStoredStory, indexedDbStories } = await import('./storyStore');
    const record = checkStoredStory(await (stories ?? indexedDbStories)().get(id));
    if (typeof record === 'string') throw new Error(record === 'it is not a record' ? 'it is not in this browser (deleted, or made in another browser)' : record);
    const { pkg, story, text, deck } = await fromPackage(record.package, `the story “${record.title}”`, countries);
    return { story, text: async () => text, deck: async () => deck, storyId: id, package: pkg, readOnly: false, problem: null, history: record.history };
  } catch (e) {
    return (e as Error).message;
  }
}
