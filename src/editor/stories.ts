import { checkStoredStory, MAX_STORY_TITLE, newStoryId, type StoredStory, type StoryStore } from '../state/storyStore';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type ArticleSource, type StoryPackage } from '../story/storyPackage';
import { readPackageOffThread } from '../story/readPackageOffThread';
import { defaultDeck } from '../story/defaultDeck';

/** The stories kept in this browser, newest first, and how many records could not be read. */
export async function listStories(store: StoryStore): Promise<{ stories: StoredStory[]; unreadable: number }> {
  const records = (await store.all()).map(checkStoredStory);
  const stories = records.filter((r): r is StoredStory => typeof r !== 'string').sort((a, b) => b.updated - a.updated);
  return { stories, unreadable: records.length - stories.length };
}

/** What the "New story" form asks for. */
export interface NewStory {
  title: string;
  /** The article as pasted: plain text or Markdown, kept verbatim. */
  article: string;
  source: ArticleSource;
}

/** The colour of a new story's first layer. */
const FIRST_LAYER_COLOUR = '#1f6fb2';

/**
 * A new story's package: the article as pasted (only its line endings made Unix; paragraphs are the
 * blank-line-separated blocks), one empty layer to put places in, and one slide showing the story.
 */
export function newPackage({ title, article, source }: NewStory): StoryPackage {
  const pkg: StoryPackage = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    title: title.trim().slice(0, MAX_STORY_TITLE),
    source,
    article: article.replace(/\r\n?/g, '\n').trim(),
    layers: [{ id: 'places', title: 'Places', color: FIRST_LAYER_COLOUR, visible: true, description: 'The places the article names.', features: [] }],
    deck: { title, slides: [] },
  };
  return { ...pkg, deck: defaultDeck(pkg) };
}

/** Keeps a package (its JSON text) as a new story; returns its id. */
async function keep(store: StoryStore, title: string, json: string): Promise<string> {
  const id = newStoryId();
  await store.put({ id, title, updated: Date.now(), package: json });
  return id;
}

/** Keeps `pkg` as a new story; returns its id. */
export const keepStory = (store: StoryStore, pkg: StoryPackage): Promise<string> => keep(store, pkg.title, JSON.stringify(pkg));

/** A copy of a kept story under a new title (its undo history stays with the original). */
export async function duplicateStory(store: StoryStore, pkg: StoryPackage, title: string): Promise<string> {
  return keepStory(store, { ...pkg, title: title.slice(0, MAX_STORY_TITLE) });
}

/** The kept story `id`, read and checked as an imported file is. */
export async function readStory(store: StoryStore, id: string): Promise<{ record: StoredStory; pkg: StoryPackage }> {
  const record = checkStoredStory(await store.get(id));
  if (typeof record === 'string') throw new Error(`the story could not be read: ${record}`);
  const { json } = await readPackageOffThread(record.package, `the story “${record.title}”`);
  return { record, pkg: JSON.parse(json) as StoryPackage };
}

/**
 * Renames a kept story that is not open (the open one is renamed in the editor, as an undoable
 * edit). Its undo history, which ends at the old title, is not kept.
 */
export async function renameStory(store: StoryStore, id: string, title: string): Promise<void> {
  const { record, pkg } = await readStory(store, id);
  const renamed = { ...pkg, title: title.trim().slice(0, MAX_STORY_TITLE) };
  await store.put({ id: record.id, title: renamed.title, updated: Date.now(), package: JSON.stringify(renamed) });
}

/**
 * Takes a package file: read, migrated and checked with the build's rules, in a worker (the
 * page keeps answering), and kept as the worker wrote it (the page never parses it: it opens the
 * story by starting again). A package with any problem is refused whole, its first problems named
 * (with the feature); nothing is kept. Resolves with the new story's id.
 */
export async function importPackage(store: StoryStore, file: File): Promise<string> {
  const fileName = file.name;
  const { json, title, problems } = await readPackageOffThread(file, `“${fileName}”`, { check: true });
  if (problems.length) {
    const shown = problems.slice(0, 3).map((p) => p.message);
    throw new Error(`“${fileName}” was not imported: ${shown.join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more problems` : ''}.`);
  }
  return keep(store, title, json);
}

/**
 * Opens a story: the page starts again with it (`null`: the built-in story), through the one
 * start, as a step in the history (Back returns to the story before: see App's popstate).
 */
export function goToStory(id: string | null): void {
  const url = new URL(location.href);
  url.hash = id ? `story=${id}` : '';
  history.pushState(null, '', url.href);
  location.reload();
}
