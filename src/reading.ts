/**
 * The reading panels (the selected place, the article and the sources) and the loading of the
 * story's text they show. App loads them once the map is first drawn (or at once for a link to a slide), apart from the
 * tools' chunk (deferred.ts), so that either can fail to load and the other still works.
 */
export { default as SelectedFeature } from './ui/SelectedFeature.svelte';
export { default as ArticleView } from './ui/ArticleView.svelte';
export { default as SourceList } from './ui/SourceList.svelte';
export { storySources } from './story/storySources';
export { loadText } from './state/loadText';

export type Reading = typeof import('./reading');
