import type { Article } from '../story/article';
import type { StoryLayer } from '../story/types';
import type { DeckRefs } from '../story/deck';

/** The layer, feature and passage ids a deck may use, from the story's layers and article. */
export function deckRefs(layers: readonly StoryLayer[], article: Article): DeckRefs {
  return {
    layerIds: new Set(layers.map((l) => l.id)),
    featureIds: new Set(layers.flatMap((l) => l.data.features.map((f) => String(f.id)))),
    passageIds: new Set(article.paragraphs.flat().map((p) => p.id)),
  };
}
