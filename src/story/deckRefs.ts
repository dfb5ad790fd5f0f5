import type { Article } from './article';
import type { DeckRefs } from './deck';

/** What deckRefs needs of a layer: its id and its features' ids (a StoryLayer, or a package's layer as `{ id, data: { features } }`). */
interface LayerIds {
  id: string;
  data: { features: readonly { id: string | number }[] };
}

/** The layer, feature and passage ids a deck may use, from the story's layers and article. */
export function deckRefs(layers: readonly LayerIds[], article: Article): DeckRefs {
  return {
    layerIds: new Set(layers.map((l) => l.id)),
    featureIds: new Set(layers.flatMap((l) => l.data.features.map((f) => String(f.id)))),
    passageIds: new Set(article.paragraphs.flat().map((p) => p.id)),
  };
}
