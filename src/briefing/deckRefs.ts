import type { StoryData } from '../story/storyData';
import type { DeckRefs } from '../story/deck';

/** The layer, feature and passage ids a deck may use, from the story. */
export function deckRefs(story: Pick<StoryData, 'layers' | 'article'>): DeckRefs {
  return {
    layerIds: new Set(story.layers.map((l) => l.id)),
    featureIds: new Set(story.layers.flatMap((l) => l.data.features.map((f) => String(f.id)))),
    passageIds: new Set(story.article.paragraphs.flat().map((p) => p.id)),
  };
}
