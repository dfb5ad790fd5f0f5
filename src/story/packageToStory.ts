import type { FeatureCollection, Point } from 'geojson';
import type { Deck, DeckRefs } from './deck';
import { validateDeck, validateSlide } from './deck';
import { deckRefs } from './deckRefs';
import { defaultDeck } from './defaultDeck';
import { labelPoints } from './labelPoints';
import { packageArticle } from './packageArticle';
import { sanitizeStory } from './sanitizeStory';
import { sanitizeText } from './sanitizeText';
import { splitStory } from './splitStory';
import type { StoryData, StoryText } from './storyData';
import type { StoryPackage } from './storyPackage';
import type { CheckedProperties, StoryCollection, StoryFeature, StoryLayer } from './types';

/** Label points for a layer, leaving out a feature whose geometry cannot carry one (a draft's). */
function labels(data: StoryCollection): FeatureCollection<Point, { id: string; name: string }> {
  const features = (data.features as StoryFeature[]).flatMap((f) => {
    try {
      return labelPoints({ ...data, features: [f] }).features;
    } catch {
      return [];
    }
  });
  return { type: 'FeatureCollection', features };
}

/** The package's deck, checked against the story: invalid slides dropped; if none is left (or the deck itself is bad), the default deck. */
function storyDeck(pkg: StoryPackage, refs: DeckRefs): Deck {
  try {
    return validateDeck(pkg.deck, refs);
  } catch {
    const slides = pkg.deck.slides.filter((slide, i) => {
      try {
        validateSlide(slide, i, refs);
        return true;
      } catch {
        return false;
      }
    });
    try {
      return validateDeck({ ...pkg.deck, slides }, refs);
    } catch {
      return defaultDeck(pkg);
    }
  }
}

/**
 * What the app shows of a story package, as it shows the built-in story: the layers with label
 * points, each feature's basics (StoryData) and its summary, sources and names (StoryText, a
 * draft feature without sources has `source: []`), every string cleaned for display exactly as
 * sanitizeStory and sanitizeText clean the built-in story; and the deck, checked against the story.
 * A slide that refers to something the story no longer has is dropped; when no slide is left, or
 * the deck itself is invalid, the story gets defaultDeck. Country features keep the geometry the
 * package carries. A draft with problems (see checkPackage) is shown as far as it goes.
 *
 * @example
 * const { story, text, deck } = packageToStory(readPackage(await file.text(), file.name));
 */
export function packageToStory(pkg: StoryPackage): { story: StoryData; text: StoryText; deck: Deck } {
  const article = packageArticle(pkg);
  const layers = pkg.layers.map(({ features, ...entry }): StoryLayer<CheckedProperties> => {
    const data: StoryCollection<CheckedProperties> = {
      type: 'FeatureCollection',
      features: features.map((f): StoryFeature<CheckedProperties> => ({ type: 'Feature', id: f.id, properties: { ...f.properties, id: f.id }, geometry: f.geometry })),
    };
    // `file` names the layer's file under geo/ for the built-in story; a package's layer has none.
    return { ...entry, file: `${entry.id}.geojson`, data, labels: labels(data as unknown as StoryCollection) };
  });
  const { story, text } = splitStory({ layers, article });
  const shown = sanitizeStory(story);
  return { story: shown, text: sanitizeText(text), deck: storyDeck(pkg, deckRefs(shown.layers, article)) };
}
