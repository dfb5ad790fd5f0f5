/**
 * The story editor: loaded only when a kept story is opened to be edited (App.svelte), so that
 * neither the first view nor a reader of the built-in story carries its code.
 */
import type { AppState } from './state/appState.svelte';
import type { OpenedStory } from './state/openStory';
import type { Briefing } from './briefing/briefing.svelte';
import type { Explore } from './explore/explore.svelte';
import { StoryEditor } from './editor/storyEditor.svelte';
import { buildGazetteer, searchGazetteer, type GazetteerHit } from './editor/gazetteer';
import { loadLabels } from './map/loadBasemap';
import { loadSeas } from './map/seas';
import { loadLocalNames } from './map/labelLanguage';
import { indexedDbStories } from './state/storyStore';

export { default as StoryEditorPanel } from './ui/StoryEditorPanel.svelte';

/**
 * The editor of the kept story `opened` (its history as stored), told of the briefing's deck
 * and marking changes (and showing the marking as edits are undone and redone), and the gazetteer's search: the basemap's places, loaded once (what cannot be loaded
 * is left out), and the story's and the user's places as they are at each search.
 */
export async function startEditing(
  app: AppState,
  opened: OpenedStory,
  briefing: Briefing,
  explore: Explore,
): Promise<{ editor: StoryEditor; search: (query: string) => GazetteerHit[] }> {
  const editor = new StoryEditor(app, indexedDbStories(), opened.storyId!, opened.package!, opened.history);
  briefing.onDeckChange = (deck, done) => editor.deckChanged(deck, done);
  briefing.onMarkingChange = (marking) => editor.markingChanged(marking);
  editor.onMarking = (marking) => briefing.showMarking(marking);
  const optional = <T>(p: Promise<T>) => p.catch(() => undefined);
  const [labels, seas, localNames] = await Promise.all([optional(loadLabels()), optional(loadSeas()), optional(loadLocalNames())]);
  const places = buildGazetteer({ labels, seas, localNames });
  const search = (query: string) => {
    const user = explore.layers.list.flatMap((l) => (l.data ? [{ title: l.name, features: l.data.features }] : []));
    const own = buildGazetteer({ story: editor.pkg, user });
    return searchGazetteer({ entries: [...own.entries, ...places.entries] }, query);
  };
  return { editor, search };
}

export type Editing = typeof import('./editing');
