import type { StoryData } from './storyData';
import type { StoryFeature, StoryLayer } from './types';
import { displayText, LIMITS } from '../security/displayText';
import { optional } from './optional';

function feature(f: StoryFeature): StoryFeature {
  const p = f.properties;
  return {
    ...f,
    properties: {
      ...p,
      name: displayText(p.name, LIMITS.name),
      ...optional('date', p.date, (d) => displayText(d, 40)),
    },
  };
}

function layer(l: StoryLayer): StoryLayer {
  return {
    ...l,
    title: displayText(l.title, LIMITS.name),
    description: displayText(l.description, LIMITS.summary),
    ...optional('attribution', l.attribution, (a) => displayText(a, LIMITS.name)),
    data: { ...l.data, features: l.data.features.map(feature) },
    labels: {
      ...l.labels,
      features: l.labels.features.map((f) => ({ ...f, properties: { ...f.properties, name: displayText(f.properties.name, LIMITS.name) } })),
    },
  };
}

/**
 * The story's layers as the app shows them: every string that came from data cleaned of
 * invisible formatting characters and capped in length. Svelte renders all of it as text, never
 * as markup. The article and the features' details: sanitizeText.
 */
export function sanitizeStory(story: StoryData): StoryData {
  // The deck's texts are cleaned by validateDeck, as every deck (default, saved, imported) passes it.
  return { ...story, layers: story.layers.map(layer) };
}
