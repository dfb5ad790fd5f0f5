/**
 * What the first view does not need: the explore tools, the briefing and their panels. App loads
 * this once the map is first drawn (or at once for a link to a slide), so that the map does not
 * wait for code that no one uses before it is there.
 */
import './fonts-semibold.css';

export { Explore } from './explore/explore.svelte';
export { Briefing } from './briefing/briefing.svelte';
export { validateDeck } from './story/deck';
export { deckRefs } from './story/deckRefs';
export { downloadGeojson } from './explore/exportGeojson';
export { default as ExploreMapLayers } from './ui/ExploreMapLayers.svelte';
export { default as SearchBox } from './ui/SearchBox.svelte';
export { default as Timeline } from './ui/Timeline.svelte';
export { default as LabelLanguage } from './ui/LabelLanguage.svelte';
export { labelLanguageInput, applyLabelLanguage } from './map/labelLanguage';
export { default as BasemapOverlays } from './ui/BasemapOverlays.svelte';
export { default as UserData } from './ui/UserData.svelte';
export { default as FeatureMeasures } from './ui/FeatureMeasures.svelte';
export { default as UserFeature } from './ui/UserFeature.svelte';
export { default as BriefingPanel } from './briefing/BriefingPanel.svelte';
export { default as PresentOverlay } from './briefing/PresentOverlay.svelte';
export { default as Handout } from './briefing/Handout.svelte';
export { default as StoriesPanel } from './ui/StoriesPanel.svelte';

export type Deferred = typeof import('./deferred');
