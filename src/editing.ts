/**
 * The story editor: loaded only when a kept story is opened to be edited (App.svelte), so that
 * neither the first view nor a reader of the built-in story carries its code.
 */
export { StoryEditor } from './editor/storyEditor.svelte';
export { default as StoryEditorPanel } from './ui/StoryEditorPanel.svelte';
export { buildGazetteer, searchGazetteer } from './editor/gazetteer';
export { loadLabels } from './map/loadBasemap';
export { loadSeas } from './map/seas';
export { loadLocalNames } from './map/labelLanguage';
export { indexedDbStories } from './state/storyStore';

export type Editing = typeof import('./editing');
