/**
 * The reading panels: the selected place, the article and the sources. App loads them once the
 * map is first drawn (or at once for a link to a slide), with the story's text (`state/loadText`,
 * a chunk of its own) and apart from the tools' chunk (`deferred.ts`), so that either chunk can
 * fail to load and the other still works.
 */
import { cjkFonts } from 'virtual:local-labels';
import { addCjkFonts } from './ui/addCjkFonts';

export { default as SelectedFeature } from './ui/SelectedFeature.svelte';
export { default as ArticleView } from './ui/ArticleView.svelte';
export { default as SourceList } from './ui/SourceList.svelte';
export { storySources } from './story/storySources';

/** Declares the CJK fonts of the names in use and source titles the panels show (see addCjkFonts). */
export const addPanelFonts = () => addCjkFonts(cjkFonts, document.baseURI);

export type Reading = typeof import('./reading');
