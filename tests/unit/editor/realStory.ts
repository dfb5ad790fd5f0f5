import { fileURLToPath } from 'node:url';
import { loadStory } from '../../../scripts/loadStory.ts';
import { ARTICLE } from './articleHelpers.ts';
import { PACKAGE_FORMAT, PACKAGE_VERSION, type StoryPackage } from '../../../src/story/storyPackage.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The built-in Japan–Australia story as a story package: the repo's layers, article body and deck. */
export function realStoryPackage(): StoryPackage {
  const story = loadStory(root);
  return {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    title: story.article.title,
    source: { title: story.article.title, publication: story.article.publication, date: story.article.modified },
    article: ARTICLE,
    layers: story.layers.map(({ data, labels: _labels, file: _file, ...entry }) => ({ ...entry, features: data.features })),
    deck: story.deck,
  };
}
