import { STORY_ID } from './hash';
import { keyedStore } from './keyedStore';

/**
 * A story kept in this browser, as stored: the package as its JSON text (read back through the
 * same checks as an imported file, so a damaged record is refused like a bad file) and its
 * undo history (see editor/history), which may be lost without losing the story.
 */
export interface StoredStory {
  id: string;
  /** The title the stories list shows without reading the package. */
  title: string;
  /** When it was last changed (ms since 1970); the list shows the newest first. */
  updated: number;
  /** The story package, as JSON text. */
  package: string;
  /** The undo history, as the editor wrote it; checked when it is read. */
  history?: unknown;
}

/** The longest title the list keeps (a package's title is cut to this). */
export const MAX_STORY_TITLE = 300;

/**
 * A record read back from storage, checked field by field: storage can hold anything (an older
 * build, a damaged disk, another page of the origin). The package text is checked when the story
 * is opened. Returns the record, or what is wrong with it.
 */
export function checkStoredStory(record: unknown): StoredStory | string {
  if (typeof record !== 'object' || record === null) return 'it is not a record';
  const r = record as Record<string, unknown>;
  if (typeof r.id !== 'string' || !STORY_ID.test(r.id)) return `its id ${JSON.stringify(String(r.id).slice(0, 40))} is not one the app makes`;
  if (typeof r.title !== 'string' || r.title.length > MAX_STORY_TITLE) return 'its title is not a short text';
  if (typeof r.updated !== 'number' || !Number.isFinite(r.updated)) return 'its date is not a date';
  if (typeof r.package !== 'string') return 'its story is missing';
  return { id: r.id, title: r.title, updated: r.updated, package: r.package, ...('history' in r ? { history: r.history } : {}) };
}

/** A new story's id: `s-`, the time and a random part, in base 36 (see STORY_ID). */
export const newStoryId = (now = Date.now(), random = Math.random()): string =>
  `s-${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36).padStart(4, '0')}`;

/** Where stories are kept. Every call rejects where the browser offers no IndexedDB or refuses it. */
export interface StoryStore {
  /** Every record kept, unchecked (see checkStoredStory). */
  all(): Promise<unknown[]>;
  get(id: string): Promise<unknown>;
  /** Resolves once the story is on disk. */
  put(story: StoredStory): Promise<void>;
  remove(id: IDBValidKey): Promise<void>;
}

/** The database of kept stories: its own, so that neither it nor the layers' database waits on the other's upgrades. */
export const STORY_DATABASE = 'indo-pacific-briefing-map-stories';

/** The stories in this browser's IndexedDB. */
export const indexedDbStories = (name = STORY_DATABASE): StoryStore => keyedStore(name, 'stories');

/** A store in memory only (tests). */
export function memoryStories(): StoryStore {
  const stories = new Map<IDBValidKey, unknown>();
  return {
    all: async () => [...stories.values()],
    get: async (id) => stories.get(id),
    put: async (story) => void stories.set(story.id, structuredClone(story)),
    remove: async (id) => void stories.delete(id),
  };
}
